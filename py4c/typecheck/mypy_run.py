"""Run mypy on the real source and turn its report into py4c diagnostics.

Phase: typecheck. Input: source paths. Output: `Diagnostic`s (mypy objects never leave
this package). mypy is run in-process through `mypy.api` with the strictness py4
requires (every def annotated, no implicit Any) and with py4c's mypy plugin, which
adds the py4 contract checks that mypy's own rules miss. Its incremental cache lives in
the py4c cache directory, so a re-check of an unchanged program is fast.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import tempfile

from py4c.diagnostics import Diagnostic, ERROR, NOTE, WARNING
from py4c.frontend.ast import Span
from py4c.paths import cache_dir

# file:line:col:end_line:end_col: severity: message  [code]
_LINE = re.compile(
    r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+):(?:(?P<eline>\d+):(?P<ecol>\d+):)?"
    r" (?P<sev>error|note|warning): (?P<msg>.*?)(?:  \[(?P<code>[a-z0-9-]+)\])?$"
)

_FLAGS = [
    "--strict",
    "--show-column-numbers",
    "--show-error-end",
    "--show-error-codes",
    "--no-error-summary",
    "--hide-error-context",
    "--no-pretty",
    "--no-color-output",
    "--disallow-any-explicit",
    # a local that may be unassigned where it is read is rejected: CPython raises
    # UnboundLocalError there, compiled code has no unbound state for a local
    "--enable-error-code", "possibly-undefined",
    "--follow-imports=silent",
]


def _config_file() -> str:
    path = os.path.join(cache_dir(), "mypy.ini")
    text = "[mypy]\nplugins = py4c.mypy_plugin\n"
    try:
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return path
    except OSError:
        pass
    os.makedirs(os.path.dirname(path), exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path))
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)
    return path


def _py4_root() -> list[str]:
    """Where the `py4` package lives, when mypy cannot find it by itself: an editable
    install puts an import hook in site-packages, which mypy does not follow."""
    import py4

    root = os.path.dirname(os.path.dirname(os.path.abspath(py4.__file__)))
    return [] if os.path.basename(root) in ("site-packages", "dist-packages") else [root]


def run_mypy(paths: list[str]) -> list[Diagnostic]:
    """Type-check `paths` (absolute) with mypy; return its errors and notes as diagnostics."""
    from mypy import api  # imported late: it is the slowest import of py4c

    # mypy's incremental cache is keyed by module name: programs in different folders may
    # share a module name (`t.py`), so each folder gets its own cache.
    folder = hashlib.sha256(os.path.dirname(os.path.abspath(paths[0])).encode()).hexdigest()[:16] if paths else "none"
    args = _FLAGS + [
        "--config-file", _config_file(),
        "--cache-dir", os.path.join(cache_dir(), "mypy-cache", folder),
        "--python-version", f"{sys.version_info.major}.{sys.version_info.minor}",
        "--python-executable", sys.executable,
    ] + paths
    # the program's own modules are found next to its entry file, as CPython finds them
    # (and not through packages of the folders above it)
    old = os.environ.get("MYPYPATH")
    os.environ["MYPYPATH"] = os.pathsep.join(
        ([os.path.dirname(os.path.abspath(paths[0]))] if paths else []) + _py4_root())
    try:
        stdout, stderr, status = api.run(args)
    finally:
        if old is None:
            del os.environ["MYPYPATH"]
        else:
            os.environ["MYPYPATH"] = old
    diags: list[Diagnostic] = []
    for raw in stdout.splitlines():
        m = _LINE.match(raw)
        if m is None:
            continue
        path = os.path.abspath(m["path"])
        line, col = int(m["line"]), int(m["col"])
        eline = int(m["eline"]) if m["eline"] else line
        ecol = int(m["ecol"]) + 1 if m["ecol"] else col + 1
        sev = {"error": ERROR, "warning": WARNING}.get(m["sev"], NOTE)
        code = m["code"] or ("note" if sev == NOTE else "misc")
        hint = _HINTS.get(code)
        diags.append(Diagnostic(sev, code, Span(path, line, col, eline, ecol), m["msg"], (hint,) if hint else ()))
    if status == 2 and not diags:
        # mypy itself failed (bad config, crash): report it as one diagnostic.
        where = Span(paths[0] if paths else "<mypy>", 1, 1, 1, 2)
        detail = (stderr or stdout).strip().splitlines()
        diags.append(Diagnostic(ERROR, "mypy", where,
                                "mypy could not check the program: " + (detail[-1] if detail else "unknown failure")))
    return _attach_notes(diags)


# What to write instead, for the mypy codes py4 turns on beyond mypy's defaults.
_HINTS = {
    "possibly-undefined": "py4 needs every local assigned on every path before it is read (CPython raises "
                          "UnboundLocalError where it is not); assign it a value before the branch or loop",
}


def _attach_notes(diags: list[Diagnostic]) -> list[Diagnostic]:
    """Fold mypy's notes into the preceding error at the same place, as hints."""
    out: list[Diagnostic] = []
    for d in diags:
        if d.severity == NOTE and out and out[-1].span.path == d.span.path and out[-1].span.line == d.span.line:
            prev = out[-1]
            out[-1] = Diagnostic(prev.severity, prev.code, prev.span, prev.message, prev.notes + (d.message,))
        else:
            out.append(d)
    return out
