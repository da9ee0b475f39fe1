/* py4c runtime: the C half of every compiled py4 program.
 *
 * Phase: runtime (compiled once per target, cached, linked with the program's object).
 * Contract with codegen (py4c/codegen/): the object layouts below are mirrored as LLVM
 * struct types in codegen/layout.py; change both together.
 *
 * Invariants:
 * - Every heap object starts with py4c_head. refcnt >= PY4C_IMMORTAL marks a static
 *   object (string literals): incref/decref still add and subtract, but it never
 *   reaches zero.
 * - Errors are flags, not unwinding: a failing function sets the current exception
 *   (py4c_exc_type != 0) and returns its error value (NULL for pointers; for scalars the
 *   caller tests py4c_exc_type). Nothing here longjmps or aborts on a user-visible fault.
 * - Strings are immutable UTF-8, NUL-terminated after `len` bytes, with the code point
 *   count and an all-ASCII flag cached so ASCII indexing is O(1).
 */
#ifndef PY4C_H
#define PY4C_H

#include <stddef.h>
#include <stdint.h>

#define PY4C_IMMORTAL ((int64_t)1 << 60)

typedef struct py4c_head {
    int64_t refcnt;
    int32_t type_id;
    int32_t flags;
} py4c_head;

enum py4c_type_id {
    PY4C_T_STR = 1,
    PY4C_T_LIST = 2,
    PY4C_T_DICT = 3,
    PY4C_T_SET = 4,
    PY4C_T_TUPLE = 5,
    PY4C_T_EXC = 6,
    PY4C_T_OBJ = 7,
    PY4C_T_FILE = 9,
    PY4C_T_GEN = 10,
};

typedef struct py4c_str {
    py4c_head h;
    int64_t len;      /* bytes, excluding the NUL */
    int64_t nchars;   /* code points */
    int64_t hash;     /* -1 until computed */
    int64_t is_ascii; /* 1 when len == nchars */
    char data[];      /* len bytes + NUL */
} py4c_str;

/* Element kinds of a list's unboxed storage. */
enum py4c_elem_kind {
    PY4C_ELEM_OBJ = 0, /* py4c_head* (owned references) */
    PY4C_ELEM_I64 = 1,
    PY4C_ELEM_F64 = 2,
    PY4C_ELEM_U8 = 3,
    PY4C_ELEM_I32 = 4,
};

typedef struct py4c_list {
    py4c_head h;
    int64_t len;
    int64_t cap;
    int64_t elem_kind;
    void *items;
} py4c_list;

/* ------------------------------------------------------------ exceptions */

/* Built-in exception classes. The parent table in exc.c mirrors CPython's hierarchy. */
enum py4c_exc_id {
    PY4C_EXC_NONE = 0,
    PY4C_EXC_BaseException,
    PY4C_EXC_SystemExit,
    PY4C_EXC_KeyboardInterrupt,
    PY4C_EXC_Exception,
    PY4C_EXC_ArithmeticError,
    PY4C_EXC_ZeroDivisionError,
    PY4C_EXC_OverflowError,
    PY4C_EXC_AssertionError,
    PY4C_EXC_AttributeError,
    PY4C_EXC_EOFError,
    PY4C_EXC_LookupError,
    PY4C_EXC_IndexError,
    PY4C_EXC_KeyError,
    PY4C_EXC_MemoryError,
    PY4C_EXC_NameError,
    PY4C_EXC_OSError,
    PY4C_EXC_FileNotFoundError,
    PY4C_EXC_RuntimeError,
    PY4C_EXC_NotImplementedError,
    PY4C_EXC_RecursionError,
    PY4C_EXC_StopIteration,
    PY4C_EXC_TypeError,
    PY4C_EXC_ValueError,
    PY4C_EXC_UnicodeError,
    PY4C_EXC_GeneratorExit,
    PY4C_EXC_UnsupportedOperation, /* io.UnsupportedOperation: an OSError and a ValueError */
    PY4C_EXC_COUNT
};

extern int32_t py4c_exc_type;   /* 0 when no exception is pending */
extern py4c_str *py4c_exc_msg;  /* owned; NULL or "" means no message */

void py4c_raise(int32_t exc, py4c_str *msg);        /* steals nothing: increfs msg */
void py4c_raise_cstr(int32_t exc, const char *msg); /* msg is UTF-8 */
void py4c_raise_obj(int32_t exc, py4c_str *msg, void *obj); /* a program exception object with fields */
void py4c_raise_fmt(int32_t exc, const char *fmt, ...);
void py4c_raise_memory(void);
void py4c_clear_exc(void);
const char *py4c_exc_name(int32_t exc);
/* A class of the program deriving from an exception class (ids from PY4C_EXC_COUNT up;
 * module init registers them; CPython prints classes of __main__ without the module). */
void py4c_register_exc(int32_t exc, int32_t parent, const char *name);
int32_t py4c_exc_matches(int32_t exc, int32_t cls); /* isinstance on the class tree */

/* Appends a frame to the pending exception's traceback (innermost first). */
void py4c_traceback_add(const char *file, int64_t line, const char *func);
int64_t py4c_tb_len(void); /* the pending traceback's entries (innermost first), for extension modules */
void *py4c_exc_pending_payload(void); /* the pending exception's object (borrowed), or NULL */
void py4c_tb_get(int64_t i, const char **file, int64_t *line, const char **func, int64_t *count);
extern void (*py4c_write_hook)(int fd, const char *data, int64_t len); /* see core.c */
extern int32_t py4c_out_dirty; /* output is buffered (py4c_flush_all writes it) */

/* A caught exception as an object (`except E as e`; kept by a handler for a bare
 * `raise` and while `finally` code runs): class, message and traceback entries. */
typedef struct py4c_exc py4c_exc;
py4c_exc *py4c_exc_fetch(void);              /* moves the pending exception into a new object */
void py4c_exc_restore(py4c_exc *e);          /* makes e pending again (a copy; e is not consumed) */
int64_t py4c_exc_is(py4c_exc *e, int32_t cls); /* isinstance(e, cls) on the class tree */
struct py4c_str *py4c_exc_str(py4c_exc *e);  /* str(e): the message, or "" */
void *py4c_exc_payload(py4c_exc *e);          /* the exception's object (a new reference) */
struct py4c_str *py4c_exc_type_name(py4c_exc *e); /* type(e).__name__ */
void py4c_exc_dealloc(py4c_exc *e);
void py4c_exc_set_cause(py4c_exc *c);        /* `raise X from c` (NULL: from None), after X is raised */
void py4c_exc_reraised(void);                 /* `raise e` of a caught e: its context, as a raise gives */
void py4c_exc_push_handled(py4c_exc *e);      /* an except block starts handling e */
void py4c_exc_pop_handled(py4c_exc *e);       /* ... and ends (any way out) */
int64_t py4c_handled_len(void);               /* generators (gen.c) keep their own aside: */
void py4c_handled_take(int64_t base, void **saved, int64_t *n);
void py4c_handled_put(void *saved, int64_t n);
void py4c_handled_release(void *saved, int64_t n);
/* the pending exception's chain, for extension modules (borrowed; NULL if none) */
py4c_exc *py4c_exc_pending_cause(void);
py4c_exc *py4c_exc_pending_context(void);
int32_t py4c_exc_pending_suppress(void);
/* A caught exception's parts (borrowed), and its traceback entries (innermost first). */
typedef struct py4c_exc_view {
    int32_t cls, suppress;
    struct py4c_str *msg;
    void *obj;
    int64_t tb_len;
    py4c_exc *cause, *context;
} py4c_exc_view;
void py4c_exc_fields(const py4c_exc *e, py4c_exc_view *v);
void py4c_exc_frame(const py4c_exc *e, int64_t i, const char **file, int64_t *line, const char **func, int64_t *count);

/* None as an `X | None` reference: an immortal object (never NULL, which means an error). */
extern py4c_head py4c_none_obj;
#define PY4C_NONE ((void *)&py4c_none_obj)

/* ------------------------------------------------------------ memory */

/* ------------------------------------------------------------ the platform (platform.c)
 * The only OS- and processor-dependent code of the runtime. */
int64_t py4c_os_write(int fd, const char *data, int64_t len); /* bytes written, <= 0 on failure */
int py4c_os_isatty(int fd);
size_t py4c_os_stack_size(void);                   /* the main stack's limit (8 MiB if unknown) */
void *py4c_os_stack_alloc(size_t size);            /* a fresh stack, NULL on failure */
void py4c_os_stack_free(void *stack, size_t size);
void py4c_ctx_switch(void **from, void *to);       /* save registers + sp in *from, resume `to` */
void *py4c_ctx_prepare(char *stack_top, void (*entry)(void)); /* a stack pointer that starts entry */
void py4c_stack_switch_start(void **fake, const void *bottom, size_t size, int final); /* ASan only */
void py4c_stack_switch_finish(void *fake, const void **from_bottom, size_t *from_size);
int64_t py4c_os_clock_ns(int monotonic);           /* CLOCK_MONOTONIC or CLOCK_REALTIME, in ns */
size_t py4c_os_random(void *buf, size_t n);        /* bytes of OS randomness obtained */
int64_t py4c_os_pid(void);

void *py4c_alloc(size_t size);          /* sets MemoryError and returns NULL on failure */
void py4c_dealloc(py4c_head *obj);      /* called when refcnt drops to 0 */
/* CPython's hash(int) for a 64-bit int: sign(v) * (|v| mod 2**61-1), -1 -> -2. */
static inline int64_t py4c_hash_int(int64_t v) {
    const uint64_t mod = ((uint64_t)1 << 61) - 1;
    uint64_t a = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    uint64_t h = (a & mod) + (a >> 61);
    if (h >= mod) h -= mod;
    int64_t r = v < 0 ? -(int64_t)h : (int64_t)h;
    return r == -1 ? -2 : r;
}

static inline void py4c_incref(void *o) { ((py4c_head *)o)->refcnt++; }
static inline void py4c_decref(void *o) {
    if (--((py4c_head *)o)->refcnt == 0) py4c_dealloc((py4c_head *)o);
}
static inline void py4c_xdecref(void *o) { if (o) py4c_decref(o); }

/* ------------------------------------------------------------ strings (str.c) */

py4c_str *py4c_str_new(const char *data, int64_t len); /* validates nothing; computes nchars */
py4c_str *py4c_str_from_cstr(const char *s);
py4c_str *py4c_str_alloc(int64_t len);  /* data uninitialised; call py4c_str_finish */
void py4c_str_finish(py4c_str *s);      /* computes nchars/is_ascii, writes the NUL */
py4c_str *py4c_str_concat(py4c_str *a, py4c_str *b);
py4c_str *py4c_str_join_n(int64_t n, py4c_str **parts); /* concatenates n strings */
int64_t py4c_str_eq(py4c_str *a, py4c_str *b);           /* 1/0 */
int64_t py4c_str_cmp(py4c_str *a, py4c_str *b);          /* <0, 0, >0 by code point */
py4c_str *py4c_str_getitem(py4c_str *s, int64_t i);      /* IndexError: string index out of range */
py4c_str *py4c_str_from_bool(int64_t b);
py4c_str *py4c_str_from_char(uint32_t cp);
py4c_str *py4c_str_from_int(int64_t v);           /* str(v), without printf */

/* ------------------------------------------------------------ numbers (format.c) */

/* str()/repr() of a float: the shortest string that round-trips, exactly as CPython. */
py4c_str *py4c_float_repr(double x);
py4c_str *py4c_int_to_str(int64_t v);
/* format(value, spec) with CPython's format-spec mini-language; ValueError as CPython. */
py4c_str *py4c_format_int(int64_t v, py4c_str *spec);
py4c_str *py4c_format_float(double v, py4c_str *spec);
py4c_str *py4c_format_str(py4c_str *s, py4c_str *spec);
py4c_str *py4c_format_bool(int64_t b, py4c_str *spec);
py4c_str *py4c_str_repr(py4c_str *s);       /* repr(str) with CPython's quoting */
/* int(s) / float(s): ValueError with CPython's message; the caller checks py4c_exc_type. */
int64_t py4c_int_from_str(py4c_str *s);
int64_t py4c_int_from_str_base(py4c_str *s, int64_t base); /* int(s, base), base 0 or 2..36 */
int64_t py4c_int_powmod(int64_t a, int64_t b, int64_t m);    /* pow(a, b, m) */
double py4c_float_from_str(py4c_str *s);
int64_t py4c_float_to_int(double x);        /* int(x): truncation; inf/nan/range errors */
int64_t py4c_float_round_int(double x);     /* round(x): half to even */
double py4c_float_round(double x, int64_t ndigits); /* round(x, n): correctly rounded */
int64_t py4c_int_round(int64_t v, int64_t ndigits); /* round(int, n) */
double py4c_float_mod(double a, double b);          /* a % b, Python sign rules */
double py4c_float_floordiv(double a, double b);     /* a // b */
double py4c_float_pow(double a, double b);          /* a ** b with CPython's errors */
int64_t py4c_int_pow(int64_t a, int64_t b);         /* checked; b < 0 raises ValueError */

/* ------------------------------------------------------------ checked integer helpers (intops.c) */

/* a ** b and a << b computed exactly, raising OverflowError(msg) outside [lo, hi]. */
int64_t py4c_int_pow_checked(int64_t a, int64_t b, int64_t lo, int64_t hi, const char *msg);
int64_t py4c_int_lshift_checked(int64_t a, int64_t b, int64_t lo, int64_t hi, const char *msg);
double py4c_float_divmod_check(double b);  /* b, or ZeroDivisionError "float divmod()" */
int64_t py4c_str_contains(py4c_str *hay, py4c_str *needle);
int64_t py4c_int_float_cmp(int64_t a, double b); /* -1/0/1, 2 if b is NaN */

/* ------------------------------------------------------------ type info (for containers)
 *
 * A container does not know the static type of its elements; generic operations that
 * compare, hash, print or release elements receive a py4c_tinfo describing it. Codegen
 * emits one constant py4c_tinfo per static type (list[list[str]] -> LIST(elem=LIST(elem=STR))).
 * Values are passed to generic functions *by address* (`const void *value` points at a
 * slot holding the value in its storage kind: int64_t, double, uint8_t, int32_t, or a
 * py4c_head* for objects), so one ABI serves every element kind.
 */
enum py4c_tag {
    PY4C_TAG_INT = 1,   /* int and i64: storage I64 */
    PY4C_TAG_I32 = 2,   /* storage I32 */
    PY4C_TAG_U8 = 3,    /* storage U8 */
    PY4C_TAG_FLOAT = 4, /* storage F64 */
    PY4C_TAG_BOOL = 5,  /* storage U8, 0 or 1 */
    PY4C_TAG_STR = 6,   /* storage OBJ */
    PY4C_TAG_LIST = 7,  /* storage OBJ, elem = element tinfo */
    PY4C_TAG_NONE = 8,  /* storage U8 (always 0) */
    PY4C_TAG_DICT = 9,  /* storage OBJ, elem = key tinfo, val = value tinfo */
    PY4C_TAG_SET = 10,  /* storage OBJ, elem = element tinfo */
    PY4C_TAG_TUPLE = 11, /* storage OBJ, n fields of the types in fields[] */
    PY4C_TAG_OBJ = 12,   /* storage OBJ, an instance of class cls (or a subclass) */
    PY4C_TAG_EXC = 13,   /* storage OBJ, a caught exception */
    PY4C_TAG_BOX = 14,   /* storage OBJ: `X | None` for a number or bool X, the None object or
                          * an object whose slot 0 holds the X (elem = X's tinfo) */
};

struct py4c_class;

typedef struct py4c_tinfo {
    int64_t tag;                   /* enum py4c_tag */
    int64_t kind;                  /* enum py4c_elem_kind: how a value is stored */
    const struct py4c_tinfo *elem; /* LIST/SET: element type; DICT: key type; else NULL */
    const struct py4c_tinfo *val;  /* DICT: value type; else NULL */
    int64_t n;                     /* TUPLE: number of fields; else 0 */
    const struct py4c_tinfo *const *fields; /* TUPLE: the field types; else NULL */
    const struct py4c_class *cls;  /* OBJ: the static class; else NULL */
} py4c_tinfo;

/* Generic value operations by type info (values by address, see above). */
int64_t py4c_value_eq(const py4c_tinfo *t, const void *a, const void *b);  /* 1/0, -1 error */
/* Ordering: <0, 0, >0; sets TypeError-free NaN semantics: for floats returns 2 when
 * unordered (NaN), so `<` and `>` are both false as in CPython. */
int64_t py4c_value_cmp(const py4c_tinfo *t, const void *a, const void *b);
py4c_str *py4c_value_repr(const py4c_tinfo *t, const void *v);           /* repr(v), new ref */
void py4c_value_incref(const py4c_tinfo *t, const void *v);               /* no-op for scalars */
void py4c_value_decref(const py4c_tinfo *t, const void *v);

/* ------------------------------------------------------------ lists (list.c)
 *
 * Items are stored unboxed by kind (int64_t, double, uint8_t, int32_t, or owned
 * py4c_head*). Codegen reads and writes items inline (bounds check, then
 * ((T *)l->items)[i]); the functions below do the rest. Every function that can fail
 * returns NULL (pointers) or -1 (int results) with the exception set. A `t` parameter is
 * always the type info of the list's ELEMENTS. CPython's
 * messages are used ("list index out of range", "pop from empty list",
 * "list.remove(x): x not in list", "5 is not in list", "attempt to assign sequence of
 * size 2 to extended slice of size 3", "slice step cannot be zero").
 */
#define PY4C_LIST_DEQUE 1 /* h.flags: a collections.deque (a list that prints as deque([...])) */

py4c_list *py4c_list_new(int64_t elem_kind, int64_t len);   /* len zeroed items (NULL objects) */
int64_t py4c_list_check_index(py4c_list *l, int64_t i); /* normalised index or -1 + IndexError */
int64_t py4c_list_reserve(py4c_list *l, int64_t extra);   /* capacity for len+extra; 0 or -1 */
int64_t py4c_list_append(py4c_list *l, const void *value); /* copies the value; increfs objects */
int64_t py4c_list_insert(py4c_list *l, int64_t i, const void *value); /* Python's clamping */
int64_t py4c_list_pop(py4c_list *l, int64_t i, void *out);   /* moves the item to *out */
int64_t py4c_list_del_item(py4c_list *l, int64_t i, const py4c_tinfo *t);
int64_t py4c_list_extend(py4c_list *l, py4c_list *src, const py4c_tinfo *t); /* l.extend(src); src may be l */
int64_t py4c_list_remove(py4c_list *l, const void *value, const py4c_tinfo *t);
int64_t py4c_list_index(py4c_list *l, const void *value, int64_t start, int64_t stop, const py4c_tinfo *t);
int64_t py4c_list_count(py4c_list *l, const void *value, const py4c_tinfo *t);
int64_t py4c_list_contains(py4c_list *l, const void *value, const py4c_tinfo *t);
void py4c_list_reverse(py4c_list *l);
void py4c_list_clear(py4c_list *l, const py4c_tinfo *t);
py4c_list *py4c_list_copy(py4c_list *l, const py4c_tinfo *t);
py4c_list *py4c_list_concat(py4c_list *a, py4c_list *b, const py4c_tinfo *t);
py4c_list *py4c_list_repeat(py4c_list *l, int64_t n, const py4c_tinfo *t);
/* Slices: has_* say whether start/stop/step were given (None otherwise), as in a[::2]. */
py4c_list *py4c_list_slice(py4c_list *l, int64_t start, int64_t stop, int64_t step, int64_t has_start,
                           int64_t has_stop, int64_t has_step, const py4c_tinfo *t);
int64_t py4c_list_set_slice(py4c_list *l, int64_t start, int64_t stop, int64_t step, int64_t has_start,
                            int64_t has_stop, int64_t has_step, py4c_list *src, const py4c_tinfo *t);
int64_t py4c_list_del_slice(py4c_list *l, int64_t start, int64_t stop, int64_t step, int64_t has_start,
                            int64_t has_stop, int64_t has_step, const py4c_tinfo *t);
int64_t py4c_list_eq(py4c_list *a, py4c_list *b, const py4c_tinfo *t);   /* elementwise */
int64_t py4c_list_cmp(py4c_list *a, py4c_list *b, const py4c_tinfo *t);  /* lexicographic, as CPython */
py4c_str *py4c_list_repr(py4c_list *l, const py4c_tinfo *t);               /* "[1, 'a']" */
/* Stable sort of l by the parallel list of keys (keys may be l itself for a plain sort):
 * both are permuted together; reverse keeps stability as CPython's does. */
int64_t py4c_list_sort(py4c_list *l, py4c_list *keys, const py4c_tinfo *key_t, int64_t reverse);
py4c_head *py4c_list_get_obj(py4c_list *l, int64_t i);   /* new reference, or NULL + IndexError */
int64_t py4c_list_append_obj(py4c_list *l, py4c_head *item); /* steals item; 0 on success */
py4c_str *py4c_list_str_repr(py4c_list *l);              /* str(list[str]) */

/* ------------------------------------------------------------ dicts and sets (dict.c)
 *
 * Insertion-ordered hash tables as in CPython 3.7+: an index table of slots pointing into
 * a dense entry array, so iteration follows insertion order and deletion leaves a hole
 * that is compacted on resize. Keys and values are stored unboxed by kind (as list items).
 * A set is a dict without values (val_kind = -1). The tinfo parameters describe the key
 * (kt) and the value (vt) types. Hashing is by tinfo: ints hash as CPython's hash(int)
 * restricted to 64 bits is NOT required (iteration order depends only on insertion), but
 * equal keys must hash equally across kinds that compare equal (True == 1 == 1.0 do not
 * mix in py4, each dict has one key type). Floats: -0.0 and 0.0 are equal keys; NaN keys
 * are never equal to anything (each insert adds a new entry), as in CPython.
 * Errors: KeyError with the key's repr as message (py4c_value_repr), "dictionary changed
 * size during iteration" RuntimeError is checked by the iteration helpers below.
 */
typedef struct py4c_dict {
    py4c_head h;
    int64_t len;        /* live entries */
    int64_t used;       /* entries used in the dense array, including deleted holes */
    int64_t cap;        /* capacity of the dense entry array */
    int64_t key_kind;   /* py4c_elem_kind */
    int64_t val_kind;   /* py4c_elem_kind, or -1 for a set */
    int64_t version;    /* bumped on every insertion or deletion (iteration checks) */
    void *keys;         /* dense array of keys (cap items) */
    void *vals;         /* dense array of values, NULL for a set */
    uint8_t *live;      /* 1 if entry i is live (not deleted) */
    int64_t *hashes;    /* hash of entry i */
    int64_t *index;     /* open-addressing table: -1 empty, -2 dummy, else entry index + hash tag (dict.c) */
    int64_t index_size; /* power of two */
} py4c_dict;

void *py4c_set_flags(void *o, int64_t flags); /* o->flags |= flags; returns o */
#define PY4C_DICT_DEFAULT 1 /* h.flags: a defaultdict whose factory is the value type */
#define PY4C_DICT_COUNTER 2 /* h.flags: a collections.Counter (missing keys count 0) */

int64_t py4c_value_hash(const py4c_tinfo *t, const void *v);   /* never -1 */
py4c_dict *py4c_dict_new(int64_t key_kind, int64_t val_kind);  /* val_kind -1: a set */
int64_t py4c_dict_set(py4c_dict *d, const void *key, const void *val, const py4c_tinfo *kt, const py4c_tinfo *vt); /* copies (increfs) */
/* d[key]: copies the value to *out (a new reference for objects); -1 + KeyError if missing */
int64_t py4c_dict_get(py4c_dict *d, const void *key, void *out, const py4c_tinfo *kt, const py4c_tinfo *vt);
/* d.get(key, default) / key in d: 1 found (value copied to *out if out), 0 missing */
int64_t py4c_dict_lookup(py4c_dict *d, const void *key, void *out, const py4c_tinfo *kt, const py4c_tinfo *vt);
int64_t py4c_dict_del(py4c_dict *d, const void *key, const py4c_tinfo *kt, const py4c_tinfo *vt); /* -1 + KeyError */
/* d.pop(key[, default]): has_default 0 -> KeyError when missing */
int64_t py4c_dict_pop(py4c_dict *d, const void *key, void *out, const void *deflt, int64_t has_default,
                      const py4c_tinfo *kt, const py4c_tinfo *vt);
/* d.setdefault(key, default): value copied to *out */
int64_t py4c_dict_setdefault(py4c_dict *d, const void *key, const void *deflt, void *out, const py4c_tinfo *kt,
                             const py4c_tinfo *vt);
int64_t py4c_dict_update(py4c_dict *d, py4c_dict *src, const py4c_tinfo *kt, const py4c_tinfo *vt);
void py4c_dict_clear(py4c_dict *d, const py4c_tinfo *kt, const py4c_tinfo *vt);
py4c_dict *py4c_dict_copy(py4c_dict *d, const py4c_tinfo *kt, const py4c_tinfo *vt);
int64_t py4c_dict_eq(py4c_dict *a, py4c_dict *b, const py4c_tinfo *kt, const py4c_tinfo *vt); /* order-insensitive */
py4c_str *py4c_dict_repr(py4c_dict *d, const py4c_tinfo *kt, const py4c_tinfo *vt);         /* {1: 'a'} / {1, 2} / set() */
/* Iteration: *pos starts at 0; returns 1 and copies the next live key/value (borrowed:
 * NOT increfed) and advances *pos, or 0 at the end. `version` is the d->version seen when
 * iteration began: a change raises RuntimeError "dictionary changed size during iteration"
 * (or "Set changed size during iteration") and returns -1. */
int64_t py4c_dict_next(py4c_dict *d, int64_t *pos, int64_t version, void *key_out, void *val_out);
/* Sets: add/discard/remove(-1 + KeyError)/contains via the dict functions with vals NULL;
 * set algebra returns new sets. */
py4c_dict *py4c_set_union(py4c_dict *a, py4c_dict *b, const py4c_tinfo *kt);
py4c_dict *py4c_set_intersection(py4c_dict *a, py4c_dict *b, const py4c_tinfo *kt);
py4c_dict *py4c_set_difference(py4c_dict *a, py4c_dict *b, const py4c_tinfo *kt);
py4c_dict *py4c_set_symmetric_difference(py4c_dict *a, py4c_dict *b, const py4c_tinfo *kt);
int64_t py4c_set_le(py4c_dict *a, py4c_dict *b, const py4c_tinfo *kt);   /* a <= b (subset) */
void py4c_dict_dealloc(py4c_dict *d);  /* called by py4c_dealloc; kinds say what to release */
/* Compiled-code helpers: next live entry index at/after pos (-1 end, -2 error), and
 * d.get(key, default) into *out (new reference). py4c_dict_lookup also gives a new
 * reference in *out; pop/del/setdefault/update return 0 or -1. */
int64_t py4c_dict_next_index(py4c_dict *d, int64_t pos, int64_t version);
int64_t py4c_dict_get_default(py4c_dict *d, const void *key, const void *deflt, void *out, const py4c_tinfo *kt,
                              const py4c_tinfo *vt);

/* ------------------------------------------------------------ tuples (tuple.c)
 *
 * A tuple is immutable: one 8-byte slot per field, holding the field's value in its
 * storage kind at the slot's start (an int64_t, a double, a uint8_t bool, an int32_t, or
 * an owned py4c_head*). The tuple keeps a pointer to its TUPLE tinfo so that it can
 * release its object fields. Codegen allocates with py4c_tuple_new, fills the slots
 * inline and reads them inline (word PY4C_TUPLE_ITEMS + i from the object's start).
 */
typedef struct py4c_tuple {
    py4c_head h;
    int64_t len;
    const py4c_tinfo *t; /* tag TUPLE */
    uint64_t items[];    /* len slots */
} py4c_tuple;
#define PY4C_TUPLE_ITEMS 4 /* word index of items[0] */

py4c_tuple *py4c_tuple_new(const py4c_tinfo *t);  /* slots zeroed (NULL objects) */
int64_t py4c_tuple_eq(py4c_tuple *a, py4c_tuple *b);
int64_t py4c_tuple_cmp(py4c_tuple *a, py4c_tuple *b);  /* -1/0/1, 2 unordered (as value_cmp) */
int64_t py4c_tuple_hash(py4c_tuple *a);                /* CPython's tuple hash over the field hashes; -1 + TypeError */
py4c_str *py4c_tuple_repr(py4c_tuple *a);              /* "(1, 'a')", "(1,)", "()" */
/* x in t for a tuple whose fields all have x's type (tinfo t) */
int64_t py4c_tuple_contains(py4c_tuple *a, const void *value, const py4c_tinfo *t);
void py4c_tuple_dealloc(py4c_tuple *a);
/* `x, y = xs`: 0 if len(xs) == n, else -1 + ValueError with CPython's message */
int64_t py4c_list_check_unpack(py4c_list *l, int64_t n);

/* ------------------------------------------------------------ objects (object.c)
 *
 * An instance of a user class: the header, its class, then one 8-byte slot per field
 * (base-class fields first), laid out as a tuple's slots (word PY4C_TUPLE_ITEMS + i).
 * Codegen emits one constant py4c_class per class. The special-method pointers are
 * compiled functions (NULL when the class does not define or inherit one):
 *   eq, lt: int8_t f(void *self, void *other): 0/1, 2 with an exception set
 *   hash: int64_t f(void *self); repr: py4c_str *f(void *self) (NULL on error)
 */
typedef struct py4c_class {
    const char *name;
    int64_t nfields;
    const py4c_tinfo *const *fields;
    const struct py4c_class *base;
    void *const *vtable; /* methods by slot number (word 4: codegen reads it) */
    void *eq, *lt, *hash, *repr, *str;
    int64_t flags;       /* PY4C_CLASS_* */
} py4c_class;
#define PY4C_CLASS_HASH_FIELDS 1 /* frozen dataclass: hash of the fields, as a tuple's */
#define PY4C_CLASS_UNHASHABLE 2  /* defines __eq__ without __hash__ (hash is None) */

typedef struct py4c_obj {
    py4c_head h;
    const py4c_class *cls;
    int64_t spare;
    uint64_t slots[];
} py4c_obj;

py4c_obj *py4c_obj_new(const py4c_class *cls);   /* fields zeroed (NULL objects) */
int64_t py4c_obj_isinstance(py4c_obj *o, const py4c_class *cls); /* 1/0; NULL (None) is 0 */
int64_t py4c_obj_eq(py4c_obj *a, py4c_obj *b);    /* ==: __eq__ or identity; -1 on error */
int64_t py4c_obj_cmp(py4c_obj *a, py4c_obj *b);   /* by __lt__: -1/0/1, 2 unordered, -2 error */
int64_t py4c_obj_hash(py4c_obj *a);               /* -1 + TypeError if unhashable */
py4c_str *py4c_obj_repr(py4c_obj *a);             /* __repr__, or <__main__.C object at 0x...>; None */
py4c_str *py4c_obj_str(py4c_obj *a);              /* __str__, else as repr */
py4c_str *py4c_obj_type_name(py4c_obj *a);        /* type(a).__name__ */
/* str()/repr() of an `X | None` value of a non-class type X (t: X's type info) */
py4c_str *py4c_opt_str(const py4c_tinfo *t, void *v, int64_t use_repr);
void py4c_obj_dealloc(py4c_obj *a);
py4c_str *py4c_none_attr_error(const char *attr); /* AttributeError: 'NoneType' object has no attribute */
void py4c_break_cycles(py4c_obj **cells, int64_t n); /* see object.c */
void py4c_collect_cycles(void); /* frees the escaped nested-function cycles now unreferenced */

/* ------------------------------------------------------------ str methods (strmethods.c)
 * CPython 3.11 semantics and messages; code point indices; new references or NULL. */
py4c_str *py4c_str_slice(py4c_str *s, int64_t start, int64_t stop, int64_t step, int64_t has_start,
                         int64_t has_stop, int64_t has_step);
py4c_list *py4c_str_split(py4c_str *s, py4c_str *sep /* NULL: whitespace */, int64_t maxsplit);
py4c_list *py4c_str_rsplit(py4c_str *s, py4c_str *sep, int64_t maxsplit);
py4c_list *py4c_str_splitlines(py4c_str *s, int64_t keepends);
py4c_str *py4c_str_join(py4c_str *sep, py4c_list *parts);   /* list[str] */
py4c_str *py4c_str_strip(py4c_str *s, py4c_str *chars /* NULL: whitespace */, int64_t which /* 1 left, 2 right, 3 both */);
py4c_str *py4c_str_replace(py4c_str *s, py4c_str *old, py4c_str *new_, int64_t count /* -1: all */);
int64_t py4c_str_find(py4c_str *s, py4c_str *sub, int64_t start, int64_t stop, int64_t has_start, int64_t has_stop, int64_t reverse);
int64_t py4c_str_index(py4c_str *s, py4c_str *sub, int64_t start, int64_t stop, int64_t has_start, int64_t has_stop, int64_t reverse); /* ValueError: substring not found */
int64_t py4c_str_count(py4c_str *s, py4c_str *sub, int64_t start, int64_t stop, int64_t has_start, int64_t has_stop);
int64_t py4c_str_startswith(py4c_str *s, py4c_str *prefix, int64_t start, int64_t stop, int64_t has_start, int64_t has_stop, int64_t ends);
py4c_str *py4c_str_upper(py4c_str *s);
py4c_str *py4c_str_lower(py4c_str *s);
py4c_str *py4c_str_title(py4c_str *s);
py4c_str *py4c_str_capitalize(py4c_str *s);
py4c_str *py4c_str_swapcase(py4c_str *s);
/* predicate: 1 isdigit 2 isalpha 3 isspace 4 isalnum 5 isupper 6 islower 7 isdecimal 8 isnumeric 9 isidentifier 10 isprintable 11 istitle */
int64_t py4c_str_is(py4c_str *s, int64_t predicate);
int64_t py4c_str_ord(py4c_str *s);      /* TypeError: ord() expected a character, but string of length 2 found */
py4c_str *py4c_str_chr(int64_t cp);     /* ValueError: chr() arg not in range(0x110000) */
py4c_str *py4c_str_repeat(py4c_str *s, int64_t n);
py4c_str *py4c_str_pad(py4c_str *s, int64_t width, py4c_str *fill, int64_t how /* 1 ljust 2 rjust 3 center 4 zfill */);
int64_t py4c_str_hash(py4c_str *s);     /* stable per process; never -1 */
/* Iteration helper: the code point starting at byte offset *pos, as a 1-char string;
 * advances *pos. */
py4c_str *py4c_str_next_char(py4c_str *s, int64_t *pos);
/* The code point starting at byte offset pos (str.c), as a 1-char string. */
py4c_str *py4c_str_char_at_byte(py4c_str *s, int64_t pos);

/* ------------------------------------------------------------ the math module (mathmod.c)
 * CPython's results and errors ("math domain error", "math range error"). */
double py4c_math1(int64_t fn, double x);            /* fn: the M_* order in mathmod.c */
double py4c_math2(int64_t fn, double x, double y);  /* fn: the M2_* order */
int64_t py4c_math_to_int(int64_t how, double x);    /* how: 0 floor, 1 ceil, 2 trunc */
int64_t py4c_math_gcd(int64_t a, int64_t b);
int64_t py4c_math_isclose(double a, double b, double rel_tol, double abs_tol); /* 1/0, -1 + ValueError */
int64_t py4c_math_factorial(int64_t n);
double py4c_time_seconds(int64_t clock);  /* 0: time.time(); 1: perf_counter()/monotonic() */
int64_t py4c_time_ns(int64_t clock);

/* ------------------------------------------------------------ heapq and bisect (heapq.c)
 * `t` is the element type; *out receives the moved item (a reference for objects). */
int64_t py4c_heap_push(py4c_list *h, const void *item, const py4c_tinfo *t);
int64_t py4c_heap_pop(py4c_list *h, void *out, const py4c_tinfo *t);   /* IndexError: index out of range */
int64_t py4c_heapify(py4c_list *h, const py4c_tinfo *t);
int64_t py4c_heap_replace(py4c_list *h, const void *item, void *out, const py4c_tinfo *t);
int64_t py4c_heap_pushpop(py4c_list *h, const void *item, void *out, const py4c_tinfo *t);
int64_t py4c_bisect(py4c_list *a, const void *x, int64_t lo, int64_t hi, int64_t right, const py4c_tinfo *t);

/* ------------------------------------------------------------ generators (gen.c)
 * slots[0] holds the value just yielded (moved out by the consumer, then
 * py4c_gen_taken); slots[1 + i] hold the arguments (owned), read by the start function. */
typedef struct py4c_gen {
    py4c_head h;
    int8_t (*start)(struct py4c_gen *); /* runs the generator's body; 1 on error */
    struct py4c_gen_state *st;
    uint64_t slots[];                    /* word PY4C_TUPLE_ITEMS + i, as a tuple's */
} py4c_gen;
py4c_gen *py4c_gen_new(int8_t (*start)(py4c_gen *), const py4c_tinfo *args_t, const py4c_tinfo *value_t);
int64_t py4c_gen_next(py4c_gen *g);   /* 1: a value in slots[0]; 0: finished; -1: raised */
int64_t py4c_gen_yield(py4c_gen *g, const void *value); /* moves *value in; -1 + GeneratorExit on close */
void py4c_gen_taken(py4c_gen *g);
void py4c_gen_dealloc(py4c_gen *g);

/* ------------------------------------------------------------ text files (fileio.c) */
typedef struct py4c_file py4c_file;
#include <stdio.h>
py4c_str *py4c_read_text(FILE *fp, int one_line, int universal); /* a line or the rest; "" at the end */
py4c_file *py4c_file_open(py4c_str *path, py4c_str *mode);  /* FileNotFoundError/OSError as CPython words them */
py4c_str *py4c_file_readline(py4c_file *f);   /* "" at end of file */
py4c_str *py4c_file_read(py4c_file *f);
py4c_list *py4c_file_readlines(py4c_file *f);
int64_t py4c_file_write(py4c_file *f, py4c_str *s); /* characters written, or -1 */
void py4c_file_close(py4c_file *f);
int64_t py4c_file_closed(py4c_file *f);
void py4c_file_dealloc(py4c_file *f);

/* ------------------------------------------------------------ I/O and process (core.c) */

void py4c_write_stdout(const char *data, int64_t len);
void py4c_write_stderr(const char *data, int64_t len);
void py4c_print_str(py4c_str *s, int64_t to_stderr);
void py4c_flush_all(void);
py4c_list *py4c_argv(void);                 /* sys.argv as list[str] (new reference) */
void py4c_sys_exit(int64_t code, int64_t has_code); /* raises SystemExit(code) or SystemExit() */
py4c_str *py4c_input(py4c_str *prompt);     /* input([prompt]); prompt may be NULL; EOFError at end */
py4c_str *py4c_stdin_readline(void);        /* sys.stdin.readline(): "" at end of input */
py4c_str *py4c_stdin_read(void);            /* sys.stdin.read() */

/* The program's entry: runs module init; prints the traceback of an uncaught exception. */
/* init returns 1 on error; fini releases the module's objects at exit */
int py4c_main(int argc, char **argv, int8_t (*module_init)(void), void (*module_fini)(void));

/* Stack guard: RecursionError instead of a segfault. */
extern char *py4c_stack_limit;
void py4c_raise_recursion(void);

/* ------------------------------------------------------------ the random module (randommod.c)
 * CPython 3.11's exact sequences (MT19937, Lib/random.py's algorithms) and messages. One
 * process-wide generator, seeded from the OS until seed(n) is called. */
void py4c_random_seed(int64_t n);                  /* seed(n) for an int n */
void py4c_random_seed_os(void);                    /* seed() */
double py4c_random_random(void);
int64_t py4c_random_getrandbits(int64_t k);        /* ValueError if k < 0; OverflowError past 63 bits */
int64_t py4c_random_randrange1(int64_t stop);      /* randrange(stop) */
int64_t py4c_random_randrange(int64_t start, int64_t stop, int64_t step);
int64_t py4c_random_randint(int64_t a, int64_t b);
double py4c_random_uniform(double a, double b);
double py4c_random_uniform_ii(int64_t a, int64_t b); /* uniform of two ints: b - a exact */
int64_t py4c_random_choice_index(int64_t len);     /* _randbelow(len); IndexError when len == 0 */
py4c_str *py4c_random_choice_str(py4c_str *s);
void py4c_random_shuffle(py4c_list *l);
py4c_list *py4c_random_sample(py4c_list *pop, int64_t k); /* new list; ValueError as CPython */

#endif
