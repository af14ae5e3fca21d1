# A KeyError shows the key's repr; subscript carets.
config = {"host": "localhost", "port": 8080}
print(config["host"])
print(config["user"])
print("never printed")
