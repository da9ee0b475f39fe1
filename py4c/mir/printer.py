"""Text form of mir, printed by `py4c build --emit-ir` and used by golden tests."""

from __future__ import annotations

from py4c import mir


def value(v: mir.Value) -> str:
    match v:
        case mir.Reg():
            return f"%{v.name}"
        case mir.Imm():
            return f"{v.value!r}:{v.rtype}"
        case mir.StrConst():
            return f"str {v.value!r}"
        case mir.CStr():
            return f"c{v.value!r}"
        case mir.Null():
            return "null"
        case mir.NoneRef():
            return "None"
        case mir.TInfo():
            return f"tinfo{v.desc!r}"


def op(o: mir.Op) -> str:
    match o:
        case mir.Assign():
            return f"%{o.dest.name} = {value(o.src)}"
        case mir.Bin():
            return f"%{o.dest.name} = {o.op} {value(o.a)}, {value(o.b)}"
        case mir.Ovf():
            return f"%{o.dest.name}, %{o.flag.name} = {o.op}.ovf {value(o.a)}, {value(o.b)}"
        case mir.Cast():
            return f"%{o.dest.name} = {o.op} {value(o.src)} to {o.dest.rtype}"
        case mir.Select():
            return f"%{o.dest.name} = select {value(o.cond)}, {value(o.a)}, {value(o.b)}"
        case mir.CallC() | mir.Call():
            kind = "call_c" if isinstance(o, mir.CallC) else "call"
            lhs = f"%{o.dest.name} = " if o.dest is not None else ""
            return f"{lhs}{kind} {o.symbol}({', '.join(value(a) for a in o.args)})"
        case mir.LoadField():
            return f"%{o.dest.name} = {value(o.obj)}->{o.struct}.{o.field}"
        case mir.LoadGlobal():
            return f"%{o.dest.name} = global {o.name}"
        case mir.StoreGlobal():
            return f"global {o.name} = {value(o.src)}"
        case mir.StackArray():
            return f"%{o.dest.name} = array [{', '.join(value(a) for a in o.values)}]"
        case mir.ExcPending():
            return f"%{o.dest.name} = exc_pending"
        case mir.StackGuard():
            return f"%{o.dest.name} = stack_exhausted"
        case mir.IncRef():
            return f"incref {value(o.obj)}"
        case mir.DecRef():
            return f"{'x' if o.maybe_null else ''}decref {value(o.obj)}"
        case mir.Spill():
            return f"%{o.dest.name} = slot {o.rtype}" + ("" if o.src is None else f" = {value(o.src)}")
        case mir.LoadItem():
            return f"%{o.dest.name} = {value(o.base)}[{value(o.index)}]:{o.dest.rtype}"
        case mir.StoreItem():
            return f"{value(o.base)}[{value(o.index)}] = {value(o.value)}"
        case mir.CallPtr():
            return f"%{o.dest.name} = callptr {value(o.fn)}(" + ", ".join(value(a) for a in o.args) + ")"
        case mir.FuncRef():
            return f"%{o.dest.name} = &{o.symbol}"
        case mir.ClassRef():
            return f"%{o.dest.name} = class {o.name}"
        case mir.LoadSlot():
            return f"%{o.dest.name} = {value(o.obj)}.slot[{value(o.index)}]:{o.dest.rtype}"
        case mir.StoreSlot():
            return f"{value(o.obj)}.slot[{value(o.index)}] = {value(o.value)}"


def term(t: mir.Terminator | None) -> str:
    match t:
        case mir.Goto():
            return f"goto {t.target.label}"
        case mir.Branch():
            hint = "" if t.likely is None else (" (likely)" if t.likely else " (unlikely)")
            return f"branch {value(t.cond)}, {t.true.label}, {t.false.label}{hint}"
        case mir.Return():
            return "return" + ("" if t.value is None else f" {value(t.value)}")
        case mir.Unreachable():
            return "unreachable"
        case None:
            return "<no terminator>"


def function(f: mir.Function) -> str:
    params = ", ".join(f"%{p.name}: {p.rtype}" for p in f.params)
    lines = [f"def {f.symbol}({params}) -> {f.ret}:  # {f.name}"]
    for b in f.blocks:
        lines.append(f"  {b.label}:")
        lines.extend(f"    {op(o)}" for o in b.ops)
        lines.append(f"    {term(b.term)}")
    return "\n".join(lines)


def module(m: mir.Module) -> str:
    out = [f"# module {m.path}"]
    out += [f"global {g.name}: {g.rtype}{' (object)' if g.is_obj else ''}" for g in m.globals]
    out += [function(f) for f in m.functions]
    return "\n\n".join(out) + "\n"
