def main() -> None:
    try:  # E: try statements are not supported by py4c yet [unsupported]
        print(1 // 0)
    except ZeroDivisionError:
        print("caught")
