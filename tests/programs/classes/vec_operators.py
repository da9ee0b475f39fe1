"""Frozen Vec2/Vec3 dataclasses with __add__, __sub__, __mul__, __truediv__, __neg__, used as dict keys."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Vec2:
    x: int
    y: int

    def __add__(self, o: "Vec2") -> "Vec2":
        return Vec2(self.x + o.x, self.y + o.y)

    def __sub__(self, o: "Vec2") -> "Vec2":
        return Vec2(self.x - o.x, self.y - o.y)

    def __mul__(self, k: int) -> "Vec2":
        return Vec2(self.x * k, self.y * k)

    def __neg__(self) -> "Vec2":
        return Vec2(-self.x, -self.y)

    def manhattan(self) -> int:
        return abs(self.x) + abs(self.y)


@dataclass(frozen=True)
class Vec3:
    x: float
    y: float
    z: float

    def __add__(self, o: "Vec3") -> "Vec3":
        return Vec3(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o: "Vec3") -> "Vec3":
        return Vec3(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k: float) -> "Vec3":
        return Vec3(self.x * k, self.y * k, self.z * k)

    def __truediv__(self, k: float) -> "Vec3":
        return Vec3(self.x / k, self.y / k, self.z / k)

    def __neg__(self) -> "Vec3":
        return Vec3(-self.x, -self.y, -self.z)

    def dot(self, o: "Vec3") -> float:
        return self.x * o.x + self.y * o.y + self.z * o.z


def main() -> None:
    dirs = {"N": Vec2(0, 1), "E": Vec2(1, 0), "S": Vec2(0, -1), "W": Vec2(-1, 0)}
    pos = Vec2(0, 0)
    visits: dict[Vec2, int] = {pos: 1}
    for step in "NNEESWWWSSEN":
        pos = pos + dirs[step]
        visits[pos] = visits.get(pos, 0) + 1
    print(pos, pos.manhattan(), len(visits))
    print([(p.x, p.y, n) for p, n in visits.items() if n > 1])
    print(-pos, pos * 3, pos - Vec2(5, 5), -(pos * 2) + pos)
    a = Vec3(1.0, 2.0, 3.0)
    b = Vec3(0.5, -1.0, 2.0)
    print(a + b, a - b, a * 2.0, a / 4.0, -b)
    print(a.dot(b), (a + b).dot(a - b))
    centroid = (a + b + Vec3(3.0, 3.0, 3.0)) / 3.0
    print(centroid)
    print(centroid == Vec3(1.5, 4.0 / 3.0, 8.0 / 3.0))
    weights = {a: 1, b: 2, a * 1.0: 3}
    print(len(weights), weights[Vec3(1.0, 2.0, 3.0)])


if __name__ == "__main__":
    main()
