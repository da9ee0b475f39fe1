"""The C runtime (compiled once per target and cached) and the final link.

Phase: codegen (link). Input: an object file for the program. Output: an executable.
The runtime archive is keyed by a hash of its sources, the toolchain, the target and
the flags, so it is built once per machine and target (its files compiled in
parallel); the host link goes through the system `cc`, a cross link through the
target's toolchain (targets.py): `zig cc` or a `<triple>-gcc`. musl targets link static.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from importlib import resources

from py4c.codegen.targets import Target, Toolchain, find_toolchain, host_target
from py4c.paths import cache_dir

RUNTIME_CFLAGS = ["-O2", "-fPIC", "-std=gnu11", "-fno-strict-aliasing", "-ffp-contract=off",
                  "-Wall", "-Wno-unused-function"]


class LinkError(Exception):
    pass


SANITIZERS = {"address": ["-fsanitize=address", "-fno-omit-frame-pointer", "-g"]}


def sanitize_flags() -> list[str]:
    """PY4C_SANITIZE=address builds the runtime with AddressSanitizer (and links its
    runtime): out-of-bounds accesses, use after free and leaks in the C runtime are
    reported when the program runs. Host builds only."""
    name = os.environ.get("PY4C_SANITIZE", "")
    if not name:
        return []
    if name not in SANITIZERS:
        raise LinkError(f"PY4C_SANITIZE={name} is not supported; use PY4C_SANITIZE=address")
    return SANITIZERS[name]


def find_cc() -> str:
    for name in (os.environ.get("CC", ""), "cc", "gcc", "clang"):
        if name and shutil.which(name):
            return name
    raise LinkError("no C compiler found: install one (Debian: apt-get install gcc) or set CC")


def runtime_sources() -> dict[str, bytes]:
    root = resources.files("py4c.runtime")
    out: dict[str, bytes] = {}
    for entry in root.iterdir():
        if entry.name.endswith((".c", ".h")):
            out[entry.name] = entry.read_bytes()
    return dict(sorted(out.items()))


def runtime_archive(tc: Toolchain, target: Target | None = None) -> str:
    """Path of the runtime archive for the target (default: the host), built on first use."""
    target = target or host_target()
    sources = runtime_sources()
    h = hashlib.sha256()
    for name, data in sources.items():
        h.update(name.encode() + b"\0" + data + b"\0")
    cflags = [*RUNTIME_CFLAGS, *sanitize_flags()]
    h.update(" ".join([*tc.cc, *cflags, target.name]).encode())
    h.update(_cc_version(tc).encode())
    key = h.hexdigest()[:20]
    out_dir = os.path.join(cache_dir(), "runtime", key)
    archive = os.path.join(out_dir, "libpy4crt.a")
    if os.path.exists(archive):
        return archive
    os.makedirs(os.path.dirname(out_dir), exist_ok=True)
    work = tempfile.mkdtemp(dir=os.path.dirname(out_dir))
    try:
        for name, data in sources.items():
            with open(os.path.join(work, name), "wb") as f:
                f.write(data)
        jobs = [(os.path.join(work, n), os.path.join(work, n[:-2] + ".o")) for n in sources if n.endswith(".c")]
        with ThreadPoolExecutor(max_workers=max(1, min(len(jobs), os.cpu_count() or 1))) as pool:
            for _ in pool.map(lambda j: _run([*tc.cc, *cflags, "-c", j[0], "-o", j[1]], tc), jobs):
                pass
        _run([*tc.ar, "rcs", os.path.join(work, "libpy4crt.a"), *(o for _, o in jobs)], tc)
        try:
            os.rename(work, out_dir)
        except OSError:
            pass  # another process built it first
    finally:
        if os.path.exists(work):
            shutil.rmtree(work, ignore_errors=True)
    return archive


def link_executable(obj: bytes, output: str, target: Target | None = None) -> None:
    target = target or host_target()
    tc = find_toolchain(target)
    archive = runtime_archive(tc, target)
    with tempfile.TemporaryDirectory() as tmp:
        obj_path = os.path.join(tmp, "prog.o")
        with open(obj_path, "wb") as f:
            f.write(obj)
        tmp_out = os.path.join(tmp, "a.out")
        # -O2 also for the link: zig cc without an optimisation level links UBSan's runtime
        flags = ["-O2", "-static"] if target.static else (["-O2"] if tc.kind == "zig" else [])
        if sanitize_flags():
            if tc.kind != "host":
                raise LinkError("PY4C_SANITIZE works for host builds only (drop --target)")
            flags += sanitize_flags()
        _run([*tc.cc, *flags, obj_path, archive, "-lm", "-o", tmp_out], tc)
        shutil.move(tmp_out, output)


def python_include() -> str:
    """The directory of Python.h for extension modules (the running interpreter's)."""
    import sysconfig

    inc = sysconfig.get_paths().get("include") or ""
    if not os.path.exists(os.path.join(inc, "Python.h")):
        raise LinkError(f"Python.h not found in {inc or 'the interpreter'}: install CPython's headers "
                        "(Debian: apt-get install python3-dev) to build extension modules")
    return inc


def link_extension(obj: bytes, glue: str, output: str) -> None:
    """A CPython extension module (abi3): the program's object, its generated C glue,
    the boundary runtime (ext_runtime/) and the runtime archive, in one shared object
    that exports only PyInit_<name> (two py4c modules in one process keep apart)."""
    target = host_target()
    tc = find_toolchain(target)
    archive = runtime_archive(tc, target)
    pkg = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    rt_dir, ext_dir = os.path.join(pkg, "runtime"), os.path.join(pkg, "ext_runtime")
    with tempfile.TemporaryDirectory() as tmp:
        obj_path = os.path.join(tmp, "module.o")
        with open(obj_path, "wb") as f:
            f.write(obj)
        glue_path = os.path.join(tmp, "glue.c")
        with open(glue_path, "w", encoding="utf-8") as f:
            f.write(glue)
        script = os.path.join(tmp, "exports.map")
        with open(script, "w", encoding="utf-8") as f:
            f.write("{ global: PyInit_*; local: *; };\n")
        tmp_out = os.path.join(tmp, "module.so")
        _run([*tc.cc, *RUNTIME_CFLAGS, "-shared", f"-I{python_include()}", f"-I{rt_dir}", f"-I{ext_dir}",
              glue_path, *sorted(os.path.join(ext_dir, n) for n in os.listdir(ext_dir) if n.endswith(".c")),
              obj_path, archive, "-lm", "-lpthread",
              f"-Wl,--version-script={script}", "-o", tmp_out], tc)
        shutil.move(tmp_out, output)


@lru_cache(maxsize=None)
def toolchain_fingerprint(target: Target) -> str:
    """The identity of the toolchain that links for target (its command and version):
    part of a cross build's cache key, so a changed toolchain rebuilds."""
    tc = find_toolchain(target)
    return " ".join(tc.cc) + "\n" + _cc_version(tc)


def _cc_version(tc: Toolchain) -> str:
    try:
        return subprocess.run([*tc.cc, "--version"], capture_output=True, text=True, timeout=60,
                              env=_env(tc)).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


def _env(tc: Toolchain | None) -> dict[str, str] | None:
    return {**os.environ, **dict(tc.env)} if tc is not None and tc.env else None


def _run(cmd: list[str], tc: Toolchain | None = None) -> None:
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, env=_env(tc))
    except OSError as e:
        raise LinkError(f"could not run {cmd[0]}: {e}") from e
    if p.returncode != 0:
        shown = " ".join(cmd[:4] if tc is not None and tc.kind == "zig" else cmd[:2])
        raise LinkError(f"{shown}... failed:\n{p.stderr.strip()}")
