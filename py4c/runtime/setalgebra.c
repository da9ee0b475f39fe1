/* py4c runtime: set algebra (|, &, -, ^, <=) over the dict tables of dict.c.
 *
 * Phase: runtime. Results keep their operands' order, as dict.c's header documents.
 * Keys are compared through dict.c (dict_internal.h): a user __eq__ that raises makes the
 * operation fail with its exception. Split from dict.c, which keeps the table itself.
 */
#include "dict_internal.h"
#include "py4c.h"

static py4c_dict *new_set_like(py4c_dict *a) { return py4c_dict_new(a->key_kind, -1); }

/* Appends to r every live key of src whose presence in `other` is `want` (other NULL:
 * every key). The caller guarantees that none of them is in r already. 0 or -1. */
static int64_t add_filtered(py4c_dict *r, py4c_dict *src, py4c_dict *other, int want, const py4c_tinfo *kt) {
    size_t ks = py4c__dict_key_size(src);
    for (int64_t i = 0; i < src->used; i++) {
        if (!src->live[i]) continue;
        const void *k = (char *)src->keys + (size_t)i * ks;
        int64_t h = src->hashes[i];
        if (other) {
            int64_t e = py4c__dict_find(other, kt, k, h);
            if (e == -2) return -1;
            if ((e >= 0) != want) continue;
        }
        if (py4c__dict_append_new(r, k, h) < 0) return -1;
    }
    return 0;
}

static py4c_dict *finish_set(py4c_dict *r, int64_t rc) {
    if (rc < 0) {
        py4c_decref(r);
        return NULL;
    }
    r->version = 0;
    return r;
}

py4c_dict *py4c_set_union(py4c_dict *a, py4c_dict *b, const py4c_tinfo *kt) {
    py4c_dict *r = new_set_like(a);
    if (!r) return NULL;
    int64_t rc = py4c__dict_reserve(r, a->len);
    if (rc == 0) rc = add_filtered(r, a, NULL, 1, kt);
    if (rc == 0) rc = add_filtered(r, b, a, 0, kt);
    return finish_set(r, rc);
}

py4c_dict *py4c_set_intersection(py4c_dict *a, py4c_dict *b, const py4c_tinfo *kt) {
    py4c_dict *r = new_set_like(a);
    if (!r) return NULL;
    /* as CPython's set_intersection: walk b unless it is larger than a, so with equal
     * sizes the elements kept are b's (visible with -0.0 versus 0.0) */
    if (b->len <= a->len) return finish_set(r, add_filtered(r, b, a, 1, kt));
    return finish_set(r, add_filtered(r, a, b, 1, kt));
}

py4c_dict *py4c_set_difference(py4c_dict *a, py4c_dict *b, const py4c_tinfo *kt) {
    py4c_dict *r = new_set_like(a);
    if (!r) return NULL;
    return finish_set(r, add_filtered(r, a, b, 0, kt));
}

py4c_dict *py4c_set_symmetric_difference(py4c_dict *a, py4c_dict *b, const py4c_tinfo *kt) {
    py4c_dict *r = new_set_like(a);
    if (!r) return NULL;
    int64_t rc = add_filtered(r, a, b, 0, kt);
    if (rc == 0) rc = add_filtered(r, b, a, 0, kt);
    return finish_set(r, rc);
}

int64_t py4c_set_le(py4c_dict *a, py4c_dict *b, const py4c_tinfo *kt) {
    if (a->len > b->len) return 0;
    size_t ks = py4c__dict_key_size(a);
    for (int64_t i = 0; i < a->used; i++) {
        if (!a->live[i]) continue;
        int64_t e = py4c__dict_find(b, kt, (char *)a->keys + (size_t)i * ks, a->hashes[i]);
        if (e == -2) return -1;
        if (e < 0) return 0;
    }
    return 1;
}

