"""Extension-module boundary: memory on every call path (valid and raising), and one
test per gap a review of ext_runtime/ found (each failed before its fix). The module
under test is tests/ext_fuzz_module.py's, compiled and imported by its `mods` fixture."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
import textwrap
from types import SimpleNamespace
from typing import Any

import pytest

from tests.differential import ROOT
from tests.ext_fuzz_module import NAME, mods  # noqa: F401 - the fixture


# ---------------------------------------------------------------- memory

LEAK_SCRIPT = r'''
import resource, sys
from tests.ext_driver import load_compiled
m = load_compiled(sys.argv[1], sys.argv[2])

def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize()

class NoIter(list):
    def __iter__(self):
        raise RuntimeError("no iteration")

P = m.Point
acct = m.Account("bob")
no_iter = NoIter([1, 2])
VALID = [
    lambda i: m.int_mix(i, -7),
    lambda i: m.dict_map({"a": 1.5, "é": float(i)}),
    lambda i: m.pairs([(1, 2.0), (i, 4.5)]),
    lambda i: m.open_account("bob", [1, 2]).summary(),
    lambda i: m.centroid([P(1, 2.0), P(i, 4.0)]),
    lambda i: m.text("héllo\ud800", 2),
    lambda i: m.shape(1, c=2.0, d=True),
    lambda i: m.richest([acct, m.Account("x", 5)]),
]
INVALID = [  # (call, exception class)
    (lambda i: m.list_stats([1, 2, "x"]), TypeError),
    (lambda i: m.dict_get({"a": 1.0, "b": "x"}, "a"), TypeError),
    (lambda i: m.pairs([(1, 2.0), (1, 2.0, 3)]), TypeError),
    (lambda i: m.int_mix(2**64, 1), OverflowError),
    (lambda i: m.list_stats([1, 2**70]), OverflowError),
    (lambda i: m.dict_get({"a": 1.0}, "zz"), KeyError),
    (lambda i: acct.deposit(-5), ValueError),
    (lambda i: m.shape(1), TypeError),
    (lambda i: m.shape(1, zz=2, d=True), TypeError),
    (lambda i: m.tup((1, 2)), TypeError),
    (lambda i: m.set_ops(frozenset({1, "a"}), 1), TypeError),
    (lambda i: m.centroid([]), ValueError),
    (lambda i: m.centroid([P(1, 2.0), "p"]), TypeError),
    (lambda i: m.int_div(i, 0), ZeroDivisionError),
    (lambda i: m.Account(7), TypeError),
    (lambda i: m.list_stats(no_iter), RuntimeError),
]

def run(n, valid, invalid):
    for i in range(n):
        if i % 2 and invalid:
            f, exc = invalid[(i // 2) % len(invalid)]
            try:
                f(i)
            except exc:
                pass
            else:
                raise SystemExit(f"no {exc.__name__} from invalid call #{(i // 2) % len(invalid)}")
        elif valid:
            valid[(i // 2) % len(valid)](i)

run(40_000, VALID, INVALID)  # warm-up: arenas, caches, the traceback code cache
before = rss()
run(200_000, VALID, INVALID)
print("mixed", rss() - before)
# each path on its own (a leak of ~100 bytes per call in one of 16 error paths stays
# under 4 MiB in the mixed loop): 50,000 calls after a warm-up
for k, case in enumerate(VALID):
    run(4_000, [case], [])
    b = rss()
    run(100_000, [case], [])
    print(f"valid#{k}", rss() - b)
for k, case in enumerate(INVALID):
    run(8_000, [], [case])
    b = rss()
    run(100_000, [], [case])
    print(f"invalid#{k}", rss() - b)
'''


def test_mixed_calls_keep_memory_flat(mods: SimpleNamespace) -> None:
    """200,000 calls, every other one raising (bad arguments at the boundary, binding
    errors, exceptions of compiled code): RSS flat after warm-up; then each call path
    alone for 50,000 calls, to name a path that leaks."""
    p = subprocess.run([sys.executable, "-c", LEAK_SCRIPT, mods.src, mods.build], capture_output=True, text=True,
                       cwd=ROOT, timeout=300, env={**os.environ, "PYTHONPATH": ROOT})
    assert p.returncode == 0, p.stdout + p.stderr
    growth = {k: int(v) for k, v in (line.split() for line in p.stdout.splitlines())}
    mixed = growth.pop("mixed")
    assert mixed < 4 << 20, f"RSS grew by {mixed >> 10} KiB over 200,000 calls"
    leaks = {k: f"{v >> 10} KiB" for k, v in growth.items() if v >= 1 << 20}
    assert not leaks, f"RSS growth over 50,000 calls of one path (see LEAK_SCRIPT): {leaks}"


# ---------------------------------------------------------------- gaps found by review


def test_print_keeps_lone_surrogates(mods: SimpleNamespace) -> None:
    """ext.c write_hook decodes compiled output with "surrogateescape": a lone surrogate
    printed by compiled code reaches sys.stdout as three escaped bytes."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        mods.compiled.shout("a\ud800b")
    assert out.getvalue() == "a\ud800b\n"


def test_print_to_closed_stdout_raises(mods: SimpleNamespace) -> None:
    """ext.c write_hook clears every error of sys.stdout.write: output is lost silently."""
    s = io.StringIO()
    s.close()
    with contextlib.redirect_stdout(s), pytest.raises(ValueError, match="closed file"):
        mods.compiled.shout("x")


def test_keyword_with_nul_is_unexpected(mods: SimpleNamespace) -> None:
    """ext.c bind() compares keyword names as C strings: "a\\0junk" binds parameter 'a'."""
    with pytest.raises(TypeError, match="unexpected keyword argument"):
        mods.compiled.int_mix(1, **{"b\x00junk": 2})


def test_keyword_with_lone_surrogate_is_unexpected(mods: SimpleNamespace) -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument"):
        mods.compiled.int_mix(1, **{"\ud800": 2})


def test_index_errors_propagate(mods: SimpleNamespace) -> None:
    """ext.c long_in() replaces any exception of __index__ (even KeyboardInterrupt) by a TypeError."""
    class Stop:
        def __index__(self) -> int:
            raise KeyboardInterrupt("stop")

    with pytest.raises(KeyboardInterrupt):
        mods.compiled.int_mix(Stop(), 1)


def test_user_ne_is_used(mods: SimpleNamespace) -> None:
    """ext.c x_richcompare answers != as `not __eq__`, ignoring the class's own __ne__."""
    assert (mods.interp.Tag(1) != mods.interp.Tag(1)) is True
    assert (mods.compiled.Tag(1) != mods.compiled.Tag(1)) is True


def test_plain_repr_names_the_module(mods: SimpleNamespace) -> None:
    assert repr(mods.compiled.Account("a")).startswith(f"<{NAME}.Account object at 0x")


def test_unsupported_operation_keeps_its_class(mods: SimpleNamespace, tmp_path: Any) -> None:
    """ext.c builtin_exc() has no case for PY4C_EXC_UnsupportedOperation: it arrives as Exception."""
    import io as _io
    f = tmp_path / "ro.txt"
    f.write_text("r")
    with pytest.raises(_io.UnsupportedOperation, match="not writable"):
        mods.compiled.read_only_write(str(f))


def test_empty_message_keeps_args(mods: SimpleNamespace) -> None:
    """raise ValueError("") in compiled code arrives with args () instead of ('',) (ext.c HELPERS _make)."""
    with pytest.raises(ValueError) as a:
        mods.interp.fail("")
    with pytest.raises(ValueError) as b:
        mods.compiled.fail("")
    assert a.value.args == b.value.args == ("",)


def _child(mods: SimpleNamespace, code: str) -> subprocess.CompletedProcess[str]:
    script = (f"from tests.ext_driver import load_compiled\nSRC, BUILD = {mods.src!r}, {mods.build!r}\n"
              "m = load_compiled(SRC, BUILD)\n" + code)
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={**os.environ, "PYTHONPATH": ROOT})


@pytest.mark.parametrize("field", ["label", "marks"])
def test_unset_field_is_attribute_error(mods: SimpleNamespace, field: str) -> None:
    """ext.c field_get() converts a field __init__ never assigned (a NULL slot): a crash."""
    p = _child(mods, textwrap.dedent(f"""\
        try:
            m.Sketch(False).{field}
        except AttributeError as e:
            print("AttributeError", e)
        """))
    assert p.returncode == 0, f"exit status {p.returncode}\n{p.stderr[-2000:]}"
    assert p.stdout == f"AttributeError 'Sketch' object has no attribute '{field}'\n"


def test_reimported_module_still_sets_globals(mods: SimpleNamespace) -> None:
    """A second import of the .so (sys.modules entry removed) gets a copy of the first
    module's dict without the module subclass that forwards `m.calls = v` to compiled code."""
    p = _child(mods, textwrap.dedent("""\
        import sys
        sys.modules.pop(m.__name__, None)
        m2 = load_compiled(SRC, BUILD)
        m2.calls = 100
        print(m2.count_calls())
        """))
    assert p.returncode == 0, p.stderr[-2000:]
    assert p.stdout == "101\n"
