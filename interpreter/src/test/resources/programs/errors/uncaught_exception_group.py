# An ExceptionGroup from several failed validations, partly handled by except*, the rest uncaught.
def validate(user):
    errors = []
    if not user.get("name"):
        errors.append(ValueError("name is required"))
    if not isinstance(user.get("age"), int):
        errors.append(TypeError(f"age must be int, not {type(user.get('age')).__name__}"))
    if user.get("age", 0) and user["age"] < 0:
        errors.append(ValueError("age must be positive"))
    if errors:
        raise ExceptionGroup(f"invalid user {user.get('name')!r}", errors)

try:
    validate({"name": "", "age": "x"})
except* ValueError as eg:
    print("value errors:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("type errors:", [str(e) for e in eg.exceptions])

try:
    validate({"name": "bob", "age": None})
except* ValueError:
    print("not reached")
