/* Reference C version of bench/programs/mandelbrot.py (same algorithm, same output).
 * Build with -ffp-contract=off so no fused multiply-add changes the rounding
 * (Python evaluates every float operation separately). */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

#define WIDTH 600
#define HEIGHT 400
#define MAX_ITER 160

static int64_t iterations(double cr, double ci, int64_t max_iter) {
    double zr = 0.0;
    double zi = 0.0;
    for (int64_t i = 0; i < max_iter; i++) {
        double zr2 = zr * zr;
        double zi2 = zi * zi;
        if (zr2 + zi2 > 4.0) {
            return i;
        }
        zi = 2.0 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
    }
    return max_iter;
}

int main(void) {
    int64_t inside = 0;
    int64_t total = 0;
    for (int64_t y = 0; y < HEIGHT; y++) {
        double ci = -1.25 + 2.5 * (double)y / (double)HEIGHT;
        for (int64_t x = 0; x < WIDTH; x++) {
            double cr = -2.25 + 3.0 * (double)x / (double)WIDTH;
            int64_t n = iterations(cr, ci, MAX_ITER);
            if (n == MAX_ITER) {
                inside++;
            }
            total += n;
        }
    }
    printf("mandelbrot %d %d %d %" PRId64 " %" PRId64 "\n", WIDTH, HEIGHT, MAX_ITER, inside, total);
    return 0;
}
