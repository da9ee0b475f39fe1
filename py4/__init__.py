"""py4: the pure-Python support package of py4 programs.

`i64`, `i32` and `u8` are checked value integers (`int` subclasses whose arithmetic
stays in the type and raises `OverflowError` out of range). Type checkers read
`__init__.pyi`, which re-exports the `mypy_extensions` names of the same types so
that mypy applies its native-int rules. `python -m py4 prog.py [args]` runs a
program with the conversions py4c inserts (see `py4.checked`).
"""

from py4._ints import i32, i64, u8

__all__ = ["i64", "i32", "u8", "__version__"]
__version__ = "0.1.0"
