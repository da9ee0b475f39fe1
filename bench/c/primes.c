/* Reference C version of bench/programs/primes.py (same algorithm, same output). */
#include <inttypes.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#define N 700000

static bool is_prime(int64_t n) {
    if (n < 2) {
        return false;
    }
    if (n % 2 == 0) {
        return n == 2;
    }
    int64_t d = 3;
    while (d * d <= n) {
        if (n % d == 0) {
            return false;
        }
        d += 2;
    }
    return true;
}

static int64_t count_primes(int64_t limit) {
    int64_t count = 0;
    for (int64_t n = 2; n < limit; n++) {
        if (is_prime(n)) {
            count++;
        }
    }
    return count;
}

int main(void) {
    printf("primes below %d %" PRId64 "\n", N, count_primes(N));
    return 0;
}
