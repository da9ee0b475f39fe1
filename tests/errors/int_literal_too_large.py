def main() -> None:
    print(123456789012345678901234567890)  # E: integer literal 123456789012345678901234567890 does not fit in 64 bits [unsupported]
