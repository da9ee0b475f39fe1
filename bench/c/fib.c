/* Reference C version of bench/programs/fib.py (same algorithm, same output). */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

#define N 35

static int64_t fib(int64_t n) {
    if (n < 2) {
        return n;
    }
    return fib(n - 1) + fib(n - 2);
}

int main(void) {
    printf("fib %d %" PRId64 "\n", N, fib(N));
    return 0;
}
