import geo.shapes
from geo.shapes import Point

GREETING = "hi"


def describe(p: Point) -> str:
    return f"{p} norm2={p.norm2()} made={geo.shapes.created}"
