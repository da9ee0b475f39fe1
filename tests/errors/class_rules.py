from dataclasses import dataclass
import functools  # E: module 'functools' is not supported by py4c yet [unsupported-import]


@functools.total_ordering  # E: the class decorator 'functools.total_ordering' is outside py4 [decorator]
class Plain:
    count: int = 0
    print("defining Plain")  # E: this statement in a class body is outside py4 [class-body]

    @functools.cache  # E: the method decorator 'functools.cache' is outside py4 [decorator]
    def area(self) -> int:
        return 1

    def __lt__(self, other: "Plain") -> bool:
        return self.count < other.count

    class Inner:  # E: classes inside classes are outside py4: a class is defined once, at module level [nested-class]
        pass


@dataclass
class Box:
    size: int
    for _ in range(2):  # E: this statement in a class body is outside py4 [class-body]
        pass


print(Plain().area(), Box(1).size)
