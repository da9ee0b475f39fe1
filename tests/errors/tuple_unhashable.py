def main() -> None:
    d = {([1], 2): 3}  # E: unhashable type: 'tuple[list[int], int]' [unhashable]
    print(len(d))
