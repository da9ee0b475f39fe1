/* py4c runtime: repr() of dicts and sets, including the forms of Counter
 * (`Counter({...})`, entries by count) and defaultdict (`defaultdict(<class 'int'>, {...})`).
 * Split from dict.c.
 *
 * Phase: runtime.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py4c.h"

static size_t kind_size(int64_t kind) {
    switch (kind) {
    case PY4C_ELEM_U8: return 1;
    case PY4C_ELEM_I32: return 4;
    default: return 8;
    }
}

static const void *key_at(const py4c_dict *d, int64_t i) {
    return (const char *)d->keys + (size_t)i * kind_size(d->key_kind);
}

static const void *val_at(const py4c_dict *d, int64_t i) {
    return (const char *)d->vals + (size_t)i * kind_size(d->val_kind);
}

typedef struct { char *buf; int64_t len, cap; } sbuf;

static int sb_put(sbuf *b, const char *data, int64_t n) {
    if (b->len + n > b->cap) {
        int64_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + n) cap *= 2;
        char *nb = realloc(b->buf, (size_t)cap);
        if (!nb) {
            py4c_raise_memory();
            return -1;
        }
        b->buf = nb;
        b->cap = cap;
    }
    memcpy(b->buf + b->len, data, (size_t)n);
    b->len += n;
    return 0;
}

static int sb_put_repr(sbuf *b, const py4c_tinfo *t, const void *v) {
    py4c_str *r = py4c_value_repr(t, v);
    if (!r) return -1;
    int rc = sb_put(b, r->data, r->len);
    py4c_decref(r);
    return rc;
}

static const char *type_name(const py4c_tinfo *t) {
    switch (t->tag) {
    case PY4C_TAG_FLOAT: return "float";
    case PY4C_TAG_BOOL: return "bool";
    case PY4C_TAG_STR: return "str";
    case PY4C_TAG_LIST: return "list";
    case PY4C_TAG_DICT: return "dict";
    case PY4C_TAG_SET: return "set";
    default: return "int";
    }
}

/* Counter's repr lists entries by count, highest first, ties in insertion order */
static int64_t *by_count(py4c_dict *d) {
    int64_t n = 0, *order = malloc((size_t)(d->len ? d->len : 1) * sizeof *order);
    if (!order) return NULL;
    for (int64_t i = 0; i < d->used; i++)
        if (d->live[i]) order[n++] = i;
    for (int64_t i = 1; i < n; i++) { /* stable insertion sort (reprs are small) */
        int64_t e = order[i], c = ((int64_t *)d->vals)[e], j = i;
        while (j > 0 && ((int64_t *)d->vals)[order[j - 1]] < c) { order[j] = order[j - 1]; j--; }
        order[j] = e;
    }
    return order;
}

py4c_str *py4c_dict_repr(py4c_dict *d, const py4c_tinfo *kt, const py4c_tinfo *vt) {
    int is_set = d->val_kind < 0;
    int counter = (d->h.flags & PY4C_DICT_COUNTER) != 0, dflt = (d->h.flags & PY4C_DICT_DEFAULT) != 0;
    if (d->len == 0 && !dflt) return py4c_str_from_cstr(is_set ? "set()" : counter ? "Counter()" : "{}");
    sbuf b = {NULL, 0, 0};
    int rc = 0;
    int64_t *order = counter ? by_count(d) : NULL;
    if (counter && !order) { py4c_raise_memory(); return NULL; }
    if (counter) rc = sb_put(&b, "Counter(", 8);
    if (dflt) {
        char head[64];
        int n = snprintf(head, sizeof head, "defaultdict(<class '%s'>, ", type_name(vt));
        rc = sb_put(&b, head, n);
    }
    if (rc == 0) rc = sb_put(&b, "{", 1);
    int first = 1;
    /* the dict is not changed by repr (reprs of keys and values cannot mutate it) */
    for (int64_t k = 0; rc == 0 && k < (counter ? d->len : d->used); k++) {
        int64_t i = counter ? order[k] : k;
        if (!d->live[i]) continue;
        if (!first) rc = sb_put(&b, ", ", 2);
        first = 0;
        if (rc == 0) rc = sb_put_repr(&b, kt, key_at(d, i));
        if (rc == 0 && !is_set) {
            rc = sb_put(&b, ": ", 2);
            if (rc == 0) rc = sb_put_repr(&b, vt, val_at(d, i));
        }
    }
    if (rc == 0) rc = sb_put(&b, "}", 1);
    if (rc == 0 && (counter || dflt)) rc = sb_put(&b, ")", 1);
    free(order);
    py4c_str *r = rc == 0 ? py4c_str_new(b.buf, b.len) : NULL;
    free(b.buf);
    return r;
}

