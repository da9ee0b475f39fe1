/* Reference C version of bench/programs/collatz.py (same algorithm, same output). */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

#define N 200000

static int64_t collatz_length(int64_t start) {
    int64_t n = start;
    int64_t steps = 1;
    while (n != 1) {
        if (n % 2 == 0) {
            n = n / 2;
        } else {
            n = 3 * n + 1;
        }
        steps++;
    }
    return steps;
}

int main(void) {
    int64_t best = 1;
    int64_t best_len = 1;
    for (int64_t i = 1; i < N; i++) {
        int64_t length = collatz_length(i);
        if (length > best_len) {
            best = i;
            best_len = length;
        }
    }
    printf("collatz below %d %" PRId64 " %" PRId64 "\n", N, best, best_len);
    return 0;
}
