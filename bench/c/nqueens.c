/* Reference C version of bench/programs/nqueens.py (same algorithm, same output).
 * The sets of occupied columns and diagonals are bool arrays; like the py4
 * program, every solution is copied into a growing array of solutions. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 12

static void *xrealloc(void *p, size_t size) {
    p = realloc(p, size);
    if (p == NULL) {
        fputs("out of memory\n", stderr);
        exit(1);
    }
    return p;
}

typedef struct {
    int64_t n;
    bool columns[N];
    bool diagonals[2 * N - 1];      /* row - col + n - 1 */
    bool anti_diagonals[2 * N - 1]; /* row + col */
    int64_t queens[N];
    int64_t nqueens;
    int64_t *solutions; /* nsolutions rows of n columns */
    int64_t nsolutions;
    int64_t capacity;
} Solver;

static void solver_init(Solver *s, int64_t n) {
    memset(s, 0, sizeof(*s));
    s->n = n;
}

static int64_t place(Solver *s, int64_t row) {
    int64_t n = s->n;
    if (row == n) {
        if (s->nsolutions == s->capacity) {
            s->capacity = s->capacity ? 2 * s->capacity : 8;
            s->solutions = xrealloc(s->solutions, (size_t)(s->capacity * n) * sizeof(int64_t));
        }
        memcpy(&s->solutions[s->nsolutions * n], s->queens, (size_t)n * sizeof(int64_t));
        s->nsolutions++;
        return 1;
    }
    int64_t count = 0;
    for (int64_t col = 0; col < n; col++) {
        if (s->columns[col] || s->diagonals[row - col + n - 1] || s->anti_diagonals[row + col]) {
            continue;
        }
        s->columns[col] = true;
        s->diagonals[row - col + n - 1] = true;
        s->anti_diagonals[row + col] = true;
        s->queens[s->nqueens++] = col;
        count += place(s, row + 1);
        s->nqueens--;
        s->anti_diagonals[row + col] = false;
        s->diagonals[row - col + n - 1] = false;
        s->columns[col] = false;
    }
    return count;
}

static void print_solution(const Solver *s, int64_t k) {
    putchar('[');
    for (int64_t c = 0; c < s->n; c++) {
        printf(c ? ", %lld" : "%lld", (long long)s->solutions[k * s->n + c]);
    }
    putchar(']');
}

int main(void) {
    int64_t counts[N];
    for (int64_t n = 1; n < N; n++) {
        Solver s;
        solver_init(&s, n);
        counts[n - 1] = place(&s, 0);
        free(s.solutions);
    }
    static Solver solver;
    solver_init(&solver, N);
    counts[N - 1] = place(&solver, 0);
    printf("nqueens 1..%d: [", N);
    for (int64_t n = 0; n < N; n++) {
        printf(n ? ", %lld" : "%lld", (long long)counts[n]);
    }
    printf("]\n%d: %lld solutions, first ", N, (long long)solver.nsolutions);
    print_solution(&solver, 0);
    printf(", last ");
    print_solution(&solver, solver.nsolutions - 1);
    printf("\n");
    free(solver.solutions);
    return 0;
}
