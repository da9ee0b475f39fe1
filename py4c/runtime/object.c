/* py4c runtime: instances of user classes (see py4c.h for the layout).
 *
 * Phase: runtime. Codegen reads and writes fields inline and calls methods directly or
 * through the class's vtable; the functions here serve generic code (containers of
 * objects compare, hash and print them) and allocation.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py4c.h"

py4c_obj *py4c_obj_new(const py4c_class *cls) {
    size_t size = sizeof(py4c_obj) + (size_t)cls->nfields * sizeof(uint64_t);
    py4c_obj *o = py4c_alloc(size);
    if (!o) return NULL;
    memset(o, 0, size);
    o->h.refcnt = 1;
    o->h.type_id = PY4C_T_OBJ;
    o->cls = cls;
    return o;
}

int64_t py4c_obj_isinstance(py4c_obj *o, const py4c_class *cls) {
    if (!o || (void *)o == PY4C_NONE) return 0;
    for (const py4c_class *c = o->cls; c; c = c->base)
        if (c == cls) return 1;
    return 0;
}

int64_t py4c_obj_eq(py4c_obj *a, py4c_obj *b) {
    if (!a || !b || (void *)a == PY4C_NONE || (void *)b == PY4C_NONE) return a == b;
    if (!a->cls->eq) return a == b;
    int8_t r = ((int8_t (*)(void *, void *))a->cls->eq)(a, b);
    return r == 2 ? -1 : r;
}

int64_t py4c_obj_cmp(py4c_obj *a, py4c_obj *b) {
    if (!a || !b || !a->cls->lt) {
        py4c_raise_fmt(PY4C_EXC_TypeError, "'<' not supported between instances of '%s' and '%s'",
                       a ? a->cls->name : "NoneType", b ? b->cls->name : "NoneType");
        return -2;
    }
    int8_t (*lt)(void *, void *) = (int8_t (*)(void *, void *))a->cls->lt;
    int8_t r = lt(a, b);
    if (r == 2) return -2;
    if (r) return -1;
    r = lt(b, a);
    if (r == 2) return -2;
    return r ? 1 : 0;
}

int64_t py4c_obj_hash(py4c_obj *a) {
    if (!a) return 0x5f3759df;
    if (a->cls->hash) {
        int64_t h = ((int64_t (*)(void *))a->cls->hash)(a);
        if (h == -113 && py4c_exc_type) return -1;
        return h == -1 ? -2 : h;
    }
    if (a->cls->flags & PY4C_CLASS_HASH_FIELDS) {
        /* as hash(tuple of the fields) */
        uint64_t acc = 2870177450012600261ULL;
        for (int64_t i = 0; i < a->cls->nfields; i++) {
            int64_t lane = py4c_value_hash(a->cls->fields[i], &a->slots[i]);
            if (lane == -1) return -1;
            acc += (uint64_t)lane * 14029467366897019727ULL;
            acc = (acc << 31) | (acc >> 33);
            acc *= 11400714785074694791ULL;
        }
        acc += (uint64_t)a->cls->nfields ^ (2870177450012600261ULL ^ 3527539UL);
        return acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
    }
    if (a->cls->flags & PY4C_CLASS_UNHASHABLE) {
        py4c_raise_fmt(PY4C_EXC_TypeError, "unhashable type: '%s'", a->cls->name);
        return -1;
    }
    int64_t h = (int64_t)((uintptr_t)a >> 4); /* identity, as object.__hash__ */
    return h == -1 ? -2 : h;
}

py4c_str *py4c_obj_repr(py4c_obj *a) {
    if (!a || (void *)a == PY4C_NONE) return py4c_str_from_cstr("None");
    if (a->cls->repr) return ((py4c_str * (*)(void *)) a->cls->repr)(a);
    char buf[256];
    snprintf(buf, sizeof buf, "<__main__.%s object at %p>", a->cls->name, (void *)a);
    return py4c_str_from_cstr(buf);
}

py4c_str *py4c_obj_str(py4c_obj *a) {
    if (a && (void *)a != PY4C_NONE && a->cls->str) return ((py4c_str * (*)(void *)) a->cls->str)(a);
    return py4c_obj_repr(a);
}

py4c_str *py4c_opt_str(const py4c_tinfo *t, void *v, int64_t use_repr) {
    if (v == PY4C_NONE) return py4c_str_from_cstr("None");
    if (t->kind != PY4C_ELEM_OBJ) return py4c_value_repr(t, &((py4c_obj *)v)->slots[0]); /* a boxed scalar */
    if (t->tag == PY4C_TAG_STR && !use_repr) { py4c_incref(v); return v; }
    return py4c_value_repr(t, &v);
}

py4c_str *py4c_obj_type_name(py4c_obj *a) {
    return py4c_str_from_cstr((void *)a == PY4C_NONE ? "NoneType" : a->cls->name);
}

py4c_str *py4c_none_attr_error(const char *attr) {
    py4c_raise_fmt(PY4C_EXC_AttributeError, "'NoneType' object has no attribute '%s'", attr);
    return NULL;
}

void py4c_obj_dealloc(py4c_obj *a) {
    const py4c_class *cls = a->cls;
    for (int64_t i = 0; i < cls->nfields; i++)
        if (cls->fields[i]->kind == PY4C_ELEM_OBJ) py4c_xdecref(*(py4c_head **)&a->slots[i]);
    free(a);
}

/* Cycles among nested functions. A function whose nested functions reference each other
 * (or themselves) through cells creates a cycle: cell -> function value -> its closure ->
 * the cell. Reference counting cannot free it, so:
 * - at the function's exit, py4c_break_cycles(cells, n) looks whether anything outside
 *   the set (the cells and the function values they hold) still references it, besides
 *   the function's own variable for each cell. If not, the set is garbage: clearing the
 *   cells' values frees the functions and, with the function's release of its cells,
 *   everything;
 * - if something does (a nested function escaped: returned, stored), the set is kept in
 *   a registry (which takes over the function's reference to each cell) and examined
 *   again by the same test, as a small cycle collector, when the registry has grown
 *   (a threshold that doubles, as CPython's collector's) and at program exit, after
 *   the modules' objects were released. The test is conservative: a set referenced in
 *   any other way stays alive. */

/* 1 when nothing outside the set references cells[0..n) (each held once more by the
 * asker) or the function values they hold. */
static int set_unreferenced(py4c_obj **cells, int64_t n) {
    for (int64_t i = 0; i < n; i++) {
        py4c_obj *c = cells[i];
        if (!c) continue;
        py4c_obj *f = *(py4c_obj **)&c->slots[0];
        if (f && f->h.type_id == PY4C_T_OBJ) {
            int64_t from_cells = 0; /* references to f from the cells */
            for (int64_t j = 0; j < n; j++)
                if (cells[j] && *(py4c_obj **)&cells[j]->slots[0] == f) from_cells++;
            if (f->h.refcnt != from_cells) return 0;
        }
        int64_t to_c = 1; /* the asker's */
        for (int64_t j = 0; j < n; j++) {
            py4c_obj *g = cells[j] ? *(py4c_obj **)&cells[j]->slots[0] : NULL;
            if (!g || g->h.type_id != PY4C_T_OBJ) continue;
            int dup = 0; /* count each function value once */
            for (int64_t k = 0; k < j; k++)
                if (cells[k] && *(py4c_obj **)&cells[k]->slots[0] == g) dup = 1;
            if (dup) continue;
            for (int64_t s = 0; s < g->cls->nfields; s++)
                if (*(py4c_obj **)&g->slots[s] == c) to_c++;
        }
        if (c->h.refcnt != to_c) return 0;
    }
    return 1;
}

static void clear_values(py4c_obj **cells, int64_t n) {
    for (int64_t i = 0; i < n; i++) {
        if (!cells[i]) continue;
        py4c_obj *f = *(py4c_obj **)&cells[i]->slots[0];
        *(py4c_obj **)&cells[i]->slots[0] = NULL;
        py4c_xdecref(f);
    }
}

typedef struct { py4c_obj **cells; int64_t n; } cycle_set;
static cycle_set *registry = NULL;
static int64_t registry_len = 0, registry_cap = 0, registry_threshold = 256;

void py4c_collect_cycles(void) {
    int64_t kept = 0;
    for (int64_t i = 0; i < registry_len; i++) {
        cycle_set s = registry[i];
        if (!set_unreferenced(s.cells, s.n)) {
            registry[kept++] = s;
            continue;
        }
        clear_values(s.cells, s.n);
        for (int64_t j = 0; j < s.n; j++) py4c_xdecref(s.cells[j]);
        free(s.cells);
    }
    registry_len = kept;
    if (registry_len == 0) {
        free(registry);
        registry = NULL;
        registry_cap = 0;
    }
}

void py4c_break_cycles(py4c_obj **cells, int64_t n) {
    if (set_unreferenced(cells, n)) {
        clear_values(cells, n);
        return;
    }
    /* escaped: the registry keeps its own reference to each cell */
    if (registry_len == registry_cap) {
        int64_t cap = registry_cap ? 2 * registry_cap : 16;
        cycle_set *r = realloc(registry, (size_t)cap * sizeof *r);
        if (!r) return; /* out of memory: the set is leaked rather than freed early */
        registry = r;
        registry_cap = cap;
    }
    py4c_obj **copy = malloc((size_t)n * sizeof *copy);
    if (!copy) return;
    for (int64_t i = 0; i < n; i++) {
        copy[i] = cells[i];
        if (cells[i]) py4c_incref(cells[i]);
    }
    registry[registry_len++] = (cycle_set){copy, n};
    if (registry_len >= registry_threshold) {
        py4c_collect_cycles();
        registry_threshold = registry_len * 2 > 256 ? registry_len * 2 : 256;
    }
}
