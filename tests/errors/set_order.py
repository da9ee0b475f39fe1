def main() -> None:
    s = {3, 1, 2}
    print(s)  # E: printing a value of type 'set[int]' is not supported [set-order]
    for x in s:  # E: iterating over a set is not supported [set-order]
        print(x)
    print(sorted(s, key=abs))  # E: iterating over a set is not supported [set-order]
    print(sorted(s), len(s), 2 in s)
