"""The C runtime (compiled once per target and cached) and the final link.

Phase: codegen (link). Input: an object file for the program. Output: an executable.
The runtime archive is keyed by a hash of its sources, the C compiler and the flags, so
it is built once per machine and target; the host link goes through the system `cc`.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from importlib import resources

from py4c.paths import cache_dir

RUNTIME_CFLAGS = ["-O2", "-fPIC", "-std=gnu11", "-fno-strict-aliasing", "-ffp-contract=off",
                  "-Wall", "-Wno-unused-function"]


class LinkError(Exception):
    pass


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


def runtime_archive(cc: str) -> str:
    """Path of the runtime archive for the host, building it on first use."""
    sources = runtime_sources()
    h = hashlib.sha256()
    for name, data in sources.items():
        h.update(name.encode() + b"\0" + data + b"\0")
    h.update(" ".join([cc, *RUNTIME_CFLAGS]).encode())
    h.update(_cc_version(cc).encode())
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
        objs = []
        for name in sources:
            if name.endswith(".c"):
                obj = os.path.join(work, name[:-2] + ".o")
                _run([cc, *RUNTIME_CFLAGS, "-c", os.path.join(work, name), "-o", obj])
                objs.append(obj)
        _run(["ar", "rcs", os.path.join(work, "libpy4crt.a"), *objs])
        try:
            os.rename(work, out_dir)
        except OSError:
            pass  # another process built it first
    finally:
        if os.path.exists(work):
            shutil.rmtree(work, ignore_errors=True)
    return archive


def link_executable(obj: bytes, output: str) -> None:
    cc = find_cc()
    archive = runtime_archive(cc)
    with tempfile.TemporaryDirectory() as tmp:
        obj_path = os.path.join(tmp, "prog.o")
        with open(obj_path, "wb") as f:
            f.write(obj)
        tmp_out = os.path.join(tmp, "a.out")
        _run([cc, obj_path, archive, "-lm", "-o", tmp_out])
        shutil.move(tmp_out, output)


def _cc_version(cc: str) -> str:
    try:
        return subprocess.run([cc, "--version"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


def _run(cmd: list[str]) -> None:
    try:
        p = subprocess.run(cmd, capture_output=True, text=True)
    except OSError as e:
        raise LinkError(f"could not run {cmd[0]}: {e}") from e
    if p.returncode != 0:
        raise LinkError(f"{' '.join(cmd[:2])}... failed:\n{p.stderr.strip()}")
