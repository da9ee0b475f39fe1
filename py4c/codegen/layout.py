"""Object layouts shared with the C runtime (runtime/py4c.h): field indices in units of
8 bytes from the object's start, and the constants of the object header.
Change together with py4c.h."""

IMMORTAL = 1 << 60
STR_TYPE_ID = 1
LIST_TYPE_ID = 2

# py4c_tag and py4c_elem_kind of runtime/py4c.h
TAGS = {"int": 1, "i64": 1, "i32": 2, "u8": 3, "float": 4, "bool": 5, "str": 6, "list": 7, "None": 8}
KINDS = {"int": 1, "i64": 1, "i32": 4, "u8": 3, "float": 2, "bool": 3, "str": 0, "list": 0, "None": 3}
STORAGE_RTYPE = {1: "i64", 2: "f64", 3: "i8", 4: "i32", 0: "ptr"}

# field -> index of the 8-byte word holding it
FIELDS: dict[str, dict[str, int]] = {
    "str": {"refcnt": 0, "len": 2, "nchars": 3, "hash": 4, "is_ascii": 5},
    "list": {"refcnt": 0, "len": 2, "cap": 3, "elem_kind": 4, "items": 5},
}


def type_key(t: object) -> str:
    """The layout name of a py4c type: its kind for ints, else its class name."""
    from py4c.types import ListT

    return "list" if isinstance(t, ListT) else str(t)


def tinfo_desc(t: object) -> tuple[object, ...]:
    """(tag, storage kind, element desc) of a type, mirrored by py4c_tinfo."""
    from py4c.types import ListT

    key = type_key(t)
    elem = tinfo_desc(t.elem) if isinstance(t, ListT) else None
    return (TAGS[key], KINDS[key], elem)


def storage_rtype(t: object) -> str:
    return STORAGE_RTYPE[KINDS[type_key(t)]]
