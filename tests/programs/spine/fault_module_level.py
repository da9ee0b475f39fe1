"""A fault in module-level code after globals of several types were set."""

name = "py4" + "c"
count = 3
ratio = 0.5
print(name, count, ratio)
count = count // (count - 3)
print("unreachable")
