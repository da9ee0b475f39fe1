/* Reference C version of bench/programs/spectral_norm.py (same algorithm, same output).
 * Build with -ffp-contract=off so no fused multiply-add changes the rounding. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define N 450
#define ITERATIONS 10

static double eval_a(int64_t i, int64_t j) {
    int64_t ij = i + j;
    return 1.0 / (double)(ij * (ij + 1) / 2 + i + 1);
}

static void mul_av(const double *v, double *out, int64_t n) {
    for (int64_t i = 0; i < n; i++) {
        double s = 0.0;
        for (int64_t j = 0; j < n; j++) {
            s += eval_a(i, j) * v[j];
        }
        out[i] = s;
    }
}

static void mul_atv(const double *v, double *out, int64_t n) {
    for (int64_t i = 0; i < n; i++) {
        double s = 0.0;
        for (int64_t j = 0; j < n; j++) {
            s += eval_a(j, i) * v[j];
        }
        out[i] = s;
    }
}

static void mul_atav(const double *v, double *out, double *tmp, int64_t n) {
    mul_av(v, tmp, n);
    mul_atv(tmp, out, n);
}

/* sqrt by Newton's method: the benchmark links without -lm (sqrt/pow live in
 * libm). Converges to the correctly rounded root (or one ulp off) for x > 0,
 * which the 9-decimal output cannot tell apart from Python's `x ** 0.5`. */
static double newton_sqrt(double x) {
    double r = x > 1.0 ? x : 1.0;
    for (;;) {
        double next = 0.5 * (r + x / r);
        if (next >= r) {
            return r;
        }
        r = next;
    }
}

int main(void) {
    double *u = malloc(N * sizeof(double));
    double *v = malloc(N * sizeof(double));
    double *tmp = malloc(N * sizeof(double));
    if (u == NULL || v == NULL || tmp == NULL) {
        return 1;
    }
    for (int64_t i = 0; i < N; i++) {
        u[i] = 1.0;
        v[i] = 0.0;
        tmp[i] = 0.0;
    }
    for (int it = 0; it < ITERATIONS; it++) {
        mul_atav(u, v, tmp, N);
        mul_atav(v, u, tmp, N);
    }
    double vbv = 0.0;
    double vv = 0.0;
    for (int64_t i = 0; i < N; i++) {
        vbv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    printf("spectral_norm %d %.9f\n", N, newton_sqrt(vbv / vv));
    free(u);
    free(v);
    free(tmp);
    return 0;
}
