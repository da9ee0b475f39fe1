def area(r: float) -> float:
    return 3.0 * r * r


print(area(2))  # E: int value used where float is expected (argument 1 of 'area') [float-promotion]
