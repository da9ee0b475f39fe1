/* Reference C version of bench/programs/matmul.py (same algorithm, same output).
 * Matrices are malloc'd row-major double arrays; B is transposed first, as in
 * the Python version. Build with -ffp-contract=off so no fused multiply-add
 * changes the rounding. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define N 280

static double *alloc_matrix(int64_t n) {
    double *m = malloc(n * n * sizeof(double));
    if (m == NULL) {
        exit(1);
    }
    return m;
}

static double *make_matrix(int64_t n, int64_t seed) {
    double *m = alloc_matrix(n);
    for (int64_t i = 0; i < n; i++) {
        for (int64_t j = 0; j < n; j++) {
            /* Operands are non-negative, so C's % equals Python's. */
            m[i * n + j] = (double)((i * seed + j * 7) % 101 - 50) / 7.0;
        }
    }
    return m;
}

static double *transpose(const double *m, int64_t n) {
    double *t = alloc_matrix(n);
    for (int64_t j = 0; j < n; j++) {
        for (int64_t i = 0; i < n; i++) {
            t[j * n + i] = m[i * n + j];
        }
    }
    return t;
}

static double *matmul(const double *a, const double *b, int64_t n) {
    double *bt = transpose(b, n);
    double *c = alloc_matrix(n);
    for (int64_t i = 0; i < n; i++) {
        const double *ai = a + i * n;
        for (int64_t j = 0; j < n; j++) {
            const double *bj = bt + j * n;
            double s = 0.0;
            for (int64_t k = 0; k < n; k++) {
                s += ai[k] * bj[k];
            }
            c[i * n + j] = s;
        }
    }
    free(bt);
    return c;
}

int main(void) {
    double *a = make_matrix(N, 3);
    double *b = make_matrix(N, 5);
    double *c = matmul(a, b, N);
    double total = 0.0;
    for (int64_t i = 0; i < N * N; i++) {
        total += c[i];
    }
    double trace = 0.0;
    for (int64_t i = 0; i < N; i++) {
        trace += c[i * N + i];
    }
    printf("matmul %d %.9f %.9f\n", N, total, trace);
    free(a);
    free(b);
    free(c);
    return 0;
}
