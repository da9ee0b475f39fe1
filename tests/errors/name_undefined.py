def main() -> None:
    print(undefined_name)  # E: Name "undefined_name" is not defined [name-defined]
