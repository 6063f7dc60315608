# os.getenv reads os.environ, so values stored there (or deleted) are seen, as CPython's environ.get.
import os
os.environ['GARTER_TEST_VAR'] = 'set here'
print(os.getenv('GARTER_TEST_VAR'), os.environ.get('GARTER_TEST_VAR'))
del os.environ['GARTER_TEST_VAR']
print(os.getenv('GARTER_TEST_VAR'), os.getenv('GARTER_TEST_VAR', 'default'))
print(os.getenv('PATH') == os.environ['PATH'])
