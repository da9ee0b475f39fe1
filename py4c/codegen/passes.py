"""mir -> mir passes, listed by name in PASSES and run in order (`--check-ir` verifies
the IR after each one).

- `refcount`: removes reference-count operations that cancel: a parameter that is never
  reassigned is borrowed from the caller for the whole call, so its entry increment and
  every decrement of it on exit go; an increment immediately followed by a decrement of
  the same value in one block goes.
"""

from __future__ import annotations

from typing import Callable

from py4c import mir
from py4c.mir.verify import verify


def refcount(f: mir.Function) -> None:
    # Which locals are param copies that are never reassigned?
    copies: dict[int, mir.Reg] = {}
    assigned: dict[int, int] = {}
    params = {id(p) for p in f.params}
    for b in f.blocks:
        for o in b.ops:
            if isinstance(o, mir.Assign) and o.dest.is_obj:
                assigned[id(o.dest)] = assigned.get(id(o.dest), 0) + 1
                if isinstance(o.src, mir.Reg) and id(o.src) in params:
                    copies[id(o.dest)] = o.dest
    borrowed = {k for k in copies if assigned.get(k, 0) == 2}  # the NULL init and the copy
    entry_done: set[int] = set()
    for b in f.blocks:
        kept: list[mir.Op] = []
        for o in b.ops:
            if isinstance(o.obj if isinstance(o, (mir.IncRef, mir.DecRef)) else None, mir.Reg):
                assert isinstance(o, (mir.IncRef, mir.DecRef))
                reg = o.obj
                assert isinstance(reg, mir.Reg)
                if id(reg) in borrowed:
                    # the entry increment directly follows the copy of the parameter; the
                    # exit releases are the NULL-tolerant decrements of every local
                    prev = kept[-1] if kept else None
                    if isinstance(o, mir.IncRef) and isinstance(prev, mir.Assign) and prev.dest is reg \
                            and isinstance(prev.src, mir.Reg) and id(prev.src) in params and id(reg) not in entry_done:
                        entry_done.add(id(reg))
                        continue
                    if isinstance(o, mir.DecRef) and o.maybe_null:
                        continue
            if isinstance(o, mir.DecRef) and kept and isinstance(kept[-1], mir.IncRef) and kept[-1].obj is o.obj:
                kept.pop()
                continue
            kept.append(o)
        b.ops = kept


def remove_unreachable(f: mir.Function) -> None:
    seen: set[int] = set()
    order: list[mir.Block] = []
    stack = [f.blocks[0]]
    while stack:
        b = stack.pop()
        if id(b) in seen:
            continue
        seen.add(id(b))
        order.append(b)
        t = b.term
        if isinstance(t, mir.Goto):
            stack.append(t.target)
        elif isinstance(t, mir.Branch):
            stack.extend((t.false, t.true))
    f.blocks = [b for b in f.blocks if id(b) in seen]


PASSES: list[tuple[str, Callable[[mir.Function], None]]] = [
    ("remove-unreachable", remove_unreachable),
    ("refcount", refcount),
]


def run_passes(m: mir.Module, check: bool = False) -> None:
    for name, fn in PASSES:
        for f in m.functions:
            fn(f)
            if check:
                errors = verify(f)
                if errors:
                    raise AssertionError(f"mir invalid after pass '{name}':\n" + "\n".join(errors))
