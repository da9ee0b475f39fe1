/* py4c runtime: everything that depends on the operating system or the processor.
 *
 * Phase: runtime. The rest of the runtime is portable C11 over the C library's stdio
 * and math; a port to another OS (macOS, Windows) or architecture replaces this file
 * only. It provides: writing to a file descriptor and terminal detection (buffered
 * output, core.c), the main stack's size (the recursion guard, core.c), generator
 * stacks and the context switch between stacks (gen.c), clocks (time module) and the
 * OS's random bytes and process id (random's default seed). Declared in py4c.h.
 */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS, MAP_NORESERVE and clock_gettime under -std=gnu11/c11 */
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "py4c.h"

#if defined(__SANITIZE_ADDRESS__)
#define PY4C_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PY4C_ASAN 1
#endif
#endif
#ifdef PY4C_ASAN
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#endif

/* ------------------------------------------------------------ files and terminals */

int64_t py4c_os_write(int fd, const char *data, int64_t len) {
    ssize_t n = write(fd, data, (size_t)len);
    return (int64_t)n;
}

int py4c_os_isatty(int fd) { return isatty(fd); }

/* ------------------------------------------------------------ stacks */

size_t py4c_os_stack_size(void) {
    struct rlimit rl;
    size_t size = 8u << 20; /* the usual default when the limit is unknown or unlimited */
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur > 0)
        size = (size_t)rl.rlim_cur;
    return size;
}

void *py4c_os_stack_alloc(size_t size) {
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) return NULL;
#ifdef PY4C_ASAN
    ASAN_UNPOISON_MEMORY_REGION(p, size); /* the shadow of an earlier stack at this address */
#endif
    return p;
}

/* Stack switches told to AddressSanitizer (a runtime built with PY4C_SANITIZE=address),
 * which otherwise takes a generator's frames for overflows of the consumer's stack: the
 * caller announces the stack it switches to (bottom, size; final: the current stack is
 * left for good), the code that runs after the switch completes it and learns the
 * bounds of the stack it came from. No-ops in ordinary builds. */
void py4c_stack_switch_start(void **fake, const void *bottom, size_t size, int final) {
#ifdef PY4C_ASAN
    __sanitizer_start_switch_fiber(final ? NULL : fake, bottom, size);
#else
    (void)fake, (void)bottom, (void)size, (void)final;
#endif
}

void py4c_stack_switch_finish(void *fake, const void **from_bottom, size_t *from_size) {
#ifdef PY4C_ASAN
    __sanitizer_finish_switch_fiber(fake, from_bottom, from_size);
#else
    (void)fake, (void)from_bottom, (void)from_size;
#endif
}

void py4c_os_stack_free(void *stack, size_t size) { munmap(stack, size); }

/* Saves the callee-saved registers on the current stack, stores the stack pointer in
 * *from, switches to `to` and restores the registers saved there (then returns into
 * the code that saved them, or into the entry of a fresh stack). */
#if defined(__x86_64__)
__asm__(".text\n.globl py4c_ctx_switch\n.type py4c_ctx_switch,@function\npy4c_ctx_switch:\n"
        "  pushq %rbp\n  pushq %rbx\n  pushq %r12\n  pushq %r13\n  pushq %r14\n  pushq %r15\n"
        "  movq %rsp, (%rdi)\n  movq %rsi, %rsp\n"
        "  popq %r15\n  popq %r14\n  popq %r13\n  popq %r12\n  popq %rbx\n  popq %rbp\n  ret\n"
        ".size py4c_ctx_switch, .-py4c_ctx_switch\n");
#elif defined(__aarch64__)
__asm__(".text\n.globl py4c_ctx_switch\n.type py4c_ctx_switch,%function\npy4c_ctx_switch:\n"
        "  sub sp, sp, #176\n"
        "  stp x19, x20, [sp, #0]\n  stp x21, x22, [sp, #16]\n  stp x23, x24, [sp, #32]\n"
        "  stp x25, x26, [sp, #48]\n  stp x27, x28, [sp, #64]\n  stp x29, x30, [sp, #80]\n"
        "  stp d8, d9, [sp, #96]\n  stp d10, d11, [sp, #112]\n  stp d12, d13, [sp, #128]\n  stp d14, d15, [sp, #144]\n"
        "  mov x2, sp\n  str x2, [x0]\n  mov sp, x1\n"
        "  ldp x19, x20, [sp, #0]\n  ldp x21, x22, [sp, #16]\n  ldp x23, x24, [sp, #32]\n"
        "  ldp x25, x26, [sp, #48]\n  ldp x27, x28, [sp, #64]\n  ldp x29, x30, [sp, #80]\n"
        "  ldp d8, d9, [sp, #96]\n  ldp d10, d11, [sp, #112]\n  ldp d12, d13, [sp, #128]\n  ldp d14, d15, [sp, #144]\n"
        "  add sp, sp, #176\n  ret\n"
        ".size py4c_ctx_switch, .-py4c_ctx_switch\n");
#else
#error "py4c generators need a context switch for this architecture (runtime/platform.c)"
#endif

void *py4c_ctx_prepare(char *stack_top, void (*entry)(void)) {
    void **sp = (void **)((uintptr_t)stack_top & ~(uintptr_t)15);
#if defined(__x86_64__)
    *--sp = NULL;           /* entry's "return address" (keeps the ABI alignment) */
    *--sp = (void *)entry;  /* py4c_ctx_switch returns here */
    for (int i = 0; i < 6; i++) *--sp = NULL;
#else
    sp -= 22;               /* 176 bytes of saved registers */
    memset(sp, 0, 176);
    sp[11] = (void *)entry; /* x30: the link register */
    sp[10] = NULL;          /* x29 */
#endif
    return sp;
}

/* ------------------------------------------------------------ clocks and randomness */

int64_t py4c_os_clock_ns(int monotonic) {
    struct timespec ts;
    clock_gettime(monotonic ? CLOCK_MONOTONIC : CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

size_t py4c_os_random(void *buf, size_t n) {
    size_t got = 0;
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return 0;
    while (got < n) {
        ssize_t r = read(fd, (char *)buf + got, n - got);
        if (r <= 0) break;
        got += (size_t)r;
    }
    close(fd);
    return got;
}

int64_t py4c_os_pid(void) { return (int64_t)getpid(); }
