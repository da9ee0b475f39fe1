/* py4c runtime: generic value operations driven by a py4c_tinfo (see py4c.h).
 *
 * Phase: runtime. Containers call these to compare, print and release elements whose
 * static type only codegen knows. Values are passed by address, in their storage kind.
 *
 * Conventions (shared with list.c):
 * - py4c_value_cmp returns exactly -1, 0 or 1, or 2 when the values are unordered (a
 *   float NaN, or a list whose first differing items are unordered), so codegen tests
 *   `<` as r == -1, `>` as r == 1, `<=` as r == -1 || r == 0, `>=` as r == 0 || r == 1.
 * - py4c_value_eq returns 1/0, or -1 with the exception set when a user __eq__ raised
 *   (also inside lists, tuples and dicts); py4c_value_cmp returns 2 with the exception
 *   set when a comparison raised, so a caller tells "unordered" from an error by the
 *   exception flag (py4c_exc_type).
 * - Floats are unboxed, so there is no object identity: NaN never equals NaN, also
 *   inside lists. (CPython's list ==, in, index, count and remove first test identity,
 *   so `x in [x]` is True there for one NaN object x; py4c says False.)
 * - Sets are ordered by inclusion (a partial order: 2 when neither includes the other);
 *   dicts have no order (2 unless equal; list.sort of dicts raises TypeError as CPython).
 * - An OBJ slot may hold NULL (a list created by py4c_list_new before codegen fills
 *   it); it compares equal only to NULL and prints as None.
 */
#include "py4c.h"

static int64_t load_int(int64_t kind, const void *v) {
    switch (kind) {
    case PY4C_ELEM_U8: return *(const uint8_t *)v;
    case PY4C_ELEM_I32: return *(const int32_t *)v;
    default: return *(const int64_t *)v;
    }
}

static void *load_obj(const void *v) { return *(void *const *)v; }

/* The address of the number held by the box at slot v (a TAG_BOX value, not None). */
#define BOXED(v) ((const void *)&((py4c_obj *)load_obj(v))->slots[0])

/* An OBJ slot of an `X | None` type may hold the None object: it equals only None,
 * sorts with nothing (the caller reports the TypeError) and prints as None. */
static int is_none(const py4c_tinfo *t, const void *v) {
    return t->kind == PY4C_ELEM_OBJ && *(void *const *)v == PY4C_NONE;
}

int64_t py4c_value_eq(const py4c_tinfo *t, const void *a, const void *b) {
    if (is_none(t, a) || is_none(t, b)) return *(void *const *)a == *(void *const *)b;
    switch (t->tag) {
    case PY4C_TAG_FLOAT:
        return *(const double *)a == *(const double *)b;
    case PY4C_TAG_NONE:
        return 1;
    case PY4C_TAG_STR: {
        py4c_str *x = load_obj(a), *y = load_obj(b);
        if (!x || !y) return x == y;
        return py4c_str_eq(x, y) != 0;
    }
    case PY4C_TAG_LIST: {
        py4c_list *x = load_obj(a), *y = load_obj(b);
        if (!x || !y) return x == y;
        return py4c_list_eq(x, y, t->elem);
    }
    case PY4C_TAG_DICT: case PY4C_TAG_SET: {
        py4c_dict *x = load_obj(a), *y = load_obj(b);
        if (!x || !y) return x == y;
        return py4c_dict_eq(x, y, t->elem, t->tag == PY4C_TAG_DICT ? t->val : NULL);
    }
    case PY4C_TAG_TUPLE: {
        py4c_tuple *x = load_obj(a), *y = load_obj(b);
        if (!x || !y) return x == y;
        return py4c_tuple_eq(x, y);
    }
    case PY4C_TAG_BOX: /* both boxes hold a value (None was handled above) */
        return py4c_value_eq(t->elem, BOXED(a), BOXED(b));
    case PY4C_TAG_OBJ: case PY4C_TAG_EXC: {
        /* identity first, as CPython's containers compare (PyObject_RichCompareBool) */
        if (t->tag == PY4C_TAG_EXC || load_obj(a) == load_obj(b)) return load_obj(a) == load_obj(b);
        return py4c_obj_eq(load_obj(a), load_obj(b)); /* 1/0, -1 if __eq__ raised */
    }
    default: /* INT, I32, U8, BOOL */
        return load_int(t->kind, a) == load_int(t->kind, b);
    }
}

int64_t py4c_value_cmp(const py4c_tinfo *t, const void *a, const void *b) {
    if (is_none(t, a) || is_none(t, b)) {
        py4c_raise_cstr(PY4C_EXC_TypeError, "'<' not supported between instances involving 'NoneType'");
        return 2;
    }
    switch (t->tag) {
    case PY4C_TAG_FLOAT: {
        double x = *(const double *)a, y = *(const double *)b;
        if (x < y) return -1;
        if (x > y) return 1;
        if (x == y) return 0;
        return 2;
    }
    case PY4C_TAG_NONE:
        /* None has no order; the type checker rejects None < None. Lists of None
         * compare by length only and never get here; list.sort raises TypeError. */
        return 0;
    case PY4C_TAG_STR: {
        py4c_str *x = load_obj(a), *y = load_obj(b);
        if (!x || !y) return (x != NULL) - (y != NULL);
        int64_t c = py4c_str_cmp(x, y);
        return (c > 0) - (c < 0);
    }
    case PY4C_TAG_LIST: {
        py4c_list *x = load_obj(a), *y = load_obj(b);
        if (!x || !y) return (x != NULL) - (y != NULL);
        return py4c_list_cmp(x, y, t->elem);
    }
    case PY4C_TAG_SET: { /* the subset order: a partial order */
        py4c_dict *x = load_obj(a), *y = load_obj(b);
        if (!x || !y) return (x != NULL) - (y != NULL);
        int64_t le = py4c_set_le(x, y, t->elem), ge = le < 0 ? -1 : py4c_set_le(y, x, t->elem);
        if (le < 0 || ge < 0) return 2; /* __eq__ raised: the exception is set */
        return le && ge ? 0 : le ? -1 : ge ? 1 : 2;
    }
    case PY4C_TAG_TUPLE: {
        py4c_tuple *x = load_obj(a), *y = load_obj(b);
        if (!x || !y) return (x != NULL) - (y != NULL);
        return py4c_tuple_cmp(x, y);
    }
    case PY4C_TAG_BOX:
        return py4c_value_cmp(t->elem, BOXED(a), BOXED(b));
    case PY4C_TAG_OBJ: {
        int64_t r = py4c_obj_cmp(load_obj(a), load_obj(b));
        return r == -2 ? 2 : r; /* an error leaves the exception set; the caller checks it */
    }
    case PY4C_TAG_DICT:
        /* dicts have no order (the type checker rejects d1 < d2): "unordered" */
        return py4c_value_eq(t, a, b) ? 0 : 2;
    default: {
        int64_t x = load_int(t->kind, a), y = load_int(t->kind, b);
        return (x > y) - (x < y);
    }
    }
}

py4c_str *py4c_value_repr(const py4c_tinfo *t, const void *v) {
    if (is_none(t, v)) return py4c_str_from_cstr("None");
    switch (t->tag) {
    case PY4C_TAG_FLOAT:
        return py4c_float_repr(*(const double *)v);
    case PY4C_TAG_BOOL:
        return py4c_str_from_bool(load_int(t->kind, v) != 0);
    case PY4C_TAG_NONE:
        return py4c_str_from_cstr("None");
    case PY4C_TAG_STR: {
        py4c_str *s = load_obj(v);
        return s ? py4c_str_repr(s) : py4c_str_from_cstr("None");
    }
    case PY4C_TAG_LIST: {
        py4c_list *l = load_obj(v);
        return l ? py4c_list_repr(l, t->elem) : py4c_str_from_cstr("None");
    }
    case PY4C_TAG_DICT: case PY4C_TAG_SET: {
        py4c_dict *d = load_obj(v);
        if (!d) return py4c_str_from_cstr("None");
        return py4c_dict_repr(d, t->elem, t->tag == PY4C_TAG_DICT ? t->val : NULL);
    }
    case PY4C_TAG_TUPLE: {
        py4c_tuple *x = load_obj(v);
        return x ? py4c_tuple_repr(x) : py4c_str_from_cstr("None");
    }
    case PY4C_TAG_OBJ:
        return py4c_obj_repr(load_obj(v));
    case PY4C_TAG_BOX:
        return py4c_value_repr(t->elem, BOXED(v));
    default:
        return py4c_int_to_str(load_int(t->kind, v));
    }
}

void py4c_value_incref(const py4c_tinfo *t, const void *v) {
    if (t->kind == PY4C_ELEM_OBJ) {
        void *o = load_obj(v);
        if (o) py4c_incref(o);
    }
}

void py4c_value_decref(const py4c_tinfo *t, const void *v) {
    if (t->kind == PY4C_ELEM_OBJ) py4c_xdecref(load_obj(v));
}
