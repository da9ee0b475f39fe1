from math import *  # E: 'from math import *' is outside py4: every imported name must be known [star-import]


class Point:
    def __init__(self, x: int) -> None:
        self.x = x


class Tagged(metaclass=type):  # E: class 'Tagged' has a metaclass: metaclasses are outside py4 [metaclass]
    pass


def read(p: Point, field: str) -> None:
    print(getattr(p, "x"))  # a constant name: an ordinary attribute read
    print(getattr(p, field))  # E: 'getattr' is outside py4: it reads an attribute named at run time [dynamic]
    setattr(p, "x", 3)  # E: 'setattr' is outside py4: it sets an attribute named at run time [dynamic]
    print(locals())  # E: 'locals' is outside py4: it exposes a function's names as a dict [dynamic]
    exec("p.x = 1")  # E: 'exec' is outside py4: it runs code given as a string [dynamic]


read(Point(1), "x")
