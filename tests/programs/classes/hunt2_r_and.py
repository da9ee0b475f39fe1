"""Round-2 bug-hunt regression: conditions mixing optional types, narrowing by assignment."""
class N:
    def __init__(self) -> None:
        self.label: str | None = "ab"

def f(n: N | None) -> int:
    if n and n.label:
        return len(n.label)
    return -1

def g(n: N | None) -> int:
    if n is not None and n.label is not None:
        return len(n.label)
    return -1

print(f(N()), f(None), g(N()))
