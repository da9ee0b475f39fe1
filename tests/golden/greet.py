def greet(name: str, n: int) -> str:
    return f"{name}:{n:>4}"


print(greet("py4", 7))
