"""Primitives of the standard-library modules py4c provides natively (typecheck/stdlib.py):
each registers into PRIMITIVES (untyped) or TYPED_PRIMITIVES (given operand types).

Phase: codegen (lowering).
"""

from __future__ import annotations

from py4c import mir
from py4c.codegen.builder import FuncBuilder
from py4c.codegen.layout import storage_rtype
from py4c.codegen.primitives import PRIMITIVES, call_c, runtime
from py4c.codegen.primitives_list import TYPED_PRIMITIVES, from_storage, items_of, typed
from py4c.types import Type, is_object

# ---------------------------------------------------------------- random (runtime/randommod.c)

PRIMITIVES.update({
    "random.seed": runtime("py4c_random_seed", None, "none"),
    "random.seed_os": runtime("py4c_random_seed_os", None, "none"),
    "random.random": runtime("py4c_random_random", "f64", "none"),
    "random.getrandbits": runtime("py4c_random_getrandbits", "i64", "flag"),
    "random.randrange1": runtime("py4c_random_randrange1", "i64", "flag"),
    "random.randrange": runtime("py4c_random_randrange", "i64", "flag"),
    "random.randint": runtime("py4c_random_randint", "i64", "flag"),
    "random.uniform": runtime("py4c_random_uniform", "f64", "none"),
    "random.uniform_ii": runtime("py4c_random_uniform_ii", "f64", "none"),
    "random.choice_str": runtime("py4c_random_choice_str", "ptr", "null", True),
    "random.shuffle": runtime("py4c_random_shuffle", None, "none"),
    "random.sample": runtime("py4c_random_sample", "ptr", "null", True),
})


@typed("random.choice")
def _random_choice(b: FuncBuilder, a: list[mir.Value], ts: list[Type], res: Type) -> tuple[mir.Value, bool]:
    """seq[_randbelow(len(seq))] of a list: the index from the runtime, then an inline load."""
    n = b.reg("i64", "len")
    b.emit(mir.LoadField(n, a[0], "list", "len"))
    idx = call_c(b, "py4c_random_choice_index", (n,), "i64", "flag")
    assert idx is not None
    raw = b.reg(storage_rtype(res), "item", is_object(res))
    b.emit(mir.LoadItem(raw, items_of(b, a[0]), idx))
    if is_object(res):
        b.emit(mir.IncRef(raw))
        return b.own(raw), True
    return from_storage(b, raw, res), False
