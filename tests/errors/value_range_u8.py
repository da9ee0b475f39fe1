from py4 import u8, i32

small: u8 = 300  # E: constant 300 is out of range for u8 (0..255) [value-range]
medium: i32 = 3000000000  # E: constant 3000000000 is out of range for i32 (-2147483648..2147483647) [value-range]
negative: u8 = -1  # E: constant -1 is out of range for u8 (0..255) [value-range]
