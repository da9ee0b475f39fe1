import json


def load(text: str) -> dict[str, int]:
    return json.loads(text)  # E: Returning Any from function declared to return "dict[str, int]" [no-any-return]


print(load("{}"))
