# Single inheritance: overriding, calling base methods, isinstance/issubclass.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, an " + Animal.kind(self)
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + "!"
p = Puppy("rex", 1)
print(p.speak(), p.kind(), p.age)
print(Dog("d").speak(), Animal("a").speak())
print(isinstance(p, Animal), isinstance(p, Dog), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(Puppy.__bases__, Dog.__bases__, Animal.__bases__)
print(Puppy.__base__.__name__)
print(issubclass(Dog, object), issubclass(bool, int), isinstance(True, int))
