def sign(x: int) -> int:  # E: Missing return statement [return]
    if x > 0:
        return 1
    elif x < 0:
        return -1
