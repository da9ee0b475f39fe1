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
    PY4C_EXC_COUNT
};

extern int32_t py4c_exc_type;   /* 0 when no exception is pending */
extern py4c_str *py4c_exc_msg;  /* owned; NULL or "" means no message */

void py4c_raise(int32_t exc, py4c_str *msg);        /* steals nothing: increfs msg */
void py4c_raise_cstr(int32_t exc, const char *msg); /* msg is UTF-8 */
void py4c_raise_fmt(int32_t exc, const char *fmt, ...);
void py4c_raise_memory(void);
void py4c_clear_exc(void);
const char *py4c_exc_name(int32_t exc);
int32_t py4c_exc_matches(int32_t exc, int32_t cls); /* isinstance on the class tree */

/* Appends a frame to the pending exception's traceback (innermost first). */
void py4c_traceback_add(const char *file, int64_t line, const char *func);

/* ------------------------------------------------------------ memory */

void *py4c_alloc(size_t size);          /* sets MemoryError and returns NULL on failure */
void py4c_dealloc(py4c_head *obj);      /* called when refcnt drops to 0 */
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
py4c_str *py4c_int_divmod_str(int64_t a, int64_t b);   /* str(divmod(a, b)) */
py4c_str *py4c_float_divmod_str(double a, double b);
int64_t py4c_str_contains(py4c_str *hay, py4c_str *needle);
int64_t py4c_int_float_cmp(int64_t a, double b); /* -1/0/1, 2 if b is NaN */

/* ------------------------------------------------------------ lists (list.c) */

py4c_list *py4c_list_new(int64_t elem_kind, int64_t len);
int64_t py4c_list_check_index(py4c_list *l, int64_t i); /* normalised index or -1 + IndexError */
py4c_head *py4c_list_get_obj(py4c_list *l, int64_t i);   /* new reference, or NULL + IndexError */
int py4c_list_append_obj(py4c_list *l, py4c_head *item); /* steals item; 0 on success */
py4c_str *py4c_list_str_repr(py4c_list *l);              /* str(list[str]) */

/* ------------------------------------------------------------ I/O and process (core.c) */

void py4c_write_stdout(const char *data, int64_t len);
void py4c_write_stderr(const char *data, int64_t len);
void py4c_print_str(py4c_str *s, int64_t to_stderr);
void py4c_flush_all(void);
py4c_list *py4c_argv(void);                 /* sys.argv as list[str] (new reference) */
void py4c_sys_exit(int64_t code);           /* raises SystemExit */

/* The program's entry: runs module init; prints the traceback of an uncaught exception. */
int py4c_main(int argc, char **argv, int8_t (*module_init)(void)); /* init returns 1 on error */

/* Stack guard: RecursionError instead of a segfault. */
extern char *py4c_stack_limit;
void py4c_raise_recursion(void);

#endif
