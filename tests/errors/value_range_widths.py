from py4 import i32, i64, u8

a: u8 = 300  # E: constant 300 is out of range for u8 (0..255) [value-range]
b: u8 = 256  # E: constant 256 is out of range for u8 (0..255) [value-range]
c: i32 = -2147483649  # E: constant -2147483649 is out of range for i32 (-2147483648..2147483647) [value-range]
d: i64 = -9223372036854775809  # E: constant -9223372036854775809 is out of range for i64 (-9223372036854775808..9223372036854775807) [value-range]
e = u8(-1)  # E: constant -1 is out of range for u8 (0..255) [value-range]
f = i32(2147483648)  # E: constant 2147483648 is out of range for i32 (-2147483648..2147483647) [value-range]
g = i64(9223372036854775807)
ok: u8 = 255
print(a, b, c, d, e, f, g, ok)
