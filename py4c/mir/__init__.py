"""The mid-level IR (mir): a control-flow graph of typed machine-level operations.

Phase: data only. Produced by `codegen.lower` from tir, rewritten by `codegen.passes`,
consumed by `codegen.emit`. Everything Python-specific is already explicit here:
overflow checks are `Ovf` ops followed by branches, every fallible operation is followed
by a `Branch` to an error block, reference counts are `IncRef`/`DecRef` ops.

Machine types (`rtype`): "i1" (bool), "i8" (u8), "i32", "i64", "f64", "ptr", "void".
A register with `is_obj` holds an owned reference to a heap object (or NULL).

Invariants (checked by `mir.verify`): every block ends in exactly one terminator; every
branch target exists; operand rtypes agree with each op's signature.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union


@dataclass(eq=False, slots=True)
class Reg:
    """A function-local variable (a stack slot that LLVM promotes to SSA)."""

    name: str
    rtype: str
    is_obj: bool = False

    def __repr__(self) -> str:
        return f"%{self.name}"


@dataclass(frozen=True, slots=True)
class Imm:
    value: int | float
    rtype: str


@dataclass(frozen=True, slots=True)
class StrConst:
    """An immortal, statically allocated py4c string object."""

    value: str


@dataclass(frozen=True, slots=True)
class CStr:
    """A pointer to a NUL-terminated UTF-8 constant (file and function names)."""

    value: str


@dataclass(frozen=True, slots=True)
class Null:
    pass


@dataclass(frozen=True, slots=True)
class NoneRef:
    """The immortal None object (py4c_none_obj): None as an `X | None` reference."""


@dataclass(frozen=True, slots=True)
class TInfo:
    """A pointer to the constant py4c_tinfo describing a type (see codegen/layout.py):
    desc is (tag, storage kind, element desc or None)."""

    desc: tuple[object, ...]


Value = Union[Reg, Imm, StrConst, CStr, Null, TInfo, NoneRef]


def rtype_of(v: Value) -> str:
    if isinstance(v, (Reg, Imm)):
        return v.rtype
    return "ptr"


# ---------------------------------------------------------------- operations


@dataclass(slots=True)
class Assign:
    dest: Reg
    src: Value


@dataclass(slots=True)
class Bin:
    """Machine binary op. Integer: add sub mul sdiv srem udiv urem shl ashr lshr and or
    xor; compare: eq ne slt sle sgt sge ult ule ugt uge (result i1). Float: fadd fsub
    fmul fdiv; compare: foeq fune folt fole fogt foge (result i1)."""

    dest: Reg
    op: str
    a: Value
    b: Value


@dataclass(slots=True)
class Ovf:
    """dest = a op b; flag = overflowed. op: sadd ssub smul uadd usub umul."""

    dest: Reg
    flag: Reg
    op: str
    a: Value
    b: Value


@dataclass(slots=True)
class Cast:
    """op: sext zext trunc sitofp uitofp fneg (unary float negation)."""

    dest: Reg
    op: str
    src: Value


@dataclass(slots=True)
class Select:
    dest: Reg
    cond: Value
    a: Value
    b: Value


@dataclass(slots=True)
class CallC:
    """Call a runtime function or LLVM intrinsic by symbol."""

    dest: Reg | None
    symbol: str
    args: tuple[Value, ...]


@dataclass(slots=True)
class Call:
    """Call a compiled function of the program."""

    dest: Reg | None
    symbol: str
    args: tuple[Value, ...]


@dataclass(slots=True)
class LoadField:
    """dest = ((struct)obj)->field for the layouts in codegen/layout.py."""

    dest: Reg
    obj: Value
    struct: str
    field: str


@dataclass(slots=True)
class LoadGlobal:
    dest: Reg
    name: str


@dataclass(slots=True)
class StoreGlobal:
    name: str
    src: Value


@dataclass(slots=True)
class StackArray:
    """dest = pointer to a stack array holding `values` (ptr elements)."""

    dest: Reg
    values: tuple[Value, ...]


@dataclass(slots=True)
class ExcPending:
    """dest (i1) = an exception is pending (py4c_exc_type != 0)."""

    dest: Reg


@dataclass(slots=True)
class StackGuard:
    """dest (i1) = the native stack is nearly exhausted (raise RecursionError)."""

    dest: Reg


@dataclass(slots=True)
class IncRef:
    obj: Value


@dataclass(slots=True)
class DecRef:
    obj: Value
    maybe_null: bool = False


@dataclass(slots=True)
class Spill:
    """dest = the address of a stack slot holding `src` (for by-address runtime calls).
    With src None the slot is uninitialised, of type `rtype` (an out-parameter)."""

    dest: Reg
    src: Value | None
    rtype: str


@dataclass(slots=True)
class LoadItem:
    """dest = ((T *)base)[index], T = dest.rtype."""

    dest: Reg
    base: Value
    index: Value


@dataclass(slots=True)
class StoreItem:
    """((T *)base)[index] = value, T = the value's rtype."""

    base: Value
    index: Value
    value: Value


@dataclass(slots=True)
class LoadSlot:
    """dest = the value of type dest.rtype at the start of 8-byte slot `index` of a tuple
    (word TUPLE_ITEMS + index of the object, codegen/layout.py)."""

    dest: Reg
    obj: Value
    index: Value


@dataclass(slots=True)
class StoreSlot:
    """Slot `index` of a tuple = value (at the slot's start, in the value's rtype)."""

    obj: Value
    index: Value
    value: Value


@dataclass(slots=True)
class CallPtr:
    """dest = (*fn)(args): a method through a vtable; ret is the native return rtype."""

    dest: Reg
    fn: Value
    args: tuple[Value, ...]


@dataclass(slots=True)
class FuncRef:
    """dest = the address of the compiled function `symbol`."""

    dest: Reg
    symbol: str


@dataclass(slots=True)
class ClassRef:
    """dest = the address of the constant py4c_class of user class `name`."""

    dest: Reg
    name: str


Op = Union[Assign, Bin, Ovf, Cast, Select, CallC, Call, LoadField, LoadGlobal, StoreGlobal,
           StackArray, ExcPending, StackGuard, IncRef, DecRef, Spill, LoadItem, StoreItem, LoadSlot, StoreSlot,
           CallPtr, ClassRef, FuncRef]


# ---------------------------------------------------------------- terminators


@dataclass(slots=True)
class Goto:
    target: Block


@dataclass(slots=True)
class Branch:
    """`likely` is True/False when one side is known to be rare (error paths)."""

    cond: Value
    true: Block
    false: Block
    likely: bool | None = None


@dataclass(slots=True)
class Return:
    value: Value | None


@dataclass(slots=True)
class Unreachable:
    pass


Terminator = Union[Goto, Branch, Return, Unreachable]


@dataclass(eq=False, slots=True)
class Block:
    label: str
    ops: list[Op] = field(default_factory=list)
    term: Terminator | None = None

    def __repr__(self) -> str:
        return f"Block({self.label})"


@dataclass(eq=False, slots=True)
class Function:
    symbol: str
    name: str  # the Python name, for tracebacks
    params: list[Reg]
    ret: str  # rtype of the native return value
    error_value: Value | None  # what the function returns to signal an exception
    regs: list[Reg]
    blocks: list[Block]
    exported: bool = False


@dataclass(frozen=True, slots=True)
class GlobalVar:
    name: str
    rtype: str
    is_obj: bool


@dataclass(eq=False, slots=True)
class ClassDesc:
    """The constant py4c_class of a user class (runtime/py4c.h)."""

    name: str
    base: str | None
    fields: tuple[tuple[object, ...], ...]  # tinfo descs of the fields, base fields first
    vtable: tuple[str, ...]  # method symbols by slot
    special: dict[str, str]  # "eq"/"lt"/"hash"/"repr" -> symbol
    flags: int


@dataclass(slots=True)
class Module:
    path: str
    functions: list[Function]
    globals: list[GlobalVar]
    entry: str  # symbol of the module init function
    classes: list[ClassDesc] = field(default_factory=list)
