"""The `py4c` command line: build, run, check, targets.

Exit status: 0 success; 1 the program was rejected (diagnostics printed) or the build
failed; 2 bad usage (unknown flag, missing file). `py4c run` exits with the program's
own status. py4c never shows its own Python traceback for a bad input; an internal
error is reported as such (set PY4C_TRACEBACK=1 to see the traceback).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from typing import NoReturn

from py4c import __version__
from py4c.diagnostics import CompileError, Diagnostic, render, to_json

DESCRIPTION = """\
py4c compiles py4 -- a strict, statically typed subset of Python whose programs stay
valid Python -- ahead of time to native executables. The compiled program prints the
same output, exits with the same status and raises the same exceptions as CPython.
"""

EPILOG = """\
examples:
  py4c build prog.py -o prog     compile to a native executable
  py4c run prog.py arg1 arg2     build (cached) and run with arguments
  py4c check prog.py             type-check only; errors as file:line:col: error: ...
  py4c build prog.py --target aarch64-linux-gnu    cross-compile for 64-bit ARM Linux
  py4c build prog.py --target x86_64-linux-musl    a fully static executable
  py4c build --ext hot.py -o build   hot.abi3.so: `import hot` from CPython runs compiled code
  py4c targets                   the targets and which have a toolchain here

environment:
  PY4C_CACHE_DIR   where builds and the compiled runtime are cached (default ~/.cache/py4c)
  CC               the C compiler used for the runtime and the host link (default cc)
"""


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"py4c: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def make_parser() -> Parser:
    p = Parser(prog="py4c", description=DESCRIPTION, epilog=EPILOG,
               formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"py4c {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    def opt_flags(sp: argparse.ArgumentParser) -> None:
        g = sp.add_mutually_exclusive_group()
        for level in range(4):
            g.add_argument(f"-O{level}", dest="opt", action="store_const", const=level,
                           help=f"optimisation level {level}" + (" (default)" if level == 2 else ""))
        sp.set_defaults(opt=2)

    def target_flags(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--target", metavar="TRIPLE", default="",
                        help="the platform to compile for: x86_64-linux-gnu, aarch64-linux-gnu, "
                             "x86_64-linux-musl or aarch64-linux-musl (musl: static); default: this machine. "
                             "Cross targets use zig (pip install 'py4c[cross]') or a TRIPLE-gcc on PATH")
        sp.add_argument("--cpu", metavar="NAME", default="",
                        help="the CPU to generate code for: an LLVM CPU name (x86-64-v3, cortex-a72, ...) "
                             "or native (this machine's; the executable may not run elsewhere); "
                             "default: the target's portable baseline")

    b = sub.add_parser("build", help="compile a program to a native executable",
                       description="Compile PROG.py (and what it imports) to a native executable.")
    b.add_argument("source", metavar="PROG.py")
    b.add_argument("-o", "--output", metavar="OUT", help="executable to write (default: PROG without .py); "
                   "with --ext, the directory for the modules (default: beside each source)")
    b.add_argument("--ext", action="store_true",
                   help="compile a module (or each module of a package directory) into a CPython extension "
                        "module NAME.abi3.so that `import NAME` loads instead of NAME.py (CPython 3.11+); "
                        "see docs/extensions.md")
    opt_flags(b)
    target_flags(b)
    b.add_argument("--emit-llvm", action="store_true", help="also write the optimised LLVM IR to OUT.ll")
    b.add_argument("--emit-ir", action="store_true", help="also write py4c's mid-level IR to OUT.mir")
    b.add_argument("--emit-asm", action="store_true", help="also write the assembly to OUT.s")
    b.add_argument("--check-ir", action="store_true", help="verify the mid-level IR after every pass")
    b.add_argument("--output-format", choices=("text", "json"), default="text", help="diagnostics format")

    r = sub.add_parser("run", help="build (cached by content) and run a program",
                       description="Build PROG.py if it changed, then run it with ARGS.")
    r.add_argument("source", metavar="PROG.py")
    r.add_argument("args", nargs=argparse.REMAINDER, metavar="ARGS", help="arguments for the program")
    opt_flags(r)
    target_flags(r)

    c = sub.add_parser("check", help="type-check without compiling",
                       description="Type-check FILEs (a directory: every .py file under it) with mypy and "
                                   "py4c's contract rules.")
    c.add_argument("files", nargs="+", metavar="FILE|DIR")
    c.add_argument("--output", choices=("text", "json"), default="text", help="diagnostics format")
    c.add_argument("--explain", action="store_true",
                   help="a migration report: for every function and class, 'compiles' or what blocks it")
    for sp in (b, c):
        sp.add_argument("--strict-frozen", action="store_true",
                        help="a frozen dataclass with a mutable field (not a deep value) is an error, "
                             "not a warning")

    sub.add_parser("lsp", help="run the language server (stdio) for editors",
                   description="Serve py4's diagnostics, hover types and go-to-definition to an editor over "
                               "the Language Server Protocol on stdin/stdout (needs pygls: pip install "
                               "'py4c[lsp]'). See docs/editors.md for VS Code, Neovim and other clients.")

    sub.add_parser("targets", help="list the targets and whether they can be built and run here",
                   description="List the compilation targets, the toolchain each would use on this machine "
                               "(or what to install), and how its executables run here.")
    return p


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    if getattr(args, "strict_frozen", False):
        os.environ["PY4C_STRICT_FROZEN"] = "1"  # read by the checker (typecheck/classes.py)
    if args.command is None:
        make_parser().print_help()
        return 2
    try:
        if args.command == "build":
            return cmd_build(args)
        if args.command == "run":
            return cmd_run(args)
        if args.command == "check":
            return cmd_check(args)
        if args.command == "targets":
            return cmd_targets()
        if args.command == "lsp":
            return cmd_lsp()
    except UsageError as e:
        print(f"py4c: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as e:  # noqa: BLE001 - the last line of defence: no tracebacks for users
        if os.environ.get("PY4C_TRACEBACK"):
            raise
        from py4c.codegen.link import LinkError
        from py4c.codegen.target import CpuError
        from py4c.codegen.targets import TargetError

        if isinstance(e, (LinkError, TargetError, CpuError)):
            print(f"py4c: error: {e}", file=sys.stderr)
            return 1
        print(f"py4c: internal error: {type(e).__name__}: {e}\n"
              "This is a bug in py4c; please report it with the program that caused it "
              "(PY4C_TRACEBACK=1 shows the traceback).", file=sys.stderr)
        return 3
    return 2


def _source(path: str) -> str:
    if not os.path.exists(path):
        raise UsageError(f"file not found: {path}")
    if os.path.isdir(path):
        raise UsageError(f"{path} is a directory; give a .py file")
    return os.path.abspath(path)


def report(e: CompileError, fmt: str = "text") -> int:
    if fmt == "json":
        print(json.dumps([to_json(d) for d in e.diagnostics], indent=2))
    else:
        for d in e.diagnostics:
            print(render(d), file=sys.stderr)
        n = sum(1 for d in e.diagnostics if d.severity == "error")
        print(f"Found {n} error{'s' if n != 1 else ''}; the program was not compiled.", file=sys.stderr)
    return 1


def cmd_build(args: argparse.Namespace) -> int:
    from py4c.driver import BuildOptions, build_executable

    if args.ext:
        return cmd_build_ext(args)
    src = _source(args.source)
    out = args.output or os.path.splitext(os.path.basename(src))[0]
    if os.path.abspath(out) == src:
        raise UsageError("the output would overwrite the source; pass -o")
    opts = BuildOptions(opt=args.opt, emit_llvm=args.emit_llvm, emit_ir=args.emit_ir,
                        emit_asm=args.emit_asm, check_ir=args.check_ir, target=args.target, cpu=args.cpu)
    t0 = time.perf_counter()
    try:
        build_executable(src, out, opts)
    except CompileError as e:
        return report(e, args.output_format)
    if os.environ.get("PY4C_VERBOSE"):
        print(f"py4c: built {out} in {time.perf_counter() - t0:.2f}s", file=sys.stderr)
    return 0


def cmd_build_ext(args: argparse.Namespace) -> int:
    from py4c.driver import BuildOptions, build_extension

    path = args.source
    if not os.path.exists(path):
        raise UsageError(f"file not found: {path}")
    if os.path.isdir(path):
        sources = sorted(os.path.join(path, n) for n in os.listdir(path) if n.endswith(".py") and n != "__init__.py")
        if not sources:
            raise UsageError(f"{path} holds no modules (*.py) to compile")
    else:
        sources = [path]
    opts = BuildOptions(opt=args.opt, emit_llvm=args.emit_llvm, target=args.target, cpu=args.cpu)
    status = 0
    for src in sources:
        src = os.path.abspath(src)
        out_dir = args.output or os.path.dirname(src)
        try:
            built = build_extension(src, out_dir, opts)
        except CompileError as e:
            status = report(e, args.output_format)
            continue
        if os.environ.get("PY4C_VERBOSE") or len(sources) > 1:
            print(f"py4c: built {built}", file=sys.stderr)
    return status


def cmd_run(args: argparse.Namespace) -> int:
    from py4c.codegen.targets import parse_target, runner_for
    from py4c.driver import BuildOptions, cached_executable

    src = _source(args.source)
    runner = runner_for(parse_target(args.target))  # qemu for another architecture
    try:
        exe = cached_executable(src, BuildOptions(opt=args.opt, target=args.target, cpu=args.cpu))
    except CompileError as e:
        return report(e)
    sys.stdout.flush()
    sys.stderr.flush()
    if runner:
        os.execv(runner[0], [*runner, exe, *args.args])
    os.execv(exe, [args.source, *args.args])


def cmd_lsp() -> int:
    try:
        from py4c.lsp import main as lsp_main
    except ImportError as e:
        raise UsageError(f"py4c lsp needs pygls ({e}); install it with: pip install 'py4c[lsp]'") from None
    return lsp_main()


def cmd_targets() -> int:
    from py4c.codegen.targets import TARGETS, TargetError, find_toolchain, is_host, runner_for

    print(f"{'target':<24} {'toolchain':<36} runs here")
    for name, t in TARGETS.items():
        label = name + (" (host)" if is_host(t) else "")
        try:
            tc = find_toolchain(t)
            how = {"host": "system cc", "gcc": "cross gcc", "zig": "zig cc"}[tc.kind]
            chain = f"{how}: {os.path.basename(tc.cc[0])}" + (" (static)" if t.static else "")
        except TargetError as e:
            chain = "missing: " + str(e).split(": ", 1)[1].split(",")[0]
        try:
            runner = runner_for(t)
            runs = "natively" if not runner else f"under {os.path.basename(runner[0])}"
        except TargetError:
            runs = "no (install qemu-user-static" + (", libc6-arm64-cross)" if t.libc == "gnu" else ")")
        print(f"{label:<24} {chain:<36} {runs}")
    return 0


def _check_paths(items: list[str]) -> list[str]:
    """FILE arguments, a directory standing for every .py file under it (sorted)."""
    out: list[str] = []
    for item in items:
        if os.path.isdir(item):
            for root, dirs, names in os.walk(item):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
                out += [os.path.abspath(os.path.join(root, n)) for n in sorted(names) if n.endswith(".py")]
        else:
            out.append(_source(item))
    return out


def cmd_check(args: argparse.Namespace) -> int:
    from py4c.driver import check_file

    diags: list[Diagnostic] = []
    for f in _check_paths(args.files):
        try:
            diags.extend(check_file(f).warnings)
        except CompileError as e:
            diags.extend(e.diagnostics)
        if args.explain:
            from py4c.explain import explain
            print(explain(f, [d for d in diags if d.span.path == f]))
    if args.explain:
        return 1 if any(d.severity == "error" for d in diags) else 0
    if any(d.severity == "error" for d in diags):
        return report(CompileError(diags), args.output)
    if args.output == "json":
        print(json.dumps([to_json(d) for d in diags], indent=2))
    else:
        for d in diags:  # warnings only
            print(render(d), file=sys.stderr)
    return 0
