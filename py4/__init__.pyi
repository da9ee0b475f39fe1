# What type checkers see: mypy_extensions' native ints, so mypy applies its
# native-int rules (i64 + int is i64, mixing widths is an error).
from mypy_extensions import i32 as i32, i64 as i64, u8 as u8

__version__: str
