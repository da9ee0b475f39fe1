"""Iteration: `for` loops and comprehensions over lists, strings, ranges, and the
iterator builtins enumerate/zip/reversed, desugared into index loops in tir.

Phase: typecheck. An `Iter` is a recipe: `setup` runs once, `has_next` is tested before
each item, `advance` binds the next item(s) to hidden locals and steps the position.
Lists are walked by index and re-check their length at every step, as CPython's list
iterator does, so mutation during iteration behaves the same. Strings are walked by
byte offset (O(1) per character, also for non-ASCII text).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

from py4c import tir
from py4c.frontend import ast
from py4c.typecheck.env import FuncScope
from py4c.types import BOOL, INT, STR, BoolT, ClassT, DictT, FileT, GenT, IntT, ListT, SetT, StrT, TupleT, Type


# The current item of an iteration: one hidden local, or (for zip, enumerate and
# dict.items()) a tuple of items kept apart, built into a tuple value only if needed.
Shape = Union[tir.Var, list["Shape"]]


@dataclass
class Iter:
    setup: list[tir.Stmt]
    has_next: tir.Expr
    advance: list[tir.Stmt]
    items: list[Shape]  # one entry per element of the current item; several for enumerate/zip/items
    cleanup: list[tir.Stmt] = field(default_factory=list)  # after the loop (a generator is closed there)

    def single(self) -> Shape:
        return self.items[0] if len(self.items) == 1 else list(self.items)


def shape_value(shape: Shape, span: ast.Span) -> tir.Expr:
    """The item as one value: a tuple for a multi-part item."""
    if isinstance(shape, list):
        from py4c.typecheck.tuples import display_of

        return display_of([shape_value(x, span) for x in shape], span)
    return shape


def item_value(it: Iter, span: ast.Span) -> tir.Expr:
    return shape_value(it.single(), span)


def hidden(sc: FuncScope, t: Type, span: ast.Span) -> tir.Var:
    return tir.Var(sc.new_temp(t), "local", t, span)


def iterate(sc: FuncScope, e: ast.Expr, order_free: bool = False) -> Iter | None:
    """The iteration recipe for `e`, or None after reporting why it cannot be iterated.
    `order_free` consumers (sorted, min, max, any, all) may walk a set."""
    from py4c.typecheck.expr import check_expr, poisoned

    d = sc.module.diags
    if sc.module.qualified(e) == "sys.stdin":
        # `for line in sys.stdin`: read lines (newline included) until the end of input
        line = hidden(sc, STR, e.span)
        more = tir.Let(line, tir.Prim("io.readline", (), STR, e.span),
                       tir.Prim("int.gt", (tir.Prim("str.bytelen", (line,), INT, e.span), tir.Const(0, INT, e.span)),
                                BOOL, e.span), BOOL, e.span)
        item = hidden(sc, STR, e.span)
        return Iter([], more, [tir.Assign(item, line, e.span)], [item])
    if isinstance(e, ast.Call) and isinstance(e.func, ast.Attribute) and e.func.attr in ("keys", "values", "items") \
            and not e.args and not e.keywords:
        recv = check_expr(sc, e.func.value)
        if isinstance(recv.type, DictT):
            return _dict(sc, recv, e.func.attr, e.span)
    if isinstance(e, ast.Call) and not e.keywords or isinstance(e, ast.Call) and sc.module.qualified(e.func) == "enumerate":
        q = sc.module.qualified(e.func)
        if q == "range":
            return _range(sc, e)
        if q == "enumerate":
            return _enumerate(sc, e)
        if q == "zip":
            parts = [iterate(sc, a) for a in e.args]
            if not parts or any(p is None for p in parts):
                if not parts:
                    d.error("call-arg", e.span, "zip() needs at least one iterable here")
                return None
            its = [p for p in parts if p is not None]
            test = its[0].has_next
            for p in its[1:]:
                test = tir.BoolChain("and", (test, p.has_next), BOOL, e.span)
            return Iter([s for p in its for s in p.setup], test, [s for p in its for s in p.advance],
                        [p.single() for p in its])
        if q == "reversed" and len(e.args) == 1:
            return _reversed(sc, check_expr(sc, e.args[0]), e.span)
        if q == "map" and len(e.args) == 2:
            return _map(sc, e)
        if q == "filter" and len(e.args) == 2:
            return _filter(sc, e)
    # an empty display's element type cannot matter: no item is ever produced
    from py4c.typecheck.expr import deopt

    x = check_expr(sc, e, ListT(BOOL) if isinstance(e, ast.ListExpr) and not e.elts else None)
    if poisoned(x):
        return None
    x = deopt(x, e.span)
    if isinstance(x.type, ListT):
        return _list(sc, x, e.span)
    if isinstance(x.type, StrT):
        return _str(sc, x, e.span)
    if isinstance(x.type, ClassT):
        from py4c.typecheck import classes
        m = classes.special(sc.module, x.type, "__iter__")
        if m is not None and isinstance(m.sig.ret, GenT):
            x = classes.call_method(sc, x, m, [], e.span)  # for x in obj: obj.__iter__()
    if isinstance(x.type, GenT):
        from py4c.typecheck.generators import iterate_gen
        got = iterate_gen(sc, x, e.span)
        assert isinstance(got, Iter)
        return got
    if isinstance(x.type, FileT):
        # `for line in f`: lines (newline included) until the end of the file
        fh, line, item = hidden(sc, x.type, e.span), hidden(sc, STR, e.span), hidden(sc, STR, e.span)
        more = tir.Let(line, tir.Prim("file.readline", (fh,), STR, e.span),
                       tir.Prim("int.gt", (tir.Prim("str.bytelen", (line,), INT, e.span), tir.Const(0, INT, e.span)),
                                BOOL, e.span), BOOL, e.span)
        return Iter([tir.Assign(fh, x, e.span)], more, [tir.Assign(item, line, e.span)], [item])
    if isinstance(x.type, TupleT) and all(t == x.type.items[0] for t in x.type.items):
        return _tuple(sc, x, e.span)
    if isinstance(x.type, DictT):
        return _dict(sc, x, "keys", e.span)
    if isinstance(x.type, SetT):
        if order_free:
            return _dict(sc, x, "keys", e.span)
        from py4c.typecheck.dicts import SET_ORDER_HINT

        d.error("set-order", e.span, "iterating over a set is not supported", SET_ORDER_HINT)
        return None
    d.error("unsupported", e.span, f"iterating over '{x.type}' is not supported yet")
    return None


def _len(x: tir.Expr, span: ast.Span) -> tir.Expr:
    op = "str.len" if isinstance(x.type, StrT) else "list.len"
    return tir.Prim(op, (x,), INT, span)


def _lt(a: tir.Expr, b: tir.Expr, span: ast.Span) -> tir.Expr:
    return tir.Prim("int.lt", (a, b), BOOL, span)


def _add(a: tir.Expr, k: int, span: ast.Span) -> tir.Expr:
    return tir.Prim("int.add", (a, tir.Const(k, INT, span)), INT, span)


def _list(sc: FuncScope, x: tir.Expr, span: ast.Span) -> Iter:
    assert isinstance(x.type, ListT)
    seq, i = hidden(sc, x.type, span), hidden(sc, INT, span)
    item = hidden(sc, x.type.elem, span)
    return Iter([tir.Assign(seq, x, span), tir.Assign(i, tir.Const(0, INT, span), span)],
                _lt(i, _len(seq, span), span),
                [tir.Assign(item, tir.Prim("list.getitem", (seq, i), x.type.elem, span), span),
                 tir.Assign(i, _add(i, 1, span), span)],
                [item])


def _tuple(sc: FuncScope, x: tir.Expr, span: ast.Span) -> Iter:
    """A tuple whose items share one type, walked by index."""
    assert isinstance(x.type, TupleT)
    n = len(x.type.items)
    elem = x.type.items[0] if n else BOOL  # an empty tuple never produces an item
    seq, i, item = hidden(sc, x.type, span), hidden(sc, INT, span), hidden(sc, elem, span)
    return Iter([tir.Assign(seq, x, span), tir.Assign(i, tir.Const(0, INT, span), span)],
                _lt(i, tir.Const(n, INT, span), span),
                [tir.Assign(item, tir.Prim("tuple.getitem_checked", (seq, i), elem, span), span),
                 tir.Assign(i, _add(i, 1, span), span)],
                [item])


def _dict(sc: FuncScope, x: tir.Expr, what: str, span: ast.Span) -> Iter:
    """Entries in insertion order; a size change during the loop raises RuntimeError."""
    assert isinstance(x.type, (DictT, SetT))
    kt = x.type.key if isinstance(x.type, DictT) else x.type.elem
    seq, pos, ver, idx = hidden(sc, x.type, span), hidden(sc, INT, span), hidden(sc, INT, span), hidden(sc, INT, span)
    setup: list[tir.Stmt] = [tir.Assign(seq, x, span), tir.Assign(pos, tir.Const(0, INT, span), span),
                             tir.Assign(ver, tir.Prim("dict.version", (seq,), INT, span), span)]
    more = tir.Let(idx, tir.Prim("dict.next_index", (seq, pos, ver), INT, span),
                   tir.Prim("int.ge", (idx, tir.Const(0, INT, span)), BOOL, span), BOOL, span)
    advance: list[tir.Stmt] = []
    items: list[Shape] = []
    if what in ("keys", "items"):
        k = hidden(sc, kt, span)
        advance.append(tir.Assign(k, tir.Prim("dict.key_at", (seq, idx), kt, span), span))
        items.append(k)
    if what in ("values", "items"):
        assert isinstance(x.type, DictT)
        v = hidden(sc, x.type.val, span)
        advance.append(tir.Assign(v, tir.Prim("dict.val_at", (seq, idx), x.type.val, span), span))
        items.append(v)
    advance.append(tir.Assign(pos, _add(idx, 1, span), span))
    return Iter(setup, more, advance, items)


def _str(sc: FuncScope, x: tir.Expr, span: ast.Span) -> Iter:
    seq, pos = hidden(sc, STR, span), hidden(sc, INT, span)
    item = hidden(sc, STR, span)
    return Iter([tir.Assign(seq, x, span), tir.Assign(pos, tir.Const(0, INT, span), span)],
                _lt(pos, tir.Prim("str.bytelen", (seq,), INT, span), span),
                [tir.Assign(item, tir.Prim("str.char_at_byte", (seq, pos), STR, span), span),
                 tir.Assign(pos, tir.Prim("int.add", (pos, tir.Prim("str.bytelen", (item,), INT, span)), INT, span), span)],
                [item])


def _range(sc: FuncScope, e: ast.Call) -> Iter | None:
    from py4c.typecheck.expr import check_expr, convert

    d = sc.module.diags
    args = [check_expr(sc, a) for a in e.args]
    if not 1 <= len(args) <= 3 or not all(isinstance(a.type, (IntT, BoolT)) for a in args):
        d.error("call-arg", e.span, "range() takes 1 to 3 integer arguments")
        return None
    ints = [convert(a, INT) for a in args]
    zero, one = tir.Const(0, INT, e.span), tir.Const(1, INT, e.span)
    start, stop, step = (zero, ints[0], one) if len(ints) == 1 else (ints[0], ints[1], one) if len(ints) == 2 else tuple(ints)
    cur, end, stride = hidden(sc, INT, e.span), hidden(sc, INT, e.span), hidden(sc, INT, e.span)
    item = hidden(sc, INT, e.span)
    setup: list[tir.Stmt] = [tir.Assign(cur, start, e.span), tir.Assign(end, stop, e.span),
                             tir.Assign(stride, step, e.span)]
    if not (isinstance(step, tir.Const) and isinstance(step.value, int) and step.value != 0):
        setup.append(tir.ExprStmt(tir.Prim("range.check_step", (stride,), INT, e.span), e.span))
    more = tir.Prim("range.more", (cur, end, stride), BOOL, e.span)
    return Iter(setup, more, [tir.Assign(item, cur, e.span),
                              tir.Assign(cur, tir.Prim("range.step", (cur, stride, end), INT, e.span), e.span)], [item])


def _enumerate(sc: FuncScope, e: ast.Call) -> Iter | None:
    from py4c.typecheck.expr import check_expr, convert

    d = sc.module.diags
    start: tir.Expr = tir.Const(0, INT, e.span)
    rest = list(e.args[1:])
    for k in e.keywords:
        if k.name == "start":
            rest.append(k.value)
        else:
            d.error("call-arg", k.span, f"enumerate() got an unexpected keyword argument '{k.name}'")
    if len(e.args) < 1 or len(rest) > 1:
        d.error("call-arg", e.span, "enumerate() takes an iterable and an optional start")
        return None
    if rest:
        s = check_expr(sc, rest[0])
        if not isinstance(s.type, (IntT, BoolT)):
            d.error("arg-type", rest[0].span, "enumerate() start must be an int")
            return None
        start = convert(s, INT)
    inner = iterate(sc, e.args[0])
    if inner is None:
        return None
    n, count = hidden(sc, INT, e.span), hidden(sc, INT, e.span)
    return Iter(inner.setup + [tir.Assign(n, start, e.span)], inner.has_next,
                [tir.Assign(count, n, e.span), tir.Assign(n, _add(n, 1, e.span), e.span)] + inner.advance,
                [count, inner.single()])


def _map(sc: FuncScope, e: ast.Call) -> Iter | None:
    """map(f, iterable): f applied to each item as it is produced (f: a module function,
    a builtin such as str or int, a lambda, a method such as str.strip)."""
    from py4c.typecheck.consume import apply_key, key_of

    fn = key_of(sc, e.args[0])
    inner = iterate(sc, e.args[1])
    if fn is None or inner is None:
        return None
    x = item_value(inner, e.span)
    v = apply_key(sc, fn, x, e.span)
    out = hidden(sc, v.type, e.span)
    return Iter(inner.setup, inner.has_next, inner.advance + [tir.Assign(out, v, e.span)], [out], inner.cleanup)


def _filter(sc: FuncScope, e: ast.Call) -> Iter | None:
    """filter(f, iterable) (f None: the items' truth): the test finds the next item."""
    from py4c.typecheck.consume import apply_key, key_of
    from py4c.typecheck.expr import truth

    fn = None if isinstance(e.args[0], ast.NoneLit) else key_of(sc, e.args[0])
    if fn is None and not isinstance(e.args[0], ast.NoneLit):
        return None
    inner = iterate(sc, e.args[1])
    if inner is None:
        return None
    x = item_value(inner, e.span)
    item = hidden(sc, x.type, e.span)
    found = hidden(sc, BOOL, e.span)
    test = truth(sc, item if fn is None else apply_key(sc, fn, item, e.span))
    hit = tir.If(test, (tir.Assign(found, tir.Const(True, BOOL, e.span), e.span), tir.Break(e.span)), (), e.span)
    seek = tir.While(inner.has_next, tuple(inner.advance) + (tir.Assign(item, x, e.span), hit), (), e.span)
    more = tir.StmtExpr((tir.Assign(found, tir.Const(False, BOOL, e.span), e.span), seek), found, BOOL, e.span)
    return Iter(inner.setup, more, [], [item], inner.cleanup)


def _reversed(sc: FuncScope, x: tir.Expr, span: ast.Span) -> Iter | None:
    if isinstance(x.type, TupleT) and all(t == x.type.items[0] for t in x.type.items):
        from py4c.typecheck.consume import collect_value

        x = collect_value(sc, x, span)
    if not isinstance(x.type, (ListT, StrT)):
        sc.module.diags.error("unsupported", span, f"reversed() of '{x.type}' is not supported yet")
        return None
    elem: Type = x.type.elem if isinstance(x.type, ListT) else STR
    op = "list.getitem" if isinstance(x.type, ListT) else "str.getitem"
    seq, i, item = hidden(sc, x.type, span), hidden(sc, INT, span), hidden(sc, elem, span)
    # CPython's reversed iterator stops when the index falls outside a shrunken list
    test = tir.BoolChain("and", (tir.Prim("int.ge", (i, tir.Const(0, INT, span)), BOOL, span),
                                 _lt(i, _len(seq, span), span)), BOOL, span)
    return Iter([tir.Assign(seq, x, span), tir.Assign(i, _add(_len(seq, span), -1, span), span)], test,
                [tir.Assign(item, tir.Prim(op, (seq, i), elem, span), span), tir.Assign(i, _add(i, -1, span), span)],
                [item])


def bind(sc: FuncScope, target: ast.Expr, items: list[Shape], span: ast.Span, rename: bool) -> list[tir.Stmt] | None:
    """Assign the current item to the loop target. With `rename` (comprehensions) the
    targets become hidden locals visible only inside the comprehension."""
    return _bind_shape(sc, target, items[0] if len(items) == 1 else list(items), span, rename)


def _bind_shape(sc: FuncScope, target: ast.Expr, shape: Shape, span: ast.Span, rename: bool) -> list[tir.Stmt] | None:
    from py4c.typecheck.tuples import unpack

    if isinstance(shape, list) and isinstance(target, (ast.TupleExpr, ast.ListExpr)) \
            and not any(isinstance(x, ast.Starred) for x in target.elts):
        if len(target.elts) != len(shape):
            many = "too many" if len(shape) > len(target.elts) else "not enough"
            sc.module.diags.error("misc", target.span,
                                  f"{many} values to unpack (expected {len(target.elts)}, got {len(shape)})")
            return None
        out: list[tir.Stmt] = []
        for sub, part in zip(target.elts, shape):
            bound = _bind_shape(sc, sub, part, span, rename)
            if bound is None:
                return None
            out += bound
        return out
    return unpack(sc, target, shape_value(shape, span), span, rename)


def loop(it: Iter, body: tuple[tir.Stmt, ...], orelse: tuple[tir.Stmt, ...], bind_stmts: list[tir.Stmt],
         span: ast.Span) -> list[tir.Stmt]:
    return it.setup + [tir.While(it.has_next, tuple(it.advance + bind_stmts) + body, orelse, span)] + it.cleanup
