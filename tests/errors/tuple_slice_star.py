def main() -> None:
    t = (1, 2, 3)
    n = 1
    print(t[n:])  # E: a tuple slice needs constant bounds [unsupported]
    u = (*t, 4)  # E: starred items in a tuple display are not supported yet [unsupported]
    print(u)
