# An UnboundLocalError escapes with the 3.11 message.
count = 0
def bump():
    count += 1
bump()
