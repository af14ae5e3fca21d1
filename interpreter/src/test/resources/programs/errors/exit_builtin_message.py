# exit("message") as sys.exit("message"): the message on stderr, exit code 1.
print("before")
exit("goodbye from exit")
