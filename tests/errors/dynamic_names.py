class Point:
    def __init__(self, x: int) -> None:
        self.x = x


def fields(p: Point, name: str) -> None:
    print(getattr(p, name))  # E: 'getattr' is outside py4: it reads an attribute named at run time [dynamic]
    print(hasattr(p, name))  # E: 'hasattr' is outside py4: it tests an attribute named at run time [dynamic]
    delattr(p, name)  # E: 'delattr' is outside py4: it deletes an attribute named at run time [dynamic]
    print(globals())  # E: 'globals' is outside py4: it exposes the module's names as a dict [dynamic]
    print(vars(p))  # E: 'vars' is outside py4: it exposes an object's names as a dict [dynamic]
    print(eval("1 + 2"))  # E: 'eval' is outside py4: it runs code given as a string [dynamic]


fields(Point(1), "x")
