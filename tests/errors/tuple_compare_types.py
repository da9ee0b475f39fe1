def main() -> None:
    a = (1, "a")
    b = ("a", 1)
    print(a < b)  # E: unsupported operand types for <: 'tuple[int, str]' and 'tuple[str, int]' [operator]
    s = {[x] for x in range(3)}  # E: unhashable type: 'list[int]' [unhashable]
    print(len(s))
    d = (1, {"a": 1})
    print(d < (1, {"a": 2}))  # E: ordering values of type 'tuple[int, dict[str, int]]' is not supported [unsupported]
