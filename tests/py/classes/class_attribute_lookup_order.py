# Attribute lookup order: data descriptors on the type, then instance dict, then non-data descriptors/class attrs.
class DataDesc:
    def __get__(self, obj, t=None): return "data descriptor"
    def __set__(self, obj, v): obj.__dict__["dd"] = v
class NonDataDesc:
    def __get__(self, obj, t=None): return "non-data descriptor"
class Base:
    inherited = "from base"
class C(Base):
    dd = DataDesc()
    nd = NonDataDesc()
    plain = "class attr"
c = C()
c.__dict__.update(dd="instance dd", nd="instance nd", plain="instance plain")
print(c.dd, c.nd, c.plain, c.inherited)
Base.inherited = "changed on base"
print(c.inherited, C.inherited)
C.inherited = "shadowed on C"
print(c.inherited, Base.inherited)
