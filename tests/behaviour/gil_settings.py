# Prints the GIL settings the command line chose: policy, check interval,
# switch interval (tests/threads.rs passes -X gil=/checkinterval=/switchinterval=).
import garter
import sys

print(garter.get_gil_policy(), sys.getcheckinterval(), sys.getswitchinterval())
