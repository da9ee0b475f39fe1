"""Typed primitives: instances of user classes and `X | None` references.

Phase: codegen (lowering). Fields live in 8-byte slots like a tuple's (runtime/py4c.h),
read and written inline; allocation, isinstance and printing call object.c.
"""

from __future__ import annotations

from py4c import mir
from py4c.codegen.builder import FuncBuilder
from py4c.codegen.layout import storage_rtype
from py4c.codegen.primitives import cmp
from py4c.codegen.primitives_list import TYPED_PRIMITIVES, from_storage, runtime_call, tinfo, to_storage, typed
from py4c.types import ClassT, OptT, Type, is_object


def _const_str(v: mir.Value) -> str:
    assert isinstance(v, mir.StrConst)
    return v.value


def class_ref(b: FuncBuilder, name: str) -> mir.Reg:
    r = b.reg("ptr", "cls")
    b.emit(mir.ClassRef(r, name))
    return r


@typed("obj.new")
def _new(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    assert isinstance(res, ClassT)
    return runtime_call(b, "py4c_obj_new", (class_ref(b, res.name),), "ptr", "null", True), True


@typed("obj.getattr")
def _getattr(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    obj, idx, where = a
    raw = b.reg(storage_rtype(res), "field", is_object(res))
    b.emit(mir.LoadSlot(raw, obj, idx))
    if not is_object(res):
        return from_storage(b, raw, res), False
    # a field __init__ never assigned: AttributeError, as CPython says
    cls, attr = _const_str(where).split(".", 1)
    b.raise_if(cmp(b, "eq", raw, mir.Null()), "AttributeError", f"'{cls}' object has no attribute '{attr}'")
    b.emit(mir.IncRef(raw))
    return b.own(raw), True


@typed("obj.setattr")
def _setattr(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    value, obj, idx = a
    ft = ts[0]
    if is_object(ft):
        old = b.reg("ptr", "old", is_obj=True)
        b.emit(mir.LoadSlot(old, obj, idx))
        b.emit(mir.IncRef(value))
        b.emit(mir.StoreSlot(obj, idx, value))
        b.emit(mir.DecRef(old, maybe_null=True))
    else:
        b.emit(mir.StoreSlot(obj, idx, to_storage(b, value, ft)))
    return mir.Imm(0, "i1"), False


@typed("opt.check")
def _check(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    """The object an `X | None` refers to; AttributeError when it is None."""
    x, attr = a
    name = _const_str(attr)
    msg = f"'NoneType' object has no attribute '{name}'" if name else "unexpected None"
    b.raise_if(cmp(b, "eq", x, mir.NoneRef()), "AttributeError" if name else "TypeError", msg)
    if not is_object(res):
        # a boxed number or bool: the value in the box's field
        raw = b.reg(storage_rtype(res), "unboxed")
        b.emit(mir.LoadSlot(raw, x, mir.Imm(0, "i64")))
        return from_storage(b, raw, res), False
    b.emit(mir.IncRef(x))  # handed on as a new reference (the operand is released after)
    assert isinstance(x, mir.Reg)
    return _owned_copy(b, x), True


@typed("opt.check_borrow")
def _check_borrow(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    """opt.check for a narrowed copy that borrows the reference of the local it reads."""
    x, _ = a
    b.raise_if(cmp(b, "eq", x, mir.NoneRef()), "TypeError", "unexpected None")
    return x, False


@typed("opt.box")
def _box(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    """A number or bool stored where `T | None` is declared: a new box holding it."""
    v, cls = a
    box = runtime_call(b, "py4c_obj_new", (class_ref(b, _const_str(cls)),), "ptr", "null", True)
    b.emit(mir.StoreSlot(box, mir.Imm(0, "i64"), to_storage(b, v, ts[0])))
    return box, True


def _owned_copy(b: FuncBuilder, x: mir.Reg) -> mir.Reg:
    r = b.reg("ptr", "ref", is_obj=True)
    b.emit(mir.Assign(r, x))
    return b.own(r)


@typed("opt.is_none")
def _is_none(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    return cmp(b, "eq", a[0], mir.NoneRef()), False


@typed("obj.same_class")
def _same_class(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    ca, cb = b.reg("ptr", "cls"), b.reg("ptr", "cls")
    b.emit(mir.LoadField(ca, a[0], "object", "cls"))
    b.emit(mir.LoadField(cb, a[1], "object", "cls"))
    return cmp(b, "eq", ca, cb), False


@typed("obj.is_null")
def _is_null(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    return cmp(b, "eq", a[0], mir.Null()), False


@typed("opt.is_not_none")
def _is_not_none(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    return cmp(b, "ne", a[0], mir.NoneRef()), False


@typed("obj.isinstance")
def _isinstance(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    r = runtime_call(b, "py4c_obj_isinstance", (a[0], class_ref(b, _const_str(a[1]))), "i64", "none")
    return cmp(b, "ne", r, mir.Imm(0, "i64")), False


@typed("obj.str")
def _str(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    return runtime_call(b, "py4c_obj_str", (a[0],), "ptr", "null", True), True


def _opt_text(use_repr: int) -> None:
    def emit(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
        t = ts[0]
        assert isinstance(t, OptT)
        return runtime_call(b, "py4c_opt_str", (tinfo(t.inner), a[0], mir.Imm(use_repr, "i64")), "ptr", "null",
                            True), True

    TYPED_PRIMITIVES["opt.repr" if use_repr else "opt.str"] = emit


_opt_text(0)
_opt_text(1)


@typed("obj.repr")
def _repr(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    return runtime_call(b, "py4c_obj_repr", (a[0],), "ptr", "null", True), True
