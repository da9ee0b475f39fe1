def count(n: int) -> int:
    return n + 1


print(count(True))  # E: bool value used where int is expected (argument 1 of 'count') [bool-promotion]
