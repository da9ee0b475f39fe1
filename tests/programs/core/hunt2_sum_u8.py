"""sum() of list[u8] and list[i32]."""
from py4 import u8, i32

xs: list[u8] = [u8(1), u8(200)]
ys: list[i32] = [i32(5), i32(-7)]
print(sum(xs), sum(ys))
