/* Reference C version of bench/programs/sieve.py (same algorithm, same output). */
#include <inttypes.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define N 16000000

static bool *sieve(int64_t n) {
    bool *is_prime = malloc(n * sizeof(bool));
    if (is_prime == NULL) {
        exit(1);
    }
    for (int64_t i = 0; i < n; i++) {
        is_prime[i] = true;
    }
    is_prime[0] = false;
    is_prime[1] = false;
    for (int64_t i = 2; i * i < n; i++) {
        if (is_prime[i]) {
            for (int64_t j = i * i; j < n; j += i) {
                is_prime[j] = false;
            }
        }
    }
    return is_prime;
}

int main(void) {
    bool *is_prime = sieve(N);
    int64_t count = 0;
    int64_t total = 0;
    int64_t largest = 0;
    for (int64_t i = 0; i < N; i++) {
        if (is_prime[i]) {
            count++;
            total += i;
            largest = i;
        }
    }
    printf("sieve below %d %" PRId64 " %" PRId64 " %" PRId64 "\n", N, count, total, largest);
    free(is_prime);
    return 0;
}
