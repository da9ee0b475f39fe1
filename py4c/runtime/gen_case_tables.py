"""Generator of the runtime's Unicode case and character-class table (run by hand,
output committed).

Phase: build tooling, not part of the compiler. Input: this interpreter's `str`
methods and `unicodedata` (CPython 3.11 = Unicode 14.0, the version py4 programs must
match). Everything is derived from what CPython itself answers for one code point, so
the C code in strmethods.c reproduces CPython's str methods exactly:
- full case mappings: c.upper(), c.lower(), c.title() (special casing included, e.g.
  "ß".upper() == "SS"); U+03A3's final-sigma rule is applied by strmethods.c;
- per code point predicates of str.isdigit/isalpha/isspace/isalnum/isupper/islower/
  isdecimal/isnumeric/isprintable, identifier start/continue, titlecase (Lt);
- CPython's Cased and Case_Ignorable properties (used by title(), lower()'s final
  sigma), recovered from how "A" + c + "Σ" and "AΣ" + c lowercase.

Output: strtables.h next to this file (static tables, included by strmethods.c only).
Usage: python3 py4c/runtime/gen_case_tables.py [--check]; --check exits 1 when the
committed file differs from what this interpreter generates.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "strtables.h"
NCODES = 0x110000

FLAG_NAMES = [
    "DIGIT", "ALPHA", "SPACE", "ALNUM", "UPPER", "LOWER", "TITLE", "DECIMAL",
    "NUMERIC", "ID_START", "ID_CONTINUE", "PRINTABLE", "CASED", "CASE_IGNORABLE",
]


def flag_columns(chars: list[str]) -> list[int]:
    """The predicate bits of every code point (see FLAG_NAMES)."""
    lt = [unicodedata.category(c) == "Lt" for c in chars]
    upper = list(map(str.isupper, chars))
    lower = list(map(str.islower, chars))
    cased = [u or lo or t for u, lo, t in zip(upper, lower, lt)]
    # CPython lowercases U+03A3 to final sigma when it follows a cased code point
    # (skipping case-ignorable ones) and no cased one follows. In "A" + c + "Σ" the
    # sigma is final iff c is ignorable or cased; in "AΣ" + c, iff c is ignorable or
    # not cased. (Lowercased in one go: "\n", which is neither, separates the cases.)
    # The cased value of an ignorable code point is never consulted by the sigma rule,
    # but title() uses it: Cased is Lowercase + Uppercase + Lt by definition, which the
    # non-ignorable code points confirm.
    others = [c if c != "\n" else "x" for c in chars]  # "\n" is neither: fixed below
    xs = "\n".join("A" + c + "Σ" for c in others).lower().split("\n")
    ys = "\n".join("AΣ" + c for c in others).lower().split("\n")
    assert len(xs) == len(ys) == len(chars)
    ignorable = []
    for i, (x, y) in enumerate(zip(xs, ys)):
        fx, fy = x[-1] == "ς", y[1] == "ς"
        ign = fx and fy and chars[i] != "\n"
        if not ign and chars[i] != "\n":
            assert cased[i] == (fx and not fy), hex(i)
        ignorable.append(ign)
    columns = [
        list(map(str.isdigit, chars)), list(map(str.isalpha, chars)),
        list(map(str.isspace, chars)), list(map(str.isalnum, chars)), upper, lower, lt,
        list(map(str.isdecimal, chars)), list(map(str.isnumeric, chars)),
        list(map(str.isidentifier, chars)), [("a" + c).isidentifier() for c in chars],
        list(map(str.isprintable, chars)), cased, ignorable,
    ]
    assert len(columns) == len(FLAG_NAMES)
    flags = [0] * len(chars)
    for bit, column in enumerate(columns):
        for i in (i for i, v in enumerate(column) if v):
            flags[i] |= 1 << bit
    return flags


def main(argv: list[str]) -> int:
    text = generate()
    if "--check" in argv:
        if not OUTPUT.exists() or OUTPUT.read_text() != text:
            print(f"{OUTPUT.name} is stale; run gen_case_tables.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text)
    return 0


def generate() -> str:
    specials: list[tuple[int, ...]] = []
    special_index: dict[tuple[int, ...], int] = {}
    records: list[tuple[int, int, int, int]] = []
    record_index: dict[tuple[int, int, int, int], int] = {}
    per_code: list[int] = []

    def mapping(cp: int, m: str) -> int:
        if len(m) == 1:
            return (ord(m) - cp) * 2
        cps = tuple(map(ord, m))
        assert 2 <= len(cps) <= 3
        if cps not in special_index:
            special_index[cps] = sum(len(s) + 1 for s in specials)
            specials.append(cps)
        return special_index[cps] * 2 + 1

    chars = list(map(chr, range(NCODES)))
    flags = flag_columns(chars)
    uppers = list(map(str.upper, chars))
    lowers = list(map(str.lower, chars))
    titles = list(map(str.title, chars))
    assert lowers[0x3A3] == "σ"  # final sigma is strmethods.c's business
    for cp in range(NCODES):
        rec = (mapping(cp, uppers[cp]), mapping(cp, lowers[cp]), mapping(cp, titles[cp]), flags[cp])
        if rec not in record_index:
            record_index[rec] = len(records)
            records.append(rec)
        per_code.append(record_index[rec])
    assert len(records) < 65536

    best: tuple[int, int, list[int], list[int]] | None = None
    for shift in range(4, 11):
        size = 1 << shift
        blocks: dict[tuple[int, ...], int] = {}
        index1: list[int] = []
        index2: list[int] = []
        for start in range(0, NCODES, size):
            block = tuple(per_code[start : start + size])
            if block not in blocks:
                blocks[block] = len(blocks)
                index2.extend(block)
            index1.append(blocks[block])
        cost = 2 * len(index1) + 2 * len(index2)
        if best is None or cost < best[0]:
            best = (cost, shift, index1, index2)
    assert best is not None
    _, shift, index1, index2 = best
    assert max(index1) < 65536

    flat_specials = [v for s in specials for v in (len(s), *s)]
    lines = [
        "/* Generated by gen_case_tables.py from Unicode %s (CPython %d.%d): do not edit."
        % (unicodedata.unidata_version, sys.version_info.major, sys.version_info.minor),
        " * Per code point records of case mappings and str predicates, for strmethods.c.",
        " * A mapping m is either a delta (m even: the code point + m / 2) or, when odd,",
        " * the offset m / 2 in STR_SPECIAL of a length-prefixed code point sequence. */",
        "#ifndef PY4C_STRTABLES_H",
        "#define PY4C_STRTABLES_H",
        "",
        "#include <stdint.h>",
        "",
        *["#define STR_F_%s (1u << %d)" % (n, i) for i, n in enumerate(FLAG_NAMES)],
        "#define STR_TABLE_SHIFT %d" % shift,
        "",
        "typedef struct { int32_t upper, lower, title; uint16_t flags; } str_record;",
        "",
        "static const str_record STR_RECORDS[%d] = {" % len(records),
        *_rows(["{%d, %d, %d, 0x%x}," % r for r in records], 4),
        "};",
        "",
        "static const uint32_t STR_SPECIAL[%d] = {" % len(flat_specials),
        *_rows(["0x%x," % v for v in flat_specials], 10),
        "};",
        "",
        "static const uint16_t STR_INDEX1[%d] = {" % len(index1),
        *_rows(["%d," % v for v in index1], 16),
        "};",
        "",
        "static const uint16_t STR_INDEX2[%d] = {" % len(index2),
        *_rows(["%d," % v for v in index2], 16),
        "};",
        "",
        "static inline const str_record *str_record_of(uint32_t cp) {",
        "    if (cp >= 0x110000) cp = 0x10ffff; /* unassigned: no mapping, no flags */",
        "    uint32_t block = STR_INDEX1[cp >> STR_TABLE_SHIFT];",
        "    return &STR_RECORDS[STR_INDEX2[(block << STR_TABLE_SHIFT) |",
        "                                   (cp & ((1u << STR_TABLE_SHIFT) - 1))]];",
        "}",
        "",
        "#endif",
        "",
    ]
    return "\n".join(lines)


def _rows(items: list[str], per_line: int) -> list[str]:
    return [
        "    " + " ".join(items[i : i + per_line]) for i in range(0, len(items), per_line)
    ]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
