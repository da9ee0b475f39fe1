"""Round-2 bug-hunt regression (see the file name)."""
def add(x: int, acc: list[int] = []) -> list[int]:
    acc.append(x)
    return acc

def count(k: str, m: dict[str, int] = {}) -> int:
    m[k] = m.get(k, 0) + 1
    return m[k]

print(add(1), add(2), add(3, []), add(4))
print(count("a"), count("a"), count("b"), count("a"))
