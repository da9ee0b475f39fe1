"""Compilation targets and the C toolchain that serves each (runtime archive and link).

Phase: codegen (link). A target is named as `ARCH-linux-LIBC` (`aarch64-linux-gnu`,
`x86_64-linux-musl`, ...). The host's own target (its architecture with glibc) uses the
system C compiler, as before; every other target needs a cross toolchain, looked for in
this order:

1. `ARCH-linux-LIBC-gcc` on PATH (Debian's `gcc-aarch64-linux-gnu`, or a musl-cross
   toolchain for the musl targets);
2. `zig cc` from the `ziglang` wheel (`pip install py4c[cross]`), which carries a libc
   for every target. The zig binary is called directly (not `python -m ziglang`, which
   costs an interpreter start per compile), always with an optimisation level (without
   one zig compiles C with UBSan traps), and with its caches under py4c's cache.

musl targets link fully static executables (no shared library, no loader), so they run
on any Linux of that architecture. A missing toolchain is a BuildError-class message
that says what to install.
"""

from __future__ import annotations

import os
import platform
import shutil
from dataclasses import dataclass

from py4c.paths import cache_dir


class TargetError(Exception):
    """An unknown target name or a target with no toolchain on this machine."""


@dataclass(frozen=True, slots=True)
class Target:
    name: str  # ARCH-linux-LIBC, as users write it
    arch: str  # "x86_64" | "aarch64"
    libc: str  # "gnu" | "musl"

    @property
    def llvm_triple(self) -> str:
        return f"{self.arch}-unknown-linux-{self.libc}"

    @property
    def static(self) -> bool:
        """musl targets link static executables."""
        return self.libc == "musl"

    @property
    def qemu(self) -> str:
        """The user-mode emulator that runs this target's executables on another host."""
        return f"qemu-{self.arch}"


ARCHES = ("x86_64", "aarch64")
_ARCH_ALIASES = {"x86_64": "x86_64", "amd64": "x86_64", "x64": "x86_64", "aarch64": "aarch64", "arm64": "aarch64"}
TARGETS: dict[str, Target] = {
    f"{arch}-linux-{libc}": Target(f"{arch}-linux-{libc}", arch, libc) for arch in ARCHES for libc in ("gnu", "musl")
}


def host_arch() -> str:
    return _ARCH_ALIASES.get(platform.machine().lower(), platform.machine().lower())


def host_target() -> Target:
    arch = host_arch()
    return TARGETS.get(f"{arch}-linux-gnu", Target(f"{arch}-linux-gnu", arch, "gnu"))


def parse_target(name: str | None) -> Target:
    """The target called `name` (None or "host": the host). Accepts LLVM's spelling
    (`aarch64-unknown-linux-gnu`) and `arm64`/`amd64` for the architecture."""
    if name is None or name in ("", "host", "native"):
        return host_target()
    parts = name.lower().split("-")
    if len(parts) == 4 and parts[1] in ("unknown", "pc", "none"):
        parts = [parts[0], *parts[2:]]
    if len(parts) == 3:
        arch = _ARCH_ALIASES.get(parts[0], parts[0])
        t = TARGETS.get(f"{arch}-{parts[1]}-{parts[2]}")
        if t is not None:
            return t
    raise TargetError(f"unknown target '{name}'; supported: {', '.join(TARGETS)} (see `py4c targets`)")


def is_host(t: Target) -> bool:
    return t.arch == host_arch() and t.libc == "gnu"


@dataclass(frozen=True, slots=True)
class Toolchain:
    """How to compile C for a target and link for it."""

    kind: str  # "host" | "gcc" | "zig"
    cc: tuple[str, ...]  # the compiler command (zig: ("/path/zig", "cc", "-target", T))
    ar: tuple[str, ...]
    env: tuple[tuple[str, str], ...] = ()  # extra environment (zig's cache directories)

    def describe(self) -> str:
        return " ".join(self.cc)


def zig_binary() -> str | None:
    """The zig executable of the `ziglang` wheel, if installed."""
    try:
        import ziglang  # type: ignore[import-untyped, unused-ignore]
    except ImportError:
        return None
    path = os.path.join(os.path.dirname(os.path.abspath(ziglang.__file__)), "zig")
    return path if os.access(path, os.X_OK) else None


def _zig_env() -> tuple[tuple[str, str], ...]:
    base = os.path.join(cache_dir(), "zig")
    return (("ZIG_GLOBAL_CACHE_DIR", os.path.join(base, "global")), ("ZIG_LOCAL_CACHE_DIR", os.path.join(base, "local")))


def find_toolchain(t: Target, host_cc: str | None = None) -> Toolchain:
    """The toolchain for t, or TargetError saying what to install."""
    if is_host(t):
        from py4c.codegen.link import find_cc
        cc = host_cc or find_cc()
        return Toolchain("host", (cc,), ("ar",))
    gcc = shutil.which(f"{t.name}-gcc")
    if gcc is not None:
        ar = shutil.which(f"{t.name}-ar") or "ar"
        return Toolchain("gcc", (gcc,), (ar,))
    zig = zig_binary()
    if zig is not None:
        # -g0: zig adds debug information by default, which the host's cc does not
        return Toolchain("zig", (zig, "cc", "-target", t.name, "-g0"), (zig, "ar"), _zig_env())
    raise TargetError(
        f"no C toolchain for target {t.name}: install zig from PyPI (pip install 'py4c[cross]', "
        f"or pip install ziglang), or put a {t.name}-gcc cross compiler on PATH "
        f"(Debian: apt-get install gcc-{t.arch.replace('_', '-')}-linux-{t.libc})")


def toolchain_or_none(t: Target) -> Toolchain | None:
    try:
        return find_toolchain(t)
    except Exception:  # `py4c targets` reports, never fails
        return None


def runner_for(t: Target) -> list[str]:
    """The command prefix that runs t's executables here: nothing on the host's
    architecture, else qemu user-mode emulation (with the target's glibc for gnu
    targets: Debian's libc6-arm64-cross puts it in /usr/aarch64-linux-gnu)."""
    if t.arch == host_arch():
        return []
    qemu = shutil.which(f"{t.qemu}-static") or shutil.which(t.qemu)
    if qemu is None:
        raise TargetError(f"cannot run {t.name} executables on this {host_arch()} machine: install qemu user-mode "
                          f"emulation (Debian: apt-get install qemu-user-static)")
    if t.libc == "musl":
        return [qemu]  # static: no loader, no libraries
    sysroot = f"/usr/{t.arch}-linux-gnu"
    if not os.path.isdir(os.path.join(sysroot, "lib")):
        pkg = {"aarch64": "libc6-arm64-cross", "x86_64": "libc6-amd64-cross"}.get(t.arch, "the target's libc")
        raise TargetError(f"cannot run {t.name} executables: qemu needs the target's C library in {sysroot} "
                          f"(Debian: apt-get install {pkg}), or build for {t.arch}-linux-musl (static)")
    return [qemu, "-L", sysroot]
