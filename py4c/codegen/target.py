"""LLVM IR text -> optimised module -> object code or assembly for a target triple.

Phase: codegen (backend). Uses llvmlite's new pass manager (`create_pass_builder`) and
position-independent code, as DESIGN.md §4 prescribes.
"""

from __future__ import annotations

import os

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


def target_machine(triple: str, opt: int, cpu: str = "") -> llvm.TargetMachine:
    _init()
    target = llvm.Target.from_triple(triple)
    return target.create_target_machine(cpu=cpu, opt=opt, reloc="pic", codemodel="default")


def data_layout(triple: str) -> str:
    return str(target_machine(triple, 2).target_data)


def optimise(ir_text: str, triple: str, opt: int) -> tuple[llvm.ModuleRef, llvm.TargetMachine]:
    tm = target_machine(triple, opt)
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
