"""Typed primitives of generators (runtime/gen.c).

Phase: codegen (lowering). A generator's arguments and its yielded value live in its
slots (laid out as a tuple's); a yielded value is moved: the generator's code hands over
a reference, the consumer takes it.
"""

from __future__ import annotations

from py4c import mir
from py4c.codegen.builder import FuncBuilder
from py4c.codegen.layout import storage_rtype
from py4c.codegen.primitives import cmp
from py4c.codegen.primitives_list import from_storage, runtime_call, spill, tinfo, to_storage, typed
from py4c.types import GenT, TupleT, Type, is_object


@typed("gen.new")
def _new(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    assert isinstance(a[0], mir.StrConst) and isinstance(res, GenT)
    fn = b.reg("ptr", "genbody")
    b.emit(mir.FuncRef(fn, a[0].value))
    args_t = TupleT(tuple(ts[1:]))
    g = runtime_call(b, "py4c_gen_new", (fn, tinfo(args_t), tinfo(res.elem)), "ptr", "null", True)
    for i, (v, t) in enumerate(zip(a[1:], ts[1:])):
        if is_object(t):
            b.emit(mir.IncRef(v))
        b.emit(mir.StoreSlot(g, mir.Imm(i + 1, "i64"), to_storage(b, v, t)))
    return g, True


@typed("gen.arg")
def _arg(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    raw = b.reg(storage_rtype(res), "arg", is_object(res))
    b.emit(mir.LoadSlot(raw, a[0], a[1]))
    if is_object(res):
        b.emit(mir.IncRef(raw))  # the generator keeps its own reference
        return b.own(raw), True
    return from_storage(b, raw, res), False


@typed("gen.yield")
def _yield(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    g, v = a
    t = ts[1]
    if is_object(t):
        b.emit(mir.IncRef(v))  # handed to the consumer
    r = runtime_call(b, "py4c_gen_yield", (g, spill(b, v, t)), "i64", "neg1")
    _ = r
    return mir.Imm(0, "i1"), False


@typed("gen.advance")
def _advance(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    r = runtime_call(b, "py4c_gen_next", (a[0],), "i64", "neg1")
    return cmp(b, "eq", r, mir.Imm(1, "i64")), False


@typed("gen.take")
def _take(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    raw = b.reg(storage_rtype(res), "value", is_object(res))
    b.emit(mir.LoadSlot(raw, a[0], mir.Imm(0, "i64")))
    b.emit(mir.CallC(None, "py4c_gen_taken", (a[0],)))
    if is_object(res):
        return b.own(raw), True  # moved from the generator
    return from_storage(b, raw, res), False
