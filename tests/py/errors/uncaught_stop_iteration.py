# next() on an exhausted iterator at module level escapes as StopIteration with an empty message.
it = iter([])
print("next:")
next(it)
