"""Text files: open(), the file methods, `for line in f`, `with open(...) as f:` and
print(..., file=f).

Phase: typecheck. Files are UTF-8 text with universal newlines, as CPython's defaults
(runtime/fileio.c). `with` closes the file on every way out of its block (a try/finally).
"""

from __future__ import annotations

from py4c import tir
from py4c.frontend import ast
from py4c.typecheck.env import FuncScope
from py4c.types import BOOL, INT, NONE, STR, FileT, ListT, NoneT, StrT, Type

FILE = FileT()


def check_open(sc: FuncScope, e: ast.Call) -> tir.Expr:
    from py4c.typecheck.expr import check_expr, error_expr

    d = sc.module.diags
    names = ["file", "mode", "buffering", "encoding"]
    given: dict[str, ast.Expr] = dict(zip(names, e.args))
    for k in e.keywords:
        if k.name not in ("file", "mode", "encoding") or k.name in given:
            d.error("unsupported", k.span, f"open(..., {k.name}=...) is not supported")
            return error_expr(e.span, FILE)
        given[k.name] = k.value
    if "file" not in given or "buffering" in given:
        d.error("call-arg", e.span, "open() takes a path, a mode and an encoding here")
        return error_expr(e.span, FILE)
    enc = given.get("encoding")
    if enc is not None and not (isinstance(enc, ast.StrLit) and enc.value.lower().replace("-", "") in ("utf8",)):
        d.error("unsupported", enc.span, "py4c files are UTF-8: encoding must be 'utf-8'")
    path = check_expr(sc, given["file"])
    mode = check_expr(sc, given["mode"]) if "mode" in given else tir.Const("r", STR, e.span)
    if not isinstance(path.type, StrT) or not isinstance(mode.type, StrT):
        d.error("arg-type", e.span, "open() takes a str path and a str mode")
        return error_expr(e.span, FILE)
    if isinstance(mode, tir.Const) and isinstance(mode.value, str) and "b" in mode.value:
        d.error("unsupported", e.span, "binary files are not supported yet")
    return tir.Prim("file.open", (path, mode), FILE, e.span)


def file_method(sc: FuncScope, recv: tir.Expr, name: str, e: ast.Call) -> tir.Expr:
    from py4c.typecheck.builtins import str_of
    from py4c.typecheck.expr import check_expr, error_expr

    d = sc.module.diags
    span = e.span
    arity = {"read": 0, "readline": 0, "readlines": 0, "close": 0, "write": 1, "__enter__": 0}
    if name not in arity:
        d.error("attr-defined", span, f"file method '{name}' is not supported")
        return error_expr(span)
    if len(e.args) != arity[name] or e.keywords:
        d.error("call-arg", span, f"{name}() takes {arity[name]} argument(s) here")
        return error_expr(span)
    if name == "write":
        s = check_expr(sc, e.args[0])
        if not isinstance(s.type, StrT):
            d.error("arg-type", span, f"write() argument must be str, not {s.type}")
            return error_expr(span, INT)
        return tir.Prim("file.write", (recv, str_of(sc, s)), INT, span)
    results: dict[str, Type] = {"read": STR, "readline": STR, "readlines": ListT(STR), "close": NONE}
    t = results[name]
    return tir.Prim(f"file.{name}", (recv,), t, span)


def closed(recv: tir.Expr, span: ast.Span) -> tir.Expr:
    return tir.Prim("file.closed", (recv,), BOOL, span)


def check_with(sc: FuncScope, s: ast.With) -> list[tir.Stmt]:
    """`with open(...) as f: body` = f = open(...); try: body finally: f.close()."""
    from py4c.typecheck.expr import check_expr
    from py4c.typecheck.stmt import check_block
    from py4c.typecheck.tuples import unpack
    from py4c.types import ExcT

    d = sc.module.diags
    if s.is_async:
        from py4c.typecheck import contracts
        d.error("async", s.span, contracts.async_construct("async with"), contracts.ASYNC_HINT)
        return []
    if len(s.items) != 1:
        inner = ast.With(s.items[1:], s.body, False, s.span)
        return check_with(sc, ast.With(s.items[:1], (inner,), False, s.span))
    item = s.items[0]
    ctx = check_expr(sc, item.context)
    if not isinstance(ctx.type, FileT):
        d.error("unsupported", item.span, f"'with' on a '{ctx.type}' is not supported",
                "py4c supports `with open(...) as f:` so far")
        return []
    handle = tir.Var(sc.new_temp(FILE), "local", FILE, s.span)
    out: list[tir.Stmt] = [tir.Assign(handle, ctx, s.span)]
    if item.target is not None:
        bound = unpack(sc, item.target, handle, s.span)
        if bound is None:
            return []
        out += bound
    body = check_block(sc, s.body)
    close = tir.ExprStmt(tir.Prim("file.close", (handle,), NONE, s.span), s.span)
    saved = tir.Var(sc.new_temp(ExcT("BaseException")), "local", ExcT("BaseException"), s.span)
    out.append(tir.Try(body, (), (), (close,), saved, s.span))
    return out


def print_to_file(sc: FuncScope, f: tir.Expr, args: tuple[tir.Expr, ...], sep: tir.Expr | None,
                  end: tir.Expr | None, span: ast.Span) -> list[tir.Stmt]:
    """print(*args, sep=sep, end=end, file=f): one write of the joined text."""
    parts = tir.ListDisplay(args, ListT(STR), span)
    text = tir.Prim("str.join", (sep or tir.Const(" ", STR, span), parts), STR, span)
    text = tir.Prim("str.concat", (text, end or tir.Const("\n", STR, span)), STR, span)
    return [tir.ExprStmt(tir.Prim("file.write", (f, text), INT, span), span)]


_ = NoneT
