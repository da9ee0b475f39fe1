"""py4 types as py4c sees them: the vocabulary shared by tir, mir and codegen.

mypy's types never leave `typecheck/`; `typecheck/annotations.py` maps annotations to
these. Types are frozen values compared structurally.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Union

INT_RANGES: dict[str, tuple[int, int]] = {
    "int": (-(2**63), 2**63 - 1),  # the 64-bit fast path of Python's int
    "i64": (-(2**63), 2**63 - 1),
    "i32": (-(2**31), 2**31 - 1),
    "u8": (0, 255),
}
INT_BITS: dict[str, int] = {"int": 64, "i64": 64, "i32": 32, "u8": 8}


@dataclass(frozen=True, slots=True)
class IntT:
    """`int` (arbitrary precision in Python; 64-bit here with overflow detected) or a
    value integer `i64`/`i32`/`u8` (overflow raises, as in the py4 package)."""

    kind: str

    def __str__(self) -> str:
        return self.kind


@dataclass(frozen=True, slots=True)
class FloatT:
    def __str__(self) -> str:
        return "float"


@dataclass(frozen=True, slots=True)
class BoolT:
    def __str__(self) -> str:
        return "bool"


@dataclass(frozen=True, slots=True)
class NoneT:
    def __str__(self) -> str:
        return "None"


@dataclass(frozen=True, slots=True)
class StrT:
    def __str__(self) -> str:
        return "str"


@dataclass(frozen=True, slots=True)
class ListT:
    elem: Type

    def __str__(self) -> str:
        return f"list[{self.elem}]"


@dataclass(frozen=True, slots=True)
class DictT:
    key: Type
    val: Type

    def __str__(self) -> str:
        return f"dict[{self.key}, {self.val}]"


@dataclass(frozen=True, slots=True)
class SetT:
    elem: Type

    def __str__(self) -> str:
        return f"set[{self.elem}]"


@dataclass(frozen=True, slots=True)
class TupleT:
    items: tuple[Type, ...]

    def __str__(self) -> str:
        return "tuple[" + (", ".join(map(str, self.items)) or "()") + "]"


@dataclass(frozen=True, slots=True)
class ExcT:
    """A caught exception (`except ValueError as e`): `name` is the class named by the
    handler (the common base for a tuple of classes)."""

    name: str

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class ClassT:
    """An instance of the user class `name` (or of a subclass)."""

    name: str

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class OptT:
    """`X | None` for an object type X: a reference that may be None (a null pointer)."""

    inner: Type

    def __str__(self) -> str:
        return f"{self.inner} | None"


@dataclass(frozen=True, slots=True)
class FuncT:
    """`Callable[[A, B], R]`: a function value (a module function, a bound method, a
    lambda or a nested function with its captured variables)."""

    params: tuple[Type, ...]
    ret: Type

    def __str__(self) -> str:
        return f"Callable[[{', '.join(map(str, self.params))}], {self.ret}]"


@dataclass(frozen=True, slots=True)
class FileT:
    """A text file from open() (typing.TextIO)."""

    def __str__(self) -> str:
        return "TextIO"


@dataclass(frozen=True, slots=True)
class GenT:
    """A generator object (`Iterator[T]` / `Generator[T, None, None]`) yielding `elem`."""

    elem: Type

    def __str__(self) -> str:
        return f"Iterator[{self.elem}]"


Type = Union[IntT, FloatT, BoolT, NoneT, StrT, ListT, DictT, SetT, TupleT, ExcT, ClassT, OptT, FuncT, FileT, GenT]

INT = IntT("int")
I64 = IntT("i64")
I32 = IntT("i32")
U8 = IntT("u8")
FLOAT = FloatT()
BOOL = BoolT()
NONE = NoneT()
STR = StrT()


def is_object(t: Type) -> bool:
    """True for heap objects that carry a reference count."""
    return isinstance(t, (StrT, ListT, DictT, SetT, TupleT, ExcT, ClassT, OptT, FuncT, FileT, GenT))


def is_value_int(t: Type) -> bool:
    return isinstance(t, IntT) and t.kind != "int"


def contains_type(t: Type, pred: Callable[[Type], bool]) -> bool:
    """Whether t, or a type nested in it (items, keys, values, the X of X | None),
    satisfies pred."""
    if pred(t):
        return True
    if isinstance(t, (ListT, SetT)):
        return contains_type(t.elem, pred)
    if isinstance(t, DictT):
        return contains_type(t.key, pred) or contains_type(t.val, pred)
    if isinstance(t, TupleT):
        return any(contains_type(x, pred) for x in t.items)
    if isinstance(t, OptT):
        return contains_type(t.inner, pred)
    return False


def runs_user_code_in_compare(t: Type) -> bool:
    """Whether comparing or hashing values of t may run a user method (`__eq__`, `__lt__`,
    `__hash__` of a class), which may raise: containers of such values then propagate
    the exception, so compiled code checks for it after the comparison."""
    return contains_type(t, lambda x: isinstance(x, ClassT))
