"""Typed primitives of the heapq and bisect modules (runtime/heapq.c).

Phase: codegen (lowering). Items go by address with the element type info, as for the
other generic list operations; popped items are moved out of the list (a new
reference for objects).
"""

from __future__ import annotations

from py4c import mir
from py4c.codegen.builder import FuncBuilder
from py4c.codegen.layout import storage_rtype
from py4c.codegen.primitives_list import elem_of, from_storage, runtime_call, spill, tinfo, typed
from py4c.types import Type, is_object


def _moved_out(b: FuncBuilder, slot: mir.Reg, t: Type) -> tuple[mir.Value, bool]:
    raw = b.reg(storage_rtype(t), "item", is_object(t))
    b.emit(mir.LoadItem(raw, slot, mir.Imm(0, "i64")))
    if is_object(t):
        return b.own(raw), True
    return from_storage(b, raw, t), False


def _out_slot(b: FuncBuilder, t: Type) -> mir.Reg:
    slot = b.reg("ptr", "out")
    b.emit(mir.Spill(slot, None, storage_rtype(t)))
    return slot


@typed("heapq.push")
def _push(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    elem = elem_of(ts[0])
    runtime_call(b, "py4c_heap_push", (a[0], spill(b, a[1], elem), tinfo(elem)), "i64", "neg1")
    return mir.Imm(0, "i1"), False


@typed("heapq.pop")
def _pop(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    elem = elem_of(ts[0])
    slot = _out_slot(b, elem)
    runtime_call(b, "py4c_heap_pop", (a[0], slot, tinfo(elem)), "i64", "neg1")
    return _moved_out(b, slot, elem)


@typed("heapq.heapify")
def _heapify(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    runtime_call(b, "py4c_heapify", (a[0], tinfo(elem_of(ts[0]))), "i64", "neg1")
    return mir.Imm(0, "i1"), False


def _exchange(symbol: str) -> None:
    def emit(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
        elem = elem_of(ts[0])
        slot = _out_slot(b, elem)
        runtime_call(b, symbol, (a[0], spill(b, a[1], elem), slot, tinfo(elem)), "i64", "neg1")
        return _moved_out(b, slot, elem)

    typed("heapq.replace" if symbol == "py4c_heap_replace" else "heapq.pushpop")(emit)


_exchange("py4c_heap_replace")
_exchange("py4c_heap_pushpop")


@typed("bisect.bisect")
def _bisect(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    lst, x, lo, hi, right = a
    elem = elem_of(ts[0])
    r = runtime_call(b, "py4c_bisect", (lst, spill(b, x, elem), lo, hi, right, tinfo(elem)), "i64", "neg1")
    return r, False
