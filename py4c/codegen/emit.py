"""LLVM emission: mir.Module -> LLVM IR text (llvmlite, opaque pointers).

Phase: codegen. Every mir register becomes a stack slot in the entry block (LLVM's
mem2reg/SROA turn them into SSA values at -O1 and above); ops map one to one onto LLVM
instructions; reference counting is emitted inline (increment; decrement and a call to
`py4c_dealloc` at zero). Error branches carry branch weights so that LLVM lays out the
happy path straight.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

os.environ.setdefault("LLVMLITE_ENABLE_IR_LAYER_TYPED_POINTERS", "0")

from llvmlite import ir  # noqa: E402

from py4c import mir  # noqa: E402
from py4c.codegen.layout import FIELDS, TUPLE_ITEMS, IMMORTAL, STR_TYPE_ID  # noqa: E402

if TYPE_CHECKING:
    from py4c.codegen.ext import ExtPlan

I1, I8, I32, I64 = ir.IntType(1), ir.IntType(8), ir.IntType(32), ir.IntType(64)
F64 = ir.DoubleType()
PTR = ir.PointerType()
VOID = ir.VoidType()
LL = {"i1": I1, "i8": I8, "i32": I32, "i64": I64, "f64": F64, "ptr": PTR, "void": VOID}

_ICMP = {"eq": "==", "ne": "!=", "slt": "<", "sle": "<=", "sgt": ">", "sge": ">=",
         "ult": "<", "ule": "<=", "ugt": ">", "uge": ">="}
_FCMP = {"foeq": ("==", True), "fune": ("!=", False), "folt": ("<", True), "fole": ("<=", True),
         "fogt": (">", True), "foge": (">=", True)}


def opaque(g: ir.GlobalVariable) -> ir.GlobalVariable:
    """Give a global the opaque `ptr` type: llvmlite would otherwise type it as a pointer
    to its value type, and two such pointers to different types do not compare equal."""
    g.type = PTR
    return g


class ModuleEmitter:
    def __init__(self, m: mir.Module, triple: str, data_layout: str, ext: ExtPlan | None = None) -> None:
        self.m = m
        self.ext = ext
        self.mod = ir.Module(name=os.path.basename(m.path))
        self.mod.triple = triple
        self.mod.data_layout = data_layout
        self.strs: dict[str, ir.GlobalVariable] = {}
        self.cstrs: dict[str, ir.GlobalVariable] = {}
        self.funcs: dict[str, ir.Function] = {}
        self.globals: dict[str, ir.GlobalVariable] = {}
        self.tinfos: dict[tuple[object, ...], ir.GlobalVariable] = {}
        self.weights = self.mod.add_metadata([ir.MetaDataString(self.mod, "branch_weights"),
                                              I32(1), I32(2000)])
        self.weights_likely = self.mod.add_metadata([ir.MetaDataString(self.mod, "branch_weights"),
                                                     I32(2000), I32(1)])

    def run(self) -> str:
        for g in self.m.globals:
            var = ir.GlobalVariable(self.mod, LL[g.rtype], f"py4c_g_{g.name}")
            var.linkage = "internal"
            var.initializer = ir.Constant(LL[g.rtype], None)
            self.globals[g.name] = opaque(var)
        for f in self.m.functions:
            fnty = ir.FunctionType(LL[f.ret], [LL[p.rtype] for p in f.params])
            fn = ir.Function(self.mod, fnty, f.symbol)
            fn.linkage = "internal"
            self.funcs[f.symbol] = fn
        for c in self.m.classes:
            self.define_class(c)
        for f in self.m.functions:
            FunctionEmitter(self, f, self.funcs[f.symbol]).run()
        if self.ext is not None:  # a CPython extension module: its entry points instead of main
            from py4c.codegen.ext import emit_entry_points
            emit_entry_points(self, self.ext, self.m.entry)
        else:
            self.emit_main()
        return str(self.mod)

    def emit_main(self) -> None:
        main = ir.Function(self.mod, ir.FunctionType(I32, [I32, PTR]), "main")
        b = ir.IRBuilder(main.append_basic_block("entry"))
        entry = self.declare("py4c_main", I32, [I32, PTR, PTR, PTR])
        b.ret(b.call(entry, [main.args[0], main.args[1], self.funcs[self.m.entry], self.emit_fini()]))

    def emit_fini(self) -> ir.Function:
        """At exit, release the module's object globals in order, as CPython clears a
        module: a suspended generator is closed then (its `finally` runs)."""
        fini = ir.Function(self.mod, ir.FunctionType(VOID, []), "py4c_module_fini")
        fini.linkage = "internal"
        b = ir.IRBuilder(fini.append_basic_block("entry"))
        dealloc = self.declare("py4c_dealloc", VOID, [PTR])
        for g in self.m.globals:
            if not g.is_obj:
                continue
            slot = self.globals[g.name]
            p = b.load(slot, typ=PTR)
            b.store(ir.Constant(PTR, None), slot)
            live = b.icmp_unsigned("!=", p, ir.Constant(PTR, None))
            with b.if_then(live):
                rc = b.sub(b.load(p, typ=I64), I64(1))
                b.store(rc, p)
                with b.if_then(b.icmp_signed("==", rc, I64(0))):
                    b.call(dealloc, [p])
        b.ret_void()
        return fini

    def declare(self, name: str, ret: ir.Type, args: list[ir.Type]) -> ir.Function:
        fn = self.mod.globals.get(name)
        if fn is None:
            fn = ir.Function(self.mod, ir.FunctionType(ret, args), name)
        assert isinstance(fn, ir.Function)
        return fn

    def tinfo(self, desc: tuple[object, ...]) -> ir.GlobalVariable:
        g = self.tinfos.get(desc)
        if g is None:
            tag, kind, elem, *rest = desc
            val = rest[0] if rest else None
            fields = rest[1] if len(rest) > 1 else None
            cls_name = rest[2] if len(rest) > 2 else None
            cls_ptr = self.class_desc(cls_name) if isinstance(cls_name, str) else ir.Constant(PTR, None)
            assert isinstance(tag, int) and isinstance(kind, int)
            elem_ptr = self.tinfo(elem) if isinstance(elem, tuple) else ir.Constant(PTR, None)
            val_ptr = self.tinfo(val) if isinstance(val, tuple) else ir.Constant(PTR, None)
            n, fields_ptr = 0, ir.Constant(PTR, None)
            if isinstance(fields, tuple) and fields:
                n = len(fields)
                aty = ir.ArrayType(PTR, n)
                arr = ir.GlobalVariable(self.mod, aty, self.mod.get_unique_name("py4c_tfields"))
                arr.linkage = "private"
                arr.global_constant = True
                arr.initializer = aty([self.tinfo(f) for f in fields if isinstance(f, tuple)])
                fields_ptr = opaque(arr)
            ty = ir.LiteralStructType([I64, I64, PTR, PTR, I64, PTR, PTR])
            g = ir.GlobalVariable(self.mod, ty, self.mod.get_unique_name("py4c_tinfo"))
            g.linkage = "private"
            g.global_constant = True
            g.initializer = ty([I64(tag), I64(kind), elem_ptr, val_ptr, I64(n), fields_ptr, cls_ptr])
            self.tinfos[desc] = opaque(g)
        return self.tinfos[desc]

    CLASS_TYPE = ir.LiteralStructType([PTR, I64, PTR, PTR, PTR, PTR, PTR, PTR, PTR, PTR, I64])  # struct py4c_class

    def class_desc(self, name: str) -> ir.GlobalVariable:
        g = self.mod.globals.get(f"py4c_class.{name}")
        if g is None:
            g = opaque(ir.GlobalVariable(self.mod, self.CLASS_TYPE, f"py4c_class.{name}"))
            g.linkage = "private"
            g.global_constant = True
        assert isinstance(g, ir.GlobalVariable)
        return g

    def define_class(self, c: mir.ClassDesc) -> None:
        null = ir.Constant(PTR, None)

        def const_array(items: list[ir.Constant], what: str) -> ir.Constant:
            if not items:
                return null
            aty = ir.ArrayType(PTR, len(items))
            arr = ir.GlobalVariable(self.mod, aty, self.mod.get_unique_name(f"py4c_{what}.{c.name}"))
            arr.linkage = "private"
            arr.global_constant = True
            arr.initializer = aty(items)
            return opaque(arr)

        fields = const_array([self.tinfo(f) for f in c.fields], "fields")
        vtable = const_array([self.funcs[s] for s in c.vtable], "vtable")
        special = [self.funcs[c.special[k]] if k in c.special else null for k in ("eq", "lt", "hash", "repr", "str")]
        base = self.class_desc(c.base) if c.base is not None else null
        g = self.class_desc(c.name)
        g.initializer = self.CLASS_TYPE([self.cstr(c.name), I64(len(c.fields)), fields, base, vtable, *special,
                                         I64(c.flags)])

    def extern_global(self, name: str, ty: ir.Type) -> ir.GlobalVariable:
        g = self.mod.globals.get(name)
        if g is None:
            g = opaque(ir.GlobalVariable(self.mod, ty, name))
        assert isinstance(g, ir.GlobalVariable)
        return g

    def str_const(self, s: str) -> ir.GlobalVariable:
        g = self.strs.get(s)
        if g is None:
            data = s.encode("utf-8")
            arr = ir.ArrayType(I8, len(data) + 1)
            ty = ir.LiteralStructType([I64, I32, I32, I64, I64, I64, I64, arr])
            g = ir.GlobalVariable(self.mod, ty, f"py4c_str.{len(self.strs)}")
            g.linkage = "private"
            g.global_constant = False  # the refcount field is written (and never reaches 0)
            g.align = 8
            g.initializer = ty([I64(IMMORTAL), I32(STR_TYPE_ID), I32(0), I64(len(data)), I64(len(s)), I64(-1),
                                I64(1 if s.isascii() else 0), arr(bytearray(data + b"\0"))])
            self.strs[s] = opaque(g)
        return self.strs[s]

    def cstr(self, s: str) -> ir.GlobalVariable:
        g = self.cstrs.get(s)
        if g is None:
            data = bytearray(s.encode("utf-8") + b"\0")
            arr = ir.ArrayType(I8, len(data))
            g = ir.GlobalVariable(self.mod, arr, f"py4c_cstr.{len(self.cstrs)}")
            g.linkage = "private"
            g.global_constant = True
            g.unnamed_addr = True
            g.initializer = arr(data)
            self.cstrs[s] = opaque(g)
        return self.cstrs[s]


class FunctionEmitter:
    def __init__(self, me: ModuleEmitter, f: mir.Function, fn: ir.Function) -> None:
        self.me, self.f, self.fn = me, f, fn
        self.slots: dict[int, ir.AllocaInstr] = {}
        self.blocks: dict[int, ir.Block] = {}

    def run(self) -> None:
        entry = self.fn.append_basic_block("alloca")
        b = ir.IRBuilder(entry)
        for r in self.f.regs:
            self.slots[id(r)] = b.alloca(LL[r.rtype], name=r.name)
        for p, arg in zip(self.f.params, self.fn.args):
            b.store(arg, self.slots[id(p)])
        for blk in self.f.blocks:
            self.blocks[id(blk)] = self.fn.append_basic_block(blk.label)
        b.branch(self.blocks[id(self.f.blocks[0])])
        for blk in self.f.blocks:
            self.b = ir.IRBuilder(self.blocks[id(blk)])
            for o in blk.ops:
                self.op(o)
            self.term(blk.term)

    def val(self, v: mir.Value) -> ir.Value:
        match v:
            case mir.Reg():
                return self.b.load(self.slots[id(v)])
            case mir.Imm():
                return ir.Constant(LL[v.rtype], v.value)
            case mir.StrConst():
                return self.me.str_const(v.value)
            case mir.CStr():
                return self.me.cstr(v.value)
            case mir.Null():
                return ir.Constant(PTR, None)
            case mir.NoneRef():
                return self.me.extern_global("py4c_none_obj", ir.LiteralStructType([I64, I32, I32]))
            case mir.TInfo():
                return self.me.tinfo(v.desc)

    def store(self, r: mir.Reg, x: ir.Value) -> None:
        self.b.store(x, self.slots[id(r)])

    def op(self, o: mir.Op) -> None:
        b = self.b
        match o:
            case mir.Assign():
                self.store(o.dest, self.val(o.src))
            case mir.Bin():
                self.store(o.dest, self.binop(o.op, self.val(o.a), self.val(o.b)))
            case mir.Ovf():
                ty = LL[o.dest.rtype]
                fn = self.me.declare(f"llvm.{o.op}.with.overflow.i{ty.width}",
                                     ir.LiteralStructType([ty, I1]), [ty, ty])
                pair = b.call(fn, [self.val(o.a), self.val(o.b)])
                self.store(o.dest, b.extract_value(pair, 0))
                self.store(o.flag, b.extract_value(pair, 1))
            case mir.Cast():
                x, ty = self.val(o.src), LL[o.dest.rtype]
                ops = {"sext": b.sext, "zext": b.zext, "trunc": b.trunc, "sitofp": b.sitofp, "uitofp": b.uitofp}
                self.store(o.dest, b.fneg(x) if o.op == "fneg" else ops[o.op](x, ty))
            case mir.Select():
                self.store(o.dest, b.select(self.val(o.cond), self.val(o.a), self.val(o.b)))
            case mir.CallC() | mir.Call():
                args = [self.val(a) for a in o.args]
                if isinstance(o, mir.Call):
                    fn = self.me.funcs[o.symbol]
                else:
                    ret = LL[o.dest.rtype] if o.dest is not None else VOID
                    fn = self.me.declare(o.symbol, ret, [PTR if isinstance(a.type, ir.PointerType) else a.type for a in args])
                r = b.call(fn, args)
                if o.dest is not None:
                    self.store(o.dest, r)
            case mir.LoadField():
                index = FIELDS[o.struct][o.field]
                addr = b.gep(self.val(o.obj), [I64(index)], source_etype=I64)
                self.store(o.dest, b.load(addr, typ=LL[o.dest.rtype]))
            case mir.LoadGlobal():
                self.store(o.dest, b.load(self.me.globals[o.name], typ=LL[o.dest.rtype]))
            case mir.StoreGlobal():
                b.store(self.val(o.src), self.me.globals[o.name])
            case mir.StackArray():
                with b.goto_entry_block():
                    slot = b.alloca(PTR, size=max(len(o.values), 1))
                for i, v in enumerate(o.values):
                    b.store(self.val(v), b.gep(slot, [I64(i)], source_etype=PTR))
                self.store(o.dest, slot)
            case mir.ExcPending():
                flag = self.me.extern_global("py4c_exc_type", I32)
                self.store(o.dest, b.icmp_unsigned("!=", b.load(flag, typ=I32), I32(0)))
            case mir.StackGuard():
                limit = self.me.extern_global("py4c_stack_limit", PTR)
                frame = b.call(self.me.declare("llvm.frameaddress.p0", PTR, [I32]), [I32(0)])
                self.store(o.dest, b.icmp_unsigned("<", b.ptrtoint(frame, I64), b.ptrtoint(b.load(limit, typ=PTR), I64)))
            case mir.Spill():
                with b.goto_entry_block():
                    slot = b.alloca(LL[o.rtype])
                if o.src is not None:
                    b.store(self.val(o.src), slot)
                self.store(o.dest, slot)
            case mir.LoadItem():
                ty = LL[o.dest.rtype]
                addr = b.gep(self.val(o.base), [self.val(o.index)], source_etype=ty)
                self.store(o.dest, b.load(addr, typ=ty))
            case mir.StoreItem():
                x = self.val(o.value)
                addr = b.gep(self.val(o.base), [self.val(o.index)], source_etype=x.type)
                b.store(x, addr)
            case mir.CallPtr():
                args = [self.val(a) for a in o.args]
                fnty = ir.FunctionType(LL[o.dest.rtype], [a.type for a in args])
                self.store(o.dest, self.indirect(fnty, o.fn, args))
            case mir.FuncRef():
                self.store(o.dest, self.me.funcs[o.symbol])
            case mir.ClassRef():
                self.store(o.dest, self.me.class_desc(o.name))
            case mir.LoadSlot():
                self.store(o.dest, b.load(self.slot_addr(o.obj, o.index), typ=LL[o.dest.rtype]))
            case mir.StoreSlot():
                b.store(self.val(o.value), self.slot_addr(o.obj, o.index))
            case mir.IncRef():
                if not isinstance(o.obj, mir.StrConst):
                    p = self.val(o.obj)
                    b.store(b.add(b.load(p, typ=I64), I64(1)), p)
            case mir.DecRef():
                if not isinstance(o.obj, mir.StrConst):
                    self.decref(self.val(o.obj), o.maybe_null)

    def indirect(self, fnty: ir.FunctionType, fn: mir.Value, args: list[ir.Value]) -> ir.Value:
        """A call through a function pointer (opaque `ptr`) of the given type."""
        callee = self.val(fn)
        # llvmlite reads the callee's function type from the value; a loaded pointer has
        # none, so give it one (the IR text is `call <ret> %p(...)`, valid with opaque pointers)
        callee.__class__ = type("FnPtr", (type(callee),), {"function_type": fnty})
        return self.b.call(callee, args)

    def slot_addr(self, obj: mir.Value, index: mir.Value) -> ir.Value:
        b = self.b
        if isinstance(index, mir.Imm):
            word: ir.Value = I64(TUPLE_ITEMS + int(index.value))
        else:
            word = b.add(self.val(index), I64(TUPLE_ITEMS))
        return b.gep(self.val(obj), [word], source_etype=I64)

    def decref(self, p: ir.Value, maybe_null: bool) -> None:
        b = self.b
        done = self.fn.append_basic_block("dec.done")
        if maybe_null:
            live = self.fn.append_basic_block("dec.live")
            b.cbranch(b.icmp_unsigned("!=", p, ir.Constant(PTR, None)), live, done)
            b.position_at_end(live)
        rc = b.sub(b.load(p, typ=I64), I64(1))
        b.store(rc, p)
        free = self.fn.append_basic_block("dec.free")
        br = b.cbranch(b.icmp_signed("==", rc, I64(0)), free, done)
        br.set_metadata("prof", self.me.weights)
        b.position_at_end(free)
        b.call(self.me.declare("py4c_dealloc", VOID, [PTR]), [p])
        b.branch(done)
        b.position_at_end(done)

    def binop(self, op: str, x: ir.Value, y: ir.Value) -> ir.Value:
        b = self.b
        if op in _ICMP:
            if op[0] == "u":
                return b.icmp_unsigned(_ICMP[op], x, y)
            if op in ("eq", "ne") and isinstance(x.type, ir.PointerType):
                return b.icmp_unsigned(_ICMP[op], x, y)
            return b.icmp_signed(_ICMP[op], x, y)
        if op in _FCMP:
            sym, ordered = _FCMP[op]
            return b.fcmp_ordered(sym, x, y) if ordered else b.fcmp_unordered(sym, x, y)
        table = {"add": b.add, "sub": b.sub, "mul": b.mul, "sdiv": b.sdiv, "srem": b.srem, "udiv": b.udiv,
                 "urem": b.urem, "shl": b.shl, "ashr": b.ashr, "lshr": b.lshr, "and": b.and_, "or": b.or_,
                 "xor": b.xor, "fadd": b.fadd, "fsub": b.fsub, "fmul": b.fmul, "fdiv": b.fdiv}
        return table[op](x, y)

    def term(self, t: mir.Terminator | None) -> None:
        b = self.b
        match t:
            case mir.Goto():
                b.branch(self.blocks[id(t.target)])
            case mir.Branch():
                br = b.cbranch(self.val(t.cond), self.blocks[id(t.true)], self.blocks[id(t.false)])
                if t.likely is not None:
                    br.set_metadata("prof", self.me.weights_likely if t.likely else self.me.weights)
            case mir.Return():
                if t.value is None:
                    b.ret_void()
                else:
                    b.ret(self.val(t.value))
            case mir.Unreachable() | None:
                b.unreachable()


def emit_module(m: mir.Module, triple: str, data_layout: str, ext: ExtPlan | None = None) -> str:
    return ModuleEmitter(m, triple, data_layout, ext).run()
