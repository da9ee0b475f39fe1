"""LLVM IR text -> optimised module -> object code or assembly for a target triple.

Phase: codegen (backend). Uses llvmlite's new pass manager (`create_pass_builder`) and
position-independent code, as DESIGN.md §4 prescribes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from functools import lru_cache

os.environ.setdefault("LLVMLITE_ENABLE_IR_LAYER_TYPED_POINTERS", "0")

import llvmlite.binding as llvm  # noqa: E402

_ready = False

# LLVM's inliner threshold per optimisation level (LLVM's defaults: 225, 225, 250).
_INLINE_THRESHOLD = {1: 225, 2: 600, 3: 900}


def _init() -> None:
    global _ready
    if not _ready:
        llvm.initialize_all_targets()
        llvm.initialize_all_asmprinters()
        _ready = True


def host_triple() -> str:
    _init()
    return str(llvm.get_default_triple())


class CpuError(Exception):
    """An unknown --cpu name for the target."""


def resolve_cpu(triple: str, cpu: str) -> tuple[str, str]:
    """(cpu, features) for LLVM: "" keeps the target's portable default; "native" is the
    host's CPU and features (host architecture only); another name must be a CPU LLVM
    knows for the triple (CpuError otherwise: LLVM itself would abort the process)."""
    _init()
    if not cpu:
        return "", ""
    if cpu == "native":
        if triple.split("-")[0] != host_triple().split("-")[0]:
            raise CpuError(f"--cpu native needs a target of this machine's architecture, not {triple}")
        return str(llvm.get_host_cpu_name()), str(llvm.get_host_cpu_features().flatten())
    if not _cpu_known(triple, cpu):
        raise CpuError(f"unknown CPU '{cpu}' for {triple}; use a name LLVM knows (for example "
                       f"{'cortex-a72' if triple.startswith('aarch64') else 'x86-64-v3'}), or native")
    return cpu, ""


@lru_cache(maxsize=None)
def _cpu_known(triple: str, cpu: str) -> bool:
    """Asks LLVM in a child process (an unknown CPU makes LLVM print a warning and may
    abort the process outright)."""
    probe = ("import os\nos.environ['LLVMLITE_ENABLE_IR_LAYER_TYPED_POINTERS']='0'\n"
             "import llvmlite.binding as l\nl.initialize_all_targets()\nl.initialize_all_asmprinters()\n"
             f"tm=l.Target.from_triple({triple!r}).create_target_machine(cpu={cpu!r},opt=0,reloc='pic',"
             "codemodel='default')\n"
             f"tm.emit_object(l.parse_assembly('target triple = \"{triple}\"\\ndefine void @f() {{\\n ret void\\n}}\\n'))\n")
    try:
        p = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.SubprocessError):
        return False
    return p.returncode == 0 and "not a recognized processor" not in p.stderr


def target_machine(triple: str, opt: int, cpu: str = "", features: str = "") -> llvm.TargetMachine:
    _init()
    target = llvm.Target.from_triple(triple)
    return target.create_target_machine(cpu=cpu, features=features, opt=opt, reloc="pic", codemodel="default")


def data_layout(triple: str) -> str:
    return str(target_machine(triple, 2).target_data)


def optimise(ir_text: str, triple: str, opt: int, cpu: str = "", features: str = "") -> tuple[llvm.ModuleRef, llvm.TargetMachine]:
    tm = target_machine(triple, opt, cpu, features)
    mod = llvm.parse_assembly(ir_text)
    mod.verify()
    if opt > 0:
        pto = llvm.create_pipeline_tuning_options(speed_level=opt)
        # py4 functions carry cold error paths (overflow, zero division, bounds) that
        # LLVM's inline cost counts in full; a higher threshold lets small hot helpers
        # inline as they would in C. Set through the `-inline-threshold` option, not
        # `pto.inlining_threshold`: llvmlite's C shim declares that setter's parameter
        # `bool`, so LLVM received only the low byte (600 became 88, below LLVM's own
        # default of 225). The option is process-global, so it is set on every call.
        llvm.set_option("py4c", f"-inline-threshold={_INLINE_THRESHOLD.get(opt, 225)}")
        pb = llvm.create_pass_builder(tm, pto)
        pb.getModulePassManager().run(mod, pb)
    return mod, tm


def emit_object(mod: llvm.ModuleRef, tm: llvm.TargetMachine) -> bytes:
    return bytes(tm.emit_object(mod))


def emit_assembly(mod: llvm.ModuleRef, tm: llvm.TargetMachine) -> str:
    return str(tm.emit_assembly(mod))
