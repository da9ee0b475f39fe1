"""Object layouts shared with the C runtime (runtime/py4c.h): field indices in units of
8 bytes from the object's start, and the constants of the object header.
Change together with py4c.h."""

IMMORTAL = 1 << 60
STR_TYPE_ID = 1
LIST_TYPE_ID = 2

# field -> index of the 8-byte word holding it
FIELDS: dict[str, dict[str, int]] = {
    "str": {"refcnt": 0, "len": 2, "nchars": 3, "hash": 4, "is_ascii": 5},
    "list": {"refcnt": 0, "len": 2, "cap": 3, "elem_kind": 4, "items": 5},
}
