/* py4c runtime: generators. A generator runs on its own stack; `yield` switches back
 * to the consumer and `next` switches into the generator, so the generator's compiled
 * code is an ordinary function (its locals live in its frames) and every construct works
 * inside it, lazily, exactly as in CPython.
 *
 * Phase: runtime. Layout (py4c.h): the header, the start function, the state, then slot
 * 0 (the value just yielded, moved to the consumer by codegen) and one slot per argument.
 * A generator released before it finished is closed as CPython closes it: GeneratorExit
 * is raised at its `yield`, so its `finally` blocks run and its locals are released.
 */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS and MAP_NORESERVE under -std=c11 */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "py4c.h"

#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define HAVE_VALGRIND 1
#endif
#endif

#define GEN_STACK (512u << 10)
#define GEN_MARGIN (64u << 10)

enum { GEN_NEW, GEN_SUSPENDED, GEN_RUNNING, GEN_DONE };

struct py4c_gen_state {
    void *sp;         /* the generator's saved stack pointer */
    void *caller_sp;  /* the consumer's, while the generator runs */
    char *stack;
    char *saved_limit;
    int state, closing, has_value, failed;
    const py4c_tinfo *args_t;  /* TUPLE: the argument types */
    const py4c_tinfo *value_t;
    unsigned stack_id;
};

/* Saves the callee-saved registers on the current stack, stores the stack pointer in
 * *from, switches to `to` and restores the registers saved there. */
void py4c_ctx_switch(void **from, void *to);
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
#error "py4c generators need a context switch for this architecture"
#endif

static py4c_gen *current = NULL; /* the generator being started */

static void gen_entry(void) {
    py4c_gen *g = current;
    struct py4c_gen_state *st = g->st;
    int8_t failed = g->start(g);
    st->failed = failed != 0;
    st->state = GEN_DONE;
    void *dummy;
    py4c_ctx_switch(&dummy, st->caller_sp); /* never resumed */
    abort();
}

py4c_gen *py4c_gen_new(int8_t (*start)(py4c_gen *), const py4c_tinfo *args_t, const py4c_tinfo *value_t) {
    size_t size = sizeof(py4c_gen) + (size_t)(1 + args_t->n) * sizeof(uint64_t);
    py4c_gen *g = py4c_alloc(size);
    if (!g) return NULL;
    memset(g, 0, size);
    g->st = calloc(1, sizeof *g->st);
    if (!g->st) { free(g); py4c_raise_memory(); return NULL; }
    g->h.refcnt = 1;
    g->h.type_id = PY4C_T_GEN;
    g->start = start;
    g->st->args_t = args_t;
    g->st->value_t = value_t;
    return g;
}

static int64_t resume(py4c_gen *g) {
    struct py4c_gen_state *st = g->st;
    if (st->state == GEN_NEW) {
        st->stack = mmap(NULL, GEN_STACK, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (st->stack == MAP_FAILED) { st->stack = NULL; py4c_raise_memory(); return -1; }
#ifdef HAVE_VALGRIND
        st->stack_id = VALGRIND_STACK_REGISTER(st->stack, st->stack + GEN_STACK);
#endif
        uintptr_t top = ((uintptr_t)(st->stack + GEN_STACK)) & ~(uintptr_t)15;
        void **sp = (void **)top;
#if defined(__x86_64__)
        *--sp = NULL;               /* gen_entry's "return address" (keeps the ABI alignment) */
        *--sp = (void *)gen_entry;  /* py4c_ctx_switch returns here */
        for (int i = 0; i < 6; i++) *--sp = NULL;
#else
        sp -= 22;                   /* 176 bytes of saved registers */
        memset(sp, 0, 176);
        sp[11] = (void *)gen_entry; /* x30: the link register */
        sp[10] = NULL;              /* x29 */
#endif
        st->sp = sp;
    }
    st->state = GEN_RUNNING;
    st->saved_limit = py4c_stack_limit;
    py4c_stack_limit = st->stack + GEN_MARGIN;
    current = g;
    py4c_ctx_switch(&st->caller_sp, st->sp);
    py4c_stack_limit = st->saved_limit;
    if (st->state == GEN_DONE) return st->failed ? -1 : 0;
    st->state = GEN_SUSPENDED;
    return 1;
}

int64_t py4c_gen_next(py4c_gen *g) {
    struct py4c_gen_state *st = g->st;
    if (st->state == GEN_DONE) return 0;
    if (st->state == GEN_RUNNING) {
        py4c_raise_cstr(PY4C_EXC_ValueError, "generator already executing");
        return -1;
    }
    return resume(g);
}

int64_t py4c_gen_yield(py4c_gen *g, const void *value) {
    struct py4c_gen_state *st = g->st;
    memcpy(&g->slots[0], value, 8);
    st->has_value = 1;
    py4c_ctx_switch(&st->sp, st->caller_sp);
    if (st->closing) {
        py4c_raise_cstr(PY4C_EXC_GeneratorExit, "");
        return -1;
    }
    return 0;
}

void py4c_gen_taken(py4c_gen *g) { g->st->has_value = 0; }

void py4c_gen_dealloc(py4c_gen *g) {
    struct py4c_gen_state *st = g->st;
    if (st->state == GEN_SUSPENDED) {
        /* close(): GeneratorExit at the yield; keep the consumer's exception aside */
        g->h.refcnt = PY4C_IMMORTAL; /* the generator's own frames may touch it */
        py4c_exc *pending = py4c_exc_type ? py4c_exc_fetch() : NULL;
        st->closing = 1;
        resume(g);
        py4c_clear_exc();
        if (pending) { py4c_exc_restore(pending); py4c_decref(pending); }
    }
    if (st->has_value) py4c_value_decref(st->value_t, &g->slots[0]);
    for (int64_t i = 0; i < st->args_t->n; i++) py4c_value_decref(st->args_t->fields[i], &g->slots[1 + i]);
    if (st->stack) {
#ifdef HAVE_VALGRIND
        VALGRIND_STACK_DEREGISTER(st->stack_id);
#endif
        munmap(st->stack, GEN_STACK);
    }
    free(st);
    free(g);
}
