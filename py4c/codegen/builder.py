"""FuncBuilder: the state of lowering one function into mir.

Phase: codegen (lowering). It owns the blocks being built, the registers, the owned
temporaries that are alive (so that an error path releases exactly those), and the
function's single unwind block, which appends a traceback entry, releases every object
local and returns the function's error value.

Reference-count discipline: a lowered expression is (value, owned). Owned values are
new references the lowering must release or move into a variable; borrowed values
(variables, literals) are used without counting.
"""

from __future__ import annotations

from typing import Callable

from py4c import mir, tir
from py4c.types import BoolT, FloatT, IntT, NoneT, Type, is_object

EXC_IDS = {name: i for i, name in enumerate([
    "NONE", "BaseException", "SystemExit", "KeyboardInterrupt", "Exception", "ArithmeticError",
    "ZeroDivisionError", "OverflowError", "AssertionError", "AttributeError", "EOFError", "LookupError",
    "IndexError", "KeyError", "MemoryError", "NameError", "OSError", "FileNotFoundError", "RuntimeError",
    "NotImplementedError", "RecursionError", "StopIteration", "TypeError", "ValueError", "UnicodeError",
    "GeneratorExit", "UnsupportedOperation",
])}  # mirrors enum py4c_exc_id in runtime/py4c.h

ERROR_MAGIC = -113  # scalar error value; the caller then checks the exception flag


def rtype(t: Type) -> str:
    if isinstance(t, IntT):
        return {"int": "i64", "i64": "i64", "i32": "i32", "u8": "i8"}[t.kind]
    if isinstance(t, FloatT):
        return "f64"
    if isinstance(t, BoolT):
        return "i1"
    if isinstance(t, NoneT):
        return "i1"  # a None value carries no information; kept as a dummy i1
    return "ptr"


def return_rtype(t: Type) -> str:
    """Native return type: bool and None widen to i8 so that 2 / 1 can signal an error."""
    if isinstance(t, BoolT):
        return "i8"
    if isinstance(t, NoneT):
        return "i8"
    return rtype(t)


def error_value(t: Type) -> mir.Value:
    rt = return_rtype(t)
    if rt == "ptr":
        return mir.Null()
    if isinstance(t, BoolT):
        return mir.Imm(2, "i8")
    if isinstance(t, NoneT):
        return mir.Imm(1, "i8")
    if rt == "f64":
        return mir.Imm(float(ERROR_MAGIC), "f64")
    return mir.Imm(ERROR_MAGIC, rt)


class FuncBuilder:
    def __init__(self, symbol: str, name: str, path: str, ret: Type) -> None:
        self.fn = mir.Function(symbol, name, [], return_rtype(ret), error_value(ret), [], [])
        self.path = path
        self.ret_type = ret
        self.block = self.new_block("entry")
        self.counter = 0
        self.temps: list[mir.Reg] = []  # owned temporaries alive now
        self.locals: dict[str, mir.Reg] = {}
        self.loops: list[tuple[mir.Block, mir.Block]] = []  # (continue target, break target)
        self.err_line = self.reg("i64", "err_line")
        self._unwind: mir.Block | None = None
        self._unwind_noadd: mir.Block | None = None
        self.line = 0
        # try statements around the code being lowered, innermost last:
        # where an exception goes (a block that adds this frame's traceback entry, and
        # one for an exception whose entry for this frame exists already) ...
        self.err_targets: list[tuple[mir.Block, mir.Block]] = []
        # ... what leaving the try by return/break/continue must run (with the loop
        # depth at which the try began), and the exceptions being handled (bare raise)
        self.frames: list[tuple[int, Callable[[], None]]] = []
        self.handling: list[mir.Reg] = []
        self.exit_ops: list[mir.Op] = []  # run at every exit, between the releases of the locals
        self.late_locals: list[str] = []  # locals released after exit_ops

    # ------------------------------------------------------------ blocks and registers

    def new_block(self, hint: str) -> mir.Block:
        b = mir.Block(f"{hint}{len(self.fn.blocks)}")
        self.fn.blocks.append(b)
        return b

    def reg(self, rt: str, hint: str = "r", is_obj: bool = False) -> mir.Reg:
        self.counter = getattr(self, "counter", 0) + 1
        r = mir.Reg(f"{hint}{self.counter}", rt, is_obj)
        self.fn.regs.append(r)
        return r

    def emit(self, op: mir.Op) -> None:
        if self.block.term is None:
            self.block.ops.append(op)

    def terminate(self, t: mir.Terminator) -> None:
        if self.block.term is None:
            self.block.term = t

    def goto(self, target: mir.Block) -> None:
        self.terminate(mir.Goto(target))

    def set_block(self, b: mir.Block) -> None:
        self.block = b

    # ------------------------------------------------------------ ownership

    def own(self, r: mir.Reg) -> mir.Reg:
        """Record a new owned temporary (released on error paths until consumed)."""
        if r.is_obj:
            self.temps.append(r)
        return r

    def release(self, v: mir.Value, owned: bool) -> None:
        """Done with a value: drop it if it was an owned temporary."""
        if owned and isinstance(v, mir.Reg) and v.is_obj:
            self.emit(mir.DecRef(v))
            self.forget(v)

    def forget(self, v: mir.Value) -> None:
        """The owned temporary was moved elsewhere (into a variable, a return)."""
        for i in range(len(self.temps) - 1, -1, -1):
            if self.temps[i] is v:
                del self.temps[i]
                return

    def to_owned(self, v: mir.Value, owned: bool) -> mir.Value:
        if not owned and isinstance(v, mir.Reg) and v.is_obj:
            self.emit(mir.IncRef(v))
        elif isinstance(v, mir.StrConst):
            pass  # immortal
        if owned:
            self.forget(v)
        return v

    # ------------------------------------------------------------ errors

    def traceback_here(self) -> mir.Op:
        return mir.CallC(None, "py4c_traceback_add", (mir.CStr(self.path), self.err_line, mir.CStr(self.fn.name)))

    def unwind_block(self) -> mir.Block:
        """Add this frame to the traceback, release every object local, return the error."""
        if self._unwind is None:
            b = mir.Block("unwind")
            self._unwind = b
            b.ops.append(self.traceback_here())
            b.term = mir.Goto(self.unwind_noadd_block())
        return self._unwind

    def unwind_noadd_block(self) -> mir.Block:
        if self._unwind_noadd is None:
            b = mir.Block("unwind_tb")
            self._unwind_noadd = b
            b.ops += self.exit_ops_list()
            b.term = mir.Return(self.fn.error_value)
        return self._unwind_noadd

    def exit_ops_list(self) -> list[mir.Op]:
        """Leaving the function: release the object locals; the cells that hold nested
        functions last, after the cycle among them is broken (exit_ops)."""
        ops: list[mir.Op] = [mir.DecRef(r, maybe_null=True) for n, r in self.locals.items()
                             if r.is_obj and n not in self.late_locals and not tir.is_borrowed(n)]
        ops += self.exit_ops
        ops += [mir.DecRef(self.locals[n], maybe_null=True) for n in self.late_locals]
        return ops

    def error_target(self) -> mir.Block:
        return self.err_targets[-1][0] if self.err_targets else self.unwind_block()

    def rethrow_target(self) -> mir.Block:
        """Where an exception goes whose traceback already has this frame."""
        return self.err_targets[-1][1] if self.err_targets else self.unwind_noadd_block()

    def error_exit(self, keep: tuple[mir.Value, ...] = ()) -> mir.Block:
        """A block that releases the live temporaries and unwinds from the current line."""
        b = self.new_block("err")
        for t in self.temps:
            if not any(t is k for k in keep):
                b.ops.append(mir.DecRef(t))
        b.ops.append(mir.Assign(self.err_line, mir.Imm(self.line, "i64")))
        b.term = mir.Goto(self.error_target())
        return b

    def branch_error(self, failed: mir.Value, exclude: mir.Value | None = None) -> None:
        """Continue if `failed` (i1) is false, else unwind."""
        keep = (exclude,) if exclude is not None else ()
        err = self.error_exit(keep)
        cont = self.new_block("ok")
        self.terminate(mir.Branch(failed, err, cont, likely=False))
        self.set_block(cont)

    def check_null(self, v: mir.Reg) -> None:
        c = self.reg("i1", "isnull")
        self.emit(mir.Bin(c, "eq", v, mir.Null()))
        self.branch_error(c, exclude=v)

    def check_pending(self) -> None:
        c = self.reg("i1", "exc")
        self.emit(mir.ExcPending(c))
        self.branch_error(c)

    def raise_exc(self, exc: str, msg: str | mir.Value | None) -> None:
        """Raise a built-in exception here and unwind; the current block ends."""
        if isinstance(msg, str):
            self.emit(mir.CallC(None, "py4c_raise_cstr", (mir.Imm(EXC_IDS[exc], "i32"), mir.CStr(msg))))
        elif msg is None:
            self.emit(mir.CallC(None, "py4c_raise", (mir.Imm(EXC_IDS[exc], "i32"), mir.Null())))
        else:
            self.emit(mir.CallC(None, "py4c_raise", (mir.Imm(EXC_IDS[exc], "i32"), msg)))
        self.goto(self.error_exit())
        self.set_block(self.new_block("dead"))

    def raise_if(self, cond: mir.Value, exc: str, msg: str) -> None:
        """If cond (i1) holds, raise exc(msg); continue otherwise."""
        bad = self.new_block("raise")
        cont = self.new_block("ok")
        self.terminate(mir.Branch(cond, bad, cont, likely=False))
        self.set_block(bad)
        self.raise_exc(exc, msg)
        self.set_block(cont)

    def finish(self) -> mir.Function:
        if self._unwind is not None:
            self.fn.blocks.append(self._unwind)
        if self._unwind_noadd is not None:
            self.fn.blocks.append(self._unwind_noadd)
        for b in self.fn.blocks:
            if b.term is None:
                b.term = mir.Unreachable()
        return self.fn


def is_obj_type(t: Type) -> bool:
    return is_object(t)
