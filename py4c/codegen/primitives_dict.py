"""Typed primitives for dict[K, V] and set[T] (runtime/dict.c).

Phase: codegen (lowering). Keys and values go to the runtime by address with their type
infos; results come back through an out-slot as new references. Iteration reads the
dense entry arrays inline at the index `py4c_dict_next_index` returns.
"""

from __future__ import annotations

from py4c import mir
from py4c.codegen.builder import FuncBuilder
from py4c.codegen.layout import KINDS, storage_rtype, type_key
from py4c.codegen.primitives import call_c, cmp
from py4c.codegen.primitives_list import (TYPED_PRIMITIVES, TypedEmitter, check_neg1, from_storage, runtime_call,
                                          spill, tinfo, typed)
from py4c.types import DictT, SetT, Type, is_object, runs_user_code_in_compare

NONE_RESULT: tuple[mir.Value, bool] = (mir.Imm(0, "i1"), False)


def key_val(t: Type) -> tuple[Type, Type | None]:
    if isinstance(t, DictT):
        return t.key, t.val
    assert isinstance(t, SetT)
    return t.elem, None


def infos(t: Type) -> tuple[mir.Value, mir.Value]:
    k, v = key_val(t)
    return tinfo(k), (tinfo(v) if v is not None else mir.Null())


def out_slot(b: FuncBuilder, t: Type) -> mir.Reg:
    slot = b.reg("ptr", "out")
    b.emit(mir.Spill(slot, None, storage_rtype(t)))
    return slot


def load_out(b: FuncBuilder, slot: mir.Reg, t: Type) -> tuple[mir.Value, bool]:
    raw = b.reg(storage_rtype(t), "v", is_object(t))
    b.emit(mir.LoadItem(raw, slot, mir.Imm(0, "i64")))
    if is_object(t):
        return b.own(raw), True  # the runtime handed us a new reference
    return from_storage(b, raw, t), False


def _new(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    k, v = key_val(res)
    vk = KINDS[type_key(v)] if v is not None else -1
    r = b.reg("ptr", "dict", is_obj=True)
    b.emit(mir.CallC(r, "py4c_dict_new", (mir.Imm(KINDS[type_key(k)], "i64"), mir.Imm(vk, "i64"))))
    b.check_null(r)
    return b.own(r), True


def _store(order: tuple[int, int, int]) -> TypedEmitter:
    """d[k] = v with the operands at positions (d, k, v) of the primitive."""

    def emit(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
        di, ki, vi = order
        dt = ts[di]
        k, v = key_val(dt)
        kt, vt = infos(dt)
        vslot: mir.Value = spill(b, a[vi], v) if v is not None else mir.Null()
        runtime_call(b, "py4c_dict_set", (a[di], spill(b, a[ki], k), vslot, kt, vt), "i64", "neg1")
        return NONE_RESULT

    return emit


def _getitem(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    k, _ = key_val(ts[0])
    kt, vt = infos(ts[0])
    slot = out_slot(b, res)
    runtime_call(b, "py4c_dict_get", (a[0], spill(b, a[1], k), slot, kt, vt), "i64", "neg1")
    return load_out(b, slot, res)


def _with_default(symbol: str) -> TypedEmitter:
    def emit(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
        k, v = key_val(ts[0])
        assert v is not None
        kt, vt = infos(ts[0])
        slot = out_slot(b, res)
        key, dflt = spill(b, a[1], k), spill(b, a[2], v)
        args = (a[0], key, dflt, slot, kt, vt) if symbol != "py4c_dict_pop" else (a[0], key, slot, dflt, mir.Imm(1, "i64"), kt, vt)
        runtime_call(b, symbol, args, "i64", "neg1")
        return load_out(b, slot, res)

    return emit


def _pop(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    k, _ = key_val(ts[0])
    kt, vt = infos(ts[0])
    slot = out_slot(b, res)
    runtime_call(b, "py4c_dict_pop", (a[0], spill(b, a[1], k), slot, mir.Null(), mir.Imm(0, "i64"), kt, vt), "i64", "neg1")
    return load_out(b, slot, res)


def _keyed(symbol: str, extra: tuple[mir.Value, ...] = ()) -> TypedEmitter:
    """A (dict, key) operation returning 0 or -1: del d[k], s.remove(x), s.discard(x)."""

    def emit(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
        k, _ = key_val(ts[0])
        kt, vt = infos(ts[0])
        key = spill(b, a[1], k)
        args = (a[0], key, kt, vt) if not extra else (a[0], key, mir.Null(), mir.Null(), *extra, kt, vt)
        runtime_call(b, symbol, args, "i64", "neg1")
        return NONE_RESULT

    return emit


def _contains(negate: bool) -> TypedEmitter:
    def emit(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
        k, _ = key_val(ts[1])
        kt, vt = infos(ts[1])
        r = runtime_call(b, "py4c_dict_lookup", (a[1], spill(b, a[0], k), mir.Null(), kt, vt), "i64", "neg1")
        return cmp(b, "eq" if negate else "ne", r, mir.Imm(0, "i64")), False

    return emit


def _field(field: str) -> TypedEmitter:
    def emit(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
        r = b.reg("i64")
        b.emit(mir.LoadField(r, a[0], "dict", field))
        return r, False

    return emit


def _truth(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    n, _ = _field("len")(b, a, ts, res)
    return cmp(b, "ne", n, mir.Imm(0, "i64")), False


def _infos_call(symbol: str, rt: str | None, check: str, is_obj: bool = False, key_only: bool = False) -> TypedEmitter:
    def emit(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
        kt, vt = infos(ts[0])
        extra = (kt,) if key_only else (kt, vt)
        r = runtime_call(b, symbol, (*a, *extra), rt, check, is_obj)
        return r, is_obj

    return emit


def _eq(negate: bool) -> TypedEmitter:
    def emit(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
        kt, vt = infos(ts[0])
        check = "neg1" if runs_user_code_in_compare(ts[0]) else "none"  # -1: a user __eq__ raised
        r = runtime_call(b, "py4c_dict_eq", (a[0], a[1], kt, vt), "i64", check)
        return cmp(b, "eq" if negate else "ne", r, mir.Imm(0, "i64")), False

    return emit


def _next_index(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    r = call_c(b, "py4c_dict_next_index", tuple(a), "i64")
    assert r is not None
    bad = cmp(b, "eq", r, mir.Imm(-2, "i64"))
    b.branch_error(bad)
    return r, False


def _entry(field: str) -> TypedEmitter:
    def emit(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
        arr = b.reg("ptr", field)
        b.emit(mir.LoadField(arr, a[0], "dict", field))
        raw = b.reg(storage_rtype(res), "entry", is_object(res))
        b.emit(mir.LoadItem(raw, arr, a[1]))
        if is_object(res):
            b.emit(mir.IncRef(raw))
            return b.own(raw), True
        return from_storage(b, raw, res), False

    return emit


TYPED_PRIMITIVES.update({
    "dict.new": _new, "set.new": _new,
    "dict.store": _store((0, 1, 2)), "dict.setitem": _store((1, 2, 0)), "set.add": _store((0, 1, 1)),
    "dict.getitem": _getitem,
    "dict.get_default": _with_default("py4c_dict_get_default"),
    "dict.setdefault": _with_default("py4c_dict_setdefault"),
    "dict.pop_default": _with_default("py4c_dict_pop"),
    "dict.pop": _pop,
    "dict.delitem": _keyed("py4c_dict_del"), "set.remove": _keyed("py4c_dict_del"),
    "set.discard": _keyed("py4c_dict_pop", (mir.Imm(1, "i64"),)),
    "dict.contains": _contains(False), "dict.not_contains": _contains(True),
    "dict.len": _field("len"), "dict.version": _field("version"), "dict.truth": _truth,
    "dict.eq": _eq(False), "dict.ne": _eq(True),
    "dict.repr": _infos_call("py4c_dict_repr", "ptr", "null", True),
    "dict.update": _infos_call("py4c_dict_update", "i64", "neg1"),
    "dict.clear": _infos_call("py4c_dict_clear", None, "none"),
    "dict.copy": _infos_call("py4c_dict_copy", "ptr", "null", True),
    "set.union": _infos_call("py4c_set_union", "ptr", "null", True, key_only=True),
    "set.intersection": _infos_call("py4c_set_intersection", "ptr", "null", True, key_only=True),
    "set.difference": _infos_call("py4c_set_difference", "ptr", "null", True, key_only=True),
    "set.symmetric_difference": _infos_call("py4c_set_symmetric_difference", "ptr", "null", True, key_only=True),
    "dict.next_index": _next_index,
    "dict.key_at": _entry("keys"), "dict.val_at": _entry("vals"),
})

_ = check_neg1


@typed("dict.new_flagged")
def _new_flagged(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    """A new defaultdict or Counter: a dict with its flag (runtime/py4c.h PY4C_DICT_*)."""
    d, _ = _new(b, [], [], res)
    same = b.reg("ptr", "flagged")
    b.emit(mir.CallC(same, "py4c_set_flags", (d, a[0])))
    return d, True


@typed("list.mark_deque")
def _mark_deque(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    """deque(items): the new list, flagged as a deque (it prints as deque([...]))."""
    r = b.reg("ptr", "deque", is_obj=True)
    b.emit(mir.CallC(r, "py4c_set_flags", (a[0], mir.Imm(1, "i64"))))
    b.emit(mir.IncRef(r))  # handed on as a new reference (the operand is released after)
    return b.own(r), True
