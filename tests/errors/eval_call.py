def main() -> None:
    print(eval("1 + 2"))  # E: 'eval' is outside py4: it runs code given as a string [dynamic]
