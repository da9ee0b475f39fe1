"""Differential fuzzing of arithmetic: hypothesis builds random, well-typed expressions
over int, float and bool with edge values (0, -1, the 32- and 64-bit limits, 2**53+1,
-0.0, inf, nan, huge and tiny floats), compiles one program holding many of them, and
compares it with CPython. Expressions whose intermediate ints leave 64 bits are dropped
(py4c's documented boundary until big integers land); an expression on which CPython
raises ends the program, so the exception is compared too.

PY4C_FUZZ_EXAMPLES sets the number of programs (default 6; `make fuzz` style runs use
more)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

from py4c.diagnostics import CompileError
from py4c.driver import BuildOptions, build_executable
from tests.differential import build, compare

LO, HI = -(2**63), 2**63 - 1
INTS = [0, 1, -1, 2, 3, -3, 7, -7, 10, 255, 256, 2**31 - 1, -(2**31), 2**53 + 1, 2**62, HI, LO, 1000003]
FLOATS = ["0.0", "-0.0", "0.5", "1.5", "2.5", "-2.5", "1e300", "1e-300", "3.14159", "float('inf')",
          "float('-inf')", "float('nan')", "0.1", "123456.789", "-7.25"]


VARIABLE = re.compile(r"\b[abcx]\b")


class OutOfRange(Exception):
    pass


@dataclass(frozen=True)
class E:
    src: str
    kind: str  # "int" | "float" | "bool"


def checked(v: object) -> object:
    if isinstance(v, int) and not isinstance(v, bool) and not LO <= v <= HI:
        raise OutOfRange
    return v


def ints() -> st.SearchStrategy[E]:
    leaf = st.one_of(st.sampled_from(INTS).map(lambda v: E(f"({v})", "int")),
                     st.integers(LO, HI).map(lambda v: E(f"({v})", "int")),
                     st.sampled_from(["a", "b", "c"]).map(lambda n: E(n, "int")))
    return st.recursive(leaf, lambda inner: st.one_of(
        st.tuples(inner, st.sampled_from(["+", "-", "*", "//", "%", "&", "|", "^"]), inner)
        .map(lambda t: E(f"({t[0].src} {t[1]} {t[2].src})", "int")),
        st.tuples(inner, st.sampled_from(["<<", ">>"]), st.integers(0, 70))
        .map(lambda t: E(f"({t[0].src} {t[1]} {t[2]})", "int")),
        st.tuples(inner, st.integers(0, 5)).map(lambda t: E(f"({t[0].src} ** {t[1]})", "int")),
        st.tuples(st.sampled_from(["-", "~"]), inner).map(lambda t: E(f"({t[0]}{t[1].src})", "int")),
        st.tuples(st.sampled_from(["abs", "min", "max"]), inner, inner)
        .map(lambda t: E(f"{t[0]}({t[1].src})" if t[0] == "abs" else f"{t[0]}({t[1].src}, {t[2].src})", "int")),
    ), max_leaves=6)


def floats(int_e: st.SearchStrategy[E]) -> st.SearchStrategy[E]:
    leaf = st.one_of(st.sampled_from(FLOATS).map(lambda v: E(v, "float")),
                     st.floats(allow_nan=False, allow_infinity=False).map(lambda v: E(repr(v), "float")),
                     st.just(E("x", "float")))
    return st.recursive(leaf, lambda inner: st.one_of(
        st.tuples(inner, st.sampled_from(["+", "-", "*", "/", "//", "%", "**"]), inner)
        .map(lambda t: E(f"({t[0].src} {t[1]} {t[2].src})", "float")),
        int_e.map(lambda i: E(f"float({i.src})", "float")),
        st.tuples(inner, st.integers(-3, 4)).map(lambda t: E(f"round({t[0].src}, {t[1]})", "float")),
        inner.map(lambda f: E(f"abs({f.src})", "float")),
        inner.map(lambda f: E(f"(-{f.src})", "float")),
    ), max_leaves=5)


def exprs() -> st.SearchStrategy[E]:
    i = ints()
    f = floats(i)
    cmp_ops = st.sampled_from(["<", "<=", ">", ">=", "==", "!="])
    def has_var(*parts: E) -> bool:
        return any(VARIABLE.search(p.src) for p in parts)

    # mypy rejects a comparison of two different literals (`0 == 10`: comparison-overlap)
    b = st.one_of(
        st.tuples(i, cmp_ops, i).filter(lambda t: has_var(t[0], t[2]))
        .map(lambda t: E(f"({t[0].src} {t[1]} {t[2].src})", "bool")),
        st.tuples(f, cmp_ops, f).filter(lambda t: has_var(t[0], t[2]))
        .map(lambda t: E(f"({t[0].src} {t[1]} {t[2].src})", "bool")),
        st.tuples(i, cmp_ops, f).filter(lambda t: has_var(t[0], t[2]))
        .map(lambda t: E(f"({t[0].src} {t[1]} {t[2].src})", "bool")),
        st.tuples(i, cmp_ops, i, cmp_ops, i).filter(lambda t: has_var(t[0], t[2]) and has_var(t[2], t[4])).map(
            lambda t: E(f"({t[0].src} {t[1]} {t[2].src} {t[3]} {t[4].src})", "bool")),
    )
    converted = st.one_of(f.map(lambda x: E(f"int({x.src})", "int")), f.map(lambda x: E(f"round({x.src})", "int")))
    formatted = st.tuples(st.one_of(i, f), st.sampled_from(["", ">12", ",", ".3f", "e", "+.2e", "g", "_", "08.2f"])).map(
        lambda t: E(f'f"{{{t[0].src}:{t[1]}}}"', "str") if t[1] not in ("_", ",") or t[0].kind == "int"
        else E(f'f"{{{t[0].src}}}"', "str"))
    return st.one_of(i, f, b, converted, formatted, st.tuples(i, i).map(lambda t: E(f"divmod({t[0].src}, {t[1].src})", "str")))


def evaluate(src: str, env: dict[str, object]) -> object:
    """Evaluate in CPython, checking that every int result stays in 64 bits."""
    import ast

    tree = ast.parse(src, mode="eval")

    class Check(ast.NodeTransformer):
        def visit_BinOp(self, node: ast.BinOp) -> ast.AST:
            self.generic_visit(node)
            return ast.Call(ast.Name("_c", ast.Load()), [node], [])

        def visit_UnaryOp(self, node: ast.UnaryOp) -> ast.AST:
            self.generic_visit(node)
            return ast.Call(ast.Name("_c", ast.Load()), [node], [])

        def visit_Call(self, node: ast.Call) -> ast.AST:
            self.generic_visit(node)
            return ast.Call(ast.Name("_c", ast.Load()), [node], [])

    checked_tree = ast.fix_missing_locations(Check().visit(tree))
    code = compile(checked_tree, "<fuzz>", "eval")
    return eval(code, {"_c": checked, **env})  # noqa: S307 - evaluating our own generated test input


PARAMS = {"a": 7, "b": -3, "c": 2**40, "x": 2.5}


def program(candidates: list[E]) -> str:
    lines = ["def main(a: int, b: int, c: int, x: float) -> None:"]
    for e in candidates:
        try:
            evaluate(e.src, PARAMS)
        except OutOfRange:
            continue
        except (ArithmeticError, ValueError):
            lines.append(f"    print({e.src})")  # CPython raises here: the program ends with it
            break
        except Exception:  # noqa: BLE001 - TypeError from a generated mix: not a py4 program
            continue
        lines.append(f"    print({e.src})")
    lines += ["", "", 'if __name__ == "__main__":', f"    main({PARAMS['a']}, {PARAMS['b']}, {PARAMS['c']}, {PARAMS['x']})"]
    return "\n".join(lines) + "\n"


@settings(max_examples=int(os.environ.get("PY4C_FUZZ_EXAMPLES", "6")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(exprs(), min_size=10, max_size=40))
def test_arith_agrees_with_cpython(candidates: list[E]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "fuzz_prog.py")
        with open(path, "w", encoding="utf-8") as f:
            f.write(program(candidates))
        exe = os.path.join(tmp, "prog")
        try:
            build_executable(path, exe, BuildOptions(opt=2, check_ir=True))
        except CompileError as e:
            # mypy proves some comparisons constant (`0 == a ** 0`: comparison-overlap);
            # such a program is not valid py4, so it is not a test case
            if all(d.code == "comparison-overlap" for d in e.diagnostics):
                reject()
            build(path, exe)  # reports the rejection
        compare(path, exe)

