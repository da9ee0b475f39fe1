"""Method calls on built-in types: list methods and str methods -> primitives.

Phase: typecheck. Optional arguments become explicit `has_*` flags so the runtime
applies CPython's defaulting rules (slice-style start/end, maxsplit=-1, count=-1).
`str.format` with a literal format string is compiled like an f-string.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from py4c import tir
from py4c.frontend import ast
from py4c.typecheck.env import FuncScope

if TYPE_CHECKING:
    from py4c.typecheck.consume import Key
from py4c.types import BOOL, INT, NONE, STR, BoolT, ClassT, DictT, FileT, IntT, ListT, NoneT, OptT, SetT, StrT, TupleT, Type

_STR_PREDICATES = {"isdigit": 1, "isalpha": 2, "isspace": 3, "isalnum": 4, "isupper": 5, "islower": 6,
                   "isdecimal": 7, "isnumeric": 8, "isidentifier": 9, "isprintable": 10, "istitle": 11}
_STR_CASE = ("upper", "lower", "title", "capitalize", "swapcase")


def check_method(sc: FuncScope, e: ast.Call, attr: ast.Attribute) -> tir.Expr:
    from py4c.typecheck.expr import check_expr, error_expr, poisoned

    recv = check_expr(sc, attr.value)
    if poisoned(recv):
        return error_expr(e.span)
    if isinstance(recv.type, OptT) and not isinstance(recv.type.inner, ClassT):
        # mypy proved it is not None here (else CPython raises this same AttributeError)
        recv = tir.Prim("opt.check", (recv, tir.Const(attr.attr, STR, e.span)), recv.type.inner, e.span)
    if isinstance(recv.type, FileT):
        from py4c.typecheck.files import file_method
        return file_method(sc, recv, attr.attr, e)
    if isinstance(recv.type, ListT) and attr.attr in ("popleft", "appendleft"):
        # deque methods (mypy allows them on deques only)
        if attr.attr == "popleft":
            if e.args or e.keywords:
                sc.module.diags.error("call-arg", e.span, "popleft() takes no arguments")
            return tir.Prim("list.pop", (recv, tir.Const(0, INT, e.span)), recv.type.elem, e.span)
        from py4c.typecheck.expr import coerce
        if len(e.args) != 1 or e.keywords:
            sc.module.diags.error("call-arg", e.span, "appendleft() takes one argument")
            return error_expr(e.span, NONE)
        x = coerce(sc, check_expr(sc, e.args[0], recv.type.elem), recv.type.elem, e.span, "deque item")
        return tir.Prim("list.insert", (recv, tir.Const(0, INT, e.span), x), NONE, e.span)
    if isinstance(recv.type, DictT):
        from py4c.typecheck.collectionsmod import counter_method
        counted = counter_method(sc, recv, attr.attr, e)
        if counted is not None:
            return counted
    if isinstance(recv.type, ListT):
        return list_method(sc, recv, attr.attr, e)
    if isinstance(recv.type, StrT):
        return str_method(sc, recv, attr.attr, e)
    if isinstance(recv.type, DictT):
        from py4c.typecheck.dicts import dict_method
        return dict_method(sc, recv, attr.attr, e)
    if isinstance(recv.type, SetT):
        from py4c.typecheck.dicts import set_method
        return set_method(sc, recv, attr.attr, e)
    sc.module.diags.error("attr-defined", attr.span, f"'{recv.type}' has no method '{attr.attr}' that py4c supports")
    return error_expr(e.span)


def _args(sc: FuncScope, e: ast.Call, names: list[str], required: int, what: str,
          expected: dict[str, Type] | None = None) -> list[tir.Expr | None] | None:
    """Positional and keyword arguments matched to `names`; missing optional ones are None.
    `expected` gives the declared type of some parameters (it types `[]`)."""
    from py4c.typecheck.expr import check_expr

    d = sc.module.diags
    want = expected or {}
    out: list[tir.Expr | None] = [None] * len(names)
    if len(e.args) > len(names):
        d.error("call-arg", e.span, f"{what}() takes at most {len(names)} arguments ({len(e.args)} given)")
        return None
    for i, a in enumerate(e.args):
        out[i] = check_expr(sc, a, want.get(names[i]))
    for k in e.keywords:
        if k.name not in names:
            d.error("call-arg", k.span, f"{what}() got an unexpected keyword argument '{k.name}'")
            return None
        out[names.index(k.name)] = check_expr(sc, k.value, want.get(k.name))
    if any(x is None for x in out[:required]):
        d.error("call-arg", e.span, f"{what}() missing required argument")
        return None
    return out


def _int_or_none(sc: FuncScope, x: tir.Expr | None, span: ast.Span) -> tuple[tir.Expr, tir.Expr]:
    """(value, has_value) for an optional int argument where None means absent."""
    from py4c.typecheck.expr import convert

    if x is None or isinstance(x.type, NoneT):
        return tir.Const(0, INT, span), tir.Const(0, INT, span)
    if not isinstance(x.type, (IntT, BoolT)):
        sc.module.diags.error("arg-type", x.span, f"slice indices must be integers or None, not '{x.type}'")
    return convert(x, INT), tir.Const(1, INT, span)


def slice_args(sc: FuncScope, s: ast.Slice) -> tuple[tir.Expr, ...]:
    from py4c.typecheck.expr import check_expr

    vals: list[tir.Expr] = []
    flags: list[tir.Expr] = []
    for part in (s.lower, s.upper, s.step):
        v, has = _int_or_none(sc, check_expr(sc, part) if part is not None else None, s.span)
        vals.append(v)
        flags.append(has)
    return (*vals, *flags)


def _elem(sc: FuncScope, x: tir.Expr, elem: Type, span: ast.Span, what: str) -> tir.Expr:
    from py4c.typecheck.expr import coerce

    return coerce(sc, x, elem, span, what)


def list_method(sc: FuncScope, recv: tir.Expr, name: str, e: ast.Call) -> tir.Expr:
    from py4c.typecheck.consume import sort_in_place
    from py4c.typecheck.expr import error_expr

    assert isinstance(recv.type, ListT)
    lt, elem, span, d = recv.type, recv.type.elem, e.span, sc.module.diags

    def prim(op: str, args: tuple[tir.Expr, ...], t: Type) -> tir.Expr:
        return tir.Prim(op, (recv, *args), t, span)

    if name == "sort":
        key, reverse = _sort_options(sc, e)
        if key is False or key is True:
            return error_expr(span, NONE)
        target = tir.Var(sc.new_temp(lt), "local", lt, span)
        stmts = [tir.Assign(target, recv, span), *sort_in_place(sc, target, key, reverse, span)]
        return tir.StmtExpr(tuple(stmts), tir.Const(None, NONE, span), NONE, span)
    table: dict[str, tuple[list[str], int]] = {
        "append": (["x"], 1), "extend": (["iterable"], 1), "insert": (["index", "x"], 2), "pop": (["index"], 0),
        "remove": (["x"], 1), "index": (["x", "start", "stop"], 1), "count": (["x"], 1), "reverse": ([], 0),
        "clear": ([], 0), "copy": ([], 0),
    }
    if name not in table:
        d.error("attr-defined", span, f"list has no method '{name}' that py4c supports")
        return error_expr(span)
    names, required = table[name]
    a = _args(sc, e, names, required, name, {"x": elem, "iterable": lt})
    if a is None:
        return error_expr(span)
    match name:
        case "append":
            assert a[0] is not None
            return prim("list.append", (_elem(sc, a[0], elem, span, "list.append"),), NONE)
        case "extend":
            assert a[0] is not None
            if a[0].type != lt:
                d.error("arg-type", span, f"list[{elem}].extend() needs a list[{elem}], got '{a[0].type}'")
                return error_expr(span, NONE)
            return prim("list.extend", (a[0],), NONE)
        case "insert":
            assert a[0] is not None and a[1] is not None
            i, _ = _int_or_none(sc, a[0], span)
            return prim("list.insert", (i, _elem(sc, a[1], elem, span, "list.insert")), NONE)
        case "pop":
            i, has = _int_or_none(sc, a[0], span)
            return prim("list.pop", (i if a[0] is not None else tir.Const(-1, INT, span),), elem)
        case "remove" | "count":
            assert a[0] is not None
            return prim(f"list.{name}", (_elem(sc, a[0], elem, span, f"list.{name}"),), NONE if name == "remove" else INT)
        case "index":
            assert a[0] is not None
            start, _ = _int_or_none(sc, a[1], span)
            stop, has_stop = _int_or_none(sc, a[2], span)
            if a[2] is None:
                stop = tir.Const(2**63 - 1, INT, span)
            return prim("list.index", (_elem(sc, a[0], elem, span, "list.index"), start, stop), INT)
        case "copy":
            return prim("list.copy", (), lt)
        case _:
            return prim(f"list.{name}", (), NONE)


def _sort_options(sc: FuncScope, e: ast.Call) -> tuple[Key | None | bool, tir.Expr]:
    """(key function name or None, reverse) from `key=`/`reverse=`; key False on error."""
    from py4c.typecheck.expr import check_expr, truth

    d = sc.module.diags
    key: Key | None | bool = None
    reverse: tir.Expr = tir.Const(False, BOOL, e.span)
    if e.args:
        d.error("call-arg", e.span, "sort() takes no positional arguments")
        return False, reverse
    for k in e.keywords:
        if k.name == "reverse":
            reverse = truth(sc, check_expr(sc, k.value))
        elif k.name == "key":
            if isinstance(k.value, ast.NoneLit):
                continue
            from py4c.typecheck.consume import key_of

            key = key_of(sc, k.value)
            if key is None:
                return False, reverse
        else:
            d.error("call-arg", k.span, f"sort() got an unexpected keyword argument '{k.name}'")
            return False, reverse
    return key, reverse


def sort_options(sc: FuncScope, e: ast.Call) -> tuple[Key | None | bool, tir.Expr]:
    return _sort_options(sc, e)


def _partition(sc: FuncScope, recv: tir.Expr, name: str, e: ast.Call) -> tir.Expr:
    """s.partition(sep) / s.rpartition(sep): a 3-tuple, from find and two slices."""
    from py4c.typecheck.expr import check_expr, error_expr
    from py4c.typecheck.tuples import display_of

    span = e.span
    t3 = TupleT((STR, STR, STR))
    if len(e.args) != 1 or e.keywords:
        sc.module.diags.error("call-arg", span, f"{name}() takes exactly one argument")
        return error_expr(span, t3)
    sep = check_expr(sc, e.args[0])
    if not isinstance(sep.type, StrT):
        sc.module.diags.error("arg-type", span, f"{name}() argument must be str, not {sep.type}")
        return error_expr(span, t3)
    ts, tsep, ti = (tir.Var(sc.new_temp(t), "local", t, span) for t in (STR, STR, INT))
    zero, one = tir.Const(0, INT, span), tir.Const(1, INT, span)
    right = name == "rpartition"
    find = tir.Prim("str.find", (ts, tsep, zero, zero, zero, zero, tir.Const(int(right), INT, span)), INT, span)

    def cut(lo: tir.Expr | None, hi: tir.Expr | None) -> tir.Expr:
        return tir.Prim("str.slice", (ts, lo or zero, hi or zero, one, tir.Const(int(lo is not None), INT, span),
                                      tir.Const(int(hi is not None), INT, span), zero), STR, span)

    after = tir.Prim("int.add", (ti, tir.Prim("str.len", (tsep,), INT, span)), INT, span)
    found = display_of([cut(None, ti), tsep, cut(after, None)], span)
    empty = tir.Const("", STR, span)
    missing = display_of([empty, empty, ts] if right else [ts, empty, empty], span)
    test = tir.Prim("int.lt", (ti, zero), BOOL, span)
    check = tir.If(tir.Prim("int.eq", (tir.Prim("str.len", (tsep,), INT, span), zero), BOOL, span),
                   (tir.Raise("ValueError", tir.Const("empty separator", STR, span), span),), (), span)
    pick = tir.CondExpr(test, missing, found, t3, span)
    body = tir.StmtExpr((check, tir.Assign(ti, find, span)), pick, t3, span)
    return tir.Let(ts, recv, tir.Let(tsep, sep, body, t3, span), t3, span)


def _join(sc: FuncScope, recv: tir.Expr, e: ast.Call) -> tir.Expr:
    """sep.join(iterable): a list[str] directly; any other iterable of str (a generator
    expression, a tuple, a string, dict keys) is collected into a list first."""
    from py4c.typecheck.consume import collect
    from py4c.typecheck.expr import check_expr, error_expr

    d = sc.module.diags
    if len(e.args) != 1 or e.keywords:
        d.error("call-arg", e.span, "str.join() takes exactly one argument")
        return error_expr(e.span, STR)
    arg = e.args[0]
    lazy = isinstance(arg, ast.GeneratorExp) or isinstance(arg, ast.Call) and (
        sc.module.qualified(arg.func) in ("reversed", "zip", "enumerate", "range", "map", "filter")
        or isinstance(arg.func, ast.Attribute) and arg.func.attr in ("keys", "values", "items") and not arg.args)
    parts = None if lazy else check_expr(sc, arg)
    if parts is not None and parts.type != ListT(STR):
        parts = None if isinstance(parts.type, (StrT, TupleT, DictT, ListT)) else parts
    if parts is None:
        parts = collect(sc, arg, e.span)
        if parts is None:
            return error_expr(e.span, STR)
    if parts.type != ListT(STR):
        d.error("arg-type", e.span, f"str.join() needs an iterable of str, got '{parts.type}'")
        return error_expr(e.span, STR)
    return tir.Prim("str.join", (recv, parts), STR, e.span)


def str_method(sc: FuncScope, recv: tir.Expr, name: str, e: ast.Call) -> tir.Expr:
    from py4c.typecheck.expr import convert, error_expr

    span, d = e.span, sc.module.diags

    def strarg(x: tir.Expr | None, what: str) -> tir.Expr | None:
        if x is None or isinstance(x.type, NoneT):
            return None
        if not isinstance(x.type, StrT):
            d.error("arg-type", x.span, f"{what} must be a str, not '{x.type}'")
        return x

    def prim(op: str, args: tuple[tir.Expr, ...], t: Type) -> tir.Expr:
        return tir.Prim(op, (recv, *args), t, span)

    null = tir.Const(None, STR, span)  # absent optional str: NULL for the runtime
    if name == "format":
        return _str_format(sc, recv, e)
    if name in _STR_PREDICATES:
        if e.args or e.keywords:
            d.error("call-arg", span, f"str.{name}() takes no arguments")
        return prim("str.is", (tir.Const(_STR_PREDICATES[name], INT, span),), BOOL)
    if name in _STR_CASE:
        return prim(f"str.{name}", (), STR)
    if name in ("split", "rsplit"):
        a = _args(sc, e, ["sep", "maxsplit"], 0, name)
        if a is None:
            return error_expr(span, ListT(STR))
        sep = strarg(a[0], "sep")
        m, has = _int_or_none(sc, a[1], span)
        return prim(f"str.{name}", (sep if sep is not None else null, m if a[1] is not None else tir.Const(-1, INT, span)), ListT(STR))
    if name == "splitlines":
        a = _args(sc, e, ["keepends"], 0, name)
        keep = tir.Const(False, BOOL, span) if a is None or a[0] is None else a[0]
        return prim("str.splitlines", (convert(keep, INT) if isinstance(keep.type, BoolT) else keep,), ListT(STR))
    if name == "join":
        return _join(sc, recv, e)
    if name in ("strip", "lstrip", "rstrip"):
        a = _args(sc, e, ["chars"], 0, name)
        chars = strarg(a[0], "chars") if a is not None else None
        which = {"lstrip": 1, "rstrip": 2, "strip": 3}[name]
        return prim("str.strip", (chars if chars is not None else null, tir.Const(which, INT, span)), STR)
    if name == "replace":
        a = _args(sc, e, ["old", "new", "count"], 2, name)
        if a is None or a[0] is None or a[1] is None:
            return error_expr(span, STR)
        c, has = _int_or_none(sc, a[2], span)
        return prim("str.replace", (a[0], a[1], c if a[2] is not None else tir.Const(-1, INT, span)), STR)
    if name in ("partition", "rpartition"):
        return _partition(sc, recv, name, e)
    if name in ("find", "rfind", "index", "rindex", "count", "startswith", "endswith"):
        a = _args(sc, e, ["sub", "start", "end"], 1, name)
        if a is None or a[0] is None:
            return error_expr(span, INT)
        start, has_start = _int_or_none(sc, a[1], span)
        end, has_end = _int_or_none(sc, a[2], span)
        rest = (start, end, has_start, has_end)
        if name in ("find", "rfind", "index", "rindex"):
            op = "str.find" if "find" in name else "str.index"
            return prim(op, (a[0], *rest, tir.Const(int(name.startswith("r")), INT, span)), INT)
        if name == "count":
            return prim("str.count", (a[0], *rest), INT)
        ends = tir.Const(int(name == "endswith"), INT, span)
        if isinstance(a[0].type, TupleT) and all(isinstance(t, StrT) for t in a[0].type.items):
            # a tuple of prefixes: true if any matches (the string and tuple read once)
            from py4c.typecheck.tuples import field, temp
            ts, tt = temp(sc, STR, span), temp(sc, a[0].type, span)
            tests = tuple(tir.Prim("str.startswith", (ts, field(tt, i, span), *rest, ends), BOOL, span)
                          for i in range(len(a[0].type.items)))
            any_of: tir.Expr = tests[0] if len(tests) == 1 else tir.BoolChain("or", tests, BOOL, span)
            if not tests:
                any_of = tir.Const(False, BOOL, span)
            return tir.Let(ts, recv, tir.Let(tt, a[0], any_of, BOOL, span), BOOL, span)
        if not isinstance(a[0].type, StrT):
            d.error("arg-type", span, f"{name}() takes a str or a tuple of str, not '{a[0].type}'")
            return error_expr(span, BOOL)
        return prim("str.startswith", (a[0], *rest, ends), BOOL)
    if name in ("ljust", "rjust", "center", "zfill"):
        names = ["width"] if name == "zfill" else ["width", "fillchar"]
        a = _args(sc, e, names, 1, name)
        if a is None or a[0] is None:
            return error_expr(span, STR)
        w, _ = _int_or_none(sc, a[0], span)
        fill = strarg(a[1], "fillchar") if len(a) > 1 else None
        how = {"ljust": 1, "rjust": 2, "center": 3, "zfill": 4}[name]
        return prim("str.pad", (w, fill if fill is not None else null, tir.Const(how, INT, span)), STR)
    d.error("attr-defined", span, f"str has no method '{name}' that py4c supports")
    return error_expr(span)


def _str_format(sc: FuncScope, recv: tir.Expr, e: ast.Call) -> tir.Expr:
    """"{} {0:>4}".format(a, b) with a literal format string: compiled like an f-string."""
    import string

    from py4c.typecheck.builtins import checked_repr, to_str
    from py4c.typecheck.expr import check_expr, error_expr
    from py4c.typecheck.fstring import build, format_value

    d = sc.module.diags
    if not isinstance(recv, tir.Const) or not isinstance(recv.value, str) or e.keywords:
        d.error("unsupported", e.span, "str.format() needs a literal format string and positional arguments",
                "or use an f-string")
        return error_expr(e.span, STR)
    args = [check_expr(sc, a) for a in e.args]
    parts: list[tir.Expr] = []
    auto = 0
    try:
        fields = list(string.Formatter().parse(recv.value))
    except ValueError as err:
        d.error("value-error", e.span, f"bad format string: {err}")
        return error_expr(e.span, STR)
    for literal, field, spec, conv in fields:
        if literal:
            parts.append(tir.Const(literal, STR, e.span))
        if field is None:
            continue
        if field == "":
            index = auto
            auto += 1
        elif field.isdigit():
            index = int(field)
        else:
            d.error("unsupported", e.span, f"format field '{field}' is not supported (use positional fields)")
            return error_expr(e.span, STR)
        if index >= len(args):
            d.error("index", e.span, f"Replacement index {index} out of range for positional args tuple")
            return error_expr(e.span, STR)
        x = args[index]
        from py4c.typecheck.builtins import check_printable

        if not check_printable(sc, x):
            return error_expr(e.span, STR)
        if conv == "r":
            x = checked_repr(sc, x)
        elif conv == "s":
            x = to_str(x)
        if spec and "{" in spec:
            d.error("unsupported", e.span, "nested fields in a str.format spec are not supported; use an f-string")
            return error_expr(e.span, STR)
        parts.append(format_value(sc, x, tir.Const(spec, STR, e.span) if spec else None, e.span))
    return build(parts, e.span)
