/* py4c runtime: lists with unboxed element storage (see py4c_elem_kind).
 *
 * Phase: runtime. This file holds what the spine needs (sys.argv); the container issue
 * grows it. Object elements are owned references.
 */
#include "py4c.h"

#include <stdlib.h>
#include <string.h>

static size_t elem_size(int64_t kind) {
    switch (kind) {
    case PY4C_ELEM_U8: return 1;
    case PY4C_ELEM_I32: return 4;
    default: return 8;
    }
}

py4c_list *py4c_list_new(int64_t elem_kind, int64_t len) {
    py4c_list *l = py4c_alloc(sizeof *l);
    if (!l) return NULL;
    l->h.refcnt = 1;
    l->h.type_id = PY4C_T_LIST;
    l->h.flags = 0;
    l->len = len;
    l->cap = len > 4 ? len : 4;
    l->elem_kind = elem_kind;
    l->items = calloc((size_t)l->cap, elem_size(elem_kind));
    if (!l->items) { free(l); py4c_raise_memory(); return NULL; }
    return l;
}

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
    py4c_incref(item);
    return item;
}

int64_t py4c_list_append_obj(py4c_list *l, py4c_head *item) {
    if (l->len == l->cap) {
        int64_t cap = l->cap * 2;
        void *n = realloc(l->items, (size_t)cap * sizeof(void *));
        if (!n) { py4c_decref(item); py4c_raise_memory(); return -1; }
        l->items = n;
        l->cap = cap;
    }
    ((py4c_head **)l->items)[l->len++] = item;
    return 0;
}

py4c_str *py4c_list_str_repr(py4c_list *l) {
    int64_t n = l->len;
    py4c_str **parts = malloc(sizeof(py4c_str *) * (size_t)(2 * n + 2));
    if (!parts) { py4c_raise_memory(); return NULL; }
    static py4c_str *open_, *close_, *comma;
    if (!open_) { open_ = py4c_str_from_cstr("["); close_ = py4c_str_from_cstr("]"); comma = py4c_str_from_cstr(", "); }
    int64_t k = 0;
    parts[k++] = open_;
    py4c_str *result = NULL;
    int64_t made = 0;
    for (int64_t i = 0; i < n; i++) {
        py4c_str *r = py4c_str_repr(((py4c_str **)l->items)[i]);
        if (!r) goto done;
        if (i) parts[k++] = comma;
        parts[k++] = r;
        made++;
    }
    parts[k++] = close_;
    result = py4c_str_join_n(k, parts);
done:
    for (int64_t i = 0; i < k; i++)
        if (parts[i] != open_ && parts[i] != close_ && parts[i] != comma) py4c_decref(parts[i]);
    (void)made;
    free(parts);
    return result;
}
