def show(t: tuple[int, str], i: int) -> None:
    print(t[i])  # E: indexing 'tuple[int, str]' with a variable: its items have different types [index]
    print(t[0], t[-1])
    n = len(t)
    print(t[n - 1])  # E: indexing 'tuple[int, str]' with a variable: its items have different types [index]
