/* py4c runtime: lists with unboxed element storage (see py4c_elem_kind).
 *
 * Phase: runtime. CPython 3.11's list semantics and messages (Objects/listobject.c),
 * including slice index adjustment (PySlice_Unpack + PySlice_AdjustIndices),
 * reimplemented on typed storage. list.sort (timsort) is in list_sort.c.
 *
 * Conventions:
 * - A `const py4c_tinfo *t` argument describes the list's *elements*; it is only read
 *   to compare or print them. Reference counting uses l->elem_kind alone (objects are
 *   owned py4c_head* or NULL), so t may be NULL where nothing is compared or printed.
 * - Every function leaves reference counts balanced: items copied into a list are
 *   incref'd, items dropped from one are decref'd (after the list is consistent again),
 *   pop moves its item's reference to *out.
 * - Out of memory raises MemoryError and returns the error value; the list is then
 *   unchanged. Nothing here aborts.
 * - Comparisons follow value.c: NaN never equals NaN (there is no float identity), and
 *   py4c_list_cmp returns -1/0/1, or 2 when the first differing items are unordered.
 */
#include "py4c.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "numfmt.h"

static size_t elem_size(int64_t kind) {
    switch (kind) {
    case PY4C_ELEM_U8: return 1;
    case PY4C_ELEM_I32: return 4;
    default: return 8;
    }
}

#define ES(l) elem_size((l)->elem_kind)
#define AT(l, i) ((char *)(l)->items + (size_t)(i) * ES(l))

/* The largest item count whose storage size fits in a ptrdiff_t. */
static int64_t max_items(size_t es) { return (int64_t)(PTRDIFF_MAX / (ptrdiff_t)es); }

static void copy_bytes(void *dst, const void *src, size_t n) {
    if (n) memmove(dst, src, n);
}

static void incref_items(int64_t kind, const void *items, int64_t n) {
    if (kind != PY4C_ELEM_OBJ) return;
    py4c_head *const *p = items;
    for (int64_t i = 0; i < n; i++)
        if (p[i]) p[i]->refcnt++;
}

static void decref_items(int64_t kind, const void *items, int64_t n) {
    if (kind != PY4C_ELEM_OBJ) return;
    py4c_head *const *p = items;
    for (int64_t i = 0; i < n; i++) py4c_xdecref(p[i]);
}

/* A malloc'd copy of n items (NULL + MemoryError on failure; n may be 0). */
static void *dup_items(const void *items, int64_t n, size_t es) {
    void *d = py4c_alloc(n ? (size_t)n * es : 1);
    if (d) copy_bytes(d, items, (size_t)n * es);
    return d;
}

/* ------------------------------------------------------------ allocation */

py4c_list *py4c_list_new(int64_t elem_kind, int64_t len) {
    if (len < 0) len = 0;
    size_t es = elem_size(elem_kind);
    if (len > max_items(es)) { py4c_raise_memory(); return NULL; }
    py4c_list *l = py4c_alloc(sizeof *l);
    if (!l) return NULL;
    l->h.refcnt = 1;
    l->h.type_id = PY4C_T_LIST;
    l->h.flags = 0;
    l->len = len;
    l->cap = len > 4 ? len : 4;
    l->elem_kind = elem_kind;
    l->items = calloc((size_t)l->cap, es);
    if (!l->items) { free(l); py4c_raise_memory(); return NULL; }
    return l;
}

int64_t py4c_list_reserve(py4c_list *l, int64_t extra) {
    if (extra <= 0) return 0;
    size_t es = ES(l);
    int64_t limit = max_items(es);
    if (l->len > limit - extra) { py4c_raise_memory(); return -1; }
    int64_t need = l->len + extra;
    if (need <= l->cap) return 0;
    /* CPython's growth pattern (~1.125x plus a constant) for small lists; 1.5x from 4096
     * items on, where each realloc may copy megabytes (appending n items then copies ~2n
     * items in all instead of ~8n). */
    int64_t cap = need < 4096 ? need + (need >> 3) + 6 : need + (need >> 1);
    if (cap > limit || cap < need) cap = need;
    void *n = realloc(l->items, (size_t)cap * es);
    if (!n) { py4c_raise_memory(); return -1; }
    l->items = n;
    l->cap = cap;
    return 0;
}

/* After removals: give memory back when the list is mostly empty (failure is harmless). */
static void maybe_shrink(py4c_list *l) {
    if (l->cap <= 64 || l->len >= l->cap / 4) return;
    int64_t cap = l->len + (l->len >> 3) + 8;
    void *n = realloc(l->items, (size_t)cap * ES(l));
    if (n) { l->items = n; l->cap = cap; }
}

/* ------------------------------------------------------------ single items */

int64_t py4c_list_check_index(py4c_list *l, int64_t i) {
    if (i < 0) i += l->len;
    if (i < 0 || i >= l->len) {
        py4c_raise_cstr(PY4C_EXC_IndexError, "list index out of range");
        return -1;
    }
    return i;
}

py4c_head *py4c_list_get_obj(py4c_list *l, int64_t i) {
    i = py4c_list_check_index(l, i);
    if (i < 0) return NULL;
    py4c_head *item = ((py4c_head **)l->items)[i];
    if (item) py4c_incref(item);
    return item;
}

int64_t py4c_list_append_obj(py4c_list *l, py4c_head *item) {
    if (py4c_list_reserve(l, 1) < 0) { py4c_xdecref(item); return -1; }
    ((py4c_head **)l->items)[l->len++] = item;
    return 0;
}

int64_t py4c_list_append(py4c_list *l, const void *value) {
    if (l->len < l->cap && l->elem_kind == PY4C_ELEM_OBJ) { /* the common case, without reserve */
        py4c_head *o = *(py4c_head *const *)value;
        if (o) o->refcnt++;
        ((py4c_head **)l->items)[l->len++] = o;
        return 0;
    }
    if (py4c_list_reserve(l, 1) < 0) return -1;
    memcpy(AT(l, l->len), value, ES(l));
    incref_items(l->elem_kind, value, 1);
    l->len++;
    return 0;
}

int64_t py4c_list_insert(py4c_list *l, int64_t i, const void *value) {
    int64_t n = l->len;
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    } else if (i > n) {
        i = n;
    }
    if (py4c_list_reserve(l, 1) < 0) return -1;
    size_t es = ES(l);
    copy_bytes(AT(l, i + 1), AT(l, i), (size_t)(n - i) * es);
    memcpy(AT(l, i), value, es);
    incref_items(l->elem_kind, value, 1);
    l->len++;
    return 0;
}

int64_t py4c_list_pop(py4c_list *l, int64_t i, void *out) {
    int64_t n = l->len;
    if (n == 0) {
        py4c_raise_cstr(PY4C_EXC_IndexError, (l->h.flags & PY4C_LIST_DEQUE) ? "pop from an empty deque"
                                                                            : "pop from empty list");
        return -1;
    }
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        py4c_raise_cstr(PY4C_EXC_IndexError, "pop index out of range");
        return -1;
    }
    size_t es = ES(l);
    memcpy(out, AT(l, i), es);
    copy_bytes(AT(l, i), AT(l, i + 1), (size_t)(n - i - 1) * es);
    l->len--;
    maybe_shrink(l);
    return 0;
}

/* Removes item i (valid) and releases it. */
static void remove_at(py4c_list *l, int64_t i) {
    size_t es = ES(l);
    void *old = NULL;
    if (l->elem_kind == PY4C_ELEM_OBJ) old = ((void **)l->items)[i];
    copy_bytes(AT(l, i), AT(l, i + 1), (size_t)(l->len - i - 1) * es);
    l->len--;
    maybe_shrink(l);
    py4c_xdecref(old);
}

int64_t py4c_list_del_item(py4c_list *l, int64_t i, const py4c_tinfo *t) {
    (void)t;
    if (i < 0) i += l->len;
    if (i < 0 || i >= l->len) {
        py4c_raise_cstr(PY4C_EXC_IndexError, "list assignment index out of range");
        return -1;
    }
    remove_at(l, i);
    return 0;
}

/* ------------------------------------------------------------ searching */

/* Item i == value, with fast paths for the scalar kinds. */
static int64_t item_eq(py4c_list *l, int64_t i, const void *value, const py4c_tinfo *t) {
    switch (t->tag) {
    case PY4C_TAG_INT:
        if (l->elem_kind == PY4C_ELEM_I64) return ((int64_t *)l->items)[i] == *(const int64_t *)value;
        break;
    case PY4C_TAG_FLOAT:
        return ((double *)l->items)[i] == *(const double *)value;
    default:
        break;
    }
    return py4c_value_eq(t, AT(l, i), value);
}

int64_t py4c_list_remove(py4c_list *l, const void *value, const py4c_tinfo *t) {
    for (int64_t i = 0; i < l->len; i++) {
        int64_t r = item_eq(l, i, value, t);
        if (r < 0) return -1;
        if (r) {
            remove_at(l, i);
            return 0;
        }
    }
    py4c_raise_cstr(PY4C_EXC_ValueError, "list.remove(x): x not in list");
    return -1;
}

int64_t py4c_list_index(py4c_list *l, const void *value, int64_t start, int64_t stop,
                        const py4c_tinfo *t) {
    if (start < 0) {
        start += l->len;
        if (start < 0) start = 0;
    }
    if (stop < 0) {
        stop += l->len;
        if (stop < 0) stop = 0;
    }
    for (int64_t i = start; i < stop && i < l->len; i++) {
        int64_t r = item_eq(l, i, value, t);
        if (r < 0) return -1;
        if (r) return i;
    }
    py4c_str *r = py4c_value_repr(t, value);
    if (!r) return -1;
    static const char suffix[] = " is not in list";
    py4c_str *msg = py4c_str_alloc(r->len + (int64_t)sizeof suffix - 1);
    if (msg) {
        memcpy(msg->data, r->data, (size_t)r->len);
        memcpy(msg->data + r->len, suffix, sizeof suffix - 1);
        py4c_str_finish(msg);
        py4c_raise(PY4C_EXC_ValueError, msg);
        py4c_decref(msg);
    }
    py4c_decref(r);
    return -1;
}

int64_t py4c_list_count(py4c_list *l, const void *value, const py4c_tinfo *t) {
    int64_t n = 0;
    for (int64_t i = 0; i < l->len; i++) {
        int64_t r = item_eq(l, i, value, t);
        if (r < 0) return -1;
        n += r;
    }
    return n;
}

int64_t py4c_list_contains(py4c_list *l, const void *value, const py4c_tinfo *t) {
    for (int64_t i = 0; i < l->len; i++) {
        int64_t r = item_eq(l, i, value, t);
        if (r) return r; /* 1, or -1: __eq__ raised */
    }
    return 0;
}

/* ------------------------------------------------------------ whole-list operations */

static void reverse_items(void *items, int64_t n, size_t es) {
    if (n < 2) return;
    char *lo = items, *hi = (char *)items + (size_t)(n - 1) * es;
    char tmp[8];
    while (lo < hi) {
        memcpy(tmp, lo, es);
        memcpy(lo, hi, es);
        memcpy(hi, tmp, es);
        lo += es;
        hi -= es;
    }
}

void py4c_list_reverse(py4c_list *l) { reverse_items(l->items, l->len, ES(l)); }

void py4c_list_clear(py4c_list *l, const py4c_tinfo *t) {
    (void)t;
    void *old = l->items;
    int64_t n = l->len;
    void *fresh = l->cap > 16 ? calloc(4, ES(l)) : NULL;
    if (fresh) {
        l->items = fresh;
        l->cap = 4;
    }
    l->len = 0;
    decref_items(l->elem_kind, old, n);
    if (fresh) free(old);
}

int64_t py4c_list_extend(py4c_list *l, py4c_list *src, const py4c_tinfo *t) {
    (void)t;
    int64_t n = src->len; /* read first: src may be l */
    if (py4c_list_reserve(l, n) < 0) return -1;
    copy_bytes(AT(l, l->len), src->items, (size_t)n * ES(l)); /* src->items after any realloc */
    incref_items(l->elem_kind, AT(l, l->len), n);
    l->len += n;
    return 0;
}

py4c_list *py4c_list_copy(py4c_list *l, const py4c_tinfo *t) {
    (void)t;
    py4c_list *r = py4c_list_new(l->elem_kind, l->len);
    if (!r) return NULL;
    copy_bytes(r->items, l->items, (size_t)l->len * ES(l));
    incref_items(l->elem_kind, r->items, l->len);
    return r;
}

py4c_list *py4c_list_concat(py4c_list *a, py4c_list *b, const py4c_tinfo *t) {
    (void)t;
    if (a->len > INT64_MAX - b->len) { py4c_raise_memory(); return NULL; }
    py4c_list *r = py4c_list_new(a->elem_kind, a->len + b->len);
    if (!r) return NULL;
    size_t es = ES(a);
    copy_bytes(r->items, a->items, (size_t)a->len * es);
    copy_bytes(AT(r, a->len), b->items, (size_t)b->len * es);
    incref_items(r->elem_kind, r->items, r->len);
    return r;
}

py4c_list *py4c_list_repeat(py4c_list *l, int64_t n, const py4c_tinfo *t) {
    (void)t;
    int64_t len = l->len;
    if (n < 0) n = 0;
    if (n > 0 && len > INT64_MAX / n) { py4c_raise_memory(); return NULL; }
    int64_t size = len * n;
    py4c_list *r = py4c_list_new(l->elem_kind, size);
    if (!r || size == 0) return r;
    size_t es = ES(l), chunk = (size_t)len * es, total = (size_t)size * es;
    memcpy(r->items, l->items, chunk);
    for (size_t done = chunk; done < total;) { /* doubling copies */
        size_t k = done < total - done ? done : total - done;
        memcpy((char *)r->items + done, r->items, k);
        done += k;
    }
    if (l->elem_kind == PY4C_ELEM_OBJ) {
        py4c_head **p = l->items;
        for (int64_t i = 0; i < len; i++)
            if (p[i]) p[i]->refcnt += n;
    }
    return r;
}

/* ------------------------------------------------------------ slices */

/* PySlice_Unpack for int64 bounds: fills in the defaults of omitted parts. */
static int unpack_slice(int64_t *start, int64_t *stop, int64_t *step, int64_t has_start,
                        int64_t has_stop, int64_t has_step) {
    if (!has_step) {
        *step = 1;
    } else if (*step == 0) {
        py4c_raise_cstr(PY4C_EXC_ValueError, "slice step cannot be zero");
        return -1;
    } else if (*step < -INT64_MAX) {
        *step = -INT64_MAX;
    }
    if (!has_start) *start = *step < 0 ? INT64_MAX : 0;
    if (!has_stop) *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    return 0;
}

/* PySlice_AdjustIndices: clamps start/stop to the list, returns the slice length. */
static int64_t adjust_slice(int64_t len, int64_t *start, int64_t *stop, int64_t step) {
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= len) {
        *start = step < 0 ? len - 1 : len;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= len) {
        *stop = step < 0 ? len - 1 : len;
    }
    if (step < 0) {
        if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

py4c_list *py4c_list_slice(py4c_list *l, int64_t start, int64_t stop, int64_t step, int64_t has_start,
                           int64_t has_stop, int64_t has_step, const py4c_tinfo *t) {
    (void)t;
    if (unpack_slice(&start, &stop, &step, has_start, has_stop, has_step) < 0) return NULL;
    int64_t n = adjust_slice(l->len, &start, &stop, step);
    py4c_list *r = py4c_list_new(l->elem_kind, n);
    if (!r) return NULL;
    size_t es = ES(l);
    if (step == 1) {
        copy_bytes(r->items, AT(l, start), (size_t)n * es);
    } else {
        uint64_t cur = (uint64_t)start;
        for (int64_t i = 0; i < n; i++, cur += (uint64_t)step)
            memcpy(AT(r, i), AT(l, (int64_t)cur), es);
    }
    incref_items(r->elem_kind, r->items, n);
    return r;
}

/* l[lo:hi] = items[0:n] (0 <= lo <= hi <= len); items must not alias l's storage. */
static int64_t replace_range(py4c_list *l, int64_t lo, int64_t hi, const void *items, int64_t n) {
    size_t es = ES(l);
    int64_t d = n - (hi - lo);
    void *garbage = NULL;
    if (l->elem_kind == PY4C_ELEM_OBJ && hi > lo) {
        garbage = dup_items(AT(l, lo), hi - lo, es);
        if (!garbage) return -1;
    }
    if (d > 0 && py4c_list_reserve(l, d) < 0) { free(garbage); return -1; }
    copy_bytes(AT(l, hi + d), AT(l, hi), (size_t)(l->len - hi) * es);
    copy_bytes(AT(l, lo), items, (size_t)n * es);
    incref_items(l->elem_kind, AT(l, lo), n);
    l->len += d;
    if (d < 0) maybe_shrink(l);
    if (garbage) {
        decref_items(l->elem_kind, garbage, hi - lo);
        free(garbage);
    }
    return 0;
}

int64_t py4c_list_set_slice(py4c_list *l, int64_t start, int64_t stop, int64_t step, int64_t has_start,
                            int64_t has_stop, int64_t has_step, py4c_list *src, const py4c_tinfo *t) {
    (void)t;
    if (unpack_slice(&start, &stop, &step, has_start, has_stop, has_step) < 0) return -1;
    int64_t n = adjust_slice(l->len, &start, &stop, step);
    size_t es = ES(l);
    const void *items = src->items;
    void *snapshot = NULL; /* a[1:3] = a, a[::-1] = a: read from a copy */
    if (src == l) {
        snapshot = dup_items(src->items, src->len, es);
        if (!snapshot) return -1;
        items = snapshot;
    }
    int64_t rc = 0;
    if (step == 1) {
        rc = replace_range(l, start, stop < start ? start : stop, items, src->len);
    } else if (src->len != n) {
        py4c_raise_fmt(PY4C_EXC_ValueError,
                       "attempt to assign sequence of size %lld to extended slice of size %lld",
                       (long long)src->len, (long long)n);
        rc = -1;
    } else if (n > 0) {
        void *garbage = NULL;
        if (l->elem_kind == PY4C_ELEM_OBJ) garbage = py4c_alloc((size_t)n * es);
        if (l->elem_kind == PY4C_ELEM_OBJ && !garbage) {
            rc = -1;
        } else {
            uint64_t cur = (uint64_t)start;
            for (int64_t i = 0; i < n; i++, cur += (uint64_t)step) {
                if (garbage) memcpy((char *)garbage + (size_t)i * es, AT(l, (int64_t)cur), es);
                memcpy(AT(l, (int64_t)cur), (const char *)items + (size_t)i * es, es);
            }
            /* every new item is in place before any old one is released */
            uint64_t c2 = (uint64_t)start;
            for (int64_t i = 0; i < n; i++, c2 += (uint64_t)step) incref_items(l->elem_kind, AT(l, (int64_t)c2), 1);
            if (garbage) {
                decref_items(l->elem_kind, garbage, n);
                free(garbage);
            }
        }
    }
    free(snapshot);
    return rc;
}

int64_t py4c_list_del_slice(py4c_list *l, int64_t start, int64_t stop, int64_t step, int64_t has_start,
                            int64_t has_stop, int64_t has_step, const py4c_tinfo *t) {
    (void)t;
    if (unpack_slice(&start, &stop, &step, has_start, has_stop, has_step) < 0) return -1;
    int64_t n = adjust_slice(l->len, &start, &stop, step);
    if (step == 1) return replace_range(l, start, stop < start ? start : stop, NULL, 0);
    if (n <= 0) return 0;
    if (step < 0) { /* the same items, walked upwards */
        start += step * (n - 1);
        step = -step;
    }
    size_t es = ES(l);
    void *garbage = NULL;
    if (l->elem_kind == PY4C_ELEM_OBJ) {
        garbage = py4c_alloc((size_t)n * es);
        if (!garbage) return -1;
    }
    int64_t w = start, k = 0;
    for (int64_t r = start; r < l->len; r++) {
        if (k < n && r == start + k * step) {
            if (garbage) memcpy((char *)garbage + (size_t)k * es, AT(l, r), es);
            k++;
        } else {
            memcpy(AT(l, w), AT(l, r), es);
            w++;
        }
    }
    l->len = w;
    maybe_shrink(l);
    if (garbage) {
        decref_items(l->elem_kind, garbage, n);
        free(garbage);
    }
    return 0;
}

/* ------------------------------------------------------------ comparison */

int64_t py4c_list_eq(py4c_list *a, py4c_list *b, const py4c_tinfo *t) {
    if (a->len != b->len) return 0;
    if (a == b && t->tag != PY4C_TAG_FLOAT && t->tag != PY4C_TAG_LIST) return 1;
    switch (t->tag) {
    case PY4C_TAG_INT: case PY4C_TAG_I32: case PY4C_TAG_U8: case PY4C_TAG_BOOL: case PY4C_TAG_NONE:
        return a->len == 0 || memcmp(a->items, b->items, (size_t)a->len * ES(a)) == 0;
    case PY4C_TAG_FLOAT: {
        const double *x = a->items, *y = b->items;
        for (int64_t i = 0; i < a->len; i++)
            if (!(x[i] == y[i])) return 0;
        return 1;
    }
    default:
        for (int64_t i = 0; i < a->len; i++) {
            int64_t r = py4c_value_eq(t, AT(a, i), AT(b, i));
            if (r <= 0) return r; /* 0, or -1: __eq__ raised */
        }
        return 1;
    }
}

int64_t py4c_list_cmp(py4c_list *a, py4c_list *b, const py4c_tinfo *t) {
    int64_t n = a->len < b->len ? a->len : b->len;
    for (int64_t i = 0; i < n; i++) { /* the first index where the items differ decides */
        int64_t r = py4c_value_eq(t, AT(a, i), AT(b, i));
        if (r < 0) return 2; /* __eq__ raised: the exception is set */
        if (!r) return py4c_value_cmp(t, AT(a, i), AT(b, i));
    }
    return (a->len > b->len) - (a->len < b->len);
}

/* ------------------------------------------------------------ repr */

typedef struct { char *buf; int64_t len, cap; } sbuf;

static int sb_put(sbuf *b, const char *s, int64_t n) {
    if (b->len + n > b->cap) {
        int64_t cap = (b->len + n) * 2 + 16;
        char *p = realloc(b->buf, (size_t)cap);
        if (!p) { py4c_raise_memory(); return -1; }
        b->buf = p;
        b->cap = cap;
    }
    memcpy(b->buf + b->len, s, (size_t)n);
    b->len += n;
    return 0;
}

static int sb_put_int(sbuf *b, int64_t v) {
    char tmp[24], *p = tmp + sizeof tmp;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do { *--p = (char)('0' + u % 10); u /= 10; } while (u);
    if (v < 0) *--p = '-';
    return sb_put(b, p, tmp + sizeof tmp - p);
}

static int sb_put_str(sbuf *b, py4c_str *s) { /* steals s */
    if (!s) return -1;
    int rc = sb_put(b, s->data, s->len);
    py4c_decref(s);
    return rc;
}

static int sb_put_item(sbuf *b, py4c_list *l, int64_t i, const py4c_tinfo *t) {
    switch (t->tag) {
    case PY4C_TAG_FLOAT: {
        char small[64];
        size_t n;
        char *s = py4c_float_text(((double *)l->items)[i], 'r', 0, 1, 0, 0, small, sizeof small, &n);
        if (!s) { py4c_raise_memory(); return -1; }
        int rc = sb_put(b, s, (int64_t)n);
        if (s != small) free(s);
        return rc;
    }
    case PY4C_TAG_BOOL:
        return ((uint8_t *)l->items)[i] ? sb_put(b, "True", 4) : sb_put(b, "False", 5);
    case PY4C_TAG_NONE:
        return sb_put(b, "None", 4);
    case PY4C_TAG_INT: case PY4C_TAG_I32: case PY4C_TAG_U8:
        switch (l->elem_kind) {
        case PY4C_ELEM_U8: return sb_put_int(b, ((uint8_t *)l->items)[i]);
        case PY4C_ELEM_I32: return sb_put_int(b, ((int32_t *)l->items)[i]);
        default: return sb_put_int(b, ((int64_t *)l->items)[i]);
        }
    default:
        return sb_put_str(b, py4c_value_repr(t, AT(l, i)));
    }
}

py4c_str *py4c_list_repr(py4c_list *l, const py4c_tinfo *t) {
    sbuf b = {NULL, 0, 0};
    int deque = (l->h.flags & PY4C_LIST_DEQUE) != 0;
    int rc = deque ? sb_put(&b, "deque([", 7) : sb_put(&b, "[", 1);
    for (int64_t i = 0; rc == 0 && i < l->len; i++) {
        if (i) rc = sb_put(&b, ", ", 2);
        if (rc == 0) rc = sb_put_item(&b, l, i, t);
    }
    if (rc == 0) rc = deque ? sb_put(&b, "])", 2) : sb_put(&b, "]", 1);
    py4c_str *r = rc == 0 ? py4c_str_new(b.buf, b.len) : NULL;
    free(b.buf);
    return r;
}

py4c_str *py4c_list_str_repr(py4c_list *l) {
    static const py4c_tinfo str_t = {.tag = PY4C_TAG_STR, .kind = PY4C_ELEM_OBJ};
    return py4c_list_repr(l, &str_t);
}
