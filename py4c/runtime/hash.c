/* py4c runtime: hashing values by type info (py4c_value_hash), as CPython hashes them
 * where it matters: ints and floats exactly as hash(int)/hash(float) (so equal keys of
 * the kinds py4 mixes hash equally); strings, tuples and objects through their own
 * functions. Split from dict.c, its main user.
 *
 * Phase: runtime.
 */
#include <math.h>
#include <stdint.h>

#include "py4c.h"

#define HASH_BITS 61
#define HASH_MOD (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159
#define HASH_NONE 0x5f3759df

static inline int64_t hash_int(int64_t v) { return py4c_hash_int(v); }

static uint64_t nan_counter = 0;

/* CPython's _Py_HashDouble (3.11), except NaN (see the file header). */
static int64_t hash_float(double v) {
    if (!isfinite(v)) {
        if (isinf(v)) return v > 0 ? HASH_INF : -HASH_INF;
        nan_counter += 0x9e3779b97f4a7c15ULL;
        int64_t r = (int64_t)(nan_counter >> 1);
        return r == -1 ? -2 : r;
    }
    if (v >= -9.2e18 && v <= 9.2e18 && v == (double)(int64_t)v) return hash_int((int64_t)v);
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) { sign = -1; m = -m; }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MOD) | x >> (HASH_BITS - 28);
        m *= 268435456.0; /* 2**28 */
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MOD) x -= HASH_MOD;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MOD) | x >> (HASH_BITS - e);
    x = x * (uint64_t)(int64_t)sign;
    if (x == (uint64_t)-1) x = (uint64_t)-2;
    return (int64_t)x;
}

static int64_t load_int(int64_t kind, const void *v) {
    switch (kind) {
    case PY4C_ELEM_U8: return *(const uint8_t *)v;
    case PY4C_ELEM_I32: return *(const int32_t *)v;
    default: return *(const int64_t *)v;
    }
}

static int64_t unhashable(const char *name) {
    py4c_raise_fmt(PY4C_EXC_TypeError, "unhashable type: '%s'", name);
    return -1;
}

int64_t py4c_value_hash(const py4c_tinfo *t, const void *v) {
    if (t->kind == PY4C_ELEM_OBJ && *(void *const *)v == PY4C_NONE) return HASH_NONE;
    switch (t->tag) {
    case PY4C_TAG_STR: {
        py4c_str *s = *(py4c_str *const *)v;
        return s ? py4c_str_hash(s) : HASH_NONE;
    }
    case PY4C_TAG_INT:
    case PY4C_TAG_I32:
    case PY4C_TAG_U8:
    case PY4C_TAG_BOOL:
        return hash_int(load_int(t->kind, v));
    case PY4C_TAG_FLOAT:
        return hash_float(*(const double *)v);
    case PY4C_TAG_NONE:
        return HASH_NONE;
    case PY4C_TAG_LIST:
        return unhashable("list");
    case PY4C_TAG_DICT:
        return unhashable("dict");
    case PY4C_TAG_SET:
        return unhashable("set");
    case PY4C_TAG_TUPLE: {
        py4c_tuple *x = *(py4c_tuple *const *)v;
        return x ? py4c_tuple_hash(x) : HASH_NONE;
    }
    case PY4C_TAG_OBJ:
        return py4c_obj_hash(*(py4c_obj *const *)v);
    case PY4C_TAG_BOX: /* an `int | None` key hashes as its number (None was handled above) */
        return py4c_value_hash(t->elem, &(*(py4c_obj *const *)v)->slots[0]);
    default:
        if (t->kind != PY4C_ELEM_OBJ) return hash_int(load_int(t->kind, v));
        return unhashable("object");
    }
}

