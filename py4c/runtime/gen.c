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
#include <stdlib.h>
#include <string.h>

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
    void *fake;                  /* AddressSanitizer's fake stack of the side switched away from */
    const void *caller_bottom;   /* the consumer's stack (AddressSanitizer builds) */
    size_t caller_size;
    void *handled;               /* the exceptions its suspended except blocks handle (core.c) */
    int64_t nhandled;
};

static py4c_gen *current = NULL; /* the generator being started */

static void gen_entry(void) {
    py4c_gen *g = current;
    struct py4c_gen_state *st = g->st;
    py4c_stack_switch_finish(NULL, &st->caller_bottom, &st->caller_size);
    int8_t failed = g->start(g);
    st->failed = failed != 0;
    st->state = GEN_DONE;
    void *dummy;
    py4c_stack_switch_start(NULL, st->caller_bottom, st->caller_size, 1);
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
        st->stack = py4c_os_stack_alloc(GEN_STACK);
        if (!st->stack) { py4c_raise_memory(); return -1; }
#ifdef HAVE_VALGRIND
        st->stack_id = VALGRIND_STACK_REGISTER(st->stack, st->stack + GEN_STACK);
#endif
        st->sp = py4c_ctx_prepare(st->stack + GEN_STACK, gen_entry);
    }
    st->state = GEN_RUNNING;
    /* the generator's except blocks, suspended at a yield, are handling again */
    int64_t base = py4c_handled_len();
    py4c_handled_put(st->handled, st->nhandled);
    st->handled = NULL;
    st->nhandled = 0;
    st->saved_limit = py4c_stack_limit;
    py4c_stack_limit = st->stack + GEN_MARGIN;
    current = g;
    void *fake = NULL;
    py4c_stack_switch_start(&fake, st->stack, GEN_STACK, 0);
    py4c_ctx_switch(&st->caller_sp, st->sp);
    py4c_stack_switch_finish(fake, NULL, NULL);
    py4c_stack_limit = st->saved_limit;
    py4c_handled_take(base, &st->handled, &st->nhandled);
    if (st->state == GEN_DONE) {
        py4c_handled_release(st->handled, st->nhandled);
        st->handled = NULL;
        st->nhandled = 0;
        return st->failed ? -1 : 0;
    }
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
    py4c_stack_switch_start(&st->fake, st->caller_bottom, st->caller_size, 0);
    py4c_ctx_switch(&st->sp, st->caller_sp);
    py4c_stack_switch_finish(st->fake, &st->caller_bottom, &st->caller_size);
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
    if (st->handled) py4c_handled_release(st->handled, st->nhandled);
    if (st->has_value) py4c_value_decref(st->value_t, &g->slots[0]);
    for (int64_t i = 0; i < st->args_t->n; i++) py4c_value_decref(st->args_t->fields[i], &g->slots[1 + i]);
    if (st->stack) {
#ifdef HAVE_VALGRIND
        VALGRIND_STACK_DEREGISTER(st->stack_id);
#endif
        py4c_os_stack_free(st->stack, GEN_STACK);
    }
    free(st);
    free(g);
}
