"""The pipeline, end to end: source -> ast -> tir -> mir -> LLVM -> object -> executable.

Each phase is called through its one public entry; this module only sequences them,
writes the requested intermediate dumps and keeps the content-addressed cache of built
programs (an unchanged program with unchanged options and compiler is not rebuilt).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from functools import lru_cache

from py4c import __version__, mir, tir
from py4c.paths import cache_dir


@dataclass(frozen=True)
class BuildOptions:
    opt: int = 2
    emit_llvm: bool = False
    emit_ir: bool = False
    emit_asm: bool = False
    check_ir: bool = False
    target: str = ""  # a target name (codegen/targets.py); "" is the host
    cpu: str = ""  # an LLVM CPU name, "native", or "" for the target's portable default

    @property
    def wants_dumps(self) -> bool:
        return self.emit_llvm or self.emit_ir or self.emit_asm


def check_file(path: str) -> tir.Program:
    """Parse and type-check; raises CompileError with diagnostics."""
    from py4c.frontend import parse_file
    from py4c.typecheck import check

    return check(parse_file(path))


def lower(program: tir.Program, opts: BuildOptions) -> mir.Module:
    from py4c.codegen.lower import lower_program
    from py4c.codegen.passes import run_passes

    m = lower_program(program)
    run_passes(m, check=opts.check_ir)
    return m


@lru_cache(maxsize=1)
def compiler_fingerprint() -> str:
    """A hash of py4c's own code, so that a changed compiler invalidates cached builds."""
    h = hashlib.sha256(__version__.encode())
    root = os.path.dirname(os.path.abspath(__file__))
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in sorted(filenames):
            if name.endswith((".py", ".c", ".h", ".lark")):
                with open(os.path.join(dirpath, name), "rb") as f:
                    h.update(name.encode() + f.read())
    return h.hexdigest()


def build_key(path: str, opts: BuildOptions) -> str:
    from py4c.typecheck.modules import files

    h = hashlib.sha256(compiler_fingerprint().encode())
    for source in files(path):  # the entry file and the program's modules it imports
        with open(source, "rb") as f:
            h.update(f.read())
        h.update(os.path.abspath(source).encode())  # tracebacks name the source paths
    h.update(f"O{opts.opt} sanitize={os.environ.get('PY4C_SANITIZE', '')} "
             f"strict-frozen={os.environ.get('PY4C_STRICT_FROZEN', '')}".encode())
    if opts.target or opts.cpu:
        from py4c.codegen.link import toolchain_fingerprint
        from py4c.codegen.targets import parse_target
        target = parse_target(opts.target)
        h.update(f"target={target.name} cpu={opts.cpu} {toolchain_fingerprint(target)}".encode())
    return h.hexdigest()[:24]


def build_executable(path: str, output: str, opts: BuildOptions) -> bool:
    """Build `path` into `output`. Returns True if the cached build was reused."""
    from py4c.codegen.target import resolve_cpu
    from py4c.codegen.targets import find_toolchain, parse_target

    target = parse_target(opts.target)  # a bad name or a missing toolchain fails before any work
    cpu, features = resolve_cpu(target.llvm_triple, opts.cpu)
    find_toolchain(target)
    key = build_key(path, opts)
    cached = os.path.join(cache_dir(), "bin", key, "prog")
    if os.path.exists(cached) and not opts.wants_dumps:
        _copy(cached, output)
        return True
    program = check_file(path)
    if program.warnings:
        import sys

        from py4c.diagnostics import render
        for w in program.warnings:
            print(render(w), file=sys.stderr)
    m = lower(program, opts)
    from py4c.codegen.emit import emit_module
    from py4c.codegen.link import link_executable
    from py4c.codegen.target import data_layout, emit_assembly, emit_object, optimise
    from py4c.mir.printer import module as print_module

    base = os.path.splitext(output)[0]
    if opts.emit_ir:
        _write(base + ".mir", print_module(m))
    triple = target.llvm_triple
    ir_text = emit_module(m, triple, data_layout(triple))
    llmod, tm = optimise(ir_text, triple, opts.opt, cpu, features)
    if opts.emit_llvm:
        _write(base + ".ll", str(llmod))
    if opts.emit_asm:
        _write(base + ".s", emit_assembly(llmod, tm))
    link_executable(emit_object(llmod, tm), output, target)
    os.makedirs(os.path.dirname(cached), exist_ok=True)
    _copy(output, cached)
    return False


def module_name(path: str) -> str:
    """The import name of a module file: `pkg/sub/mod.py` is `pkg.sub.mod` when `pkg`
    and `sub` are packages (hold an `__init__.py`)."""
    parts = [os.path.splitext(os.path.basename(path))[0]]
    d = os.path.dirname(os.path.abspath(path))
    while os.path.exists(os.path.join(d, "__init__.py")) and os.path.basename(d).isidentifier():
        parts.insert(0, os.path.basename(d))
        d = os.path.dirname(d)
    return ".".join(parts)


def build_extension(path: str, out_dir: str, opts: BuildOptions, name: str = "") -> str:
    """Build the module `path` as a CPython extension module (abi3) in out_dir; its path.

    The module keeps its name (hot.py -> hot.abi3.so), so `import hot` finds the compiled
    module before the source when out_dir comes first on sys.path. `name` is its import
    name (default: module_name(path)): what `__name__` and the classes' `__module__` say."""
    import sys

    from py4c.codegen.emit import emit_module
    from py4c.codegen.ext import ExtPlan, glue_source
    from py4c.codegen.link import link_extension
    from py4c.codegen.target import data_layout, emit_object, host_triple, optimise, resolve_cpu
    from py4c.diagnostics import render
    from py4c.frontend import parse_file
    from py4c.typecheck import check

    if opts.target:
        from py4c.codegen.link import LinkError
        raise LinkError("--ext builds for the running CPython only (drop --target)")
    name = name or module_name(path)
    if not all(part.isidentifier() for part in name.split(".")):
        from py4c.codegen.link import LinkError
        raise LinkError(f"'{name}' is not a module name: an extension module's file must be NAME.py")
    program = check(parse_file(path), ext_name=name)
    assert program.interface is not None
    for w in program.warnings:
        print(render(w), file=sys.stderr)
    for _, why in program.interface.skipped:
        print(f"{path}: note: {why}", file=sys.stderr)
    m = lower(program, opts)
    plan = ExtPlan(program.interface, program.exceptions)
    triple = host_triple()
    cpu, features = resolve_cpu(triple, opts.cpu)
    ir_text = emit_module(m, triple, data_layout(triple), plan)
    llmod, tm = optimise(ir_text, triple, opts.opt, cpu, features)
    base = os.path.join(out_dir, name.rsplit(".", 1)[-1])
    if opts.emit_llvm:
        _write(base + ".ll", str(llmod))
    output = base + ".abi3.so"
    os.makedirs(out_dir, exist_ok=True)
    doc = f"{name}: compiled by py4c {__version__} from {os.path.basename(path)}"
    link_extension(emit_object(llmod, tm), glue_source(plan, doc), output)
    return output


def cached_executable(path: str, opts: BuildOptions) -> str:
    """The path of a built executable for `path` inside the cache (for `py4c run`)."""
    key = build_key(path, opts)
    cached = os.path.join(cache_dir(), "bin", key, "prog")
    if not os.path.exists(cached):
        os.makedirs(os.path.dirname(cached), exist_ok=True)
        tmp = cached + f".{os.getpid()}"
        build_executable(path, tmp, opts)
        os.replace(tmp, cached)
    return cached


def _write(path: str, text: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def _copy(src: str, dst: str) -> None:
    d = os.path.dirname(os.path.abspath(dst))
    fd, tmp = tempfile.mkstemp(dir=d)
    os.close(fd)
    shutil.copyfile(src, tmp)
    os.chmod(tmp, 0o755)
    os.replace(tmp, dst)
