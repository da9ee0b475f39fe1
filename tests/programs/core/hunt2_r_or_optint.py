"""Round-2 bug-hunt regression (see the file name)."""
def f(x: int | None) -> int:
    return x or -1

def g(s: str | None) -> str:
    return s or "empty"

def h(x: int | None) -> str:
    if x:
        return "truthy"
    return "falsy"

def k(x: float | None) -> bool:
    return not x

def l(xs: list[int] | None) -> str:
    return "yes" if xs else "no"

print(f(0), f(None), f(5))
print(g(""), g(None), g("a"))
print(h(0), h(None), h(3))
print(k(0.0), k(None), k(1.5))
print(l([]), l(None), l([1]))
