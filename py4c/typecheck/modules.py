"""Programs of several modules: finding the program's own modules from the entry file's
imports, in an order where every module comes after the modules it imports.

Phase: typecheck (before checking). A module `a.b` is the file `a/b.py` (or the package
`a/b/__init__.py`) under the entry file's directory, as CPython finds it when it runs the
entry file. Module-level code runs once, at the first import, as in CPython; a cycle of
imports is rejected with a diagnostic naming it.
"""

from __future__ import annotations

import os

from py4c.diagnostics import Collector
from py4c.frontend import ast


def find(root: str, dotted: str) -> str | None:
    base = os.path.join(root, *dotted.split("."))
    for candidate in (base + ".py", os.path.join(base, "__init__.py")):
        if os.path.isfile(candidate):
            return candidate
    return None


def package_of(name: str, path: str) -> str:
    """The package a module's relative imports start from."""
    if os.path.basename(path) == "__init__.py":
        return name
    return name.rpartition(".")[0]


def imported(m: ast.Module, root: str, ext_name: str = "") -> list[tuple[str, ast.Span]]:
    """The program modules a module imports (by dotted name), in statement order."""
    out: list[tuple[str, ast.Span]] = []

    def add(name: str, span: ast.Span) -> None:
        parts = name.split(".")
        for i in range(1, len(parts) + 1):  # `import a.b` imports a, then a.b
            prefix = ".".join(parts[:i])
            if find(root, prefix) is not None:
                out.append((prefix, span))

    for s in m.body:
        if isinstance(s, ast.Import):
            for a in s.names:
                add(a.name, a.span)
        elif isinstance(s, ast.ImportFrom):
            base = absolute(m, s, ext_name)
            if base is None:
                continue
            if base:
                add(base, s.span)
            for a in s.names:  # `from pkg import mod` imports the submodule
                sub = f"{base}.{a.name}" if base else a.name
                if find(root, sub) is not None:
                    add(sub, a.span)
    return out


def program_root(entry_path: str, ext_name: str = "") -> str:
    """Where the program's modules are found: the entry file's directory, or, for an
    extension module inside a package (`ext_name` `pkg.mod`), the directory holding `pkg`."""
    root = os.path.dirname(os.path.abspath(entry_path))
    for _ in range(ext_name.count(".")):
        root = os.path.dirname(root)
    return root


def absolute(m: ast.Module, s: ast.ImportFrom, ext_name: str = "") -> str | None:
    """The absolute module name of `from <module> import ...` (None if it cannot be).
    The entry module has no package, unless it is the extension module `ext_name`."""
    if not s.level:
        return s.module
    if m.name == "__main__" and not ext_name:
        return None
    pkg = package_of(ext_name, m.path) if m.name == "__main__" else package_of(m.name, m.path)
    parts = pkg.split(".") if pkg else []
    if s.level - 1 > len(parts):
        return None
    base = ".".join(parts[:len(parts) - (s.level - 1)])
    return f"{base}.{s.module}" if s.module and base else (s.module or base)


def discover(entry: ast.Module, diags: Collector, ext_name: str = "") -> list[ast.Module]:
    """The program's modules, imported ones first, the entry last."""
    from py4c.diagnostics import CompileError
    from py4c.frontend import parse_file

    root = program_root(entry.path, ext_name)
    parsed: dict[str, ast.Module] = {"__main__": entry}
    order: list[ast.Module] = []
    state: dict[str, int] = {}  # 1 visiting, 2 done

    def visit(name: str, chain: list[str]) -> None:
        m = parsed[name]
        state[name] = 1
        for dep, span in imported(m, root, ext_name if m is entry else ""):
            if state.get(dep) == 1:
                cycle = " -> ".join([*chain[chain.index(dep):], dep]) if dep in chain else f"{name} -> {dep}"
                diags.error("import-cycle", span, f"modules import each other in a cycle: {cycle}",
                            "move what both need into a third module")
                continue
            if state.get(dep) == 2:
                continue
            if dep not in parsed:
                path = find(root, dep)
                assert path is not None
                try:
                    parsed[dep] = parse_file(path, dep)
                except CompileError as e:
                    for d in e.diagnostics:
                        diags.add(d)
                    state[dep] = 2
                    continue
            visit(dep, [*chain, dep])
        state[name] = 2
        order.append(m)

    visit("__main__", ["__main__"])
    return order


def files(entry_path: str) -> list[str]:
    """Every source file of the program (for the build cache key); best effort."""
    from py4c.diagnostics import CompileError
    from py4c.frontend import parse_file

    try:
        entry = parse_file(entry_path)
        return [m.path for m in discover(entry, Collector())]
    except (CompileError, OSError, RecursionError):
        return [entry_path]
