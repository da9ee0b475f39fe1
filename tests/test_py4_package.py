"""Tests of the `py4` support package: the checked value integers, the stub mypy
reads, and the checked run (`python -m py4 prog.py`) as a subprocess."""

from __future__ import annotations

import operator
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any, Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import py4
from py4 import i32, i64, u8

KINDS: dict[str, tuple[type[int], int, int]] = {
    "i64": (i64, -(2**63), 2**63 - 1),
    "i32": (i32, -(2**31), 2**31 - 1),
    "u8": (u8, 0, 255),
}
REPO = Path(py4.__file__).resolve().parent.parent


def in_range(kind: str) -> st.SearchStrategy[int]:
    _, lo, hi = KINDS[kind]
    edges = [lo, lo + 1, hi - 1, hi, 0, 1, 2]
    return st.one_of(st.sampled_from([e for e in edges if lo <= e <= hi]), st.integers(lo, hi),
                     st.integers(max(lo, -300), min(hi, 300)))


def around(kind: str) -> st.SearchStrategy[int]:
    _, lo, hi = KINDS[kind]
    return st.one_of(in_range(kind), st.sampled_from([lo - 1, hi + 1, lo - 2**64, hi + 2**64]),
                     st.integers(lo - 2**40, lo), st.integers(hi, hi + 2**40))


def overflow(kind: str) -> Any:
    return pytest.raises(OverflowError, match=f"^value out of range for {kind}$")


def expect(kind: str, exact: Callable[[], int], actual: Callable[[], Any]) -> None:
    """actual() equals exact() as the kind when in range, else raises what it must."""
    cls, lo, hi = KINDS[kind]
    try:
        want = exact()
    except (ZeroDivisionError, ValueError) as e:
        with pytest.raises(type(e)) as got:
            actual()
        assert str(got.value) == str(e)
        return
    if lo <= want <= hi:
        r = actual()
        assert type(r) is cls and r == want
    else:
        with overflow(kind):
            actual()


# ---------------------------------------------------------------- construction


@pytest.mark.parametrize("kind", KINDS)
@given(data=st.data())
def test_construction(kind: str, data: st.DataObject) -> None:
    cls, lo, hi = KINDS[kind]
    v = data.draw(around(kind))
    for arg in (v, str(v)):
        if lo <= v <= hi:
            x = cls(arg)
            assert type(x) is cls and x == v and repr(x) == repr(v) and str(x) == str(v)
            assert hash(x) == hash(v) and f"{x:>25}" == f"{v:>25}" and cls(x) is x
        else:
            with overflow(kind):
                cls(arg)


def test_construction_forms() -> None:
    assert i64() == 0 and i64(True) == 1 and i64(3.9) == 3 and i64(-3.9) == -3
    assert i64("ff", 16) == 255 and i64(" 12 ") == 12 and type(i32(i64(7))) is i32
    assert list(range(i64(3))) == [0, 1, 2] and [0] * u8(2) == [0, 0] and "ab"[i32(1)] == "b"
    with overflow("i64"):
        i64(2.0**63)
    with overflow("u8"):
        u8(-1)
    with pytest.raises(ValueError):
        i64("x")
    assert repr(type(i64(1))) == "<class 'py4.i64'>" and i64.__slots__ == ()


# ---------------------------------------------------------------- arithmetic

BINARY: dict[str, Callable[[Any, Any], Any]] = {
    "+": operator.add, "-": operator.sub, "*": operator.mul, "//": operator.floordiv, "%": operator.mod,
    "&": operator.and_, "|": operator.or_, "^": operator.xor, ">>": operator.rshift,
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("op", BINARY)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_binary(kind: str, op: str, data: st.DataObject) -> None:
    cls, lo, hi = KINDS[kind]
    f = BINARY[op]
    a, b = data.draw(in_range(kind)), data.draw(in_range(kind))
    expect(kind, lambda: f(a, b), lambda: f(cls(a), cls(b)))
    # An int operand mixes as the kind (converted, with the range check, first).
    c = data.draw(around(kind))
    if lo <= c <= hi:
        expect(kind, lambda: f(a, c), lambda: f(cls(a), c))
        expect(kind, lambda: f(c, a), lambda: f(c, cls(a)))
    else:
        with overflow(kind):
            f(cls(a), c)
        with overflow(kind):
            f(c, cls(a))


def lshift(x: int, n: int) -> int:
    """x << n, except that a count too large for any kind gives just some huge value."""
    return x << min(n, 200)


@pytest.mark.parametrize("kind", KINDS)
@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_shift_and_pow(kind: str, data: st.DataObject) -> None:
    cls, lo, hi = KINDS[kind]
    a = data.draw(in_range(kind))
    n = data.draw(st.integers(max(lo, -3), min(hi, 80)))
    expect(kind, lambda: lshift(a, n), lambda: cls(a) << cls(n))
    expect(kind, lambda: lshift(n, a), lambda: n << cls(a))
    if n < 0:
        with pytest.raises(ValueError, match=rf"^py4c: {kind} \*\* negative int gives a float; write float\(x\) \*\* n$"):
            cls(a) ** n
    else:
        expect(kind, lambda: a**n, lambda: cls(a) ** n)
        expect(kind, lambda: a**n, lambda: a ** cls(n))


@pytest.mark.parametrize("kind", KINDS)
@given(data=st.data())
def test_unary_divmod_truediv(kind: str, data: st.DataObject) -> None:
    cls, lo, hi = KINDS[kind]
    a, b = data.draw(in_range(kind)), data.draw(in_range(kind))
    expect(kind, lambda: -a, lambda: -cls(a))
    expect(kind, lambda: ~a, lambda: ~cls(a))
    expect(kind, lambda: abs(a), lambda: abs(cls(a)))
    assert type(+cls(a)) is cls and +cls(a) == a
    expect(kind, lambda: divmod(a, b)[0], lambda: divmod(cls(a), cls(b))[0])
    expect(kind, lambda: divmod(a, b)[1], lambda: divmod(cls(a), cls(b))[1])
    if b != 0:
        assert cls(a) / cls(b) == a / b and type(cls(a) / b) is float
    assert cls(a) + 0.5 == a + 0.5 and 0.5 * cls(a) == 0.5 * a and type(cls(b) * 1.0) is float
    assert (cls(a) < cls(b)) == (a < b) and (cls(a) == b) == (a == b) and bool(cls(a)) == bool(a)


def test_exact_messages_and_edges() -> None:
    m = -(2**63)
    with overflow("i64"):
        i64(m) // -1
    with overflow("i64"):
        abs(i64(m))
    with overflow("i64"):
        i64(2) ** 10**18  # no huge intermediate result
    with overflow("i64"):
        i64(1) << 10**18
    with overflow("u8"):
        u8(0) - 1
    with overflow("i32"):
        i32(1) + 2**40  # the int operand is converted first
    assert i64(m) % -1 == 0 and i64(0) << 10**18 == 0 and i64(-1) ** 10**18 == 1
    with pytest.raises(ZeroDivisionError, match="^integer division or modulo by zero$"):
        i64(1) // 0
    with pytest.raises(ZeroDivisionError, match="^integer modulo by zero$"):
        i64(1) % i64(0)
    with pytest.raises(ZeroDivisionError, match="^division by zero$"):
        i64(1) / 0
    with pytest.raises(ValueError, match="^negative shift count$"):
        i64(1) >> -1
    with pytest.raises(ValueError, match=r"^py4c: i64 \*\* negative int gives a float"):
        2 ** i64(-1)
    # Mixing two value types converts to the left operand's type.
    assert type(i64(5) + i32(1)) is i64 and type(i32(1) + i64(5)) is i32
    with overflow("i32"):
        i32(1) + i64(2**40)
    assert type(pow(i64(3), 2, 5)) is i64 and pow(i64(3), 2, 5) == 4


# ---------------------------------------------------------------- the stub, under mypy

GOOD = """\
from py4 import i64, i32, u8
x: i64 = 0
y = x + 1
reveal_type(y)
z: i32 = i32(x)
b: u8 = 255
def f(n: i64) -> i64:
    return n * 2 + x
"""
BAD = """\
from py4 import i64, i32
x: i64 = 0
z: i32 = 1
w = x + z
"""


def run_mypy(path: Path, tmp: Path) -> tuple[str, int]:
    from mypy import api

    ini = tmp / "mypy.ini"
    ini.write_text(f"[mypy]\nmypy_path = {REPO}\ncache_dir = {tmp / 'cache'}\n")
    out, err, status = api.run(["--strict", "--config-file", str(ini), "--no-error-summary", str(path)])
    return out + err, status


def test_stub_under_mypy(tmp_path_factory: pytest.TempPathFactory) -> None:
    tmp = tmp_path_factory.mktemp("mypy")
    (tmp / "good.py").write_text(GOOD)
    (tmp / "bad.py").write_text(BAD)
    out, status = run_mypy(tmp / "good.py", tmp)
    assert out.strip().endswith('note: Revealed type is "mypy_extensions.i64"'), out
    assert status == 0, out
    out, status = run_mypy(tmp / "bad.py", tmp)
    assert status == 1 and "bad.py:4: error: Unsupported operand types for +" in out, out


# ---------------------------------------------------------------- the checked run


def checked(tmp_path: Path, source: str, *args: str, plain: bool = False,
            files: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    (tmp_path / "prog.py").write_text(textwrap.dedent(source))
    for name, text in (files or {}).items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(textwrap.dedent(text))
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    cmd = [sys.executable, *([] if plain else ["-m", "py4"]), "prog.py", *args]
    return subprocess.run(cmd, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)


def test_parameter_overflow(tmp_path: Path) -> None:
    r = checked(tmp_path, """\
        from py4 import i64

        def f(n: i64) -> i64:
            return n

        print(f(2**63 - 1))
        print(f(2**63))
        """)
    assert r.returncode == 1 and r.stdout == "9223372036854775807\n"
    assert r.stderr.startswith("Traceback (most recent call last):\n")
    assert r.stderr.endswith("OverflowError: value out of range for i64\n")
    assert "py4" + os.sep not in r.stderr and "runpy" not in r.stderr, r.stderr  # no frames of py4 itself


def test_loop_overflow_line(tmp_path: Path) -> None:
    # The accumulator is an i64 only by its annotation: plain CPython never overflows.
    source = """\
        from mypy_extensions import i64 as I

        def power(base: int, n: int) -> int:
            acc: I = 1
            for _ in range(n):
                acc *= base
            return acc

        print(power(3, 10))
        print(power(3, 40))
        """
    r = checked(tmp_path, source)
    assert r.returncode == 1 and r.stdout == "59049\n"
    assert r.stderr.endswith("OverflowError: value out of range for i64\n")
    frames = [ln.strip() for ln in r.stderr.splitlines() if ln.strip().startswith("File ")]
    assert frames[-1].endswith(", line 6, in power"), r.stderr
    plain = checked(tmp_path, source, plain=True)
    assert plain.returncode == 0 and plain.stdout == f"59049\n{3**40}\n"


def test_same_output_as_plain_python(tmp_path: Path) -> None:
    source = """\
        \"\"\"A program that never overflows prints the same under both runs.\"\"\"
        from __future__ import annotations
        import sys
        import py4
        from py4 import i64, u8
        from helpers.mathx import fib

        total: py4.i32 = 0
        def mean(xs: list[int], scale: "i64") -> float:
            s: i64 = 0
            for x in xs:
                s += x * scale
            return s / len(xs)

        for k in range(10):
            total += fib(k)
        b: u8 = 250
        b = b + 5
        print(total, mean([1, 2, 3, 4], 3), b, f"{b:>6}|{i64(-7):x}", repr(i64(5)), sys.argv[1:])
        """
    helpers = {"helpers/__init__.py": "", "helpers/mathx.py": """\
        from py4 import i64

        def fib(n: i64) -> i64:
            a: i64 = 0
            b: i64 = 1
            for _ in range(n):
                a, b = b, a + b
            return a
        """}
    r = checked(tmp_path, source, "x", "-y", files=helpers)
    plain = checked(tmp_path, source, "x", "-y", plain=True)
    assert (r.returncode, r.stdout, r.stderr) == (plain.returncode, plain.stdout, plain.stderr) == (
        0, "88 7.5 255    255|-7 5 ['x', '-y']\n", "")


def test_imported_module_is_checked(tmp_path: Path) -> None:
    r = checked(tmp_path, """\
        import helper
        print(helper.double(100))
        print(helper.double(200))
        """, files={"helper.py": """\
        from py4 import u8

        def double(x: u8) -> u8:
            return x * 2
        """})
    assert r.returncode == 1 and r.stdout == "200\n"
    assert "helper.py\", line 4, in double" in r.stderr and r.stderr.endswith("value out of range for u8\n")


def test_argv_path_and_exit_status(tmp_path: Path) -> None:
    r = checked(tmp_path, """\
        import sys, os
        print(sys.argv, sys.path[0] == os.path.dirname(os.path.realpath(__file__)), __name__)
        sys.exit(int(sys.argv[1]))
        """, "3", "a b")
    assert r.returncode == 3 and r.stdout == "['prog.py', '3', 'a b'] True __main__\n"
    r = checked(tmp_path, "raise KeyError('k')\n")
    assert r.returncode == 1 and r.stderr.endswith("KeyError: 'k'\n")
    assert r.stderr == checked(tmp_path, "raise KeyError('k')\n", plain=True).stderr


def test_usage(tmp_path: Path) -> None:
    for args in ([], ["--help"]):
        r = subprocess.run([sys.executable, "-m", "py4", *args], cwd=tmp_path, capture_output=True, text=True,
                           env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=60)
        assert r.returncode == 2 and r.stderr.startswith("usage: python -m py4 prog.py [args...]")


def test_rewrite_forms() -> None:
    import ast

    from py4.checked import rewrite

    source = textwrap.dedent("""\
        import py4, mypy_extensions as me
        from py4 import i64 as I
        from typing import Final
        n: me.i32 = 0
        K: Final[py4.u8] = 1
        def f(a: "I", *, b: py4.u8 = 3) -> I:
            '''doc'''
            global n
            n += 1
            t: I = a
            x, t = 1, 2
            for t in range(3):
                pass
            if (t := t + 1):
                pass
            return me.i64(t)
        class C:
            f: I = 5
        """)
    out = ast.unparse(rewrite(ast.parse(source)))
    for line in ["n: me.i32 = __py4_i32__(0)", "K: Final[py4.u8] = __py4_u8__(1)",
                 "'''doc'''\n    a = __py4_i64__(a)\n    b = __py4_u8__(b)", "n = __py4_i32__(n + 1)",
                 "t: I = __py4_i64__(a)", "x, t = (1, 2)\n    t = __py4_i64__(t)",
                 "for t in range(3):\n        t = __py4_i64__(t)", "(t := __py4_i64__(t + 1))",
                 "return __py4_i64__(__py4_i64__(t))", "f: I = 5"]:
        assert line.replace("'''", '"""') in out, (line, out)
