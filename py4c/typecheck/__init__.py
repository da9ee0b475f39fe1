"""Type checking: ast.Module -> tir.Program, or diagnostics.

Phase: typecheck. Input: the parsed entry module. Output: a typed, resolved `tir.Program`.
Two checkers run: mypy (the user-facing verdict on types, run on the real source with
py4c's plugin) and py4c's own inference (annotations are required, so it is simple),
which builds the typed IR and enforces the py4 contract rules mypy does not know.
Raises CompileError with every diagnostic found.
"""

from __future__ import annotations

import os

from py4c import tir
from py4c.diagnostics import Collector, CompileError, Diagnostic
from py4c.frontend import ast
from py4c.typecheck import contracts
from py4c.typecheck.env import ALLOWED_IMPORTS, FuncScope, ModuleEnv, Signature, assigned_names, check_self_reads
from py4c.typecheck.stmt import BUILTIN_EXCEPTIONS, check_block
from py4c.types import BOOL, NONE, STR, Type


def check(module: ast.Module, *, use_mypy: bool = True, ext_name: str = "") -> tir.Program:
    """Check a program; with ext_name, its entry module as the CPython extension module
    of that name (`__name__` is ext_name, and the program carries its tir.Interface)."""
    diags = Collector()
    contract: list[Diagnostic] = []  # what the mypy plugin reports of py4's contract
    if use_mypy:
        from py4c.typecheck.mypy_run import run_mypy

        for d in run_mypy([module.path]):
            if d.code in contracts.PLUGIN_CODES:
                contract.append(d)
            else:
                diags.add(d)
        if diags.has_errors():
            # mypy's verdict comes first: py4c's inference assumes a well-typed program.
            raise CompileError(sorted(diags.items + [d for d in contract if d.severity == "error"],
                                      key=Diagnostic.sort_key))
    program = infer(module, diags, ext_name)
    # the plugin's rules are py4c's own too (with the same words): each is kept once
    seen = {_same(d) for d in diags.items}
    diags.items += [d for d in contract if d.severity == "error" and _same(d) not in seen]
    diags.check()
    from dataclasses import replace
    warnings = sorted((d for d in diags.items if d.severity == "warning"), key=Diagnostic.sort_key)
    return replace(program, warnings=tuple(warnings))


def _same(d: Diagnostic) -> tuple[str, int, str, str]:
    return (os.path.abspath(d.span.path), d.span.line, d.code, d.message)


def infer(entry: ast.Module, diags: Collector, ext_name: str = "") -> tir.Program:
    """Check the entry module and the program's modules it imports (modules.py)."""
    from dataclasses import replace

    from py4c.typecheck.modules import discover, program_root

    mods = discover(entry, diags, ext_name)
    envs: dict[str, ModuleEnv] = {}
    first: ModuleEnv | None = None
    for m in mods:  # imported modules first
        env = ModuleEnv(os.path.abspath(m.path), diags, name=m.name)
        if first is not None:  # one class and exception namespace for the whole program
            env.classes, env.exceptions = first.classes, first.exceptions
            env.synthetic_classes, env.extra_functions = first.synthetic_classes, first.extra_functions
            env.function_classes = first.function_classes
        first = first or env
        env.program = envs
        envs[m.name] = env
        env.root = program_root(entry.path, ext_name)
        if m is entry:
            env.ext_name = ext_name
        scan_module(env, m)
    functions: list[tir.Function] = []
    inits: list[tir.Function] = []
    class_names: list[str] = []
    globals_: list[tir.Global] = []
    for m in mods:
        env = envs[m.name]
        done_extra = len(env.extra_functions)
        class_defs = [s for s in m.body if isinstance(s, ast.ClassDef) and s.name in env.classes
                      and env.classes[s.name].node is s]
        # __init__ methods first: they may introduce fields that all other code reads
        mine = [check_method(env, c.name, f, True) for c in class_defs for f in _methods(env, c) if f.name == "__init__"]
        init_scope = FuncScope(env, NONE, is_module=True)
        init_body = _module_body(env, init_scope, m)
        from py4c.typecheck import unbound
        from py4c.typecheck.env import first_bindings
        unbound.check_module(diags, m.body, set(first_bindings(m.body)), set())
        mine += [check_method(env, c.name, f, False) for c in class_defs for f in _methods(env, c) if f.name != "__init__"]
        mine += [check_function(env, s) for s in m.body if isinstance(s, ast.FunctionDef)]
        path = env.path
        functions += [replace(f, path=path) for f in mine if f is not None]
        env.extra_functions[done_extra:] = [replace(f, path=f.path or path) for f in env.extra_functions[done_extra:]]
        inits.append(tir.Function(init_symbol(m.name), "<module>", (), NONE, tuple(init_scope.locals.items()),
                                  init_body, m.span, path=path))
        class_names += [c.name for c in class_defs]
        globals_ += [tir.Global(env.gname(n), t, m.span) for n, t in env.globals.items()]
    assert first is not None
    interface = None
    if ext_name:
        from py4c.typecheck.exports import interface as make_interface
        interface = make_interface(envs, entry, ext_name, first.extra_functions)
    classes = tuple(_class_def(first, n) for n in class_names) + tuple(_class_def(first, n) for n in first.synthetic_classes)
    return tir.Program(os.path.abspath(entry.path), tuple(functions + inits[:-1] + first.extra_functions),
                       tuple(globals_), inits[-1], classes, tuple(first.exceptions.items()), interface=interface)


def _is_literal(e: ast.Expr) -> bool:
    if isinstance(e, ast.UnaryOp) and e.op == "-":
        return _is_literal(e.operand)
    if isinstance(e, ast.TupleExpr):
        return all(_is_literal(x) for x in e.elts)
    return isinstance(e, (ast.IntLit, ast.FloatLit, ast.StrLit, ast.BoolLit, ast.NoneLit))


def _defaults_of(env: ModuleEnv, s: ast.Stmt) -> list[tuple[Signature, int, ast.Expr]]:
    """The non-literal defaults of a def (or of a class's methods): they are evaluated
    once, when the `def` runs, and shared by every call (a mutable default keeps its
    changes, as in CPython)."""
    out: list[tuple[Signature, int, ast.Expr]] = []
    targets: list[tuple[ast.FunctionDef, Signature | None]] = []
    if isinstance(s, ast.FunctionDef):
        sig = env.functions.get(s.name)
        if sig is not None and sig.span == s.span:
            targets.append((s, sig))
    elif isinstance(s, ast.ClassDef):
        from py4c.typecheck.classes import method_key

        info = env.classes.get(s.name)
        if info is not None and info.node is s:
            for f in s.body:
                if isinstance(f, ast.FunctionDef):
                    m = info.own_methods.get(method_key(f))
                    if m is not None and not m.classm:
                        targets.append((f, m.sig))
    for f, sig in targets:
        assert sig is not None
        for i, default in enumerate(sig.defaults):
            if default is not None and not _is_literal(default):
                out.append((sig, i, default))
    return out


def _register_defaults(env: ModuleEnv, module: ast.Module) -> None:
    for s in module.body:
        for sig, i, _ in _defaults_of(env, s):
            pname, t = sig.params[i]
            name = f"$default.{sig.symbol}.{pname}"
            env.globals[name] = t
            env.hoisted_defaults[(sig.symbol, i)] = (env.gname(name), t)


def _hoist_defaults(env: ModuleEnv, sc: FuncScope, s: ast.FunctionDef | ast.ClassDef) -> list[tir.Stmt]:
    """Evaluate the def's non-literal defaults into their globals (at the def)."""
    from py4c.typecheck.expr import check_expr, coerce

    out: list[tir.Stmt] = []
    for sig, i, default in _defaults_of(env, s):
        name, t = env.hoisted_defaults[(sig.symbol, i)]
        value = coerce(sc, check_expr(sc, default, t), t, default.span, "default value")
        out.append(tir.Assign(tir.Var(name, "global", t, default.span), value, default.span))
    return out


def init_symbol(module: str) -> str:
    return "py4c_module_init" if module == "__main__" else "py4c_module_init_" + module.replace(".", "_")


def _module_body(env: ModuleEnv, sc: FuncScope, m: ast.Module) -> tuple[tir.Stmt, ...]:
    """Module-level code; an import of a program module runs that module's code first
    (once: an imported module's own code starts by testing and setting its flag)."""
    from py4c.typecheck.modules import absolute, find

    out: list[tir.Stmt] = []
    if m.name != "__main__":
        env.globals["$initialised"] = BOOL
        flag = tir.Var(env.gname("$initialised"), "global", BOOL, m.span)
        out += [tir.If(flag, (tir.Return(None, m.span),), (), m.span), tir.Assign(flag, tir.Const(True, BOOL, m.span), m.span)]
    root = env.root or os.path.dirname(env.path)
    for s in m.body:
        deps: list[str] = []
        if isinstance(s, ast.Import):
            for a in s.names:
                parts = a.name.split(".")
                deps += [".".join(parts[:i]) for i in range(1, len(parts) + 1)]
        elif isinstance(s, ast.ImportFrom):
            base = absolute(m, s, env.ext_name)
            if base:
                deps.append(base)
                deps += [f"{base}.{a.name}" for a in s.names if find(root, f"{base}.{a.name}")]
        for dep in deps:
            if dep in env.program and dep != m.name:
                out.append(tir.ExprStmt(tir.Call(init_symbol(dep), (), NONE, s.span), s.span))
        if isinstance(s, (ast.FunctionDef, ast.ClassDef)):
            out += _hoist_defaults(env, sc, s)
        if not _is_declaration(s):
            out += check_block(sc, (s,))
    return tuple(out)


def _methods(env: ModuleEnv, c: ast.ClassDef) -> list[ast.FunctionDef]:
    own = [s for s in c.body if isinstance(s, ast.FunctionDef)]
    return own + env.classes[c.name].synthesized


def check_method(env: ModuleEnv, cls: str, f: ast.FunctionDef, in_init: bool) -> tir.Function | None:
    from py4c.types import ClassT

    from py4c.typecheck.classes import method_key

    m = env.classes[cls].own_methods.get(method_key(f))
    if m is None:
        return None
    if m.classm:
        from py4c.typecheck.classes import classmethod_classes, classmethod_symbol
        versions = []
        for owner in classmethod_classes(env, cls, f.name):
            sig_c = Signature(classmethod_symbol(owner, f.name), m.sig.name, m.sig.params, m.sig.defaults, m.sig.ret,
                              m.sig.span)
            sc_c = FuncScope(env, sig_c.ret, is_module=False)
            sc_c.cls, sc_c.cls_param = cls, (m.cls_param, owner)
            sc_c.declared_global = _globals_declared(f.body)
            sc_c.assigned = (assigned_names(f.body) | {n for n, _ in sig_c.params}) - sc_c.declared_global
            for name, t in sig_c.params:
                sc_c.locals[name] = t
            versions.append(_finish(env, sc_c, f, sig_c, list(sig_c.params)))
        env.extra_functions.extend(versions[1:])
        return versions[0]
    sig = m.sig
    sc = FuncScope(env, sig.ret, is_module=False)
    sc.cls, sc.in_init = cls, in_init
    params = list(sig.params) if m.static else [("self", ClassT(cls)), *sig.params]
    if not m.static and f.params.params:
        self_name = f.params.params[0].name
        params[0] = (self_name, ClassT(cls))
    sc.declared_global = _globals_declared(f.body)
    sc.assigned = assigned_names(f.body) | {n for n, _ in params}
    sc.assigned -= sc.declared_global
    for name, t in params:
        sc.locals[name] = t
    for name, ann in _annotated_locals(f.body):
        declared = env.annotation(ann)
        if declared is not None and name not in sc.locals:
            sc.locals[name] = declared
    return _finish(env, sc, f, sig, list(params))


def _class_def(env: ModuleEnv, name: str) -> tir.ClassDef:
    from py4c.typecheck import classes

    info = env.classes[name]
    fields = tuple(t for _, t in classes.all_fields(env, name))
    vt = tuple(info.methods[m].sig.symbol for m in classes.vtable(env, name))
    special = []
    for key, dunder in (("eq", "__eq__"), ("lt", "__lt__"), ("hash", "__hash__"), ("repr", "__repr__"),
                         ("str", "__str__")):
        m = info.methods.get(dunder)
        if m is not None:
            special.append((key, m.sig.symbol))
    return tir.ClassDef(name, info.base, fields, vt, tuple(special), classes.class_flags(env, name))


def _is_declaration(s: ast.Stmt) -> bool:
    return isinstance(s, (ast.FunctionDef, ast.Import, ast.ImportFrom, ast.ClassDef))


def scan_module(env: ModuleEnv, module: ast.Module) -> None:
    """First pass: imports, function signatures, annotated globals and Final names."""
    from py4c.typecheck.classes import ClassInfo, finish_scan, scan_class

    d = env.diags
    for s in module.body:
        if isinstance(s, ast.ClassDef):
            base: str | None = None
            bases = [b for b in s.bases if not (isinstance(b, ast.Name) and b.id == "object")]
            if any(k.name == "metaclass" for k in s.keywords):
                d.error("metaclass", s.span, contracts.metaclass(s.name), contracts.METACLASS_HINT)
                continue
            if len(bases) > 1 or s.keywords:
                d.error("multiple-inheritance", s.span, contracts.multiple_inheritance(s.name),
                        contracts.MULTIPLE_INHERITANCE_HINT)
                continue
            if bases and isinstance(bases[0], ast.Name) and (bases[0].id in BUILTIN_EXCEPTIONS
                                                             or bases[0].id in env.exceptions):
                _exception_class(env, s, bases[0].id)
                continue
            if bases:
                b0 = bases[0]
                if not (isinstance(b0, ast.Name) and b0.id in env.classes):
                    d.error("unsupported", b0.span, "a base class must be a py4 class defined earlier in the module")
                    continue
                base = b0.id
            if s.name in env.classes or s.name in env.functions:
                d.error("no-redef", s.span, f"'{s.name}' is defined twice")
                continue
            env.classes[s.name] = ClassInfo(s.name, base, s)
    from py4c.typecheck.modules import absolute, find

    for s in module.body:
        if isinstance(s, ast.Import):
            for a in s.names:
                if a.name in env.program or find(env.root or os.path.dirname(env.path), a.name):  # the program's
                    env.imports[a.asname or a.name.split(".")[0]] = a.name if a.asname else a.name.split(".")[0]
                    continue
                if a.name not in ALLOWED_IMPORTS or ALLOWED_IMPORTS[a.name] is not None and a.name != "sys":
                    d.error("unsupported-import", a.span, f"module '{a.name}' is not supported by py4c yet")
                env.imports[a.asname or a.name] = a.name
        elif isinstance(s, ast.ImportFrom):
            base = absolute(module, s, env.ext_name)
            if base is not None and (base in env.program or any(f"{base}.{a.name}" in env.program for a in s.names)):
                for a in s.names:
                    env.imports[a.asname or a.name] = f"{base}.{a.name}"
                continue
            allowed = ALLOWED_IMPORTS.get(s.module or "")
            if s.level or s.module not in ALLOWED_IMPORTS:
                d.error("unsupported-import", s.span, f"module '{'.' * s.level}{s.module or ''}' is not supported by py4c yet")
                continue
            for a in s.names:
                if a.name == "*":
                    d.error("star-import", s.span, f"'from {s.module} import *' is outside py4: every imported name "
                            "must be known", f"import the names you use: from {s.module} import name1, name2")
                    continue
                if allowed is not None and a.name not in allowed:
                    d.error("unsupported-import", a.span, f"'{a.name}' from '{s.module}' is not supported by py4c yet")
                env.imports[a.asname or a.name] = f"{s.module}.{a.name}"
        elif isinstance(s, ast.FunctionDef):
            sig = signature(env, s)
            if sig is not None:
                if s.name in env.functions:
                    d.error("no-redef", s.span, f"function '{s.name}' is defined twice")
                env.functions[s.name] = sig
        elif isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name):
            final, inner = env.is_final_annotation(s.annotation)
            if final:
                env.finals.add(s.target.id)
                if inner is not None:
                    t = env.annotation(inner)
                    if t is not None:
                        env.globals[s.target.id] = t
            else:
                t = env.annotation(s.annotation)
                if t is not None:
                    env.globals[s.target.id] = t
    for s in module.body:
        # unannotated globals whose type shows in their value (`LIMIT = 7`, `AREA = Area()`)
        # are known before any code is checked (methods read them before module code runs)
        if isinstance(s, ast.Assign) and len(s.targets) == 1 and isinstance(s.targets[0], ast.Name) \
                and s.targets[0].id not in env.globals:
            t = _evident_type(env, s.value)
            if t is not None:
                env.globals[s.targets[0].id] = t
    for s in module.body:
        if isinstance(s, ast.ClassDef) and s.name in env.classes and env.classes[s.name].node is s:
            scan_class(env, s)
    finish_scan(env)
    _register_defaults(env, module)


def _evident_type(env: ModuleEnv, v: ast.Expr) -> Type | None:
    from py4c.types import FLOAT, INT, STR, ClassT

    if isinstance(v, ast.UnaryOp) and v.op == "-" and isinstance(v.operand, (ast.IntLit, ast.FloatLit)):
        v = v.operand
    if isinstance(v, ast.BoolLit):
        return BOOL
    if isinstance(v, ast.IntLit):
        return INT
    if isinstance(v, ast.FloatLit):
        return FLOAT
    if isinstance(v, (ast.StrLit, ast.JoinedStr)):
        return STR
    if isinstance(v, ast.Call) and isinstance(v.func, ast.Name) and v.func.id in env.classes:
        return ClassT(v.func.id)
    return None


def _exception_class(env: ModuleEnv, c: ast.ClassDef, base: str) -> None:
    """`class AppError(ValueError): ...`: a new exception class. With only docstrings and
    `pass` its message is the constructor's one argument; with fields or methods (or a
    base that has them) it is also a class: raising makes an object, which `except ... as
    e` gets back, and its message is what `__init__` passes to `super().__init__`."""
    from py4c.frontend.ast import StrLit
    from py4c.typecheck.classes import ClassInfo

    for dec in c.decorators:
        env.diags.error("decorator", dec.span, contracts.decorator("class", contracts.written_name(dec)),
                        contracts.DECORATOR_HINTS["exception class"])
    if c.name in env.exceptions or c.name in env.classes:
        env.diags.error("no-redef", c.span, f"'{c.name}' is defined twice")
        return
    env.exceptions[c.name] = base
    plain = all(isinstance(s, ast.Pass) or isinstance(s, ast.ExprStmt) and isinstance(s.value, (ast.StrLit, ast.EllipsisLit))
                for s in c.body)
    if plain and base not in env.classes:
        return
    info = ClassInfo(c.name, base if base in env.classes else None, c)
    if info.base is None:
        info.own_fields["$msg"] = STR  # str(e): set by super().__init__(message)
        info.defaults["$msg"] = StrLit("", c.span)
    env.classes[c.name] = info


def signature(env: ModuleEnv, f: ast.FunctionDef) -> Signature | None:
    d = env.diags
    ok = True
    for dec in f.decorators:
        d.error("decorator", dec.span, contracts.decorator("function", contracts.written_name(dec)),
                contracts.DECORATOR_HINTS["function"])
        ok = False
    if f.is_async:
        d.error("async", f.span, contracts.async_construct("async def"), contracts.ASYNC_HINT)
        ok = False
    params: list[tuple[str, Type]] = []
    defaults: list[ast.Expr | None] = []
    for p in f.params.params:
        if p.kind in ("vararg", "kwarg"):
            d.error("star-params", p.span, f"{'*' if p.kind == 'vararg' else '**'}{p.name} parameters are not supported "
                    "yet", "take a list, a tuple or a dict parameter instead")
            ok = False
            continue
        if p.annotation is None:
            d.error("no-untyped-def", p.span, f"parameter '{p.name}' of '{f.name}' needs a type annotation")
            ok = False
            continue
        t = env.annotation(p.annotation)
        if t is None:
            ok = False
            continue
        params.append((p.name, t))
        defaults.append(p.default)
    if f.returns is None:
        d.error("no-untyped-def", f.span, f"function '{f.name}' needs a return type annotation", "add '-> None' if it returns nothing")
        return None
    ret = env.annotation(f.returns)
    if ret is None or not ok:
        return None
    return Signature(f"py4c_f_{env.mangle}{f.name}", f.name, tuple(params), tuple(defaults), ret, f.span)


def check_function(env: ModuleEnv, f: ast.FunctionDef) -> tir.Function:
    sig = env.functions.get(f.name)
    if sig is None:
        return tir.Function(f"py4c_bad_{f.name}", f.name, (), NONE, (), (), f.span)
    sc = FuncScope(env, sig.ret, is_module=False)
    sc.declared_global = _globals_declared(f.body)
    sc.assigned = assigned_names(f.body) | {n for n, _ in sig.params}
    sc.assigned -= sc.declared_global
    for name, t in sig.params:
        sc.locals[name] = t
    for name, ann in _annotated_locals(f.body):
        declared = env.annotation(ann)
        if declared is not None and name not in sc.locals:
            sc.locals[name] = declared
    return _finish(env, sc, f, sig, list(sig.params))


def _finish(env: ModuleEnv, sc: FuncScope, f: ast.FunctionDef, sig: Signature,
            params: list[tuple[str, Type]]) -> tir.Function:
    """Check a function's (or method's) body. A generator's body runs on the
    generator's stack: its only parameter is the generator, which holds the arguments."""
    from py4c.typecheck import generators
    from py4c.types import GenT

    check_self_reads(sc, f.body, {n for n, _ in params})
    from py4c.typecheck import unbound
    unbound.check_function(sc.module.diags, f.body, set(sc.assigned), {n for n, _ in params})
    if isinstance(sig.ret, GenT) and generators.is_generator(f.body):
        gsig = Signature(sig.symbol, sig.name, tuple(params), tuple(None for _ in params), sig.ret, sig.span)
        sc.locals = {generators.GEN_VAR: sig.ret, **sc.locals}
        sc.assigned.add(generators.GEN_VAR)
        prelude = [*generators.prologue(gsig, f.span), *_cells(sc, f, dict(params))]
        body = check_block(sc, f.body)
        env.extra_functions.append(generators.maker(gsig, f.span))
        return tir.Function(generators.body_symbol(gsig), f.name, (tir.Param(generators.GEN_VAR, sig.ret, f.span),),
                            NONE, tuple(sc.locals.items()), (*prelude, *body), f.span, _cycle_cells(sc, f.body))
    prelude = _cells(sc, f, dict(params))
    body = check_block(sc, f.body)
    return tir.Function(sig.symbol, f.name, tuple(tir.Param(n, t, f.span) for n, t in params), sig.ret,
                        tuple(sc.locals.items()), (*prelude, *body), f.span, _cycle_cells(sc, f.body))


def _cycle_cells(sc: FuncScope, body: tuple[ast.Stmt, ...]) -> tuple[str, ...]:
    from py4c.typecheck.closures import def_names

    defs = def_names(body)
    return tuple(v.name for n, v in sc.cells.items() if n in defs)


def _cells(sc: FuncScope, f: ast.FunctionDef, params: dict[str, Type]) -> list[tir.Stmt]:
    """Cells for the variables this function shares with nested functions (closures.py)."""
    from py4c.typecheck.closures import cell_names, make_cells

    names = cell_names(sc.module, f.body, set(params))
    return make_cells(sc, names, params, f.span, f.body) if names else []


def _nested_blocks(s: ast.Stmt) -> list[tuple[ast.Stmt, ...]]:
    """The statement blocks inside a compound statement."""
    if isinstance(s, (ast.If, ast.While, ast.For)):
        return [s.body, s.orelse]
    if isinstance(s, ast.Try):
        return [s.body, *(h.body for h in s.handlers), s.orelse, s.finalbody]
    return []


def _globals_declared(body: tuple[ast.Stmt, ...]) -> set[str]:
    out: set[str] = set()
    for s in body:
        if isinstance(s, ast.Global):
            out.update(s.names)
        for block in _nested_blocks(s):
            out |= _globals_declared(block)
    return out


def _annotated_locals(body: tuple[ast.Stmt, ...]) -> list[tuple[str, ast.Expr]]:
    out: list[tuple[str, ast.Expr]] = []
    for s in body:
        if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name):
            out.append((s.target.id, s.annotation))
        for block in _nested_blocks(s):
            out += _annotated_locals(block)
    return out


