/* Decimal digits of doubles, and their CPython layout.
 *
 * Phase: runtime. Input: a double. Output: the digit strings CPython's dtoa.c would
 * produce (see numfmt.h for the modes), and the text of format_float_short().
 * - Shortest round-trip digits (repr) use Ryu (Ulf Adams, "Ryu: fast float-to-string
 *   conversion", PLDI 2018) with 128-bit products and the generated ryu_tables.h.
 * - Fixed-count digits (format precision, round()) come from the exact decimal
 *   expansion of the double (a double is m * 2**e, so its expansion is finite: at most
 *   767 significant digits), computed with a small bignum and rounded half-even. That
 *   is exact by construction and needs nothing from libc's printf.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numfmt.h"
#include "ryu_tables.h"

typedef unsigned __int128 u128;

/* ------------------------------------------------------------ Ryu (shortest) */

static inline uint32_t pow5bits(int32_t e) { return (uint32_t)(((e * 1217359) >> 19) + 1); }
static inline uint32_t log10_pow2(int32_t e) { return (uint32_t)((e * 78913) >> 18); }
static inline uint32_t log10_pow5(int32_t e) { return (uint32_t)((e * 732923) >> 20); }

static inline uint32_t pow5_factor(uint64_t v) {
    uint32_t count = 0;
    while (v % 5 == 0) {
        v /= 5;
        count++;
    }
    return count;
}
static inline int multiple_of_pow5(uint64_t v, uint32_t p) { return pow5_factor(v) >= p; }
static inline int multiple_of_pow2(uint64_t v, uint32_t p) {
    return (v & ((UINT64_C(1) << p) - 1)) == 0;
}

static inline uint64_t mul_shift64(uint64_t m, const uint64_t *mul, int32_t j) {
    u128 b0 = (u128)m * mul[0];
    u128 b2 = (u128)m * mul[1];
    return (uint64_t)(((b0 >> 64) + b2) >> (j - 64));
}

/* x > 0 finite. Returns the shortest decimal significand; *exp10 its power of ten. */
static uint64_t ryu_shortest(double x, int32_t *exp10) {
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    uint64_t ieee_m = bits & ((UINT64_C(1) << 52) - 1);
    uint32_t ieee_e = (uint32_t)((bits >> 52) & 0x7ff);
    int32_t e2;
    uint64_t m2;
    if (ieee_e == 0) {
        e2 = 1 - 1023 - 52 - 2;
        m2 = ieee_m;
    } else {
        e2 = (int32_t)ieee_e - 1023 - 52 - 2;
        m2 = (UINT64_C(1) << 52) | ieee_m;
    }
    const int accept_bounds = (m2 & 1) == 0;
    const uint64_t mv = 4 * m2;
    const uint32_t mm_shift = ieee_m != 0 || ieee_e <= 1;

    uint64_t vr, vp, vm;
    int32_t e10;
    int vm_trailing_zeros = 0, vr_trailing_zeros = 0;
    if (e2 >= 0) {
        const uint32_t q = log10_pow2(e2) - (e2 > 3);
        e10 = (int32_t)q;
        const int32_t k = PY4C_POW5_INV_BITCOUNT + (int32_t)pow5bits((int32_t)q) - 1;
        const int32_t i = -e2 + (int32_t)q + k;
        vr = mul_shift64(4 * m2, PY4C_POW5_INV_SPLIT[q], i);
        vp = mul_shift64(4 * m2 + 2, PY4C_POW5_INV_SPLIT[q], i);
        vm = mul_shift64(4 * m2 - 1 - mm_shift, PY4C_POW5_INV_SPLIT[q], i);
        if (q <= 21) {
            if (mv % 5 == 0) {
                vr_trailing_zeros = multiple_of_pow5(mv, q);
            } else if (accept_bounds) {
                vm_trailing_zeros = multiple_of_pow5(mv - 1 - mm_shift, q);
            } else {
                vp -= (uint64_t)multiple_of_pow5(mv + 2, q);
            }
        }
    } else {
        const uint32_t q = log10_pow5(-e2) - (-e2 > 1);
        e10 = (int32_t)q + e2;
        const int32_t i = -e2 - (int32_t)q;
        const int32_t k = (int32_t)pow5bits(i) - PY4C_POW5_BITCOUNT;
        const int32_t j = (int32_t)q - k;
        vr = mul_shift64(4 * m2, PY4C_POW5_SPLIT[i], j);
        vp = mul_shift64(4 * m2 + 2, PY4C_POW5_SPLIT[i], j);
        vm = mul_shift64(4 * m2 - 1 - mm_shift, PY4C_POW5_SPLIT[i], j);
        if (q <= 1) {
            vr_trailing_zeros = 1;
            if (accept_bounds) {
                vm_trailing_zeros = mm_shift == 1;
            } else {
                --vp;
            }
        } else if (q < 63) {
            vr_trailing_zeros = multiple_of_pow2(mv, q);
        }
    }

    int32_t removed = 0;
    uint32_t last_removed = 0;
    uint64_t output;
    if (vm_trailing_zeros || vr_trailing_zeros) {
        while (vp / 10 > vm / 10) {
            vm_trailing_zeros &= vm % 10 == 0;
            vr_trailing_zeros &= last_removed == 0;
            last_removed = (uint32_t)(vr % 10);
            vr /= 10;
            vp /= 10;
            vm /= 10;
            ++removed;
        }
        if (vm_trailing_zeros) {
            while (vm % 10 == 0) {
                vr_trailing_zeros &= last_removed == 0;
                last_removed = (uint32_t)(vr % 10);
                vr /= 10;
                vp /= 10;
                vm /= 10;
                ++removed;
            }
        }
        if (vr_trailing_zeros && last_removed == 5 && vr % 2 == 0) last_removed = 4;
        output = vr + ((vr == vm && (!accept_bounds || !vm_trailing_zeros)) ||
                       last_removed >= 5);
    } else {
        int round_up = 0;
        while (vp / 10 > vm / 10) {
            round_up = vr % 10 >= 5;
            vr /= 10;
            vp /= 10;
            vm /= 10;
            ++removed;
        }
        output = vr + (vr == vm || round_up);
    }
    *exp10 = e10 + removed;
    return output;
}

/* ------------------------------------------------------------ exact expansion */

#define BIG_LIMBS 84 /* 2547 bits: 2**53 * 5**1074 */

typedef struct {
    int n; /* limbs in use; d[n-1] != 0 */
    uint32_t d[BIG_LIMBS];
} big;

static void big_mul_small(big *b, uint32_t f) {
    uint64_t carry = 0;
    for (int i = 0; i < b->n; i++) {
        uint64_t t = (uint64_t)b->d[i] * f + carry;
        b->d[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry) b->d[b->n++] = (uint32_t)carry;
}

static void big_shl(big *b, int bits) {
    int words = bits / 32, rem = bits % 32;
    if (rem) {
        uint32_t carry = 0;
        for (int i = 0; i < b->n; i++) {
            uint32_t v = b->d[i];
            b->d[i] = (v << rem) | carry;
            carry = v >> (32 - rem);
        }
        if (carry) b->d[b->n++] = carry;
    }
    if (words) {
        memmove(b->d + words, b->d, (size_t)b->n * sizeof b->d[0]);
        memset(b->d, 0, (size_t)words * sizeof b->d[0]);
        b->n += words;
    }
}

static uint32_t big_divmod_small(big *b, uint32_t dv) {
    uint64_t rem = 0;
    for (int i = b->n - 1; i >= 0; i--) {
        uint64_t cur = (rem << 32) | b->d[i];
        b->d[i] = (uint32_t)(cur / dv);
        rem = cur % dv;
    }
    while (b->n > 0 && b->d[b->n - 1] == 0) b->n--;
    return (uint32_t)rem;
}

/* Writes the decimal digits of v (> 0) at buf, returns their count. */
static int u64_digits(uint64_t v, char *buf) {
    char tmp[24];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    for (int i = 0; i < n; i++) buf[i] = tmp[n - 1 - i];
    return n;
}

/* All significant digits of x > 0 finite (no trailing zeros); returns the count. */
static int exact_digits(double x, char *buf, int *decpt) {
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    int be = (int)((bits >> 52) & 0x7ff);
    uint64_t m = bits & ((UINT64_C(1) << 52) - 1);
    int e;
    if (be == 0) {
        e = -1074;
    } else {
        m |= UINT64_C(1) << 52;
        e = be - 1075;
    }
    while (e < 0 && !(m & 1)) {
        m >>= 1;
        e++;
    }
    int n;
    if (e >= 0 && e <= 10) { /* m < 2**53, so m << e fits in 64 bits */
        n = u64_digits(m << e, buf);
        *decpt = n;
    } else {
        big b;
        b.d[0] = (uint32_t)m;
        b.d[1] = (uint32_t)(m >> 32);
        b.n = b.d[1] ? 2 : 1;
        if (e > 0) {
            big_shl(&b, e);
        } else {
            int k = -e;
            for (; k >= 13; k -= 13) big_mul_small(&b, 1220703125u); /* 5**13 */
            uint32_t p = 1;
            for (; k > 0; k--) p *= 5;
            if (p > 1) big_mul_small(&b, p);
        }
        /* Little-endian chunks of 9 digits. */
        uint32_t chunks[BIG_LIMBS * 32 / 29 + 2];
        int nc = 0;
        while (b.n > 0) chunks[nc++] = big_divmod_small(&b, 1000000000u);
        n = u64_digits(chunks[nc - 1], buf);
        for (int i = nc - 2; i >= 0; i--) {
            uint32_t c = chunks[i];
            for (int j = 8; j >= 0; j--) {
                buf[n + j] = (char)('0' + c % 10);
                c /= 10;
            }
            n += 9;
        }
        *decpt = n + (e < 0 ? e : 0);
    }
    while (n > 1 && buf[n - 1] == '0') n--;
    buf[n] = '\0';
    return n;
}

/* Rounds the n digits at buf to keep digits (half-even on the exact value); returns
 * the new count (trailing zeros stripped, possibly 0) and updates *decpt on carry. */
static int round_digits(char *buf, int n, int64_t keep, int *decpt) {
    if (keep >= n) return n;
    int up;
    if (keep < 0) {
        up = 0;
    } else {
        char d = buf[keep];
        if (d != '5') {
            up = d > '5';
        } else {
            int beyond = 0;
            for (int i = (int)keep + 1; i < n; i++) beyond |= buf[i] != '0';
            up = beyond || (keep > 0 && (buf[keep - 1] - '0') % 2 == 1);
        }
    }
    if (keep <= 0) {
        if (!up) return 0;
        buf[0] = '1';
        buf[1] = '\0';
        (*decpt)++;
        return 1;
    }
    int k = (int)keep;
    if (up) {
        int i = k - 1;
        while (i >= 0 && buf[i] == '9') buf[i--] = '0';
        if (i < 0) {
            buf[0] = '1';
            k = 1;
            (*decpt)++;
        } else {
            buf[i]++;
        }
    }
    while (k > 0 && buf[k - 1] == '0') k--;
    buf[k] = '\0';
    return k;
}

int py4c_dtoa(double x, int mode, int ndigits, char *buf, int *decpt, int *sign) {
    *sign = signbit(x) ? 1 : 0;
    x = fabs(x);
    if (x == 0.0) {
        buf[0] = '0';
        buf[1] = '\0';
        *decpt = 1;
        return 1;
    }
    if (mode == 0) {
        int32_t e10;
        uint64_t out = ryu_shortest(x, &e10);
        int n = u64_digits(out, buf);
        *decpt = n + e10;
        while (n > 1 && buf[n - 1] == '0') n--;
        buf[n] = '\0';
        return n;
    }
    int n = exact_digits(x, buf, decpt);
    int64_t keep = mode == 2 ? (ndigits < 1 ? 1 : ndigits) : (int64_t)*decpt + ndigits;
    int dp = *decpt;
    n = round_digits(buf, n, keep, &dp);
    if (n == 0) {
        buf[0] = '\0';
        dp = -ndigits;
    }
    *decpt = dp;
    return n;
}

/* ------------------------------------------------------------ CPython's layout */

char *py4c_float_text(double x, char code, int precision, int add_dot_0, int alt,
                      int no_neg_0, char *small, size_t small_size, size_t *len) {
    int upper = code == 'E' || code == 'F' || code == 'G';
    int mode;
    switch (code) {
    case 'E':
    case 'e':
        code = 'e';
        mode = 2;
        precision++;
        break;
    case 'F':
    case 'f':
        code = 'f';
        mode = 3;
        break;
    case 'G':
    case 'g':
        code = 'g';
        mode = 2;
        if (precision == 0) precision = 1;
        break;
    default: /* 'r' */
        mode = 0;
        break;
    }
    if (!isfinite(x)) {
        char *buf = small_size >= 5 ? small : malloc(5);
        if (!buf) return NULL;
        const char *word = isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        *len = (size_t)snprintf(buf, 5, "%s%s", (!isnan(x) && x < 0) ? "-" : "", word);
        return buf;
    }
    char digits[PY4C_DTOA_BUFSIZE];
    int decpt_i, sign;
    int64_t digits_len = py4c_dtoa(x, mode, precision, digits, &decpt_i, &sign);
    int64_t decpt = decpt_i;
    if (no_neg_0 && sign == 1 && (digits_len == 0 || (digits_len == 1 && digits[0] == '0')))
        sign = 0;

    int64_t vdigits_end = digits_len, vdigits_start;
    int use_exp = 0, exp = 0;
    switch (code) {
    case 'e':
        use_exp = 1;
        vdigits_end = precision;
        break;
    case 'f':
        vdigits_end = decpt + precision;
        break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = 1;
        if (alt) vdigits_end = precision;
        break;
    default:
        if (decpt <= -4 || decpt > 16) use_exp = 1;
        break;
    }
    if (use_exp) {
        exp = (int)decpt - 1;
        decpt = 1;
    }
    vdigits_start = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0)
        vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
    else
        vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;

    size_t bufsize = (size_t)(3 + (vdigits_end - vdigits_start) + (use_exp ? 6 : 0));
    char *buf = bufsize <= small_size ? small : malloc(bufsize);
    if (!buf) return NULL;
    char *p = buf;
    if (sign == 1) *p++ = '-';
    if (decpt <= 0) {
        memset(p, '0', (size_t)(decpt - vdigits_start));
        p += decpt - vdigits_start;
        *p++ = '.';
        memset(p, '0', (size_t)(0 - decpt));
        p += 0 - decpt;
    } else {
        memset(p, '0', (size_t)(0 - vdigits_start));
        p += 0 - vdigits_start;
    }
    if (0 < decpt && decpt <= digits_len) {
        memcpy(p, digits, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, digits + decpt, (size_t)(digits_len - decpt));
        p += digits_len - decpt;
    } else {
        memcpy(p, digits, (size_t)digits_len);
        p += digits_len;
    }
    if (digits_len < decpt) {
        memset(p, '0', (size_t)(decpt - digits_len));
        p += decpt - digits_len;
        *p++ = '.';
        memset(p, '0', (size_t)(vdigits_end - decpt));
        p += vdigits_end - decpt;
    } else {
        memset(p, '0', (size_t)(vdigits_end - digits_len));
        p += vdigits_end - digits_len;
    }
    if (p[-1] == '.' && !alt) p--;
    if (use_exp) {
        *p++ = upper ? 'E' : 'e';
        p += snprintf(p, 6, "%+.02d", exp);
    }
    *p = '\0';
    *len = (size_t)(p - buf);
    return buf;
}
