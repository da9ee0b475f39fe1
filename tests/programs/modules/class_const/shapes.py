class Shape:
    KIND = "shape"
