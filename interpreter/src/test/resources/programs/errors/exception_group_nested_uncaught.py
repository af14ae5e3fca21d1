# An uncaught nested ExceptionGroup with notes and a chained cause: the boxed traceback layout.
def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(ValueError("name missing"))
    if not isinstance(record.get("age"), int):
        e = TypeError(f"age must be int, got {type(record.get('age')).__name__}")
        e.add_note(f"record id {record['id']}")
        errors.append(e)
    if errors:
        raise ExceptionGroup(f"record {record['id']} invalid", errors)

def validate_all(records):
    failures = []
    for r in records:
        try:
            validate(r)
        except ExceptionGroup as eg:
            failures.append(eg)
    if failures:
        raise ExceptionGroup("batch invalid", failures)

records = [{"id": 1, "name": "a", "age": 3}, {"id": 2, "name": "", "age": "x"}, {"id": 3, "name": "c", "age": None}]
try:
    validate_all(records)
except* TypeError as eg:
    print("type errors:", len(eg.exceptions))
    raise RuntimeError("validation aborted") from eg
