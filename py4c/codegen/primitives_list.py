"""Typed primitives: list operations (and str operations that produce lists), which need
the operand types to pick the element storage and the runtime type info.

Phase: codegen (lowering). Registered in TYPED_PRIMITIVES by name; an emitter receives
the builder, the operand values (borrowed), the operand py4c types and the result type.
Item reads and writes are inline (bounds check, then a load or store of the unboxed
element); everything else calls list.c with a pointer to the element's type info.
Values go to the generic runtime functions by address (a stack slot), as py4c.h says.
"""

from __future__ import annotations

from typing import Callable

from py4c import mir
from py4c.codegen.builder import FuncBuilder, rtype
from py4c.codegen.layout import KINDS, storage_rtype, tinfo_desc, type_key
from py4c.codegen.primitives import call_c, cmp
from py4c.types import BoolT, ListT, Type, is_object, runs_user_code_in_compare

TypedEmitter = Callable[[FuncBuilder, list[mir.Value], list[Type], Type], tuple[mir.Value, bool]]
TYPED_PRIMITIVES: dict[str, TypedEmitter] = {}


def typed(*names: str) -> Callable[[TypedEmitter], TypedEmitter]:
    def register(fn: TypedEmitter) -> TypedEmitter:
        for n in names:
            TYPED_PRIMITIVES[n] = fn
        return fn

    return register


def tinfo(t: Type) -> mir.TInfo:
    return mir.TInfo(tinfo_desc(t))


def elem_of(t: Type) -> Type:
    assert isinstance(t, ListT)
    return t.elem


def to_storage(b: FuncBuilder, v: mir.Value, t: Type) -> mir.Value:
    """A value in its list storage form (bools are bytes)."""
    if isinstance(t, BoolT):
        r = b.reg("i8")
        b.emit(mir.Cast(r, "zext", v))
        return r
    return v


def from_storage(b: FuncBuilder, v: mir.Reg, t: Type) -> mir.Value:
    if isinstance(t, BoolT):
        r = b.reg("i1")
        b.emit(mir.Cast(r, "trunc", v))
        return r
    return v


def spill(b: FuncBuilder, v: mir.Value, t: Type) -> mir.Reg:
    p = b.reg("ptr", "slot")
    sv = to_storage(b, v, t)
    b.emit(mir.Spill(p, sv, storage_rtype(t)))
    return p


def check_neg1(b: FuncBuilder, r: mir.Value) -> None:
    bad = b.reg("i1")
    b.emit(mir.Bin(bad, "eq", r, mir.Imm(-1, "i64")))
    b.branch_error(bad)


def runtime_call(b: FuncBuilder, symbol: str, args: tuple[mir.Value, ...], rt: str | None, check: str,
                 is_obj: bool = False) -> mir.Value:
    r = call_c(b, symbol, args, rt, check if check in ("null", "flag") else "none", is_obj)
    if check == "neg1":
        assert r is not None
        check_neg1(b, r)
    return r if r is not None else mir.Imm(0, "i1")


def index_of(b: FuncBuilder, lst: mir.Value, i: mir.Value, message: str = "list index out of range") -> mir.Value:
    """The normalised index of i in lst, raising IndexError(message) when out of range."""
    n = b.reg("i64", "len")
    b.emit(mir.LoadField(n, lst, "list", "len"))
    neg = cmp(b, "slt", i, mir.Imm(0, "i64"))
    plus = b.reg("i64")
    b.emit(mir.Bin(plus, "add", i, n))
    idx = b.reg("i64", "idx")
    b.emit(mir.Select(idx, neg, plus, i))
    b.raise_if(cmp(b, "uge", idx, n), "IndexError", message)
    return idx


def items_of(b: FuncBuilder, lst: mir.Value) -> mir.Reg:
    p = b.reg("ptr", "items")
    b.emit(mir.LoadField(p, lst, "list", "items"))
    return p


@typed("list.getitem")
def _getitem(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    idx = index_of(b, a[0], a[1])
    raw = b.reg(storage_rtype(res), "item", is_object(res))
    b.emit(mir.LoadItem(raw, items_of(b, a[0]), idx))
    if is_object(res):
        b.emit(mir.IncRef(raw))  # the list may drop it while we use it
        return b.own(raw), True
    return from_storage(b, raw, res), False


@typed("list.setitem")
def _setitem(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    value, lst, i = a
    elem = elem_of(ts[1])
    idx = index_of(b, lst, i, "list assignment index out of range")
    items = items_of(b, lst)
    if is_object(elem):
        old = b.reg("ptr", "old", is_obj=True)
        b.emit(mir.LoadItem(old, items, idx))
        b.emit(mir.IncRef(value))
        b.emit(mir.StoreItem(items, idx, value))
        b.emit(mir.DecRef(old, maybe_null=True))
    else:
        b.emit(mir.StoreItem(items, idx, to_storage(b, value, elem)))
    return mir.Imm(0, "i1"), False


@typed("list.len")
def _len(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    n = b.reg("i64", "len")
    b.emit(mir.LoadField(n, a[0], "list", "len"))
    return n, False


@typed("list.append")
def _append(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    runtime_call(b, "py4c_list_append", (a[0], spill(b, a[1], elem_of(ts[0]))), "i64", "neg1")
    return mir.Imm(0, "i1"), False


@typed("list.insert")
def _insert(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    runtime_call(b, "py4c_list_insert", (a[0], a[1], spill(b, a[2], elem_of(ts[0]))), "i64", "neg1")
    return mir.Imm(0, "i1"), False


@typed("list.pop")
def _pop(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    slot = b.reg("ptr", "out")
    b.emit(mir.Spill(slot, None, storage_rtype(res)))
    runtime_call(b, "py4c_list_pop", (a[0], a[1], slot), "i64", "neg1")
    raw = b.reg(storage_rtype(res), "popped", is_object(res))
    b.emit(mir.LoadItem(raw, slot, mir.Imm(0, "i64")))
    if is_object(res):
        return b.own(raw), True  # pop moved the list's reference to us
    return from_storage(b, raw, res), False


def _by_value(symbol: str, rt: str, check: str, negate: bool = False) -> TypedEmitter:
    """list op taking (list, value[, extra ints]) with the value by address and type info."""

    def emit(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
        lst_i, val_i = (1, 0) if symbol == "py4c_list_contains" else (0, 1)
        elem = elem_of(ts[lst_i])
        args = (a[lst_i], spill(b, a[val_i], elem), *a[2:], tinfo(elem))
        # count and `in` return -1 when a user __eq__ raised
        r = runtime_call(b, symbol, args, "i64", "neg1" if runs_user_code_in_compare(elem) else check)
        if symbol == "py4c_list_contains":
            return cmp(b, "eq" if negate else "ne", r, mir.Imm(0, "i64")), False
        return r, False

    return emit


TYPED_PRIMITIVES.update({
    "list.remove": _by_value("py4c_list_remove", "i64", "neg1"),
    "list.index": _by_value("py4c_list_index", "i64", "neg1"),
    "list.count": _by_value("py4c_list_count", "i64", "none"),
    "list.contains": _by_value("py4c_list_contains", "i64", "none"),
    "list.not_contains": _by_value("py4c_list_contains", "i64", "none", negate=True),
})


def _list_tinfo_call(symbol: str, rt: str | None, check: str, is_obj: bool = False, pass_tinfo: bool = True,
                     elem_tinfo: bool = True) -> TypedEmitter:
    def emit(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
        lt = next(t for t in ts if isinstance(t, ListT))
        extra = (tinfo(elem_of(lt) if elem_tinfo else lt),) if pass_tinfo else ()
        r = runtime_call(b, symbol, (*a, *extra), rt, check, is_obj)
        return r, is_obj

    return emit


TYPED_PRIMITIVES.update({
    "list.extend": _list_tinfo_call("py4c_list_extend", "i64", "neg1"),
    "list.reverse": _list_tinfo_call("py4c_list_reverse", None, "none", pass_tinfo=False),
    "list.clear": _list_tinfo_call("py4c_list_clear", None, "none"),
    "list.copy": _list_tinfo_call("py4c_list_copy", "ptr", "null", True),
    "list.concat": _list_tinfo_call("py4c_list_concat", "ptr", "null", True),
    "list.repeat": _list_tinfo_call("py4c_list_repeat", "ptr", "null", True),
    "list.slice": _list_tinfo_call("py4c_list_slice", "ptr", "null", True),
    "list.delslice": _list_tinfo_call("py4c_list_del_slice", "i64", "neg1"),
    "list.delitem": _list_tinfo_call("py4c_list_del_item", "i64", "neg1"),
    "list.repr": _list_tinfo_call("py4c_list_repr", "ptr", "null", True),
})


@typed("list.setslice")
def _setslice(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    src, lst, *bounds = a
    runtime_call(b, "py4c_list_set_slice", (lst, *bounds, src, tinfo(elem_of(ts[1]))), "i64", "neg1")
    return mir.Imm(0, "i1"), False


@typed("list.sort")
def _sort(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    lst, keys, reverse = a
    wide = b.reg("i64")
    b.emit(mir.Cast(wide, "zext", reverse))
    runtime_call(b, "py4c_list_sort", (lst, keys, tinfo(elem_of(ts[1])), wide), "i64", "neg1")
    return mir.Imm(0, "i1"), False


def ordering_test(b: FuncBuilder, op: str, r: mir.Value) -> mir.Value:
    """`a op b` from a three-way result r (<0, 0, >0, or 2 when the deciding items are
    unordered, a NaN: then every ordering test is false)."""
    if op in ("lt", "le"):
        return cmp(b, "slt" if op == "lt" else "sle", r, mir.Imm(0, "i64"))
    side = cmp(b, "sgt" if op == "gt" else "sge", r, mir.Imm(0, "i64"))
    not_nan = cmp(b, "ne", r, mir.Imm(2, "i64"))
    both = b.reg("i1")
    b.emit(mir.Bin(both, "and", side, not_nan))
    return both


def _compare(op: str) -> TypedEmitter:
    def emit(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
        t = tinfo(elem_of(ts[0]))
        user = runs_user_code_in_compare(ts[0])
        if op in ("eq", "ne"):
            r = runtime_call(b, "py4c_list_eq", (a[0], a[1], t), "i64", "neg1" if user else "none")
            return cmp(b, "ne" if op == "eq" else "eq", r, mir.Imm(0, "i64")), False
        r = runtime_call(b, "py4c_list_cmp", (a[0], a[1], t), "i64", "flag" if user else "none")
        return ordering_test(b, op, r), False

    return emit


for _op in ("eq", "ne", "lt", "le", "gt", "ge"):
    TYPED_PRIMITIVES[f"list.{_op}"] = _compare(_op)


def new_list(b: FuncBuilder, t: Type, n: int) -> mir.Reg:
    r = b.reg("ptr", "list", is_obj=True)
    b.emit(mir.CallC(r, "py4c_list_new", (mir.Imm(KINDS[type_key(elem_of(t))], "i64"), mir.Imm(n, "i64"))))
    b.check_null(r)
    return b.own(r)


def store_new_item(b: FuncBuilder, lst: mir.Value, i: int, v: mir.Value, owned: bool, t: Type) -> None:
    """Fill slot i of a fresh list (no old item to release)."""
    items = items_of(b, lst)
    if is_object(t):
        v = b.to_owned(v, owned)
    b.emit(mir.StoreItem(items, mir.Imm(i, "i64"), to_storage(b, v, t)))


_ = rtype
