"""A class constant read through a class imported from another module."""
from shapes import Shape
print(Shape.KIND)
