/* py4c runtime: what dict.c lends setalgebra.c of its table (not for compiled code).
 *
 * Phase: runtime.
 */
#ifndef PY4C_DICT_INTERNAL_H
#define PY4C_DICT_INTERNAL_H

#include "py4c.h"

/* The entry number of key (with its hash) in d, -1 if missing, -2 with the exception
 * set when a user __eq__ raised. */
int64_t py4c__dict_find(const py4c_dict *d, const py4c_tinfo *kt, const void *key, int64_t hash);
/* Appends a key known to be absent (a set: no value), growing the table. 0 or -1. */
int64_t py4c__dict_append_new(py4c_dict *d, const void *key, int64_t hash);
/* Makes room for n more entries. 0 or -1 (MemoryError). */
int64_t py4c__dict_reserve(py4c_dict *d, int64_t n);

/* Bytes per value of a storage kind (keys and values are stored unboxed by kind). */
static inline size_t py4c__kind_size(int64_t kind) {
    switch (kind) {
    case PY4C_ELEM_U8: return 1;
    case PY4C_ELEM_I32: return 4;
    case PY4C_ELEM_F64: return sizeof(double);
    case PY4C_ELEM_OBJ: return sizeof(void *);
    default: return 8;
    }
}

static inline size_t py4c__dict_key_size(const py4c_dict *d) { return py4c__kind_size(d->key_kind); }

#endif
