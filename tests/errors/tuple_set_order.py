def main() -> None:
    s = {(1, 2), (3, 4)}
    print(s)  # E: printing a value of type 'set[tuple[int, int]]' is not supported [set-order]
    t = ({"apple", "banana"}, 1)
    print(t)  # E: printing a value of type 'tuple[set[str], int]' is not supported [set-order]
    print([t], str(t))  # E: printing a value of type 'list[tuple[set[str], int]]' is not supported [set-order] # E: printing a value of type 'tuple[set[str], int]' is not supported [set-order]
    print(f"{t}")  # E: printing a value of type 'tuple[set[str], int]' is not supported [set-order]
    doubled = {(a * 2, b) for a, b in s}  # E: iterating over a set is not supported [set-order]
    print(len(doubled), sorted(s))
