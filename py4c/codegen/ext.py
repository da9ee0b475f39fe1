"""CPython extension modules (`py4c build --ext`): the LLVM entry points and the C tables.

Phase: codegen. Input: the program's tir.Interface (typecheck/exports.py) and the
LLVM module being emitted. Output:
- in LLVM (emit_entry_points): one trampoline per exposed callable,
  `i32 py4c_ext_tramp_N(ptr slots, ptr ret)`, that loads the arguments from 8-byte slots
  (each in its storage kind, as list items are stored), calls the compiled function and
  stores its result, returning 1 when an exception is pending; pointers to the type
  infos, class descriptors and globals the C side needs; `py4c_ext_module_init`;
- in C (glue_source): the tables of ext_runtime/py4c_ext.h describing the module and one
  short function per method for CPython's method tables.
Both sides number things the same way because both walk the same ExtPlan.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from llvmlite import ir

from py4c import tir
from py4c.codegen.builder import EXC_IDS
from py4c.codegen.layout import tinfo_desc
from py4c.types import (BoolT, ClassT, DictT, FloatT, IntT, ListT, NoneT, OptT, SetT, StrT, TupleT, Type, is_object)

KINDS = {"posonly": 0, "normal": 1, "kwonly": 2}
FUNC_KINDS = {"function": "XF_FUNCTION", "method": "XF_METHOD", "static": "XF_STATIC", "property": "XF_PROPERTY",
              "setter": "XF_SETTER", "ctor": "XF_CTOR"}


@dataclass
class ExtPlan:
    iface: tir.Interface
    exceptions: tuple[tuple[str, str], ...]
    types: list[Type] = field(default_factory=list)  # every boundary type, numbered
    funcs: list[tir.ExtFunc] = field(default_factory=list)  # every callable, numbered (trampolines)

    def __post_init__(self) -> None:
        for f in self.iface.functions:
            self.add_func(f)
        for c in self.iface.classes:
            if c.ctor is not None:
                self.add_func(c.ctor)
            for m in c.methods:
                self.add_func(m)
            for _, t in c.fields:
                if self.crosses(t):
                    self.type_index(t)
        for _, _, t in self.iface.globals:
            self.type_index(t)

    def crosses(self, t: Type) -> bool:
        """Whether a field's values can cross (a field holding a callable stays hidden)."""
        from py4c.typecheck.exports import crossing_problem

        return crossing_problem(t, {c.name for c in self.iface.classes if not c.exception}) is None

    def add_func(self, f: tir.ExtFunc) -> None:
        self.funcs.append(f)
        for p in f.params:
            self.type_index(p.type)
        self.type_index(f.ret)

    def type_index(self, t: Type) -> int:
        if t in self.types:
            return self.types.index(t)
        for inner in _children(t):
            self.type_index(inner)
        self.types.append(t)
        return len(self.types) - 1

    def class_index(self, name: str) -> int:
        return [c.name for c in self.iface.classes].index(name)


def _children(t: Type) -> list[Type]:
    if isinstance(t, (ListT, SetT)):
        return [t.elem]
    if isinstance(t, DictT):
        return [t.key, t.val]
    if isinstance(t, TupleT):
        return list(t.items)
    if isinstance(t, OptT):
        return [t.inner]
    return []


# ---------------------------------------------------------------- LLVM side


def emit_entry_points(me: object, plan: ExtPlan, init_symbol: str) -> None:
    """Add the trampolines and exported pointers to the ModuleEmitter `me` (emit.py)."""
    from py4c.codegen.emit import I8, I32, I64, PTR

    mod: ir.Module = me.mod  # type: ignore[attr-defined]
    funcs: dict[str, ir.Function] = me.funcs  # type: ignore[attr-defined]
    exc_type = me.extern_global("py4c_exc_type", I32)  # type: ignore[attr-defined]

    def export_ptr(name: str, target: ir.Constant) -> None:
        g = ir.GlobalVariable(mod, PTR, name)
        g.global_constant = True
        g.initializer = target

    for i, t in enumerate(plan.types):
        export_ptr(f"py4c_ext_tinfo_{i}", me.tinfo(tinfo_desc(t)))  # type: ignore[attr-defined]
    for i, c in enumerate(plan.iface.classes):
        export_ptr(f"py4c_ext_class_{i}", me.class_desc(c.name))  # type: ignore[attr-defined]
    for i, (_, gname, _) in enumerate(plan.iface.globals):
        export_ptr(f"py4c_ext_global_{i}", me.globals[gname])  # type: ignore[attr-defined]
    init = ir.Function(mod, ir.FunctionType(I8, []), "py4c_ext_module_init")
    b = ir.IRBuilder(init.append_basic_block("entry"))
    b.ret(b.call(funcs[init_symbol], []))
    for i, f in enumerate(plan.funcs):
        target = funcs[f.symbol]
        tramp = ir.Function(mod, ir.FunctionType(I32, [PTR, PTR]), f"py4c_ext_tramp_{i}")
        slots, ret = tramp.args
        b = ir.IRBuilder(tramp.append_basic_block("entry"))
        args = []
        for k, pty in enumerate(target.function_type.args):
            addr = b.gep(slots, [I64(k)], source_etype=I64)
            if pty == ir.IntType(1):
                args.append(b.trunc(b.load(addr, typ=I8), pty))
            else:
                args.append(b.load(addr, typ=pty))
        r = b.call(target, args)
        pending = b.icmp_signed("!=", b.load(exc_type, typ=I32), I32(0))
        with b.if_then(pending, likely=False):
            b.ret(I32(1))
        if not isinstance(r.type, ir.VoidType):
            b.store(r, ret)
        b.ret(I32(0))


# ---------------------------------------------------------------- C side


def _xkind(t: Type) -> str:
    if isinstance(t, IntT):
        return {"int": "X_INT", "i64": "X_I64", "i32": "X_I32", "u8": "X_U8"}[t.kind]
    if isinstance(t, OptT):
        return "X_OPT" if is_object(t.inner) else "X_BOX"
    for cls, k in ((FloatT, "X_FLOAT"), (BoolT, "X_BOOL"), (NoneT, "X_NONE"), (StrT, "X_STR"), (ListT, "X_LIST"),
                   (DictT, "X_DICT"), (SetT, "X_SET"), (TupleT, "X_TUPLE"), (ClassT, "X_OBJ")):
        if isinstance(t, cls):
            return k
    raise AssertionError(f"no boundary kind for {t}")


def _c(s: str) -> str:
    """A C string literal."""
    out = ['"']
    for byte in s.encode("utf-8"):
        ch = chr(byte)
        if ch in '"\\':
            out.append("\\" + ch)
        elif 32 <= byte < 127 and ch != "?":
            out.append(ch)
        else:
            out.append(f"\\{byte:03o}")
    out.append('"')
    return "".join(out)


def exception_table(exceptions: tuple[tuple[str, str], ...]) -> list[tuple[str, int, int]]:
    """(name, id, parent id) of the program's exception classes, numbered as lower.py does."""
    ids = dict(EXC_IDS)
    for name, _ in exceptions:
        ids[name] = len(ids)
    return [(name, ids[name], ids[base]) for name, base in exceptions]


def glue_source(plan: ExtPlan, module_doc: str) -> str:
    iface = plan.iface
    out = ['/* generated by py4c: the CPython interface of module ' + iface.module + ' */',
           '#include "py4c_ext.h"', ""]
    w = out.append
    for i in range(len(plan.types)):
        w(f"extern const py4c_tinfo *const py4c_ext_tinfo_{i};")
    for i in range(len(iface.classes)):
        w(f"extern const py4c_class *const py4c_ext_class_{i};")
    for i in range(len(iface.globals)):
        w(f"extern void *const py4c_ext_global_{i};")
    for i in range(len(plan.funcs)):
        w(f"int32_t py4c_ext_tramp_{i}(uint64_t *slots, uint64_t *ret);")
    w("int8_t py4c_ext_module_init(void);")
    w("")
    # types: each refers only to types numbered before it
    for i, t in enumerate(plan.types):
        kids = _children(t)
        a = f"&xt{plan.type_index(kids[0])}" if kids and not isinstance(t, TupleT) else "NULL"
        b = f"&xt{plan.type_index(kids[1])}" if isinstance(t, DictT) else "NULL"
        items = "NULL"
        if isinstance(t, TupleT) and t.items:
            w(f"static const py4c_xtype *const xt{i}_items[];")
            items = f"xt{i}_items"
        n = len(t.items) if isinstance(t, TupleT) else 0
        cls = plan.class_index(t.name) if isinstance(t, ClassT) else -1
        kind = "X_EXC" if cls >= 0 and iface.classes[cls].exception else _xkind(t)
        w(f"static const py4c_xtype xt{i} = {{{kind}, {_c(str(t))}, {a}, {b}, {n}, {items}, "
          f"&py4c_ext_tinfo_{i}, {cls}}};")
        if isinstance(t, TupleT) and t.items:
            w(f"static const py4c_xtype *const xt{i}_items[] = {{"
              + ", ".join(f"&xt{plan.type_index(x)}" for x in t.items) + "};")
    w("")
    for i, f in enumerate(plan.funcs):
        if f.params:
            w(f"static const py4c_xparam xp{i}[] = {{" + ", ".join(
                f"{{{_c(p.name)}, &xt{plan.type_index(p.type)}, {KINDS[p.kind]}, {int(p.has_default)}}}"
                for p in f.params) + "};")
    w("")

    def func_entry(i: int, f: tir.ExtFunc) -> str:
        qual = f"{f.qualname}.__init__" if f.kind == "ctor" else f.qualname
        hidden = (1 if f.kind == "ctor" else 0) + (1 if f.symbol.startswith("py4c_ext_call.") else 0)
        params = f"xp{i}" if f.params else "NULL"
        return (f"{{{_c(f.name)}, {_c(qual)}, {FUNC_KINDS[f.kind]}, {len(f.params)}, {params}, "
                f"&xt{plan.type_index(f.ret)}, py4c_ext_tramp_{i}, {hidden}}}")

    index = {id(f): i for i, f in enumerate(plan.funcs)}
    nfun = len(iface.functions)
    w("static const py4c_xfunc funcs[] = {" + ", ".join(func_entry(index[id(f)], f) for f in iface.functions)
      + "};" if nfun else "static const py4c_xfunc funcs[1];")
    for ci, c in enumerate(iface.classes):
        if c.ctor is not None:
            w(f"static const py4c_xfunc ctor{ci}[] = {{{func_entry(index[id(c.ctor)], c.ctor)}}};")
        if c.methods:
            w(f"static const py4c_xfunc methods{ci}[] = {{" + ", ".join(
                func_entry(index[id(m)], m) for m in c.methods) + "};")
    w("")
    sig = "PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames"
    defs = []
    for k, f in enumerate(iface.functions):
        w(f"static PyObject *f{k}({sig}) {{ (void)self; return py4c_ext_call(&funcs[{k}], NULL, args, nargs, kwnames); }}")
        defs.append(f"{{{_c(f.name)}, (PyCFunction)(void (*)(void))f{k}, METH_FASTCALL | METH_KEYWORDS, NULL}}")
    w("static PyMethodDef func_defs[] = {" + "".join(d + ", " for d in defs) + "{NULL, NULL, 0, NULL}};")
    for ci, c in enumerate(iface.classes):
        mdefs = []
        for k, m in enumerate(c.methods):
            if m.kind in ("property", "setter"):
                continue
            self_arg = "NULL" if m.kind == "static" else "self"
            w(f"static PyObject *m{ci}_{k}({sig}) {{ (void)self; "
              f"return py4c_ext_call(&methods{ci}[{k}], {self_arg}, args, nargs, kwnames); }}")
            name = f"_py4c{m.name}" if m.name.startswith("__") and m.name.endswith("__") else m.name
            flags = "METH_FASTCALL | METH_KEYWORDS" + (" | METH_STATIC" if m.kind == "static" else "")
            mdefs.append(f"{{{_c(name)}, (PyCFunction)(void (*)(void))m{ci}_{k}, {flags}, NULL}}")
        w(f"static PyMethodDef method_defs{ci}[] = {{" + "".join(d + ", " for d in mdefs) + "{NULL, NULL, 0, NULL}};")
        if c.consts:
            w(f"static const py4c_xconst consts{ci}[] = {{" + ", ".join(
                f"{{{_c(n)}, {_c(src)}}}" for n, src in c.consts) + "};")
        if c.fields:
            w(f"static const char *const field_names{ci}[] = {{" + ", ".join(_c(n) for n, _ in c.fields) + "};")
            w(f"static const py4c_xtype *const field_types{ci}[] = {{" + ", ".join(
                f"&xt{plan.type_index(t)}" if plan.crosses(t) else "NULL" for _, t in c.fields) + "};")
    w("")
    names = [c.name for c in iface.classes]
    rows = []
    for ci, c in enumerate(iface.classes):
        base = names.index(c.base) if c.base in names else -1
        subs = int(any(o.base == c.name for o in iface.classes))
        fn = f"field_names{ci}" if c.fields else "NULL"
        ft = f"field_types{ci}" if c.fields else "NULL"
        meth = f"methods{ci}" if c.methods else "NULL"
        rows.append(f"{{{_c(c.name)}, &py4c_ext_class_{ci}, {base}, {int(c.frozen)}, {subs}, {int(c.public)}, "
                    f"{len(c.fields)}, {fn}, {ft}, {f'ctor{ci}' if c.ctor else 'NULL'}, {len(c.methods)}, {meth}, method_defs{ci}, "
                    f"{len(c.consts)}, {f'consts{ci}' if c.consts else 'NULL'}, {int(c.exception)}, NULL}}")
    w("static py4c_xclass classes[] = {" + ", ".join(rows) + "};" if rows else "static py4c_xclass classes[1];")
    w("static const py4c_xglobal globals_[] = {" + ", ".join(
        f"{{{_c(n)}, &xt{plan.type_index(t)}, &py4c_ext_global_{i}}}" for i, (n, _, t) in enumerate(iface.globals))
      + "};" if iface.globals else "static const py4c_xglobal globals_[1];")
    w("static const py4c_xconst consts[] = {" + ", ".join(
        f"{{{_c(n)}, {_c(src)}}}" for n, src in iface.constants) + "};" if iface.constants
      else "static const py4c_xconst consts[1];")
    excs = exception_table(plan.exceptions)
    with_fields = {c.name: ci for ci, c in enumerate(iface.classes) if c.exception}
    w("static const py4c_xexc excs[] = {" + ", ".join(
        f"{{{_c(n)}, {i}, {p}, {int('.' not in n)}, {with_fields.get(n, -1)}}}" for n, i, p in excs) + "};" if excs
      else "static const py4c_xexc excs[1];")
    w("")
    w(f"static py4c_xmodule module = {{{_c(iface.module)}, {_c(module_doc)}, py4c_ext_module_init, "
      f"{nfun}, funcs, func_defs, {len(iface.classes)}, classes, {len(iface.globals)}, globals_, "
      f"{len(iface.constants)}, consts, {len(excs)}, excs}};")
    w("")
    w(f"PyMODINIT_FUNC PyInit_{iface.module.rsplit('.', 1)[-1]}(void) {{")
    w("    return py4c_ext_init(&module);")
    w("}")
    return "\n".join(out) + "\n"
