"""Round-2 bug-hunt regression: conditions mixing optional types, narrowing by assignment."""
def main() -> None:
    s: str | None = None
    print(s)
    s = "abc"
    print(len(s), s[0])
    ln: list[int] | None = None
    ln = [1, 2]
    ln.append(3)
    print(ln[0], ln)
    for x in ln:
        print(x)

main()
