/* Reference C version of bench/programs/fannkuch.py (same algorithm, same output). */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define N 9

/* Stores the checksum and the maximum flip count through the pointers. */
static void fannkuch(int64_t n, int64_t *checksum_out, int64_t *max_flips_out) {
    int64_t *perm1 = malloc(n * sizeof(int64_t));
    int64_t *perm = malloc(n * sizeof(int64_t));
    int64_t *count = malloc(n * sizeof(int64_t));
    if (perm1 == NULL || perm == NULL || count == NULL) {
        exit(1);
    }
    for (int64_t i = 0; i < n; i++) {
        perm1[i] = i;
        perm[i] = 0;
        count[i] = 0;
    }
    int64_t max_flips = 0;
    int64_t checksum = 0;
    int64_t perm_count = 0;
    int64_t r = n;
    for (;;) {
        while (r != 1) {
            count[r - 1] = r;
            r--;
        }
        for (int64_t i = 0; i < n; i++) {
            perm[i] = perm1[i];
        }
        int64_t flips = 0;
        int64_t k = perm[0];
        while (k != 0) {
            int64_t lo = 0;
            int64_t hi = k;
            while (lo < hi) {
                int64_t t = perm[lo];
                perm[lo] = perm[hi];
                perm[hi] = t;
                lo++;
                hi--;
            }
            flips++;
            k = perm[0];
        }
        if (flips > max_flips) {
            max_flips = flips;
        }
        if (perm_count % 2 == 0) {
            checksum += flips;
        } else {
            checksum -= flips;
        }
        /* Next permutation: rotate the first r+1 elements left until a count is left. */
        for (;;) {
            if (r == n) {
                free(perm1);
                free(perm);
                free(count);
                *checksum_out = checksum;
                *max_flips_out = max_flips;
                return;
            }
            int64_t perm0 = perm1[0];
            for (int64_t i = 0; i < r; i++) {
                perm1[i] = perm1[i + 1];
            }
            perm1[r] = perm0;
            count[r]--;
            if (count[r] > 0) {
                break;
            }
            r++;
        }
        perm_count++;
    }
}

int main(void) {
    int64_t checksum;
    int64_t max_flips;
    fannkuch(N, &checksum, &max_flips);
    printf("fannkuch %d %" PRId64 " %" PRId64 "\n", N, checksum, max_flips);
    return 0;
}
