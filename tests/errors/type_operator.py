def main() -> None:
    s = "a"
    print(s + 1)  # E: Unsupported operand types for + ("str" and "int") [operator]
