def main() -> None:
    pairs = [(1, 2), (3, "c")]  # E: a list holding both 'tuple[int, int]' and 'tuple[int, str]' [mixed-type]
    print(pairs)
