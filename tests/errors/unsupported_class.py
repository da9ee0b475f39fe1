class Point:  # E: classes are not supported by py4c yet [unsupported]
    x: int
