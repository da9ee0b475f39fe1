"""Object layouts shared with the C runtime (runtime/py4c.h): field indices in units of
8 bytes from the object's start, and the constants of the object header.
Change together with py4c.h."""

IMMORTAL = 1 << 60
STR_TYPE_ID = 1
LIST_TYPE_ID = 2

# py4c_tag and py4c_elem_kind of runtime/py4c.h
TAGS = {"int": 1, "i64": 1, "i32": 2, "u8": 3, "float": 4, "bool": 5, "str": 6, "list": 7, "None": 8,
        "dict": 9, "set": 10, "tuple": 11, "object": 12, "exception": 13, "box": 14}
KINDS = {"int": 1, "i64": 1, "i32": 4, "u8": 3, "float": 2, "bool": 3, "str": 0, "list": 0, "None": 3,
         "dict": 0, "set": 0, "tuple": 0, "object": 0, "exception": 0}
STORAGE_RTYPE = {1: "i64", 2: "f64", 3: "i8", 4: "i32", 0: "ptr"}

# field -> index of the 8-byte word holding it
FIELDS: dict[str, dict[str, int]] = {
    "str": {"refcnt": 0, "len": 2, "nchars": 3, "hash": 4, "is_ascii": 5},
    "list": {"refcnt": 0, "len": 2, "cap": 3, "elem_kind": 4, "items": 5},
    "dict": {"refcnt": 0, "len": 2, "used": 3, "cap": 4, "key_kind": 5, "val_kind": 6, "version": 7,
             "keys": 8, "vals": 9},
    "tuple": {"refcnt": 0, "len": 2, "tinfo": 3},  # slot i is word TUPLE_ITEMS + i
    "object": {"refcnt": 0, "cls": 2},  # field i is word TUPLE_ITEMS + i, as in a tuple
    "class": {"vtable": 4},  # struct py4c_class (runtime/py4c.h)
}
TUPLE_ITEMS = 4


def type_key(t: object) -> str:
    """The layout name of a py4c type: its kind for ints, else its class name."""
    from py4c.types import ClassT, DictT, ExcT, FileT, FuncT, GenT, ListT, OptT, SetT, TupleT

    if isinstance(t, OptT):
        from py4c.types import is_object
        return type_key(t.inner) if is_object(t.inner) else "object"
    if isinstance(t, (ClassT, FuncT)):
        return "object"
    if isinstance(t, (ExcT, FileT, GenT)):  # compared by identity; never printed
        return "exception"
    if isinstance(t, ListT):
        return "list"
    if isinstance(t, TupleT):
        return "tuple"
    if isinstance(t, DictT):
        return "dict"
    if isinstance(t, SetT):
        return "set"
    return str(t)


def tinfo_desc(t: object) -> tuple[object, ...]:
    """(tag, storage kind, element desc[, value desc[, field descs]]) of a type, mirrored
    by py4c_tinfo."""
    from py4c.types import ClassT, DictT, ListT, OptT, SetT, TupleT

    if isinstance(t, OptT):
        from py4c.types import is_object
        if not is_object(t.inner):  # a boxed number or bool: an object of class cell[T]
            return (TAGS["box"], KINDS["object"], tinfo_desc(t.inner), None, (), f"cell[{t.inner}]")
        return tinfo_desc(t.inner)  # None is the None object, which every op handles
    key = type_key(t)
    if isinstance(t, ClassT):
        return (TAGS[key], KINDS[key], None, None, (), t.name)  # the last item names the class
    if isinstance(t, TupleT):
        return (TAGS[key], KINDS[key], None, None, tuple(tinfo_desc(x) for x in t.items))
    if isinstance(t, DictT):
        return (TAGS[key], KINDS[key], tinfo_desc(t.key), tinfo_desc(t.val))
    elem = tinfo_desc(t.elem) if isinstance(t, (ListT, SetT)) else None
    return (TAGS[key], KINDS[key], elem)


def storage_rtype(t: object) -> str:
    return STORAGE_RTYPE[KINDS[type_key(t)]]
