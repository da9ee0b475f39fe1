"""Round-2 bug-hunt regression: conditions mixing optional types, narrowing by assignment."""
def main() -> None:
    ln: list[int] | None = None
    print(ln is None)
    ln = [1, 2]
    print(len(ln))
    s: str | None = None
    s = "abc"
    print(s.upper())

main()
