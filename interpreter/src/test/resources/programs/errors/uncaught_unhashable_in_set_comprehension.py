# Deduplicating records that hold lists: TypeError "unhashable type: 'list'" from a set
# comprehension inside a helper, after the tuple-based version worked.
records = [{"id": 1, "tags": ["a", "b"]}, {"id": 2, "tags": ["a", "b"]}, {"id": 3, "tags": ["c"]}]

def unique_tag_sets(rows, as_tuple):
    if as_tuple:
        return {tuple(r["tags"]) for r in rows}
    return {r["tags"] for r in rows}

print(sorted(unique_tag_sets(records, True)))
print(unique_tag_sets(records, False))
