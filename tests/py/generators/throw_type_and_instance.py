# gen.throw(type, instance) raises that instance (it used to wrap it in a new
# exception of the type); throw(type, args-tuple) and throw(type, value) build one.
def g():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, repr(e), e.args)
it = g(); next(it)
err = KeyError('k')
it.throw(KeyError, err)
it.throw(ValueError, ('a', 1))
it.throw(ValueError, 'v')
it.throw(ValueError)
it.throw(ValueError, None)
it.throw(Exception, err)
it.throw(err)
