/* py4c runtime: tuples (see py4c.h for the layout).
 *
 * Phase: runtime. Codegen builds and reads tuples inline; the functions here do what
 * needs the field types: comparison (CPython's rule: the first index whose items are
 * not equal decides, by `<` on those items), hashing (CPython's xxHash-based tuple hash
 * over the field hashes), repr and release.
 */
#include <stdlib.h>
#include <string.h>

#include "py4c.h"

py4c_tuple *py4c_tuple_new(const py4c_tinfo *t) {
    size_t size = sizeof(py4c_tuple) + (size_t)t->n * sizeof(uint64_t);
    py4c_tuple *a = py4c_alloc(size);
    if (!a) return NULL;
    memset(a->items, 0, (size_t)t->n * sizeof(uint64_t));
    a->h.refcnt = 1;
    a->h.type_id = PY4C_T_TUPLE;
    a->h.flags = 0;
    a->len = t->n;
    a->t = t;
    return a;
}

int64_t py4c_tuple_eq(py4c_tuple *a, py4c_tuple *b) {
    if (a->len != b->len) return 0;
    for (int64_t i = 0; i < a->len; i++) {
        int64_t r = py4c_value_eq(a->t->fields[i], &a->items[i], &b->items[i]);
        if (r <= 0) return r; /* 0, or -1: __eq__ raised */
    }
    return 1;
}

int64_t py4c_tuple_cmp(py4c_tuple *a, py4c_tuple *b) {
    int64_t n = a->len < b->len ? a->len : b->len;
    for (int64_t i = 0; i < n; i++) {
        const py4c_tinfo *ft = a->t->fields[i];
        int64_t r = py4c_value_eq(ft, &a->items[i], &b->items[i]);
        if (r < 0) return 2; /* __eq__ raised: the exception is set */
        if (!r) return py4c_value_cmp(ft, &a->items[i], &b->items[i]);
    }
    return (a->len > b->len) - (a->len < b->len);
}

/* CPython 3.11 Objects/tupleobject.c tuplehash (the 64-bit xxHash constants). */
#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

int64_t py4c_tuple_hash(py4c_tuple *a) {
    uint64_t acc = XXPRIME_5;
    for (int64_t i = 0; i < a->len; i++) {
        int64_t lane = py4c_value_hash(a->t->fields[i], &a->items[i]);
        if (lane == -1) return -1;
        acc += (uint64_t)lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)a->len ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1) return 1546275796;
    return (int64_t)acc;
}

py4c_str *py4c_tuple_repr(py4c_tuple *a) {
    /* "(" + item reprs joined by ", " + ("," for one item) + ")" */
    py4c_str *small[8];
    py4c_str **reprs = a->len <= 8 ? small : malloc((size_t)a->len * sizeof(py4c_str *));
    if (!reprs) { py4c_raise_memory(); return NULL; }
    int64_t k = 0, len = 2 + (a->len == 1) + (a->len > 1 ? 2 * (a->len - 1) : 0);
    py4c_str *result = NULL;
    for (; k < a->len; k++) {
        reprs[k] = py4c_value_repr(a->t->fields[k], &a->items[k]);
        if (!reprs[k]) goto done;
        len += reprs[k]->len;
    }
    result = py4c_str_alloc(len);
    if (!result) goto done;
    char *p = result->data;
    *p++ = '(';
    for (int64_t i = 0; i < a->len; i++) {
        if (i) { *p++ = ','; *p++ = ' '; }
        memcpy(p, reprs[i]->data, (size_t)reprs[i]->len);
        p += reprs[i]->len;
    }
    if (a->len == 1) *p++ = ',';
    *p = ')';
    py4c_str_finish(result);
done:
    for (int64_t i = 0; i < k; i++) py4c_decref(reprs[i]);
    if (reprs != small) free(reprs);
    return result;
}

int64_t py4c_tuple_contains(py4c_tuple *a, const void *value, const py4c_tinfo *t) {
    for (int64_t i = 0; i < a->len; i++) {
        int64_t r = py4c_value_eq(t, &a->items[i], value);
        if (r) return r; /* 1, or -1: __eq__ raised */
    }
    return 0;
}

int64_t py4c_list_check_unpack(py4c_list *l, int64_t n) {
    if (l->len == n) return 0;
    if (l->len > n)
        py4c_raise_fmt(PY4C_EXC_ValueError, "too many values to unpack (expected %lld)", (long long)n);
    else
        py4c_raise_fmt(PY4C_EXC_ValueError, "not enough values to unpack (expected %lld, got %lld)", (long long)n,
                       (long long)l->len);
    return -1;
}

void py4c_tuple_dealloc(py4c_tuple *a) {
    for (int64_t i = 0; i < a->len; i++)
        if (a->t->fields[i]->kind == PY4C_ELEM_OBJ) py4c_xdecref(*(py4c_head **)&a->items[i]);
    free(a);
}
