"""Typed primitives: tuple operations.

Phase: codegen (lowering). A tuple is built by `tir.TupleDisplay` (lower.py calls
`build_tuple`), its fields are read inline (one 8-byte slot each, runtime/py4c.h), and
comparison, hashing and printing call tuple.c.
"""

from __future__ import annotations

from py4c import mir
from py4c.codegen.builder import FuncBuilder
from py4c.codegen.layout import storage_rtype
from py4c.codegen.primitives import cmp
from py4c.codegen.primitives_list import (TYPED_PRIMITIVES, from_storage, ordering_test, runtime_call, spill,
                                          tinfo, to_storage, typed)
from py4c.types import TupleT, Type, is_object, runs_user_code_in_compare


def fields_of(t: Type) -> tuple[Type, ...]:
    assert isinstance(t, TupleT)
    return t.items


def build_tuple(b: FuncBuilder, t: Type, vals: list[tuple[mir.Value, bool]]) -> mir.Reg:
    """A new tuple of type t from item values already evaluated (moved in if owned)."""
    tup = b.reg("ptr", "tuple", is_obj=True)
    b.emit(mir.CallC(tup, "py4c_tuple_new", (tinfo(t),)))
    b.check_null(tup)
    for i, ((v, owned), ft) in enumerate(zip(vals, fields_of(t))):
        if is_object(ft):
            v = b.to_owned(v, owned)
        b.emit(mir.StoreSlot(tup, mir.Imm(i, "i64"), to_storage(b, v, ft)))
    return b.own(tup)


def load_field(b: FuncBuilder, tup: mir.Value, index: mir.Value, ft: Type) -> tuple[mir.Value, bool]:
    raw = b.reg(storage_rtype(ft), "field", is_object(ft))
    b.emit(mir.LoadSlot(raw, tup, index))
    if is_object(ft):
        b.emit(mir.IncRef(raw))  # the tuple may be released while the field is in use
        return b.own(raw), True
    return from_storage(b, raw, ft), False


@typed("tuple.getitem")
def _getitem(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    assert isinstance(a[1], mir.Imm)
    return load_field(b, a[0], a[1], fields_of(ts[0])[int(a[1].value)])


@typed("tuple.getitem_checked")
def _getitem_checked(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    """t[i] with a variable i (all fields of one type): Python's negative index, then a
    bounds check against the static length."""
    n = mir.Imm(len(fields_of(ts[0])), "i64")
    i = a[1]
    neg = cmp(b, "slt", i, mir.Imm(0, "i64"))
    plus = b.reg("i64")
    b.emit(mir.Bin(plus, "add", i, n))
    idx = b.reg("i64", "idx")
    b.emit(mir.Select(idx, neg, plus, i))
    b.raise_if(cmp(b, "uge", idx, n), "IndexError", "tuple index out of range")
    return load_field(b, a[0], idx, res)


@typed("tuple.len")
def _len(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    return mir.Imm(len(fields_of(ts[0])), "i64"), False


@typed("tuple.truth")
def _truth(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    return mir.Imm(int(len(fields_of(ts[0])) > 0), "i1"), False


@typed("tuple.repr")
def _repr(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    return runtime_call(b, "py4c_tuple_repr", (a[0],), "ptr", "null", True), True


@typed("list.check_unpack")
def _check_unpack(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    """`x, y = xs`: ValueError unless len(xs) is the number of targets."""
    runtime_call(b, "py4c_list_check_unpack", (a[0], a[1]), "i64", "neg1")
    return mir.Imm(0, "i1"), False


@typed("tuple.hash")
def _hash(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    return runtime_call(b, "py4c_tuple_hash", (a[0],), "i64", "neg1"), False


def _contains(negate: bool) -> None:
    def emit(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
        item_t = ts[0]
        check = "neg1" if runs_user_code_in_compare(item_t) else "none"  # -1: a user __eq__ raised
        r = runtime_call(b, "py4c_tuple_contains", (a[1], spill(b, a[0], item_t), tinfo(item_t)), "i64", check)
        return cmp(b, "eq" if negate else "ne", r, mir.Imm(0, "i64")), False

    TYPED_PRIMITIVES["tuple.not_contains" if negate else "tuple.contains"] = emit


def _compare(op: str) -> None:
    def emit(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
        user = runs_user_code_in_compare(ts[0])
        if op in ("eq", "ne"):
            r = runtime_call(b, "py4c_tuple_eq", (a[0], a[1]), "i64", "neg1" if user else "none")
            return cmp(b, "ne" if op == "eq" else "eq", r, mir.Imm(0, "i64")), False
        r = runtime_call(b, "py4c_tuple_cmp", (a[0], a[1]), "i64", "flag" if user else "none")
        return ordering_test(b, op, r), False

    TYPED_PRIMITIVES[f"tuple.{op}"] = emit


_contains(False)
_contains(True)
for _op in ("eq", "ne", "lt", "le", "gt", "ge"):
    _compare(_op)
