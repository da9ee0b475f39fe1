/* py4c runtime: the `random` module's module-level functions, producing CPython 3.11's
 * exact sequences: the Mersenne Twister MT19937 of Modules/_randommodule.c (seeding by
 * init_by_array, genrand_res53, getrandbits by 32-bit words) and the algorithms of
 * Lib/random.py on top of it (_randbelow_with_getrandbits, randrange, randint, choice,
 * shuffle, uniform, sample), with CPython's error messages.
 *
 * Phase: runtime. One generator per process, as random's hidden `_inst`. Until the
 * program calls seed(n), it is seeded from the OS (getrandom/urandom, else the time).
 * Ranges are computed in 128-bit arithmetic so that randint(-2**63, 2**63 - 1) and
 * randrange over any pair of 64-bit bounds behave as CPython's unbounded ints do.
 * Scalar results: the caller checks py4c_exc_type.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "int128.h"
#include "py4c.h"

#define MT_N 624
#define MT_M 397
#define MATRIX_A 0x9908b0dfU
#define UPPER_MASK 0x80000000U
#define LOWER_MASK 0x7fffffffU

static uint32_t mt[MT_N];
static int mti = MT_N + 1;
static int seeded = 0;

static const char INT_OVERFLOW[] =
    "integer overflow: result does not fit in 64 bits (py4c big integers are not supported yet)";

typedef __int128 i128;
typedef unsigned __int128 u128;

/* ------------------------------------------------------------ MT19937 (as _randommodule.c) */

static void init_genrand(uint32_t s) {
    mt[0] = s;
    for (mti = 1; mti < MT_N; mti++)
        mt[mti] = 1812433253U * (mt[mti - 1] ^ (mt[mti - 1] >> 30)) + (uint32_t)mti;
}

static void init_by_array(const uint32_t *key, size_t key_length) {
    size_t i, j, k;
    init_genrand(19650218U);
    i = 1;
    j = 0;
    k = MT_N > key_length ? MT_N : key_length;
    for (; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
        if (j >= key_length) j = 0;
    }
    for (k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
    }
    mt[0] = 0x80000000U; /* MSB is 1; assuring non-zero initial array */
    seeded = 1;
}

void py4c_random_seed_os(void) {
    uint32_t key[MT_N];
    if (py4c_os_random(key, sizeof key) < sizeof key) { /* CPython falls back to the time and the pid */
        int64_t ns = py4c_os_clock_ns(0);
        int64_t sec = ns / 1000000000;
        key[0] = (uint32_t)sec;
        key[1] = (uint32_t)((uint64_t)sec >> 32);
        key[2] = (uint32_t)(ns % 1000000000);
        key[3] = (uint32_t)py4c_os_pid();
        init_by_array(key, 4);
        return;
    }
    init_by_array(key, MT_N);
}

static uint32_t genrand_uint32(void) {
    static const uint32_t mag01[2] = {0x0U, MATRIX_A};
    uint32_t y;
    if (!seeded) py4c_random_seed_os();
    if (mti >= MT_N) {
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        y = (mt[MT_N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
        mti = 0;
    }
    y = mt[mti++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

/* ------------------------------------------------------------ seeding */

/* seed(n): init_by_array with the 32-bit words of abs(n), least significant first
 * (seed(0) uses the key [0]). */
void py4c_random_seed(int64_t n) {
    uint64_t a = n < 0 ? (uint64_t)0 - (uint64_t)n : (uint64_t)n;
    uint32_t key[2] = {(uint32_t)a, (uint32_t)(a >> 32)};
    init_by_array(key, (a >> 32) ? 2 : 1);
}

/* ------------------------------------------------------------ the core functions */

double py4c_random_random(void) {
    uint32_t a = genrand_uint32() >> 5, b = genrand_uint32() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/* getrandbits(k) for 0 < k <= 128: words from least to most significant, the last one
 * keeping its top bits (as _random_Random_getrandbits_impl). */
static u128 getrandbits128(int k) {
    if (k <= 32) return genrand_uint32() >> (32 - k);
    u128 r = 0;
    for (int shift = 0; k > 0; shift += 32, k -= 32) {
        uint32_t w = genrand_uint32();
        if (k < 32) w >>= (32 - k);
        r |= (u128)w << shift;
    }
    return r;
}

int64_t py4c_random_getrandbits(int64_t k) {
    if (k < 0) {
        py4c_raise_cstr(PY4C_EXC_ValueError, "number of bits must be non-negative");
        return -1;
    }
    if (k == 0) return 0;
    if (k <= 32) return genrand_uint32() >> (32 - k);
    /* more than 32 bits: every word is drawn, as CPython does; the result must fit */
    int fits = 1;
    uint64_t r = 0;
    int64_t bits = k;
    for (int shift = 0; bits > 0; shift += 32, bits -= 32) {
        uint32_t w = genrand_uint32();
        if (bits < 32) w >>= (32 - bits);
        if (shift < 64) r |= (uint64_t)w << shift;
        else if (w) fits = 0;
    }
    if (!fits || r > (uint64_t)INT64_MAX) {
        py4c_raise_cstr(PY4C_EXC_OverflowError, INT_OVERFLOW);
        return -1;
    }
    return (int64_t)r;
}

static int bit_length(u128 n) {
    int k = 0;
    while (n) { k++; n >>= 1; }
    return k;
}

/* _randbelow_with_getrandbits(n) for 0 < n <= 2**65 */
static u128 randbelow(u128 n) {
    int k = bit_length(n);
    u128 r = getrandbits128(k);
    while (r >= n) r = getrandbits128(k);
    return r;
}

/* ------------------------------------------------------------ randrange / randint */

static char *i128_str(i128 v, char *end) {
    u128 u = v < 0 ? (u128)0 - (u128)v : (u128)v;
    *--end = '\0';
    do { *--end = (char)('0' + (int)(u % 10)); u /= 10; } while (u);
    if (v < 0) *--end = '-';
    return end;
}

static i128 floordiv128(i128 a, i128 b) {
    i128 q = py4c_i128_div(a, b);
    if ((py4c_i128_mod(a, b) != 0) && ((a < 0) != (b < 0))) q--;
    return q;
}

/* randrange(start, stop, step) with CPython's unbounded arithmetic. */
static int64_t randrange3(i128 start, i128 stop, i128 step) {
    i128 width = stop - start;
    if (step == 1) {
        if (width > 0) return (int64_t)(start + (i128)randbelow((u128)width));
        char b1[48], b2[48], b3[48];
        py4c_raise_fmt(PY4C_EXC_ValueError, "empty range for randrange() (%s, %s, %s)", i128_str(start, b1 + 48),
                       i128_str(stop, b2 + 48), i128_str(width, b3 + 48));
        return -1;
    }
    i128 n;
    if (step > 0) n = floordiv128(width + step - 1, step);
    else if (step < 0) n = floordiv128(width + step + 1, step);
    else {
        py4c_raise_cstr(PY4C_EXC_ValueError, "zero step for randrange()");
        return -1;
    }
    if (n <= 0) {
        py4c_raise_cstr(PY4C_EXC_ValueError, "empty range for randrange()");
        return -1;
    }
    return (int64_t)(start + step * (i128)randbelow((u128)n));
}

int64_t py4c_random_randrange1(int64_t stop) {
    if (stop > 0) return (int64_t)randbelow((u128)stop);
    py4c_raise_cstr(PY4C_EXC_ValueError, "empty range for randrange()");
    return -1;
}

int64_t py4c_random_randrange(int64_t start, int64_t stop, int64_t step) {
    return randrange3(start, stop, step);
}

int64_t py4c_random_randint(int64_t a, int64_t b) { return randrange3(a, (i128)b + 1, 1); }

/* ------------------------------------------------------------ uniform */

double py4c_random_uniform(double a, double b) { return a + (b - a) * py4c_random_random(); }

/* uniform(a, b) for two ints: b - a is exact before its conversion, as in CPython. */
double py4c_random_uniform_ii(int64_t a, int64_t b) {
    double w = py4c_i128_to_double((i128)b - (i128)a);
    return (double)a + w * py4c_random_random();
}

/* ------------------------------------------------------------ sequences */

static const char EMPTY_CHOICE[] = "Cannot choose from an empty sequence";

int64_t py4c_random_choice_index(int64_t len) {
    if (len <= 0) {
        py4c_raise_cstr(PY4C_EXC_IndexError, EMPTY_CHOICE);
        return -1;
    }
    return (int64_t)randbelow((u128)len);
}

py4c_str *py4c_random_choice_str(py4c_str *s) {
    if (s->nchars == 0) {
        py4c_raise_cstr(PY4C_EXC_IndexError, EMPTY_CHOICE);
        return NULL;
    }
    return py4c_str_getitem(s, (int64_t)randbelow((u128)s->nchars));
}

static size_t item_size(int64_t kind) {
    switch (kind) {
    case PY4C_ELEM_U8: return 1;
    case PY4C_ELEM_I32: return 4;
    default: return 8;
    }
}

void py4c_random_shuffle(py4c_list *l) {
    size_t es = item_size(l->elem_kind);
    char *items = l->items;
    char tmp[8];
    for (int64_t i = l->len - 1; i >= 1; i--) {
        int64_t j = (int64_t)randbelow((u128)(i + 1));
        memcpy(tmp, items + (size_t)i * es, es);
        memcpy(items + (size_t)i * es, items + (size_t)j * es, es);
        memcpy(items + (size_t)j * es, tmp, es);
    }
}

/* sample(population, k): both branches of Lib/random.py (a pool when n is at most the
 * size a k-element set would take, else rejection of already selected indices). */
py4c_list *py4c_random_sample(py4c_list *pop, int64_t k) {
    int64_t n = pop->len;
    if (k < 0 || k > n) {
        py4c_raise_cstr(PY4C_EXC_ValueError, "Sample larger than population or is negative");
        return NULL;
    }
    size_t es = item_size(pop->elem_kind);
    py4c_list *res = py4c_list_new(pop->elem_kind, k);
    if (!res) return NULL;
    char *out = res->items;
    const char *src = pop->items;
    int64_t setsize = 21;
    if (k > 5) {
        double e = ceil(log((double)(k * 3)) / log(4.0));
        setsize += (int64_t)1 << (2 * (int64_t)e);
    }
    if (n <= setsize) {
        char *pool = malloc((size_t)(n ? n : 1) * es);
        if (!pool) { py4c_decref(res); py4c_raise_memory(); return NULL; }
        memcpy(pool, src, (size_t)n * es);
        for (int64_t i = 0; i < k; i++) {
            int64_t j = (int64_t)randbelow((u128)(n - i));
            memcpy(out + (size_t)i * es, pool + (size_t)j * es, es);
            memcpy(pool + (size_t)j * es, pool + (size_t)(n - i - 1) * es, es);
        }
        free(pool);
    } else {
        uint8_t *selected = calloc((size_t)n / 8 + 1, 1);
        if (!selected) { py4c_decref(res); py4c_raise_memory(); return NULL; }
        for (int64_t i = 0; i < k; i++) {
            int64_t j = (int64_t)randbelow((u128)n);
            while (selected[j >> 3] & (1u << (j & 7))) j = (int64_t)randbelow((u128)n);
            selected[j >> 3] |= (uint8_t)(1u << (j & 7));
            memcpy(out + (size_t)i * es, src + (size_t)j * es, es);
        }
        free(selected);
    }
    if (pop->elem_kind == PY4C_ELEM_OBJ) {
        py4c_head **objs = res->items;
        for (int64_t i = 0; i < k; i++) py4c_incref(objs[i]);
    }
    return res;
}
