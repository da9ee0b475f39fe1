"""The mir verifier (`py4c build --check-ir` runs it after every pass).

Checks structure and types: one terminator per block, branch targets belong to the
function, operand rtypes agree, conditions are i1, returns match the signature.
"""

from __future__ import annotations

from py4c import mir

_CMP = {"eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge",
        "foeq", "fune", "folt", "fole", "fogt", "foge"}


def verify(f: mir.Function) -> list[str]:
    errors: list[str] = []
    blocks = {id(b) for b in f.blocks}

    def err(b: mir.Block, msg: str) -> None:
        errors.append(f"{f.symbol}:{b.label}: {msg}")

    for b in f.blocks:
        if b.term is None:
            err(b, "block has no terminator")
            continue
        for o in b.ops:
            if isinstance(o, mir.Bin):
                ta, tb = mir.rtype_of(o.a), mir.rtype_of(o.b)
                if ta != tb:
                    err(b, f"operand types differ in {o.op}: {ta} vs {tb}")
                want = "i1" if o.op in _CMP else ta
                if o.dest.rtype != want:
                    err(b, f"{o.op} result is {o.dest.rtype}, expected {want}")
            elif isinstance(o, mir.Assign) and mir.rtype_of(o.src) != o.dest.rtype:
                err(b, f"assign {mir.rtype_of(o.src)} to {o.dest.rtype} %{o.dest.name}")
            elif isinstance(o, mir.Ovf) and (o.flag.rtype != "i1" or mir.rtype_of(o.a) != o.dest.rtype):
                err(b, f"bad overflow op {o.op}")
            elif isinstance(o, mir.Select) and (mir.rtype_of(o.cond) != "i1" or mir.rtype_of(o.a) != mir.rtype_of(o.b)):
                err(b, "bad select")
        t = b.term
        if isinstance(t, mir.Branch):
            if mir.rtype_of(t.cond) != "i1":
                err(b, "branch condition is not i1")
            for target in (t.true, t.false):
                if id(target) not in blocks:
                    err(b, f"branch to foreign block {target.label}")
        elif isinstance(t, mir.Goto) and id(t.target) not in blocks:
            err(b, f"goto foreign block {t.target.label}")
        elif isinstance(t, mir.Return):
            rt = "void" if t.value is None else mir.rtype_of(t.value)
            if rt != f.ret:
                err(b, f"return {rt} from a function returning {f.ret}")
    return errors
