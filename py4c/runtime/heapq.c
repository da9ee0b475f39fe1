/* py4c runtime: the heapq and bisect modules over lists of any element type, with
 * CPython's algorithms (Lib/heapq.py, Modules/_bisectmodule.c): the same comparisons
 * in the same order (only `<`), so equal items and NaNs end where CPython puts them.
 *
 * Phase: runtime. `t` is the element type info; items are moved as raw slots (a heap
 * operation permutes references, it does not copy them). A `<` that raises (a user
 * __lt__) leaves the exception set and the functions return -1.
 */
#include <string.h>

#include "py4c.h"

static size_t size_of(int64_t kind) {
    switch (kind) {
    case PY4C_ELEM_U8: return 1;
    case PY4C_ELEM_I32: return 4;
    default: return 8;
    }
}

#define SLOT(l, i) ((char *)(l)->items + (size_t)(i) * es)

/* a < b, or -1 with the exception set */
static int less(const py4c_tinfo *t, const void *a, const void *b) {
    int64_t c = py4c_value_cmp(t, a, b);
    if (py4c_exc_type) return -1;
    return c == -1;
}

static int64_t siftdown(py4c_list *h, int64_t startpos, int64_t pos, const py4c_tinfo *t) {
    size_t es = size_of(h->elem_kind);
    uint64_t newitem;
    memcpy(&newitem, SLOT(h, pos), es);
    while (pos > startpos) {
        int64_t parentpos = (pos - 1) >> 1;
        int lt = less(t, &newitem, SLOT(h, parentpos));
        if (lt < 0) { memcpy(SLOT(h, pos), &newitem, es); return -1; }
        if (!lt) break;
        memcpy(SLOT(h, pos), SLOT(h, parentpos), es);
        pos = parentpos;
    }
    memcpy(SLOT(h, pos), &newitem, es);
    return 0;
}

static int64_t siftup(py4c_list *h, int64_t pos, const py4c_tinfo *t) {
    size_t es = size_of(h->elem_kind);
    int64_t endpos = h->len, startpos = pos;
    uint64_t newitem;
    memcpy(&newitem, SLOT(h, pos), es);
    int64_t childpos = 2 * pos + 1;
    while (childpos < endpos) {
        int64_t rightpos = childpos + 1;
        if (rightpos < endpos) {
            int lt = less(t, SLOT(h, childpos), SLOT(h, rightpos));
            if (lt < 0) { memcpy(SLOT(h, pos), &newitem, es); return -1; }
            if (!lt) childpos = rightpos;
        }
        memcpy(SLOT(h, pos), SLOT(h, childpos), es);
        pos = childpos;
        childpos = 2 * pos + 1;
    }
    memcpy(SLOT(h, pos), &newitem, es);
    return siftdown(h, startpos, pos, t);
}

int64_t py4c_heap_push(py4c_list *h, const void *item, const py4c_tinfo *t) {
    if (py4c_list_append(h, item) < 0) return -1;
    return siftdown(h, 0, h->len - 1, t);
}

int64_t py4c_heap_pop(py4c_list *h, void *out, const py4c_tinfo *t) {
    size_t es = size_of(h->elem_kind);
    if (h->len == 0) {
        py4c_raise_cstr(PY4C_EXC_IndexError, "index out of range");
        return -1;
    }
    uint64_t last;
    memcpy(&last, SLOT(h, h->len - 1), es);
    h->len--;
    if (h->len == 0) { memcpy(out, &last, es); return 0; }
    memcpy(out, SLOT(h, 0), es);
    memcpy(SLOT(h, 0), &last, es);
    return siftup(h, 0, t);
}

int64_t py4c_heapify(py4c_list *h, const py4c_tinfo *t) {
    for (int64_t i = h->len / 2 - 1; i >= 0; i--)
        if (siftup(h, i, t) < 0) return -1;
    return 0;
}

int64_t py4c_heap_replace(py4c_list *h, const void *item, void *out, const py4c_tinfo *t) {
    size_t es = size_of(h->elem_kind);
    if (h->len == 0) {
        py4c_raise_cstr(PY4C_EXC_IndexError, "index out of range");
        return -1;
    }
    py4c_value_incref(t, item);
    memcpy(out, SLOT(h, 0), es);
    memcpy(SLOT(h, 0), item, es);
    return siftup(h, 0, t);
}

int64_t py4c_heap_pushpop(py4c_list *h, const void *item, void *out, const py4c_tinfo *t) {
    size_t es = size_of(h->elem_kind);
    py4c_value_incref(t, item);
    if (h->len > 0) {
        int lt = less(t, SLOT(h, 0), item);
        if (lt < 0) { py4c_value_decref(t, item); return -1; }
        if (lt) {
            memcpy(out, SLOT(h, 0), es);
            memcpy(SLOT(h, 0), item, es);
            return siftup(h, 0, t);
        }
    }
    memcpy(out, item, es);
    return 0;
}

/* bisect_left / bisect_right (right = 1) of x in a[lo:hi]; hi < 0 means len(a). */
int64_t py4c_bisect(py4c_list *a, const void *x, int64_t lo, int64_t hi, int64_t right, const py4c_tinfo *t) {
    size_t es = size_of(a->elem_kind);
    if (lo < 0) {
        py4c_raise_cstr(PY4C_EXC_ValueError, "lo must be non-negative");
        return -1;
    }
    if (hi < 0) hi = a->len;
    while (lo < hi) {
        int64_t mid = ((uint64_t)lo + (uint64_t)hi) / 2;
        int lt = right ? less(t, x, SLOT(a, mid)) : less(t, SLOT(a, mid), x);
        if (lt < 0) return -1;
        if (right ? lt : !lt) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}
