"""A generator of random, well-typed py4 programs for differential fuzzing: int, float,
bool and str arithmetic with edge values (0, -1, the i64 limits, large floats, -0.0,
inf, nan), if/while/for, lists, dicts and sets, string methods and slices, a small class
hierarchy with an overridden method, and exceptions raised, caught and left uncaught.
Every program runs under CPython (`python -m py4`, the checked run) and compiled; stdout,
exit status and the exception line must agree (tests/test_fuzz_programs.py).

`generate(rng)` takes a random.Random, so hypothesis drives it through st.randoms()
(and shrinks the choices), and the unbounded session (`python -m tests.fuzz
--generated`) through plain seeds.
"""

from __future__ import annotations

import os
import random
import tempfile

from py4c.diagnostics import CompileError, render

INT_EDGES = ["0", "1", "-1", "2", "7", "-13", "255", "1000", "2147483647", "-2147483648",
             "9223372036854775807", "-9223372036854775807 - 1", "4611686018427387904", "3037000499"]
FLOAT_EDGES = ["0.0", "-0.0", "0.5", "1.5", "-2.25", "1e300", "-1e300", "1e-300", "3.141592653589793",
               "float('inf')", "float('-inf')", "float('nan')", "0.1", "2.5"]
STR_EDGES = ['""', '"a"', '"Hello, World"', '"  padded  "', '"a,b,,c"', '"üñí"', '"123"', '("x" * 3)']



class Gen:
    """One program's worth of random choices, with the names in scope by type."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.vars: dict[str, list[str]] = {"int": [], "float": [], "str": [], "bool": [], "list": [], "dict": [],
                                           "set": [], "i64": [], "i32": [], "u8": []}
        self.n = 0

    def pick(self, xs: list[str]) -> str:
        return self.rng.choice(xs)

    def fresh(self, kind: str) -> str:
        self.n += 1
        name = f"{kind[0]}_{self.n}"  # never a type's name (u8, i32)
        return name

    # ------------------------------------------------------------ expressions

    def int_(self, d: int = 0) -> str:
        r = self.rng.random()
        if d > 2 or r < 0.3:
            if self.vars["int"] and self.rng.random() < 0.6:
                return self.pick(self.vars["int"])
            return f"({self.pick(INT_EDGES)})"
        if r < 0.55:
            op = self.pick(["+", "-", "*", "//", "%", "&", "|", "^", "+", "-"])
            return f"({self.int_(d + 1)} {op} {self.int_(d + 1)})"
        if r < 0.62:
            return f"({self.int_(d + 1)} << {self.rng.randint(0, 5)})"
        if r < 0.68:
            return f"{self.pick(['abs', '-'])}({self.int_(d + 1)})"
        if r < 0.74:
            return f"{self.pick(['min', 'max'])}({self.int_(d + 1)}, {self.int_(d + 1)})"
        if r < 0.8:
            return f"len({self.str_(d + 1)})"
        if r < 0.85 and self.vars["list"]:
            return f"{self.pick(self.vars['list'])}[{self.int_(d + 1)} % 7 - 3]"
        if r < 0.9 and self.vars["dict"]:
            return f"{self.pick(self.vars['dict'])}.get({self.str_(d + 1)}, {self.int_(d + 1)})"
        if r < 0.95:
            return f"int({self.float_(d + 1)})"
        return f"({self.int_(d + 1)} if {self.bool_(d + 1)} else {self.int_(d + 1)})"

    def float_(self, d: int = 0) -> str:
        r = self.rng.random()
        if d > 2 or r < 0.35:
            if self.vars["float"] and self.rng.random() < 0.5:
                return self.pick(self.vars["float"])
            return f"({self.pick(FLOAT_EDGES)})"
        if r < 0.7:
            return f"({self.float_(d + 1)} {self.pick(['+', '-', '*', '/'])} {self.float_(d + 1)})"
        if r < 0.8:
            return f"float({self.int_(d + 1)})"
        if r < 0.9:
            return f"({self.float_(d + 1)} {self.pick(['+', '*', '/'])} {self.int_(d + 1)})"
        return f"abs({self.float_(d + 1)})"

    def value_int(self, kind: str, d: int = 0) -> str:
        """An expression of the value-integer type kind (i64, i32, u8): conversions of
        ints into range, and arithmetic that may overflow (OverflowError in both runs)."""
        wrap = {"i64": "", "i32": " % 100000", "u8": " % 256"}[kind]
        r = self.rng.random()
        if d > 1 or r < 0.35:
            if self.vars[kind] and self.rng.random() < 0.6:
                return self.pick(self.vars[kind])
            return f"{kind}({self.int_(2)}{wrap})"
        if r < 0.8:
            op = self.pick(["+", "-", "*", "//", "%"] if kind != "u8" else ["+", "-", "*", "//", "%", "&", "|"])
            return f"({self.value_int(kind, d + 1)} {op} {self.value_int(kind, d + 1)})"
        return f"{kind}(int({self.value_int(kind, d + 1)}) // 2)"

    def bool_(self, d: int = 0) -> str:
        r = self.rng.random()
        if d > 2 or r < 0.3:
            return f"(({self.int_(d + 1)} + a) {self.pick(['<', '<=', '==', '!=', '>', '>='])} {self.int_(d + 1)})"
        if r < 0.45:
            return f"(({self.float_(d + 1)} + a) {self.pick(['<', '==', '>='])} {self.float_(d + 1)})"
        if r < 0.6:
            return f"({self.bool_(d + 1)} {self.pick(['and', 'or'])} {self.bool_(d + 1)})"
        if r < 0.7:
            return f"(not {self.bool_(d + 1)})"
        if r < 0.8:
            return f"({self.str_(d + 1)} in (s + {self.str_(d + 1)}))"
        if r < 0.9 and self.vars["list"]:
            return f"({self.int_(d + 1)} in {self.pick(self.vars['list'])})"
        if self.vars["set"]:
            return f"({self.int_(d + 1)} in {self.pick(self.vars['set'])})"
        return f"{self.str_(d + 1)}.{self.pick(['isdigit', 'isalpha', 'isspace', 'isupper'])}()"

    def str_(self, d: int = 0) -> str:
        r = self.rng.random()
        if d > 2 or r < 0.3:
            if self.vars["str"] and self.rng.random() < 0.6:
                return self.pick(self.vars["str"])
            return self.pick(STR_EDGES)
        if r < 0.45:
            return f"({self.str_(d + 1)} + {self.str_(d + 1)})"
        if r < 0.55:
            return f"{self.str_(d + 1)}[{self.int_(d + 1)} % 5 - 2:{self.int_(d + 1)} % 9]"
        if r < 0.65:
            return f"{self.str_(d + 1)}.{self.pick(['upper', 'lower', 'strip', 'title', 'swapcase'])}()"
        if r < 0.7:
            return f"{self.str_(d + 1)}.replace({self.str_(d + 1)}, {self.str_(d + 1)})"
        if r < 0.78:
            return f"str({self.pick([self.int_(d + 1), self.float_(d + 1), self.bool_(d + 1)])})"
        if r < 0.85:
            field = self.pick(self.vars["str"]) if self.vars["str"] else "s"
            return f'f"<{{{self._unquoted(self.int_(d + 1))}}}|{{{self._unquoted(self.float_(d + 1))}:.3f}}|{{{field}!r}}>"'
        if r < 0.9:
            return f'",".join({self.str_(d + 1)}.split({self.pick(STR_EDGES[1:5])}))'
        if r < 0.95 and self.vars["list"]:
            return f"str(sorted({self.pick(self.vars['list'])}))"
        return f"{self.str_(d + 1)}[{self.int_(d + 1)} % 4]"

    @staticmethod
    def _unquoted(expr: str) -> str:
        """expr, or a plain name when it holds a quote (an f-string field cannot)."""
        return "a" if '"' in expr or "'" in expr else expr

    # ------------------------------------------------------------ statements

    def stmts(self, indent: int, n: int, depth: int = 0) -> list[str]:
        """n statements; names first assigned in a nested block (depth > 0) leave scope
        after it, so every read is of a variable assigned on every path (py4's rule)."""
        saved = {k: list(v) for k, v in self.vars.items()} if depth > 0 else None
        out: list[str] = []
        for _ in range(n):
            out += self.stmt(indent, depth)
        if saved is not None:
            self.vars = saved
        return out or [" " * indent + "pass"]

    def stmt(self, ind: int, depth: int) -> list[str]:
        p = " " * ind
        r = self.rng.random()
        if r < 0.22:
            kind = self.pick(["int", "int", "float", "str", "bool"])
            expr = {"int": self.int_, "float": self.float_, "str": self.str_, "bool": self.bool_}[kind]()
            existing = self.vars[kind]
            if existing and self.rng.random() < 0.4:
                return [f"{p}{self.pick(existing)} = {expr}"]
            name = self.fresh(kind)
            self.vars[kind].append(name)
            return [f"{p}{name}: {kind} = {expr}"]
        if r < 0.27:
            kind = self.pick(["i64", "i32", "u8"])
            expr = self.value_int(kind)
            if self.vars[kind] and self.rng.random() < 0.5:
                return [f"{p}print({expr}, {self.pick(self.vars[kind])} == {self.value_int(kind, 1)})"]
            name = self.fresh(kind)
            self.vars[kind].append(name)
            return [f"{p}{name}: {kind} = {expr}"]
        if r < 0.35:
            return [f"{p}print({self.pick([self.int_(), self.float_(), self.str_(), self.bool_()])})"]
        if r < 0.42 and self.vars["int"]:
            return [f"{p}{self.pick(self.vars['int'])} {self.pick(['+=', '-=', '*=', '//=', '%='])} {self.int_()}"]
        if r < 0.5 and depth < 3:
            body = self.stmts(ind + 4, self.rng.randint(1, 3), depth + 1)
            other = self.stmts(ind + 4, self.rng.randint(1, 2), depth + 1)
            return [f"{p}if {self.bool_()}:", *body, f"{p}else:", *other]
        if r < 0.56 and depth < 3:
            self.n += 1
            i = f"i{self.n}"
            lines = [f"{p}for {i} in range({self.rng.randint(0, 6)}):"]
            self.vars["int"].append(i)
            lines += self.stmts(ind + 4, self.rng.randint(1, 3), depth + 1)
            self.vars["int"].remove(i)
            return lines
        if r < 0.6 and depth < 3:
            self.n += 1
            c = f"k{self.n}"
            return [f"{p}{c} = 0", f"{p}while {c} < {self.rng.randint(0, 5)}:", f"{p}    {c} += 1",
                    *self.stmts(ind + 4, self.rng.randint(1, 2), depth + 1)]
        if r < 0.7 and depth < 3:
            body = self.stmts(ind + 4, self.rng.randint(1, 3), depth + 1)
            exc = self.pick(["ZeroDivisionError", "IndexError", "KeyError", "ValueError", "OverflowError",
                             "ArithmeticError", "LookupError", "Exception", "AppError"])
            show = "e.code" if exc == "AppError" else "type(e).__name__"
            handler = [f"{p}except {exc} as e:", f"{p}    print('caught', {show}, e)"]
            tail = [f"{p}finally:", f"{p}    print('finally')"] if self.rng.random() < 0.3 else []
            return [f"{p}try:", *body, *handler, *tail]
        if r < 0.76:
            if not self.vars["list"] or self.rng.random() < 0.3:
                items = ", ".join(self.int_(2) for _ in range(self.rng.randint(0, 4)))
                name = self.fresh("list")
                self.vars["list"].append(name)
                return [f"{p}{name}: list[int] = [{items}]"]
            xs = self.pick(self.vars["list"])
            return [self.pick([f"{p}{xs}.append({self.int_()})", f"{p}print({xs}.pop())", f"{p}{xs}.sort()",
                               f"{p}print({xs}, len({xs}), {xs}[1:3])", f"{p}{xs}.reverse()",
                               f"{p}print({xs}.index({self.int_()}))", f"{p}{xs}.remove({self.int_()})",
                               f"{p}{xs}.insert({self.int_()} % 5, {self.int_()})",
                               f"{p}print(sum({xs}), {xs}.count({self.int_()}))"])]
        if r < 0.82:
            if not self.vars["dict"] or self.rng.random() < 0.3:
                line = f"{{{self.str_(2)}: {self.int_(2)}}}"
                name = self.fresh("dict")
                self.vars["dict"].append(name)
                return [f"{p}{name}: dict[str, int] = {line}"]
            dd = self.pick(self.vars["dict"])
            return [self.pick([f"{p}{dd}[{self.str_()}] = {self.int_()}", f"{p}print({dd}[{self.str_()}])",
                               f"{p}print(sorted({dd}.items()))", f"{p}print({dd}.pop({self.str_()}, -1))",
                               f"{p}del {dd}[{self.str_()}]", f"{p}print(len({dd}), {self.str_()} in {dd})"])]
        if r < 0.86:
            if not self.vars["set"] or self.rng.random() < 0.3:
                line = f"{{{self.int_(2)}, {self.int_(2)}}}"
                name = self.fresh("set")
                self.vars["set"].append(name)
                return [f"{p}{name}: set[int] = {line}"]
            ss = self.pick(self.vars["set"])
            return [self.pick([f"{p}{ss}.add({self.int_()})", f"{p}{ss}.discard({self.int_()})",
                               f"{p}print(sorted({ss}), len({ss}))", f"{p}{ss}.remove({self.int_()})"])]
        if r < 0.92:
            return [f"{p}print(shape_area({self.pick(['Square', 'Rect'])}({self.int_(2)}, {self.int_(2)})))"]
        if r < 0.94:
            return [f"{p}if {self.bool_()}:", f"{p}    raise {self.pick(['ValueError', 'KeyError', 'RuntimeError'])}"
                                                f"({self.str_(2)})"]
        if r < 0.955:
            self.n += 1
            t, x, y = f"t{self.n}", f"x{self.n}", f"y{self.n}"
            lines = [f"{p}{t}: tuple[int, str] = ({self.int_(2)}, {self.str_(2)})", f"{p}{x}, {y} = {t}",
                     f"{p}print({t}, {t}[0] + {x}, {y} == {t}[1], {t} < ({self.int_(2)}, {y}))"]
            self.vars["int"].append(x)
            self.vars["str"].append(y)
            return lines
        if r < 0.97:
            self.n += 1
            o = f"o{self.n}"
            return [f"{p}{o}: int | None = None if {self.bool_(2)} else {self.int_(2)}",
                    f"{p}if {o} is not None:", f"{p}    print({o} + {self.int_(2)}, divmod({o}, 7))",
                    f"{p}else:", f"{p}    print('none', {o})"]
        if r < 0.98 and depth < 3:
            self.n += 1
            i = f"j{self.n}"
            return [f"{p}for {i} in range({self.rng.randint(1, 6)}):",
                    f"{p}    if {i} == {self.rng.randint(0, 4)}:", f"{p}        {self.pick(['break', 'continue'])}",
                    f"{p}    print({i}, {self.str_(2)})"]
        if r < 0.985:
            return [self.pick([
                f"{p}print(sum(countdown({self.int_(2)} % 50)), list(countdown({self.int_(2)} % 20)))",
                f"{p}print(make_adder({self.int_(2)})({self.int_(2)}))",
                f"{p}print({{Point({self.int_(2)}, 1): 'p'}}.get(Point({self.int_(2)}, 1), 'none'), Point(a, b))",
                f"{p}if {self.bool_(2)}:\n{p}    raise AppError({self.int_(2)})",
            ])]
        if r < 0.99:
            return [f"{p}print(round({self.float_(2)}, {self.rng.randint(0, 4)}), f'{{{self._unquoted(self.int_(2))}:>8}}|"
                    f"{{{self._unquoted(self.int_(2))}:,}}|{{{self._unquoted(self.float_(2))}:e}}')"]
        return [f"{p}print(helper({self.int_()}, {self.str_()}))"]

    def program(self) -> str:
        head = [
            "from dataclasses import dataclass",
            "from typing import Callable, Iterator",
            "",
            "from py4 import i32, i64, u8",
            "",
            "",
            "class AppError(ValueError):",
            "    def __init__(self, code: int) -> None:",
            "        super().__init__(f'code {code}')",
            "        self.code = code",
            "",
            "",
            "@dataclass(frozen=True)",
            "class Point:",
            "    x: int",
            "    y: int",
            "",
            "",
            "def countdown(n: int) -> Iterator[int]:",
            "    while n > 0:",
            "        yield n",
            "        n -= 3",
            "",
            "",
            "def make_adder(k: int) -> Callable[[int], int]:",
            "    def add(v: int) -> int:",
            "        return v + k",
            "    return add",
            "",
            "",
            "class Shape:",
            "    def __init__(self, a: int, b: int) -> None:",
            "        self.a = a",
            "        self.b = b",
            "",
            "    def area(self) -> int:",
            "        return self.a * self.b",
            "",
            "",
            "class Rect(Shape):",
            "    pass",
            "",
            "",
            "class Square(Shape):",
            "    def area(self) -> int:",
            "        return self.a * self.a - self.b % 3",
            "",
            "",
            "def shape_area(s: Shape) -> int:",
            "    return s.area()",
            "",
            "",
            "def helper(n: int, s: str) -> str:",
            "    if n % 3 == 0:",
            "        raise ValueError(f'bad {n}')",
            "    return s * (n % 4) + str(n // 7)",
            "",
        ]
        parts: list[str] = []
        for k in range(self.rng.randint(1, 3)):
            self.vars = {key: [] for key in self.vars}
            self.vars["int"] = ["a", "b"]
            self.vars["str"] = ["s"]
            body = self.stmts(4, self.rng.randint(2, 8))
            parts += ["", f"def f{k}(a: int, b: int, s: str) -> int:", *body, "    return a + b", ""]
        calls = []
        for k in range(len([x for x in parts if x.startswith("def f")])):
            args = f"({self.pick(INT_EDGES)}), ({self.pick(INT_EDGES)}), {self.pick(STR_EDGES)}"
            if self.rng.random() < 0.8:
                calls += ["    try:", f"        print('f{k} ->', f{k}({args}))", "    except Exception as e:",
                          "        print('f" + str(k) + " raised', type(e).__name__, e)"]
            else:
                calls.append(f"    print(f{k}({args}))")  # may end the program with an exception
        return "\n".join([*head, *parts, "", "def main() -> None:", *(calls or ["    pass"]), "", "", "main()", ""])


def generate(rng: random.Random) -> str:
    return Gen(rng).program()


def run_program(source: str, workdir: str) -> str | None:
    """Build and run one generated program; a description of the disagreement, or None."""
    from py4c.driver import BuildOptions, build_executable

    path = os.path.join(workdir, "gen.py")
    with open(path, "w", encoding="utf-8") as f:
        f.write(source)
    exe = os.path.join(workdir, "gen")
    try:
        build_executable(path, exe, BuildOptions())
    except CompileError as e:
        return "py4c rejected a generated program:\n" + "\n".join(render(d) for d in e.diagnostics)
    from tests.fuzzing import differential

    problem = differential(path, exe, workdir)
    return None if problem is None else f"{problem[0]}: {problem[1]}"


def run_generated(seed: int, count: int) -> tuple[int, list["Finding"]]:
    """count generated programs from seed, for the unbounded session."""
    from tests.fuzzing import Finding

    rng = random.Random(seed)
    findings = []
    with tempfile.TemporaryDirectory() as workdir:
        for _ in range(count):
            src = generate(rng)
            problem = run_program(src, workdir)
            if problem is not None:
                findings.append(Finding("differs on a generated program", problem, src.encode(), "generated",
                                        os.path.join(workdir, "gen.py")))
    return count, findings
