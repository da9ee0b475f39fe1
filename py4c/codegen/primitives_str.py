"""Primitives on str, lists, formatting and sys (registered into the primitive table).

Phase: codegen (lowering). All object results are owned (new) references; runtime
functions signal errors by returning NULL.
"""

from __future__ import annotations

from py4c import mir
from py4c.codegen.builder import FuncBuilder
from py4c.codegen.primitives import PRIMITIVES, Emitter, call_c, cmp, runtime

PRIMITIVES.update({
    "int->str": runtime("py4c_str_from_int", "ptr", "null", True),
    "str.concat": runtime("py4c_str_concat", "ptr", "null", True),
    "str.getitem": runtime("py4c_str_getitem", "ptr", "null", True),
    "str.repr": runtime("py4c_str_repr", "ptr", "null", True),
    "str->int": runtime("py4c_int_from_str", "i64", "flag"),
    "str->float": runtime("py4c_float_from_str", "f64", "flag"),
    "format.int": runtime("py4c_format_int", "ptr", "null", True),
    "format.float": runtime("py4c_format_float", "ptr", "null", True),
    "format.str": runtime("py4c_format_str", "ptr", "null", True),
    "sys.argv": runtime("py4c_argv", "ptr", "null", True),
    "list.getitem": runtime("py4c_list_get_obj", "ptr", "null", True),
    "list_str->str": runtime("py4c_list_str_repr", "ptr", "null", True),
})


def _format_bool(b: FuncBuilder, a: list[mir.Value]) -> tuple[mir.Value, bool]:
    wide = b.reg("i64")
    b.emit(mir.Cast(wide, "zext", a[0]))
    r = call_c(b, "py4c_format_bool", (wide, a[1]), "ptr", "null", True)
    assert r is not None
    return r, True


def _bool_str(b: FuncBuilder, a: list[mir.Value]) -> tuple[mir.Value, bool]:
    out = b.reg("ptr", "s", is_obj=True)
    b.emit(mir.Select(out, a[0], mir.StrConst("True"), mir.StrConst("False")))
    return out, False  # immortal constants: nothing to release


def _len_field(struct: str, field: str) -> Emitter:
    def emit(b: FuncBuilder, a: list[mir.Value]) -> tuple[mir.Value, bool]:
        r = b.reg("i64")
        b.emit(mir.LoadField(r, a[0], struct, field))
        return r, False

    return emit


def _truth(struct: str) -> Emitter:
    def emit(b: FuncBuilder, a: list[mir.Value]) -> tuple[mir.Value, bool]:
        r = b.reg("i64")
        b.emit(mir.LoadField(r, a[0], struct, "len"))
        return cmp(b, "ne", r, mir.Imm(0, "i64")), False

    return emit


def _runtime_test(symbol: str, op: str, k: int = 0, swap: bool = False) -> Emitter:
    """Call an i64-returning runtime predicate and compare its result with k."""

    def emit(b: FuncBuilder, a: list[mir.Value]) -> tuple[mir.Value, bool]:
        args = (a[1], a[0]) if swap else (a[0], a[1])
        r = call_c(b, symbol, args, "i64")
        assert r is not None
        return cmp(b, op, r, mir.Imm(k, "i64")), False

    return emit


def _str_minmax(op: str) -> Emitter:
    def emit(b: FuncBuilder, a: list[mir.Value]) -> tuple[mir.Value, bool]:
        r = call_c(b, "py4c_str_cmp", (a[1], a[0]), "i64")
        assert r is not None
        out = b.reg("ptr", "s", is_obj=True)
        b.emit(mir.Select(out, cmp(b, op, r, mir.Imm(0, "i64")), a[1], a[0]))
        b.emit(mir.IncRef(out))
        return b.own(out), True

    return emit


def _build(b: FuncBuilder, a: list[mir.Value]) -> tuple[mir.Value, bool]:
    arr = b.reg("ptr", "parts")
    b.emit(mir.StackArray(arr, tuple(a)))
    r = call_c(b, "py4c_str_join_n", (mir.Imm(len(a), "i64"), arr), "ptr", "null", True)
    assert r is not None
    return r, True


PRIMITIVES.update({
    "format.bool": _format_bool,
    "bool->str": _bool_str,
    "str.len": _len_field("str", "nchars"),
    "list.len": _len_field("list", "len"),
    "str.truth": _truth("str"),
    "list.truth": _truth("list"),
    "str.lt": _runtime_test("py4c_str_cmp", "slt"), "str.le": _runtime_test("py4c_str_cmp", "sle"),
    "str.gt": _runtime_test("py4c_str_cmp", "sgt"), "str.ge": _runtime_test("py4c_str_cmp", "sge"),
    "str.eq": _runtime_test("py4c_str_eq", "ne"), "str.ne": _runtime_test("py4c_str_eq", "eq"),
    # `x in s` searches s for x: the runtime takes (haystack, needle)
    "str.contains": _runtime_test("py4c_str_contains", "ne", swap=True),
    "str.not_contains": _runtime_test("py4c_str_contains", "eq", swap=True),
    "str.min": _str_minmax("slt"), "str.max": _str_minmax("sgt"),
    "str.build": _build,
})


# ---------------------------------------------------------------- str methods (strmethods.c)


def _neg1_checked(symbol: str) -> Emitter:
    """An i64 runtime result where -1 signals an error (index, ord)."""

    def emit(b: FuncBuilder, a: list[mir.Value]) -> tuple[mir.Value, bool]:
        r = call_c(b, symbol, tuple(a), "i64")
        assert r is not None
        bad = cmp(b, "eq", r, mir.Imm(-1, "i64"))
        b.branch_error(bad)
        return r, False

    return emit


# Byte offset of a py4c_str's character data (the header, len, nchars, hash and is_ascii
# words come first; runtime/py4c.h).
STR_DATA = 48

# The str.is*() predicate numbers of typecheck/methods.py, as methods of str, for the
# one-character fast path below.
_STR_PREDICATES = {1: "isdigit", 2: "isalpha", 3: "isspace", 4: "isalnum", 5: "isupper", 6: "islower",
                   7: "isdecimal", 8: "isnumeric", 9: "isidentifier", 10: "isprintable", 11: "istitle"}


def _ascii_masks(method: str) -> tuple[int, int]:
    """The predicate on the 128 one-character ASCII strings, as two 64-bit masks (bit c of
    the pair is chr(c).method()), computed by CPython itself."""
    bits = sum(1 << c for c in range(128) if getattr(chr(c), method)())
    lo, hi = bits & (2**64 - 1), bits >> 64
    return lo - 2**64 if lo >= 2**63 else lo, hi - 2**64 if hi >= 2**63 else hi


def _str_is(b: FuncBuilder, a: list[mir.Value]) -> tuple[mir.Value, bool]:
    """s.isdigit() etc. A one-byte string (necessarily ASCII) is tested inline against a
    bit mask; longer strings call py4c_str_is."""
    s, pred = a
    if not isinstance(pred, mir.Imm) or pred.value not in _STR_PREDICATES:
        return _truthy("py4c_str_is")(b, a)
    lo, hi = _ascii_masks(_STR_PREDICATES[int(pred.value)])
    out = b.reg("i1", "is")
    n = b.reg("i64", "len")
    b.emit(mir.LoadField(n, s, "str", "len"))
    one, many, done = b.new_block("is_one"), b.new_block("is_many"), b.new_block("is_done")
    b.terminate(mir.Branch(cmp(b, "eq", n, mir.Imm(1, "i64")), one, many))
    b.set_block(one)
    byte = b.reg("i8", "ch")
    b.emit(mir.LoadItem(byte, s, mir.Imm(STR_DATA, "i64")))
    c = b.reg("i64", "ch")
    b.emit(mir.Cast(c, "zext", byte))
    word = b.reg("i64", "mask")
    b.emit(mir.Select(word, cmp(b, "ult", c, mir.Imm(64, "i64")), mir.Imm(lo, "i64"), mir.Imm(hi, "i64")))
    shift = b.reg("i64")
    b.emit(mir.Bin(shift, "and", c, mir.Imm(63, "i64")))
    bits = b.reg("i64")
    b.emit(mir.Bin(bits, "lshr", word, shift))
    bit = b.reg("i64")
    b.emit(mir.Bin(bit, "and", bits, mir.Imm(1, "i64")))
    b.emit(mir.Assign(out, cmp(b, "ne", bit, mir.Imm(0, "i64"))))
    b.goto(done)
    b.set_block(many)
    r = call_c(b, "py4c_str_is", (s, pred), "i64")
    assert r is not None
    b.emit(mir.Assign(out, cmp(b, "ne", r, mir.Imm(0, "i64"))))
    b.goto(done)
    b.set_block(done)
    return out, False


def _truthy(symbol: str) -> Emitter:
    def emit(b: FuncBuilder, a: list[mir.Value]) -> tuple[mir.Value, bool]:
        r = call_c(b, symbol, tuple(a), "i64")
        assert r is not None
        return cmp(b, "ne", r, mir.Imm(0, "i64")), False

    return emit


PRIMITIVES.update({
    "str.slice": runtime("py4c_str_slice", "ptr", "null", True),
    "str.split": runtime("py4c_str_split", "ptr", "null", True),
    "str.rsplit": runtime("py4c_str_rsplit", "ptr", "null", True),
    "str.splitlines": runtime("py4c_str_splitlines", "ptr", "null", True),
    "str.join": runtime("py4c_str_join", "ptr", "null", True),
    "str.strip": runtime("py4c_str_strip", "ptr", "null", True),
    "str.replace": runtime("py4c_str_replace", "ptr", "null", True),
    "str.find": runtime("py4c_str_find", "i64", "none"),
    "str.index": _neg1_checked("py4c_str_index"),
    "str.count": runtime("py4c_str_count", "i64", "none"),
    "str.startswith": _truthy("py4c_str_startswith"),
    "str.is": _str_is,
    "str.ord": _neg1_checked("py4c_str_ord"),
    "str.chr": runtime("py4c_str_chr", "ptr", "null", True),
    "str.repeat": runtime("py4c_str_repeat", "ptr", "null", True),
    "str.pad": runtime("py4c_str_pad", "ptr", "null", True),
    "str.bytelen": _len_field("str", "len"),
    "str.char_at_byte": runtime("py4c_str_char_at_byte", "ptr", "null", True),
})
for _case in ("upper", "lower", "title", "capitalize", "swapcase"):
    PRIMITIVES[f"str.{_case}"] = runtime(f"py4c_str_{_case}", "ptr", "null", True)


def _range_check_step(b: FuncBuilder, a: list[mir.Value]) -> tuple[mir.Value, bool]:
    b.raise_if(cmp(b, "eq", a[0], mir.Imm(0, "i64")), "ValueError", "range() arg 3 must not be zero")
    return mir.Imm(0, "i64"), False


def _range_more(b: FuncBuilder, a: list[mir.Value]) -> tuple[mir.Value, bool]:
    cur, end, step = a
    out = b.reg("i1")
    b.emit(mir.Select(out, cmp(b, "sgt", step, mir.Imm(0, "i64")), cmp(b, "slt", cur, end), cmp(b, "sgt", cur, end)))
    return out, False


def _range_step(b: FuncBuilder, a: list[mir.Value]) -> tuple[mir.Value, bool]:
    """cur + step; a step past 64 bits is past any stop, so it becomes the stop itself."""
    cur, step, end = a
    r, flag = b.reg("i64"), b.reg("i1", "ovf")
    b.emit(mir.Ovf(r, flag, "sadd", cur, step))
    out = b.reg("i64")
    b.emit(mir.Select(out, flag, end, r))
    return out, False


PRIMITIVES.update({
    "io.input": runtime("py4c_input", "ptr", "null", True),
    "io.readline": runtime("py4c_stdin_readline", "ptr", "null", True),
    "io.read": runtime("py4c_stdin_read", "ptr", "null", True),
})
PRIMITIVES.update({
    "obj.is": lambda b, a: (cmp(b, "eq", a[0], a[1]), False),
    "obj.is_not": lambda b, a: (cmp(b, "ne", a[0], a[1]), False),
})
PRIMITIVES.update({"range.check_step": _range_check_step, "range.more": _range_more, "range.step": _range_step})
