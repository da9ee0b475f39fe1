from typing import Any


def first(items: list[Any]) -> int:  # E: Explicit "Any" is not allowed [explicit-any]
    return len(items)


def passthrough(x: Any) -> Any:  # E: Explicit "Any" is not allowed [explicit-any]
    return x


print(first([1]), passthrough(2))
