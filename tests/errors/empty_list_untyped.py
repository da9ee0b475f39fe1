def main() -> None:
    empty = []  # E: Need type annotation for "empty" (hint: "empty: list[<type>] = ...") [var-annotated]
    print(empty)
