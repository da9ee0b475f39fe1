"""Lowering: tir.Program -> mir.Module.

Phase: codegen. Input: the typed IR. Output: a CFG per function with explicit error
branches, overflow checks and reference-count operations. Primitive operations are
looked up in the primitive table (primitives.py, primitives_str.py); nothing here
knows what `int.floordiv` means.
"""

from __future__ import annotations

from typing import assert_never

from py4c import mir, tir
from py4c.codegen import (  # noqa: F401  (register their primitives)
    primitives_dict, primitives_gen, primitives_heapq, primitives_obj, primitives_stdlib, primitives_str)
from py4c.codegen.layout import tinfo_desc
from py4c.codegen.primitives_tuple import build_tuple
from py4c.codegen.builder import EXC_IDS, FuncBuilder, error_value, return_rtype, rtype
from py4c.codegen.primitives import PRIMITIVES
from py4c.codegen.primitives_list import TYPED_PRIMITIVES, new_list, store_new_item
from py4c.types import BoolT, ClassT, ExcT, ListT, NoneT, OptT, TupleT, Type, is_object


def lower_program(p: tir.Program) -> mir.Module:
    globals_ = [mir.GlobalVar(g.name, rtype(g.type), is_object(g.type)) for g in p.globals]
    gtypes = {g.name: g.type for g in p.globals}
    exc_ids = dict(EXC_IDS)
    for name, _ in p.exceptions:
        exc_ids[name] = len(exc_ids)  # EXC_IDS holds "NONE" (0) and every built-in: ids from PY4C_EXC_COUNT
    registry = [(exc_ids[name], exc_ids[base], name) for name, base in p.exceptions]
    functions = [FunctionLowering(p.path, f, gtypes, exc_ids, registry if f is p.init else []).run()
                 for f in (p.init, *p.functions)]
    classes = [mir.ClassDesc(c.name, c.base, tuple(tinfo_desc(t) for t in c.fields), c.vtable, dict(c.special), c.flags)
               for c in p.classes]
    return mir.Module(p.path, functions, globals_, p.init.symbol, classes)


class FunctionLowering:
    def __init__(self, path: str, f: tir.Function, gtypes: dict[str, Type], exc_ids: dict[str, int] | None = None,
                 registry: list[tuple[int, int, str]] | None = None) -> None:
        self.f = f
        self.gtypes = gtypes
        self.exc_ids = exc_ids if exc_ids is not None else dict(EXC_IDS)
        self.registry = registry or []
        self.b = FuncBuilder(f.symbol, f.name, f.path or path, f.ret)

    def run(self) -> mir.Function:
        b, f = self.b, self.f
        b.line = f.span.line
        for name, t in f.locals:
            b.locals[name] = b.reg(rtype(t), _safe(name), is_object(t))
        for p in f.params:
            reg = b.reg(rtype(p.type), "arg_" + p.name, is_object(p.type))
            b.fn.params.append(reg)
        # The stack guard comes first: like CPython, a too-deep call fails before the new
        # frame exists, so the traceback ends at the caller's line. A leaf function (one
        # that calls no compiled function) cannot recurse, and its frame is bounded, so it
        # needs no guard (and stays cheap to inline).
        if calls_functions(f.body):
            guard = b.reg("i1", "deep")
            b.emit(mir.StackGuard(guard))
            deep = b.new_block("recursion")
            body = b.new_block("body")
            b.terminate(mir.Branch(guard, deep, body, likely=False))
            b.set_block(deep)
            b.emit(mir.CallC(None, "py4c_raise_recursion", ()))
            b.terminate(mir.Return(b.fn.error_value))
            b.set_block(body)
        for name, t in f.locals:
            if is_object(t):
                b.emit(mir.Assign(b.locals[name], mir.Null()))
        if f.cycle_cells:
            cells = b.reg("ptr", "cells")
            b.late_locals = list(f.cycle_cells)
            b.exit_ops = [mir.StackArray(cells, tuple(b.locals[c] for c in f.cycle_cells)),
                          mir.CallC(None, "py4c_break_cycles", (cells, mir.Imm(len(f.cycle_cells), "i64")))]
        for exc, parent, qualname in self.registry:  # the program's exception classes (module init)
            b.emit(mir.CallC(None, "py4c_register_exc", (mir.Imm(exc, "i32"), mir.Imm(parent, "i32"), mir.CStr(qualname))))
        for p, reg in zip(f.params, b.fn.params):
            local = b.locals[p.name]
            b.emit(mir.Assign(local, reg))
            if local.is_obj:
                b.emit(mir.IncRef(local))  # the callee owns its locals; passes drop this when unneeded
        self.block(f.body)
        if b.block.term is None:
            if isinstance(f.ret, NoneT):
                self.return_value(None)
            else:
                b.terminate(mir.Unreachable())  # mypy proved every path returns
        return b.finish()

    # ------------------------------------------------------------ statements

    def block(self, stmts: tuple[tir.Stmt, ...]) -> None:
        for s in stmts:
            if self.b.block.term is not None:
                self.b.set_block(self.b.new_block("dead"))
            self.stmt(s)

    def stmt(self, s: tir.Stmt) -> None:
        b = self.b
        b.line = s.span.line
        match s:
            case tir.Assign(target=target, value=value):
                v, owned = self.expr(value)
                self.store(target, v, owned)
            case tir.ExprStmt(value=value):
                v, owned = self.expr(value)
                b.release(v, owned)
            case tir.Print():
                self.print_(s)
            case tir.If(test=test, body=body, orelse=orelse):
                then, other, join = b.new_block("then"), b.new_block("else"), b.new_block("endif")
                self.cond(test, then, other)
                b.set_block(then)
                self.block(body)
                b.goto(join)
                b.set_block(other)
                self.block(orelse)
                b.goto(join)
                b.set_block(join)
            case tir.While(test=test, body=body, orelse=orelse):
                head, loop, other, done = (b.new_block(n) for n in ("while", "loop", "whileelse", "endwhile"))
                b.goto(head)
                b.set_block(head)
                b.line = s.span.line
                self.cond(test, loop, other)
                b.set_block(loop)
                b.loops.append((head, done))
                self.block(body)
                b.loops.pop()
                b.goto(head)
                b.set_block(other)
                self.block(orelse)
                b.goto(done)
                b.set_block(done)
            case tir.ForRange():
                self.for_range(s)
            case tir.Break():
                self.leave_frames(len(b.loops))
                b.goto(b.loops[-1][1])
            case tir.Continue():
                self.leave_frames(len(b.loops))
                b.goto(b.loops[-1][0])
            case tir.Return(value=value):
                if value is None:
                    self.leave_frames(0)
                    self.return_value(None)
                elif isinstance(self.f.ret, NoneT):
                    # `return f()` in a function returning None: evaluate, return None
                    v, owned = self.expr(value)
                    b.release(v, owned)
                    self.leave_frames(0)
                    self.return_value(None)
                else:
                    v, owned = self.expr(value)
                    v = b.to_owned(v, owned)
                    if b.frames and isinstance(v, mir.Reg):
                        # `finally` code may assign the variable being returned: the value
                        # is the one it had at the `return`
                        kept = b.reg(v.rtype, "ret", False)
                        b.emit(mir.Assign(kept, v))
                        v = kept
                    self.leave_frames(0)
                    self.return_value(v)
            case tir.Try():
                self.try_(s)
            case tir.Release(var=var):
                reg = b.locals[var.name]
                b.emit(mir.DecRef(reg, maybe_null=True))
                b.emit(mir.Assign(reg, mir.Null()))
            case tir.Reraise(exc=exc):
                if exc is None:
                    # a bare raise: the handled exception again, its traceback unchanged
                    b.emit(mir.CallC(None, "py4c_exc_restore", (b.handling[-1],)))
                    b.goto(b.rethrow_target())
                else:
                    v, owned = self.expr(exc)
                    b.emit(mir.CallC(None, "py4c_exc_restore", (v,)))
                    b.emit(mir.CallC(None, "py4c_exc_reraised", ()))  # `raise e`: a raise, with a context
                    b.release(v, owned)
                    b.goto(b.error_exit())
                b.set_block(b.new_block("dead"))
            case tir.Raise(exc=exc, msg=msg, obj=obj) if obj is not None:
                assert msg is not None
                m, m_owned = self.expr(msg)
                o, o_owned = self.expr(obj)
                b.emit(mir.CallC(None, "py4c_raise_obj", (mir.Imm(self.exc_ids[exc], "i32"), m, o)))
                b.release(o, o_owned)
                b.release(m, m_owned)
                self.raised(s)
            case tir.Raise(exc=exc, msg=msg):
                if msg is None:
                    b.emit(mir.CallC(None, "py4c_raise", (mir.Imm(self.exc_ids[exc], "i32"), mir.Null())))
                else:
                    v, owned = self.expr(msg)
                    b.emit(mir.CallC(None, "py4c_raise", (mir.Imm(self.exc_ids[exc], "i32"), v)))
                    b.release(v, owned)
                self.raised(s)
            case tir.Assert(test=test, msg=msg):
                ok, bad = b.new_block("assertok"), b.new_block("assertfail")
                self.cond(test, ok, bad, likely=True)
                b.set_block(bad)
                if msg is None:
                    b.raise_exc("AssertionError", None)
                else:
                    self.stmt(tir.Raise("AssertionError", msg, s.span))
                b.set_block(ok)
            case tir.SysExit(code=code):
                if code is None:
                    b.emit(mir.CallC(None, "py4c_sys_exit", (mir.Imm(0, "i64"), mir.Imm(0, "i64"))))
                else:
                    v, _ = self.expr(code)
                    b.emit(mir.CallC(None, "py4c_sys_exit", (v, mir.Imm(1, "i64"))))
                b.goto(b.error_exit())
                b.set_block(b.new_block("dead"))
            case _:
                assert_never(s)

    def leave_frames(self, loop_depth: int) -> None:
        """Run the `finally` code (and handler cleanup) of every try entered inside the
        loop being left (loop_depth = its depth), or of every try for a return."""
        b = self.b
        saved = (b.err_targets, b.frames, b.handling)
        for i in range(len(b.frames) - 1, -1, -1):
            depth, cleanup = b.frames[i]
            if depth < loop_depth:
                break
            b.frames = b.frames[:i]
            cleanup()
        b.err_targets, b.frames, b.handling = saved

    def try_(self, s: tir.Try) -> None:
        """try/except/else/finally. An exception raised in the body reaches `dispatch`,
        which adds this frame's traceback entry (as CPython does when an exception enters
        a frame's handler), moves the exception into the hidden local `saved` and picks
        the first matching handler. `finally` code is emitted on every way out: the
        normal end, each return/break/continue, and the exception paths (with the
        exception put aside while it runs, then raised again)."""
        b = self.b
        saved = b.locals[s.saved.name]
        outer = (list(b.err_targets), list(b.frames), list(b.handling))
        depth = len(b.loops)
        after = b.new_block("endtry")

        def run_finally(propagating: mir.Value | None = None) -> None:
            """The finally code; with the exception `propagating` put aside while it runs,
            which is then the context of an exception the finally code raises (as the
            exception an except block handles)."""
            if not s.finalbody:
                return
            inner = (b.err_targets, b.frames, b.handling)
            b.err_targets, b.frames, b.handling = list(outer[0]), list(outer[1]), list(outer[2])
            if propagating is not None:
                b.emit(mir.CallC(None, "py4c_exc_push_handled", (propagating,)))
                add, noadd = b.new_block("finexc"), b.new_block("finexc_tb")
                add.ops.append(b.traceback_here())
                add.term = mir.Goto(noadd)
                noadd.ops.append(mir.CallC(None, "py4c_exc_pop_handled", (propagating,)))
                noadd.term = mir.Goto(outer[0][-1][1] if outer[0] else b.unwind_noadd_block())
                b.err_targets.append((add, noadd))
                b.frames.append((depth, lambda: b.emit(mir.CallC(None, "py4c_exc_pop_handled", (propagating,)))))
            self.block(s.finalbody)
            if propagating is not None:
                b.emit(mir.CallC(None, "py4c_exc_pop_handled", (propagating,)))
            b.err_targets, b.frames, b.handling = inner

        def propagate_target(release_saved: bool) -> tuple[mir.Block, mir.Block]:
            """An exception leaving the try: run finally with it put aside, re-raise."""
            add, noadd = b.new_block("tryexc"), b.new_block("tryexc_tb")
            add.ops.append(b.traceback_here())
            add.term = mir.Goto(noadd)
            here = b.block
            b.set_block(noadd)
            if release_saved:  # an exception leaving a handler: it no longer handles `saved`
                b.emit(mir.CallC(None, "py4c_exc_pop_handled", (saved,)))
                b.emit(mir.DecRef(saved, maybe_null=True))
                b.emit(mir.Assign(saved, mir.Null()))
            if s.finalbody:
                b.emit(mir.CallC(saved, "py4c_exc_fetch", ()))
                run_finally(saved)
                b.emit(mir.CallC(None, "py4c_exc_restore", (saved,)))
                b.emit(mir.DecRef(saved))
                b.emit(mir.Assign(saved, mir.Null()))
            b.goto(outer[0][-1][1] if outer[0] else b.unwind_noadd_block())
            b.set_block(here)
            return add, noadd

        # the body
        dispatch_add, dispatch = b.new_block("except"), b.new_block("except_tb")
        b.err_targets.append((dispatch_add, dispatch))
        b.frames.append((depth, run_finally))
        self.block(s.body)
        b.err_targets, b.frames = list(outer[0]), list(outer[1])
        # else: not protected by the handlers, but finally still runs
        if s.orelse:
            if s.finalbody:
                b.err_targets.append(propagate_target(False))
                b.frames.append((depth, run_finally))
            self.block(s.orelse)
            b.err_targets, b.frames = list(outer[0]), list(outer[1])
        run_finally()
        b.goto(after)
        # dispatch
        b.set_block(dispatch_add)
        b.emit(b.traceback_here())
        b.goto(dispatch)
        b.set_block(dispatch)
        b.emit(mir.CallC(saved, "py4c_exc_fetch", ()))
        for h in s.handlers:
            body, nxt = b.new_block("handler"), b.new_block("nexthandler")
            if h.classes:
                hit: mir.Value | None = None
                for cls in h.classes:
                    r = b.reg("i64")
                    b.emit(mir.CallC(r, "py4c_exc_is", (saved, mir.Imm(self.exc_ids[cls], "i32"))))
                    one = b.reg("i1")
                    b.emit(mir.Bin(one, "ne", r, mir.Imm(0, "i64")))
                    if hit is None:
                        hit = one
                    else:
                        both = b.reg("i1")
                        b.emit(mir.Bin(both, "or", hit, one))
                        hit = both
                assert hit is not None
                b.terminate(mir.Branch(hit, body, nxt))
            else:
                b.goto(body)
            b.set_block(body)
            b.line = h.span.line
            if h.var is not None and h.payload:
                obj = b.reg("ptr", "excobj", is_obj=True)
                b.emit(mir.CallC(obj, "py4c_exc_payload", (saved,)))
                self.store(h.var, obj, True)
            elif h.var is not None:
                b.emit(mir.IncRef(saved))
                self.store(h.var, saved, True)

            b.emit(mir.CallC(None, "py4c_exc_push_handled", (saved,)))  # new exceptions' context

            def leave_handler() -> None:
                b.emit(mir.CallC(None, "py4c_exc_pop_handled", (saved,)))
                b.emit(mir.DecRef(saved, maybe_null=True))
                b.emit(mir.Assign(saved, mir.Null()))
                run_finally()

            b.err_targets.append(propagate_target(True))
            b.frames.append((depth, leave_handler))
            b.handling.append(saved)
            self.block(h.body)
            b.err_targets, b.frames, b.handling = list(outer[0]), list(outer[1]), list(outer[2])
            leave_handler()
            b.goto(after)
            b.set_block(nxt)
        # no handler matched: finally, then the exception goes on
        if s.finalbody:
            run_finally(saved)
        b.emit(mir.CallC(None, "py4c_exc_restore", (saved,)))
        b.emit(mir.DecRef(saved))
        b.emit(mir.Assign(saved, mir.Null()))
        b.goto(outer[0][-1][1] if outer[0] else b.unwind_noadd_block())
        b.set_block(after)

    def raised(self, s: tir.Raise) -> None:
        """After `raise`: its cause (`from e` / `from None`), then the way out."""
        b = self.b
        if s.cause is not None:
            c, owned = self.expr(s.cause)
            b.emit(mir.CallC(None, "py4c_exc_set_cause", (c,)))
            b.release(c, owned)
        elif s.cause_none:
            b.emit(mir.CallC(None, "py4c_exc_set_cause", (mir.Null(),)))
        b.goto(b.error_exit())
        b.set_block(b.new_block("dead"))

    def return_value(self, v: mir.Value | None) -> None:
        b = self.b
        for op in b.exit_ops_list():
            b.emit(op)
        if v is None:
            b.terminate(mir.Return(mir.Imm(0, "i8")))
        elif isinstance(self.f.ret, BoolT):
            wide = b.reg("i8")
            b.emit(mir.Cast(wide, "zext", v))
            b.terminate(mir.Return(wide))
        else:
            b.terminate(mir.Return(v))

    def store(self, target: tir.Var, v: mir.Value, owned: bool) -> None:
        b = self.b
        if target.scope == "local" and tir.is_borrowed(target.name):
            b.emit(mir.Assign(b.locals[target.name], v))
            if owned:  # the value's owner keeps it alive: the temp only borrows it
                b.emit(mir.DecRef(v))
            return
        if not is_object(target.type):
            if target.scope == "local":
                b.emit(mir.Assign(b.locals[target.name], v))
            else:
                b.emit(mir.StoreGlobal(target.name, v))
            return
        v = b.to_owned(v, owned)
        old = b.reg("ptr", "old", is_obj=True)
        if target.scope == "local":
            b.emit(mir.Assign(old, b.locals[target.name]))
            b.emit(mir.Assign(b.locals[target.name], v))
        else:
            b.emit(mir.LoadGlobal(old, target.name))
            b.emit(mir.StoreGlobal(target.name, v))
        b.emit(mir.DecRef(old, maybe_null=True))

    def print_(self, s: tir.Print) -> None:
        """Evaluate every argument first (as CPython does before calling print), then write."""
        b = self.b
        stream = mir.Imm(1 if s.to_stderr else 0, "i64")
        vals = [self.expr(a) for a in s.args]
        sep = self.expr(s.sep) if s.sep is not None else (mir.StrConst(" "), False)
        end = self.expr(s.end) if s.end is not None else (mir.StrConst("\n"), False)
        for i, (v, _) in enumerate(vals):
            if i:
                b.emit(mir.CallC(None, "py4c_print_str", (sep[0], stream)))
            b.emit(mir.CallC(None, "py4c_print_str", (v, stream)))
        b.emit(mir.CallC(None, "py4c_print_str", (end[0], stream)))
        for v, owned in reversed([*vals, sep, end]):
            b.release(v, owned)

    def for_range(self, s: tir.ForRange) -> None:
        b = self.b
        start, _ = self.expr(s.start)
        cur = b.reg("i64", "i")
        b.emit(mir.Assign(cur, start))
        stop_v, _ = self.expr(s.stop)
        stop = b.reg("i64", "stop")
        b.emit(mir.Assign(stop, stop_v))
        step_v, _ = self.expr(s.step)
        step = b.reg("i64", "step")
        b.emit(mir.Assign(step, step_v))
        const_step = s.step.value if isinstance(s.step, tir.Const) and isinstance(s.step.value, int) else None
        if const_step is None:
            zero = b.reg("i1")
            b.emit(mir.Bin(zero, "eq", step, mir.Imm(0, "i64")))
            b.raise_if(zero, "ValueError", "range() arg 3 must not be zero")
        head, loop, nxt, other, done = (b.new_block(n) for n in ("for", "forbody", "fornext", "forelse", "endfor"))
        b.goto(head)
        b.set_block(head)
        more = b.reg("i1", "more")
        if const_step is not None:
            b.emit(mir.Bin(more, "slt" if const_step > 0 else "sgt", cur, stop))
        else:
            up, down, pos = b.reg("i1"), b.reg("i1"), b.reg("i1")
            b.emit(mir.Bin(up, "slt", cur, stop))
            b.emit(mir.Bin(down, "sgt", cur, stop))
            b.emit(mir.Bin(pos, "sgt", step, mir.Imm(0, "i64")))
            b.emit(mir.Select(more, pos, up, down))
        b.terminate(mir.Branch(more, loop, other))
        b.set_block(loop)
        self.store(s.var, cur, False)
        b.loops.append((nxt, done))
        self.block(s.body)
        b.loops.pop()
        b.goto(nxt)
        b.set_block(nxt)
        # the next value overflowing 64 bits is past any stop: the loop ends
        flag = b.reg("i1", "ovf")
        b.emit(mir.Ovf(cur, flag, "sadd", cur, step))
        b.terminate(mir.Branch(flag, other, head, likely=False))
        b.set_block(other)
        self.block(s.orelse)
        b.goto(done)
        b.set_block(done)

    # ------------------------------------------------------------ expressions

    def cond(self, test: tir.Expr, yes: mir.Block, no: mir.Block, likely: bool | None = None) -> None:
        v, _ = self.expr(test)
        self.b.terminate(mir.Branch(v, yes, no, likely))

    def expr(self, e: tir.Expr) -> tuple[mir.Value, bool]:
        b = self.b
        match e:
            case tir.Const(value=value, type=t):
                return const(value, t), False
            case tir.Var(name=name, scope=scope, type=t):
                if scope == "local":
                    return b.locals[name], False
                r = b.reg(rtype(t), "g_" + _safe(name), is_object(t))
                b.emit(mir.LoadGlobal(r, name))
                if is_object(t):
                    self.global_defined(r, name)
                    b.emit(mir.IncRef(r))  # a call may rebind the global while we use it
                    return b.own(r), True
                return r, False
            case tir.Prim(op=op, args=args, type=t):
                return self.prim(op, args, t)
            case tir.Call(func=func, args=args, type=t, vslot=vslot):
                return self.call(func, args, t, vslot)
            case tir.BoolChain():
                return self.bool_chain(e)
            case tir.CondExpr(test=test, body=body, orelse=orelse, type=t):
                out = b.reg(rtype(t), "ce", is_object(t))
                yes, no, join = b.new_block("cethen"), b.new_block("ceelse"), b.new_block("ceend")
                self.cond(test, yes, no)
                for blk, part in ((yes, body), (no, orelse)):
                    b.set_block(blk)
                    v, owned = self.expr(part)
                    b.emit(mir.Assign(out, b.to_owned(v, owned) if is_object(t) else v))
                    b.goto(join)
                b.set_block(join)
                return (b.own(out), True) if is_object(t) else (out, False)
            case tir.Let(var=var, value=value, body=body):
                v, owned = self.expr(value)
                self.store(var, v, owned)
                return self.expr(body)
            case tir.TupleDisplay(items=items, type=t):
                # every item first: nothing can fail once the tuple exists
                return build_tuple(b, t, [self.expr(item) for item in items]), True
            case tir.StmtExpr(stmts=stmts, result=result):
                self.block(stmts)
                return self.expr(result)
            case tir.ListDisplay(items=items, type=t):
                lst = new_list(b, t, len(items))
                assert isinstance(t, ListT)
                for i, item in enumerate(items):
                    v, owned = self.expr(item)
                    store_new_item(b, lst, i, v, owned, t.elem)
                return lst, True
            case _:
                assert_never(e)

    def global_defined(self, r: mir.Reg, name: str) -> None:
        b = self.b
        missing = b.reg("i1")
        b.emit(mir.Bin(missing, "eq", r, mir.Null()))
        b.raise_if(missing, "NameError", f"name '{name}' is not defined")

    def prim(self, op: str, args: tuple[tir.Expr, ...], result_type: Type) -> tuple[mir.Value, bool]:
        b = self.b
        if op == "obj.upcast":
            return self.expr(args[0])  # the same reference, seen as another static type
        typed_emitter = TYPED_PRIMITIVES.get(op)
        emitter = PRIMITIVES.get(op)
        if emitter is None and typed_emitter is None:
            raise KeyError(f"py4c internal error: no primitive registered for '{op}'")
        vals = [self.expr(a) for a in args]
        if typed_emitter is not None:
            result, owned = typed_emitter(b, [v for v, _ in vals], [a.type for a in args], result_type)
        else:
            assert emitter is not None
            result, owned = emitter(b, [v for v, _ in vals])
        for v, o in reversed(vals):
            b.release(v, o)
        return result, owned

    def call(self, func: str, args: tuple[tir.Expr, ...], t: Type, vslot: int = -1) -> tuple[mir.Value, bool]:
        b = self.b
        vals = [self.expr(a) for a in args]
        rt = return_rtype(t)
        dest = b.reg(rt, "call", is_object(t))
        if vslot >= 0:
            # a method some subclass overrides: through the vtable of the receiver's class
            cls, table, fn = b.reg("ptr", "cls"), b.reg("ptr", "vtable"), b.reg("ptr", "method")
            b.emit(mir.LoadField(cls, vals[0][0], "object", "cls"))
            b.emit(mir.LoadField(table, cls, "class", "vtable"))
            b.emit(mir.LoadItem(fn, table, mir.Imm(vslot, "i64")))
            b.emit(mir.CallPtr(dest, fn, tuple(v for v, _ in vals)))
        else:
            b.emit(mir.Call(dest, func, tuple(v for v, _ in vals)))
        for v, o in reversed(vals):
            b.release(v, o)
        if is_object(t):
            b.check_null(dest)
            return b.own(dest), True
        ev = error_value(t)
        is_err = b.reg("i1", "iserr")
        b.emit(mir.Bin(is_err, "foeq" if rt == "f64" else "eq", dest, ev))
        if isinstance(t, (BoolT, NoneT)):
            b.branch_error(is_err)
        else:
            # scalar results may legitimately equal the magic value: confirm with the flag
            maybe, sure = b.new_block("maybeerr"), b.new_block("callok")
            b.terminate(mir.Branch(is_err, maybe, sure, likely=False))
            b.set_block(maybe)
            b.check_pending()
            b.goto(sure)
            b.set_block(sure)
        if isinstance(t, BoolT):
            narrow = b.reg("i1")
            b.emit(mir.Cast(narrow, "trunc", dest))
            return narrow, False
        if isinstance(t, NoneT):
            return mir.Imm(0, "i1"), False
        return dest, False

    def bool_chain(self, e: tir.BoolChain) -> tuple[mir.Value, bool]:
        b = self.b
        obj = is_object(e.type)
        out = b.reg(rtype(e.type), "bc", obj)
        join = b.new_block("bcend")
        for i, part in enumerate(e.values):
            v, owned = self.expr(part)
            b.emit(mir.Assign(out, b.to_owned(v, owned) if obj else v))
            if i == len(e.values) - 1:
                b.goto(join)
                break
            truth = self.truth_of(out, e.type)
            nxt = b.new_block("bcnext")
            if e.op == "and":
                b.terminate(mir.Branch(truth, nxt, join))
            else:
                b.terminate(mir.Branch(truth, join, nxt))
            b.set_block(nxt)
            if obj:
                b.emit(mir.DecRef(out))
        b.set_block(join)
        return (b.own(out), True) if obj else (out, False)

    def truth_of(self, v: mir.Value, t: Type) -> mir.Value:
        if isinstance(t, BoolT):
            return v
        if isinstance(t, NoneT):
            return mir.Imm(0, "i1")
        if isinstance(t, TupleT):
            return mir.Imm(int(bool(t.items)), "i1")
        if isinstance(t, OptT):
            live = self.b.reg("i1")
            self.b.emit(mir.Bin(live, "ne", v, mir.NoneRef()))
            return live
        if isinstance(t, (ClassT, ExcT)):
            return mir.Imm(1, "i1")  # (the checker rejects and/or on objects with __bool__/__len__)
        name = "list.truth" if isinstance(t, ListT) else f"{t}.truth"
        r, _ = PRIMITIVES[name](self.b, [v])
        return r


def calls_functions(node: object) -> bool:
    """Does this tir subtree call a compiled function?"""
    if isinstance(node, tir.Call):
        return True
    if isinstance(node, tuple):
        return any(calls_functions(x) for x in node)
    fields = getattr(node, "__dataclass_fields__", None)
    if fields is None:
        return False
    return any(calls_functions(getattr(node, name)) for name in fields if name not in ("span", "type"))


def const(value: int | float | bool | str | None, t: Type) -> mir.Value:
    if isinstance(value, str):
        return mir.StrConst(value)
    rt = rtype(t)
    if value is None and isinstance(t, OptT):
        return mir.NoneRef()
    if value is None:
        return mir.Null() if rt == "ptr" else mir.Imm(0, "i1")
    if isinstance(value, bool):
        return mir.Imm(int(value), rt)
    if rt == "f64":
        return mir.Imm(float(value), "f64")
    return mir.Imm(int(value), rt)


def _safe(name: str) -> str:
    return name.replace("$", "_")
