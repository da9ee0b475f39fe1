"""Statements: ast.Stmt -> tir.Stmt, in a function or in module-level code.

Phase: typecheck. A local's type is its annotation or the type of its first assignment
in source order (as mypy infers it). Constructs outside the language so far are
rejected here with a diagnostic naming them.
"""

from __future__ import annotations

from typing import Callable

from py4c import tir
from py4c.frontend import ast
from py4c.typecheck import contracts
from py4c.typecheck.builtins import str_of, to_repr, to_str
from py4c.typecheck.env import FuncScope
from py4c.typecheck.expr import binop, check_cond, check_expr, coerce, convert, error_expr, poisoned, truth
from py4c.types import BOOL, INT, NONE, BoolT, DictT, ExcT, FileT, IntT, ListT, NoneT, OptT, StrT, Type, is_object

_UNSUPPORTED_STMT = {
    "Delete": "del is", "Nonlocal": "nonlocal is", "Match": "match statements are",
    "Import": "import inside a function is", "ImportFrom": "import inside a function is",
}


def check_block(sc: FuncScope, body: tuple[ast.Stmt, ...]) -> tuple[tir.Stmt, ...]:
    from py4c.typecheck.env import assigned_names
    from py4c.typecheck.narrow import exits, narrowed, narrowings

    out: list[tir.Stmt] = []
    for i, s in enumerate(body):
        out.extend(check_stmt(sc, s))
        rest = body[i + 1:]
        # `assert isinstance(x, C)` and `if x is None: return ...`: the rest of the block
        # sees x narrowed
        known = narrowings(sc, s.test, True) if isinstance(s, ast.Assert) else \
            narrowings(sc, s.test, False) if isinstance(s, ast.If) and exits(s.body) and not s.orelse else {}
        if known and rest:
            pre: list[tir.Stmt] = []
            with narrowed(sc, known, assigned_names(rest), s.span, pre):
                tail = check_block(sc, rest)
            return tuple(out + pre + list(tail))
    return tuple(out)


def check_stmt(sc: FuncScope, s: ast.Stmt) -> list[tir.Stmt]:
    d = sc.module.diags
    match s:
        case ast.ExprStmt(value=value, span=span):
            if isinstance(value, (ast.StrLit, ast.EllipsisLit)):
                return []  # docstrings and `...`
            if isinstance(value, (ast.Yield, ast.YieldFrom)):
                from py4c.typecheck.generators import check_yield
                return check_yield(sc, value, span)
            if isinstance(value, ast.Call):
                special = check_special_call(sc, value)
                if special is not None:
                    return special
            return [tir.ExprStmt(check_expr(sc, value), span)]
        case ast.Assign(targets=targets, value=value, span=span):
            return check_assign(sc, targets, value, span)
        case ast.AnnAssign(target=ast.Attribute() as target, annotation=ann, value=value, span=span):
            from py4c.typecheck.classes import assign_attr
            declared = sc.module.annotation(ann)
            if value is None or declared is None:
                return []
            return assign_attr(sc, target, value, span, declared)
        case ast.AnnAssign(target=target, annotation=ann, value=value, span=span):
            if not isinstance(target, ast.Name):
                d.error("unsupported", span, "annotated assignment to this target is not supported yet")
                return []
            if value is None:
                return []  # a declaration; its type was taken by the scope pass
            t = declared_type(sc, target.id, ann)
            v = check_expr(sc, value, t)
            if poisoned(v):
                sc.poisoned.add(target.id)
                return []
            return [assign_name(sc, target, v, span, t)]
        case ast.AugAssign(target=ast.Subscript() as target, op=op, value=value, span=span):
            return check_aug_subscript(sc, target, op, value, span)
        case ast.AugAssign(target=ast.Attribute() as target, op=op, value=value, span=span):
            from py4c.typecheck.classes import assign_attr
            from py4c.typecheck.classrules import class_assignment
            if class_assignment(sc, target, span):
                return []
            obj = check_expr(sc, target.value)
            # the object is evaluated once: a local is used as it is, anything else is kept
            local = isinstance(obj, tir.Var) and obj.scope == "local"
            tmp = obj if local and isinstance(obj, tir.Var) else tir.Var(sc.new_temp(obj.type), "local", obj.type, span)
            holder = ast.Name(tmp.name, span)
            sc.renames.append({tmp.name: tmp})
            try:
                cur = check_expr(sc, ast.Attribute(holder, target.attr, span))
                new = binop(sc, op, cur, check_expr(sc, value), span)
                keep: list[tir.Stmt] = [] if local else [tir.Assign(tmp, obj, span)]
                return [*keep, *assign_attr(sc, ast.Attribute(holder, target.attr, span), None, span, checked=new)]
            finally:
                sc.renames.pop()
        case ast.AugAssign(target=target, op=op, value=value, span=span):
            if not isinstance(target, ast.Name):
                d.error("unsupported", span, "augmented assignment to this target is not supported yet")
                return []
            current = check_expr(sc, target)
            if isinstance(current.type, ListT) and op in ("+", "*"):
                return check_list_inplace(sc, current, op, value, span)
            return [assign_name(sc, target, binop(sc, op, current, check_expr(sc, value), span), span)]
        case ast.If(test=test, body=body, orelse=orelse, span=span):
            from py4c.typecheck.env import assigned_names
            from py4c.typecheck.narrow import narrowed, narrowings
            cond = check_cond(sc, test)
            pre_b: list[tir.Stmt] = []
            pre_o: list[tir.Stmt] = []
            with narrowed(sc, narrowings(sc, test, True), assigned_names(body), span, pre_b):
                tbody = check_block(sc, body)
            with narrowed(sc, narrowings(sc, test, False), assigned_names(orelse), span, pre_o):
                torelse = check_block(sc, orelse)
            return [tir.If(cond, (*pre_b, *tbody), (*pre_o, *torelse), span)]
        case ast.While(test=test, body=body, orelse=orelse, span=span):
            from py4c.typecheck.env import assigned_names
            from py4c.typecheck.narrow import narrowed, narrowings
            cond = check_cond(sc, test)
            sc.loop_depth += 1
            pre_w: list[tir.Stmt] = []
            with narrowed(sc, narrowings(sc, test, True), assigned_names(body), span, pre_w):
                tbody = (*pre_w, *check_block(sc, body))
            sc.loop_depth -= 1
            return [tir.While(cond, tbody, check_block(sc, orelse), span)]
        case ast.For():
            return check_for(sc, s)
        case ast.Break(span=span):
            return [tir.Break(span)]
        case ast.Continue(span=span):
            return [tir.Continue(span)]
        case ast.Pass():
            return []
        case ast.Return(value=value, span=span):
            if sc.is_module:
                d.error("syntax", span, "'return' outside function")
                return []
            if value is None and "$gen" in sc.locals:
                return [tir.Return(None, span)]  # a generator ends
            if value is None:
                if not isinstance(sc.ret, NoneT):
                    d.error("return-value", span, f"return without a value in a function returning '{sc.ret}'")
                return [tir.Return(None, span)]
            return [tir.Return(coerce(sc, check_expr(sc, value, sc.ret), sc.ret, value.span, "return value"), span)]
        case ast.Assert(test=test, msg=msg, span=span):
            m = str_of(sc, check_expr(sc, msg)) if msg is not None else None
            return [tir.Assert(check_cond(sc, test), m, span)]
        case ast.Raise():
            return check_raise(sc, s)
        case ast.Try():
            return check_try(sc, s)
        case ast.With():
            from py4c.typecheck.files import check_with
            return check_with(sc, s)
        case ast.Global(names=names, span=span):
            for n in names:
                if n not in sc.module.globals:
                    d.error("unsupported", span, f"global '{n}' must be assigned at module level first")
            return []
        case ast.Delete(targets=targets, span=span):
            return check_delete(sc, targets, span)
        case ast.FunctionDef(name=name, span=span):
            if sc.is_module:
                return []
            from py4c.typecheck.closures import nested_def
            return nested_def(sc, s)
        case ast.Nonlocal(names=names, span=span):
            for n in names:
                if n not in sc.captures or not sc.captures[n][1]:
                    d.error("misc", span, f"no binding for nonlocal '{n}' found")
            return []
        case _:
            if isinstance(s, ast.ClassDef):
                d.error("nested-class", s.span, contracts.NESTED_CLASS_IN_FUNCTION, contracts.NESTED_CLASS_HINT)
                sc.poisoned.add(s.name)
                return []
            what = _UNSUPPORTED_STMT.get(type(s).__name__, type(s).__name__ + " is")
            d.error("unsupported", s.span, f"{what} not supported by py4c yet")
            return []


def declared_type(sc: FuncScope, name: str, ann: ast.Expr) -> Type | None:
    if sc.is_module:
        return sc.module.globals.get(name)
    return sc.locals.get(name)


def assign_name(sc: FuncScope, target: ast.Name, value: tir.Expr, span: ast.Span, declared: Type | None = None) -> tir.Stmt:
    name = target.id
    if name == "_" and not sc.is_module and "_" not in sc.declared_global:
        # the throwaway name: each binding may have its own type (`for _, s, _ in rows`)
        junk = tir.Var(sc.new_temp(value.type), "local", value.type, target.span)
        sc.locals["_"] = value.type
        return tir.Assign(junk, value, span) if not isinstance(value.type, NoneT) else tir.ExprStmt(value, span)
    if name in sc.cells or name in sc.pending_cells or name in sc.captures and sc.captures[name][1]:
        from py4c.typecheck.closures import cell_set
        stmts = cell_set(sc, name, value, span)
        assert stmts is not None
        return stmts[0] if len(stmts) == 1 else tir.If(tir.Const(True, BOOL, span), tuple(stmts), (), span)
    is_local = not sc.is_module and name not in sc.declared_global
    if is_local:
        t = declared or sc.locals.get(name)
        if t is None:
            t = value.type
            sc.locals[name] = t
        var = tir.Var(name, "local", t, target.span)
    else:
        gt = sc.module.globals.get(name)
        if gt is None:
            gt = value.type
            sc.module.globals[name] = gt
        var = tir.Var(sc.module.gname(name), "global", gt, target.span)
    if isinstance(value.type, NoneT) and not isinstance(var.type, (NoneT, OptT)):
        sc.module.diags.error("assignment", span, f"None assigned to '{name}' of type '{var.type}'")
    return tir.Assign(var, coerce(sc, value, var.type, span, f"assignment to '{name}'"), span)


def check_assign(sc: FuncScope, targets: tuple[ast.Expr, ...], value: ast.Expr, span: ast.Span) -> list[tir.Stmt]:
    d = sc.module.diags
    if len(targets) == 1 and isinstance(targets[0], (ast.TupleExpr, ast.ListExpr)):
        return check_unpack(sc, targets[0], value, span)
    if len(targets) == 1 and isinstance(targets[0], ast.Subscript):
        return check_setitem(sc, targets[0], value, span)
    if len(targets) == 1 and isinstance(targets[0], ast.Attribute):
        from py4c.typecheck.classes import assign_attr
        return assign_attr(sc, targets[0], value, span)
    for t in targets:
        if not isinstance(t, ast.Name):
            d.error("unsupported", t.span, "assignment to this target is not supported yet")
            return []
    first_t = targets[0]
    assert isinstance(first_t, ast.Name)
    v = check_expr(sc, value, _known_type(sc, first_t.id))
    if poisoned(v):
        sc.poisoned.update(t.id for t in targets if isinstance(t, ast.Name))
        return []
    first = targets[0]
    assert isinstance(first, ast.Name)
    out = [assign_name(sc, first, v, span)]
    for t in targets[1:]:
        assert isinstance(t, ast.Name)
        out.append(assign_name(sc, t, check_expr(sc, first), span))
    return out


def check_unpack(sc: FuncScope, target: ast.TupleExpr | ast.ListExpr, value: ast.Expr, span: ast.Span) -> list[tir.Stmt]:
    """`a, b = x, y` (every value evaluated before any store, no tuple built) and
    `a, (b, c) = t` for a tuple or list value t."""
    from py4c.typecheck.tuples import unpack, unpack_display

    if isinstance(value, ast.TupleExpr):
        direct = unpack_display(sc, target, value, span)
        if direct is not None:
            return direct
    v = check_expr(sc, value)
    if poisoned(v):
        return []
    return unpack(sc, target, v, span) or []


def _store_all(sc: FuncScope, names: list[ast.Name], values: list[tir.Expr], span: ast.Span) -> list[tir.Stmt]:
    return [assign_name(sc, n, v, span) for n, v in zip(names, values)]


def _known_type(sc: FuncScope, name: str) -> Type | None:
    if sc.is_module or name in sc.declared_global:
        return sc.module.globals.get(name)
    return sc.locals.get(name)


def check_list_inplace(sc: FuncScope, current: tir.Expr, op: str, value: ast.Expr, span: ast.Span) -> list[tir.Stmt]:
    """`xs += ys` extends and `xs *= n` repeats the list in place (aliases see it), as
    list.__iadd__ and list.__imul__ do."""
    d = sc.module.diags
    v = check_expr(sc, value, current.type if op == "+" else None)
    if poisoned(v):
        return []
    if op == "+":
        if v.type != current.type:
            d.error("operator", span, f"cannot extend a {current.type} with '{v.type}' here", "extend with a list of the same type")
            return []
        return [tir.ExprStmt(tir.Prim("list.extend", (current, v), NONE, span), span)]
    if not isinstance(v.type, (IntT, BoolT)):
        d.error("operator", span, f"can't multiply sequence by non-int of type '{v.type}'")
        return []
    repeated = tir.Prim("list.repeat", (current, convert(v, INT)), current.type, span)
    zero = tir.Const(0, INT, span)
    return [tir.ExprStmt(tir.Prim("list.setslice", (repeated, current, zero, zero, zero, zero, zero, zero), NONE, span), span)]


def check_setitem(sc: FuncScope, target: ast.Subscript, value: ast.Expr, span: ast.Span) -> list[tir.Stmt]:
    """`xs[i] = v` and `xs[a:b:c] = ys` (the value is evaluated first, as in CPython)."""
    from py4c.typecheck.methods import slice_args

    base = check_expr(sc, target.value)
    if isinstance(base.type, DictT):
        return setitem(sc, target, check_expr(sc, value, base.type.val), span, base)
    if poisoned(base) or not isinstance(base.type, ListT):
        return setitem(sc, target, None, span, base, value)
    want = base.type if isinstance(target.index, ast.Slice) else base.type.elem
    return setitem(sc, target, check_expr(sc, value, want), span, base)


def setitem(sc: FuncScope, target: ast.Subscript, v: tir.Expr | None, span: ast.Span,
            base: tir.Expr | None = None, value: ast.Expr | None = None) -> list[tir.Stmt]:
    """Store v into `target` (a subscript); `base` if already checked."""
    from py4c.typecheck.methods import slice_args

    d = sc.module.diags
    if base is None:
        base = check_expr(sc, target.value)
    if poisoned(base) or v is None and value is None:
        return []
    if isinstance(base.type, DictT) and v is not None and not isinstance(target.index, ast.Slice):
        k = coerce(sc, check_expr(sc, target.index, base.type.key), base.type.key, target.index.span, "dict key")
        v2 = coerce(sc, v, base.type.val, v.span, "dict value")
        return [tir.ExprStmt(tir.Prim("dict.setitem", (v2, base, k), NONE, span), span)]
    if not isinstance(base.type, ListT):
        d.error("index", span, f"'{base.type}' does not support item assignment")
        return []
    assert v is not None
    if isinstance(target.index, ast.Slice):
        if v.type != base.type:
            d.error("assignment", span, f"can only assign a {base.type} to a slice of a {base.type}")
            return []
        return [tir.ExprStmt(tir.Prim("list.setslice", (v, base, *slice_args(sc, target.index)), NONE, span), span)]
    v = coerce(sc, v, base.type.elem, v.span, "list item")
    i = _index(sc, target.index)
    if i is None:
        return []
    return [tir.ExprStmt(tir.Prim("list.setitem", (v, base, i), NONE, span), span)]


def _index(sc: FuncScope, e: ast.Expr) -> tir.Expr | None:
    i = check_expr(sc, e)
    if not isinstance(i.type, (IntT, BoolT)):
        sc.module.diags.error("index", e.span, f"list indices must be integers or slices, not '{i.type}'")
        return None
    return convert(i, INT)


def check_aug_subscript(sc: FuncScope, target: ast.Subscript, op: str, value: ast.Expr, span: ast.Span) -> list[tir.Stmt]:
    """`xs[i] op= v`: xs and i are evaluated once."""
    d = sc.module.diags
    base = check_expr(sc, target.value)
    if isinstance(base.type, DictT) and not isinstance(target.index, ast.Slice):
        # `d[k] += v`: d and k evaluated once; a missing key raises KeyError, as in CPython
        kt, vt = base.type.key, base.type.val
        db = tir.Var(sc.new_temp(base.type), "local", base.type, span)
        dk = tir.Var(sc.new_temp(kt), "local", kt, span)
        k = coerce(sc, check_expr(sc, target.index, kt), kt, target.index.span, "dict key")
        current_v = tir.Prim("dict.getitem", (db, dk), vt, span)
        pre: list[tir.Stmt] = [tir.Assign(db, base, span), tir.Assign(dk, k, span)]
        if isinstance(vt, ListT) and op in ("+", "*"):
            return pre + _inplace_item(sc, current_v, op, value, vt, span,
                                       lambda v: tir.Prim("dict.setitem", (v, db, dk), NONE, span))
        new_v = coerce(sc, binop(sc, op, current_v, check_expr(sc, value), span), vt, span, "dict value")
        return pre + [tir.ExprStmt(tir.Prim("dict.setitem", (new_v, db, dk), NONE, span), span)]
    if poisoned(base) or isinstance(target.index, ast.Slice) or not isinstance(base.type, ListT):
        if not poisoned(base):
            d.error("unsupported", span, "augmented assignment to this target is not supported yet")
        return []
    i = _index(sc, target.index)
    if i is None:
        return []
    tb = tir.Var(sc.new_temp(base.type), "local", base.type, span)
    ti = tir.Var(sc.new_temp(INT), "local", INT, span)
    current = tir.Prim("list.getitem", (tb, ti), base.type.elem, span)
    pre = [tir.Assign(tb, base, span), tir.Assign(ti, i, span)]
    if isinstance(base.type.elem, ListT) and op in ("+", "*"):
        return pre + _inplace_item(sc, current, op, value, base.type.elem, span,
                                   lambda v: tir.Prim("list.setitem", (v, tb, ti), NONE, span))
    new = coerce(sc, binop(sc, op, current, check_expr(sc, value), span), base.type.elem, span, "list item")
    return pre + [tir.ExprStmt(tir.Prim("list.setitem", (new, tb, ti), NONE, span), span)]


def _inplace_item(sc: FuncScope, current: tir.Expr, op: str, value: ast.Expr, t: Type, span: ast.Span,
                  store: Callable[[tir.Expr], tir.Expr]) -> list[tir.Stmt]:
    """`c[k] += ys` on a list item: extend the item in place, then store it back (CPython
    calls __iadd__ on the item and assigns the result to c[k])."""
    item = tir.Var(sc.new_temp(t), "local", t, span)
    return [tir.Assign(item, current, span), *check_list_inplace(sc, item, op, value, span),
            tir.ExprStmt(store(item), span)]


def check_delete(sc: FuncScope, targets: tuple[ast.Expr, ...], span: ast.Span) -> list[tir.Stmt]:
    from py4c.typecheck.methods import slice_args

    d = sc.module.diags
    out: list[tir.Stmt] = []
    for t in targets:
        if not isinstance(t, ast.Subscript):
            d.error("unsupported", t.span, "del of this target is not supported yet")
            continue
        base = check_expr(sc, t.value)
        if isinstance(base.type, DictT) and not isinstance(t.index, ast.Slice):
            k = coerce(sc, check_expr(sc, t.index, base.type.key), base.type.key, t.index.span, "dict key")
            out.append(tir.ExprStmt(tir.Prim("dict.delitem", (base, k), NONE, span), span))
            continue
        if not isinstance(base.type, ListT):
            if not poisoned(base):
                d.error("index", t.span, f"'{base.type}' does not support item deletion")
            continue
        if isinstance(t.index, ast.Slice):
            out.append(tir.ExprStmt(tir.Prim("list.delslice", (base, *slice_args(sc, t.index)), NONE, span), span))
        else:
            i = _index(sc, t.index)
            if i is not None:
                out.append(tir.ExprStmt(tir.Prim("list.delitem", (base, i), NONE, span), span))
    return out


def check_for(sc: FuncScope, s: ast.For) -> list[tir.Stmt]:
    d = sc.module.diags
    if s.is_async:
        d.error("async", s.span, contracts.async_construct("async for"), contracts.ASYNC_HINT)
        return []
    it = s.iter
    if not (isinstance(it, ast.Call) and sc.module.qualified(it.func) == "range" and not it.keywords
            and isinstance(s.target, ast.Name) and s.target.id not in sc.cells and s.target.id not in sc.pending_cells):
        return check_for_iter(sc, s)
    args = [check_expr(sc, a) for a in it.args]
    if not 1 <= len(args) <= 3:
        d.error("call-arg", it.span, f"range expected 1 to 3 arguments, got {len(args)}")
        return []
    ints: list[tir.Expr] = []
    for a in args:
        if isinstance(a.type, (IntT, BoolT)):
            ints.append(convert(a, INT))
        else:
            d.error("arg-type", a.span, f"'{a.type}' object cannot be interpreted as an integer")
            ints.append(error_expr(a.span))
    start: tir.Expr
    stop: tir.Expr
    step: tir.Expr
    if len(ints) == 1:
        start, stop, step = tir.Const(0, INT, it.span), ints[0], tir.Const(1, INT, it.span)
    elif len(ints) == 2:
        start, stop, step = ints[0], ints[1], tir.Const(1, INT, it.span)
    else:
        start, stop, step = ints
    if isinstance(step, tir.Const) and step.value == 0:
        d.error("value-range", step.span, "range() arg 3 must not be zero")
    probe = assign_name(sc, s.target, tir.Var("$range", "local", INT, s.target.span), s.span)
    assert isinstance(probe, tir.Assign)
    var = probe.target
    if var.type != INT:
        d.error("unsupported", s.target.span, f"the loop variable '{var.name}' has type '{var.type}'; range yields int",
                "use a fresh name for the loop variable")
    sc.loop_depth += 1
    body = check_block(sc, s.body)
    sc.loop_depth -= 1
    return [tir.ForRange(var, start, stop, step, body, check_block(sc, s.orelse), s.span)]


def check_for_iter(sc: FuncScope, s: ast.For) -> list[tir.Stmt]:
    from py4c.typecheck.iterate import bind, iterate, loop

    it = iterate(sc, s.iter)
    if it is None:
        return []
    binds = bind(sc, s.target, it.items, s.span, rename=False)
    if binds is None:
        return []
    sc.loop_depth += 1
    body = check_block(sc, s.body)
    sc.loop_depth -= 1
    return loop(it, body, check_block(sc, s.orelse), binds, s.span)


BUILTIN_EXCEPTIONS = {
    "BaseException", "Exception", "ArithmeticError", "ZeroDivisionError", "OverflowError", "AssertionError",
    "AttributeError", "EOFError", "LookupError", "IndexError", "KeyError", "MemoryError", "NameError", "OSError",
    "FileNotFoundError", "RuntimeError", "NotImplementedError", "RecursionError", "StopIteration", "TypeError",
    "ValueError", "UnicodeError", "SystemExit", "KeyboardInterrupt", "GeneratorExit",
}


def check_try(sc: FuncScope, s: ast.Try) -> list[tir.Stmt]:
    d = sc.module.diags
    body = check_block(sc, s.body)
    handlers: list[tir.Handler] = []
    for h in s.handlers:
        if h.is_star:
            d.error("unsupported", h.span, "except* is not supported")
            continue
        classes = _handler_classes(sc, h.type)
        if classes is None:
            continue
        var: tir.Var | None = None
        payload = len(classes) == 1 and classes[0] in sc.module.classes
        if h.name is not None:
            # one runtime representation for every class; an exception class with fields
            # gives its object
            from py4c.types import ClassT
            t = ClassT(classes[0]) if payload else ExcT("BaseException")
            if sc.is_module or h.name in sc.declared_global:
                var = _declare(sc, h.name, t, h.span)
                if var.type != t:
                    d.error("assignment", h.span, f"'{h.name}' already has type '{var.type}'; use another name")
                    continue
            else:
                # the name is bound for the handler only (Python deletes it after), so
                # each handler may bind it to its own type
                var = tir.Var(sc.new_temp(t), "local", t, h.span)
        sc.handler_depth += 1
        if var is not None and h.name is not None and not var.name == h.name:
            sc.renames.append({h.name: var})
        hbody = check_block(sc, h.body)
        if var is not None and h.name is not None and not var.name == h.name:
            sc.renames.pop()
        sc.handler_depth -= 1
        handlers.append(tir.Handler(classes, var, hbody, h.span, payload))
    orelse = check_block(sc, s.orelse)
    final = check_block(sc, s.finalbody)
    saved = tir.Var(sc.new_temp(ExcT("BaseException")), "local", ExcT("BaseException"), s.span)
    return [tir.Try(body, tuple(handlers), orelse, final, saved, s.span)]


def _declare(sc: FuncScope, name: str, t: Type, span: ast.Span) -> tir.Var:
    """The variable `name` bound by a construct (not an assignment), typed t if new."""
    if not sc.is_module and name not in sc.declared_global:
        return tir.Var(name, "local", sc.locals.setdefault(name, t), span)
    return tir.Var(sc.module.gname(name), "global", sc.module.globals.setdefault(name, t), span)


def _handler_classes(sc: FuncScope, e: ast.Expr | None) -> tuple[str, ...] | None:
    """The built-in exception classes an except clause names (() for a bare except)."""
    if e is None:
        return ()
    names = e.elts if isinstance(e, ast.TupleExpr) else (e,)
    out: list[str] = []
    for n in names:
        if not isinstance(n, ast.Name) or n.id not in BUILTIN_EXCEPTIONS and n.id not in sc.module.exceptions:
            sc.module.diags.error("unsupported", n.span, "an except clause must name exception classes")
            return None
        out.append(n.id)
    return tuple(out)


def check_raise(sc: FuncScope, s: ast.Raise) -> list[tir.Stmt]:
    d = sc.module.diags
    exc = s.exc
    if exc is None:
        if sc.handler_depth == 0:
            d.error("unsupported", s.span, "a bare raise outside an except block is not supported",
                    "CPython raises RuntimeError('No active exception to reraise') here")
            return []
        return [tir.Reraise(None, s.span)]
    cause, cause_none = _raise_cause(sc, s)
    if isinstance(exc, ast.Name) and not ((exc.id in BUILTIN_EXCEPTIONS or exc.id in sc.module.exceptions)
                                          and exc.id not in sc.locals):
        v = check_expr(sc, exc)
        if isinstance(v.type, ExcT):
            return [tir.Reraise(v, s.span)]
    func, args = (exc.func, exc.args) if isinstance(exc, ast.Call) else (exc, ())
    name = func.id if isinstance(func, ast.Name) else None
    if name is not None and name in sc.module.exceptions and name in sc.module.classes:
        # an exception class with fields: raise its object (message: its str())
        from py4c.typecheck.classes import construct
        from py4c.types import ClassT
        call = exc if isinstance(exc, ast.Call) else ast.Call(exc, (), (), exc.span)
        obj = tir.Var(sc.new_temp(ClassT(name)), "local", ClassT(name), s.span)
        made = tir.Assign(obj, construct(sc, name, call), s.span)
        return [made, tir.Raise(name, to_str(obj), s.span, obj, cause, cause_none)]
    if name not in BUILTIN_EXCEPTIONS and name not in sc.module.exceptions \
            or (isinstance(exc, ast.Call) and exc.keywords) or len(args) > 1:
        d.error("unsupported", exc.span, "raise takes an exception class with at most one message argument here")
        return []
    assert name is not None
    msg = None
    if args:
        m = check_expr(sc, args[0])
        # str(KeyError(k)) is repr(k); the other built-in exceptions show str(arg)
        msg = to_repr(m) if name == "KeyError" else str_of(sc, m)
    return [tir.Raise(name, msg, s.span, None, cause, cause_none)]


def _raise_cause(sc: FuncScope, s: ast.Raise) -> tuple[tir.Expr | None, bool]:
    """`raise X from c`: c a caught exception (its __cause__), or None (no context
    printed). A caught exception of a class with fields is its object here, which
    carries no traceback: the chain is then not printed (the cause is still evaluated)."""
    if s.cause is None:
        return None, False
    if isinstance(s.cause, ast.NoneLit):
        return None, True
    c = check_expr(sc, s.cause)
    return (c, False) if isinstance(c.type, ExcT) else (None, False)


def check_special_call(sc: FuncScope, e: ast.Call) -> list[tir.Stmt] | None:
    """print(...) and sys.exit(...) as statements; None if e is an ordinary call."""
    q = sc.module.qualified(e.func)
    if isinstance(e.func, ast.Name) and (e.func.id in sc.module.functions or
                                         (not sc.is_module and e.func.id in sc.assigned)):
        return None
    if q == "print":
        return check_print(sc, e)
    if q == "sys.exit":
        if e.keywords or len(e.args) > 1:
            sc.module.diags.error("call-arg", e.span, "sys.exit() takes at most one argument")
            return []
        code: tir.Expr | None = None
        if e.args:
            c: tir.Expr | None = check_expr(sc, e.args[0])
            assert c is not None
            if isinstance(c.type, NoneT):
                c = None
            elif isinstance(c.type, (IntT, BoolT)):
                c = convert(c, INT)
            else:
                sc.module.diags.error("unsupported", e.span, "sys.exit() with a message is not supported yet",
                                      "print the message to sys.stderr, then sys.exit(1)")
            code = c
        return [tir.SysExit(code, e.span)]
    return None


def _unstar_print(e: ast.Call) -> ast.Call:
    """print(a, *xs, sep=s, end=t) -> print(s.join([str(a)] + [str(x) for x in xs]), end=t)."""
    sp = e.span
    parts: ast.Expr | None = None

    def to_str(x: ast.Expr) -> ast.Expr:
        return ast.Call(ast.Name("str", sp), (x,), (), sp)

    for a in e.args:
        if isinstance(a, ast.Starred):
            item = ast.Name("$star", sp)
            piece: ast.Expr = ast.ListComp(to_str(item), (ast.Comprehension(item, a.value, (), False, sp),), sp)
        else:
            piece = ast.ListExpr((to_str(a),), sp)
        parts = piece if parts is None else ast.BinOp("+", parts, piece, sp)
    sep = next((k.value for k in e.keywords if k.name == "sep"), None)
    if sep is None or isinstance(sep, ast.NoneLit):
        sep = ast.StrLit(" ", sp)
    assert parts is not None
    joined = ast.Call(ast.Attribute(sep, "join", sp), (parts,), (), sp)
    return ast.Call(e.func, (joined,), tuple(k for k in e.keywords if k.name != "sep"), sp)


def check_print(sc: FuncScope, e: ast.Call) -> list[tir.Stmt]:
    """print() evaluates every argument before converting any to text (a later argument
    may mutate an earlier list), so mutable values are bound to hidden locals first."""
    d = sc.module.diags
    if any(isinstance(a, ast.Starred) for a in e.args):
        return check_print(sc, _unstar_print(e))
    pre: list[tir.Stmt] = []
    strs: list[tir.Expr] = []
    values = [check_expr(sc, a) for a in e.args]
    mutable = len(values) > 1 and any(is_object(v.type) and not isinstance(v.type, StrT) for v in values)
    for v in values:
        if mutable and not isinstance(v, tir.Const):
            tmp = tir.Var(sc.new_temp(v.type), "local", v.type, v.span)
            pre.append(tir.Assign(tmp, v, v.span))
            v = tmp
        strs.append(v)
    args = tuple(str_of(sc, v) for v in strs)
    sep: tir.Expr | None = None
    end: tir.Expr | None = None
    to_stderr = False
    to_file: tir.Expr | None = None
    for k in e.keywords:
        if k.name in ("sep", "end"):
            v = check_expr(sc, k.value)
            if isinstance(v.type, NoneT):
                continue
            if not isinstance(v.type, StrT):
                d.error("arg-type", k.span, f"{k.name} must be None or a string, not {v.type}")
                continue
            if k.name == "sep":
                sep = v
            else:
                end = v
        elif k.name == "file":
            q = sc.module.qualified(k.value)
            if q not in ("sys.stderr", "sys.stdout"):
                fv = check_expr(sc, k.value)
                if isinstance(fv.type, FileT):
                    to_file = fv
                else:
                    d.error("unsupported", k.span, "print(file=...) takes a file, sys.stdout or sys.stderr")
            to_stderr = q == "sys.stderr"
        elif k.name == "flush":
            check_expr(sc, k.value)
        else:
            d.error("call-arg", k.span, f"'{k.name}' is an invalid keyword argument for print()")
    if to_file is not None:
        from py4c.typecheck.files import print_to_file
        return [*pre, *print_to_file(sc, to_file, args, sep, end, e.span)]
    return [*pre, tir.Print(args, sep, end, to_stderr, e.span)]


