/* Reference C version of bench/programs/richards.py (same algorithm, same output).
 * Tasks are structs with a function pointer for the overridden `fn` (virtual
 * dispatch); task records carry a kind tag, checked where the py4 program
 * checks isinstance. Like the py4 program, every run links its new tasks in
 * front of the old ones, which stay reachable, so nothing is freed. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define ITERATIONS 20

/* Task IDs */
#define I_IDLE 1
#define I_WORK 2
#define I_HANDLERA 3
#define I_HANDLERB 4
#define I_DEVA 5
#define I_DEVB 6

/* Packet types */
#define K_DEV 1000
#define K_WORK 1001

#define BUFSIZE 4
#define TASKTABSIZE 10

#define EXPECTED_HOLD_COUNT 9297
#define EXPECTED_QPKT_COUNT 23246

#define A 'A'

static void *xmalloc(size_t size) {
    void *p = malloc(size);
    if (p == NULL) {
        fputs("out of memory\n", stderr);
        exit(1);
    }
    return p;
}

static void fail(const char *msg) {
    fprintf(stderr, "%s\n", msg);
    exit(1);
}

typedef struct Packet {
    struct Packet *link;
    int64_t ident;
    int64_t kind;
    int64_t datum;
    int64_t data[BUFSIZE];
} Packet;

static Packet *new_packet(Packet *link, int64_t ident, int64_t kind) {
    Packet *p = xmalloc(sizeof(Packet));
    p->link = link;
    p->ident = ident;
    p->kind = kind;
    p->datum = 0;
    for (int i = 0; i < BUFSIZE; i++) {
        p->data[i] = 0;
    }
    return p;
}

static Packet *append_to(Packet *self, Packet *lst) {
    self->link = NULL;
    if (lst == NULL) {
        return self;
    }
    Packet *p = lst;
    Packet *next = p->link;
    while (next != NULL) {
        p = next;
        next = p->link;
    }
    p->link = self;
    return lst;
}

/* Task records */

typedef enum { REC_DEVICE, REC_IDLE, REC_HANDLER, REC_WORKER } RecKind;

typedef struct {
    RecKind kind;
} TaskRec;

typedef struct {
    TaskRec base;
    Packet *pending;
} DeviceTaskRec;

typedef struct {
    TaskRec base;
    int64_t control;
    int64_t count;
} IdleTaskRec;

typedef struct {
    TaskRec base;
    Packet *work_in;
    Packet *device_in;
} HandlerTaskRec;

typedef struct {
    TaskRec base;
    int64_t destination;
    int64_t count;
} WorkerTaskRec;

static TaskRec *new_device_rec(void) {
    DeviceTaskRec *r = xmalloc(sizeof(DeviceTaskRec));
    r->base.kind = REC_DEVICE;
    r->pending = NULL;
    return &r->base;
}

static TaskRec *new_idle_rec(void) {
    IdleTaskRec *r = xmalloc(sizeof(IdleTaskRec));
    r->base.kind = REC_IDLE;
    r->control = 1;
    r->count = 10000;
    return &r->base;
}

static TaskRec *new_handler_rec(void) {
    HandlerTaskRec *r = xmalloc(sizeof(HandlerTaskRec));
    r->base.kind = REC_HANDLER;
    r->work_in = NULL;
    r->device_in = NULL;
    return &r->base;
}

static TaskRec *new_worker_rec(void) {
    WorkerTaskRec *r = xmalloc(sizeof(WorkerTaskRec));
    r->base.kind = REC_WORKER;
    r->destination = I_HANDLERA;
    r->count = 0;
    return &r->base;
}

static Packet *work_in_add(HandlerTaskRec *h, Packet *p) {
    h->work_in = append_to(p, h->work_in);
    return h->work_in;
}

static Packet *device_in_add(HandlerTaskRec *h, Packet *p) {
    h->device_in = append_to(p, h->device_in);
    return h->device_in;
}

/* Task state */

typedef struct {
    bool packet_pending;
    bool task_waiting;
    bool task_holding;
} TaskState;

static TaskState state_running(void) { return (TaskState){false, false, false}; }
static TaskState state_waiting(void) { return (TaskState){false, true, false}; }
static TaskState state_waiting_with_packet(void) { return (TaskState){true, true, false}; }

/* Task */

typedef struct Task Task;
typedef Task *(*TaskFn)(Task *self, Packet *pkt, TaskRec *r);

struct Task {
    TaskState state;
    Task *link;
    int64_t ident;
    int64_t priority;
    Packet *input;
    TaskRec *handle;
    TaskFn fn;
};

static struct {
    Task *task_tab[TASKTABSIZE];
    Task *task_list;
    int64_t hold_count;
    int64_t qpkt_count;
} task_work_area;

static Task *new_task(int64_t ident, int64_t priority, Packet *input, TaskState initial_state,
                      TaskRec *handle, TaskFn fn) {
    Task *t = xmalloc(sizeof(Task));
    t->link = task_work_area.task_list;
    t->ident = ident;
    t->priority = priority;
    t->input = input;
    t->state = initial_state;
    t->handle = handle;
    t->fn = fn;
    task_work_area.task_list = t;
    task_work_area.task_tab[ident] = t;
    return t;
}

static bool is_task_holding_or_waiting(const Task *t) {
    return t->state.task_holding || (!t->state.packet_pending && t->state.task_waiting);
}

static bool is_waiting_with_packet(const Task *t) {
    return t->state.packet_pending && t->state.task_waiting && !t->state.task_holding;
}

static Task *add_packet(Task *self, Packet *p, Task *old) {
    if (self->input == NULL) {
        self->input = p;
        self->state.packet_pending = true;
        if (self->priority > old->priority) {
            return self;
        }
    } else {
        append_to(p, self->input);
    }
    return old;
}

static Task *run_task(Task *self) {
    Packet *msg = NULL;
    if (is_waiting_with_packet(self)) {
        msg = self->input;
        self->input = msg->link;
        if (self->input == NULL) {
            self->state = state_running();
        } else {
            self->state = (TaskState){true, false, false};
        }
    }
    return self->fn(self, msg, self->handle);
}

static Task *wait_task(Task *self) {
    self->state.task_waiting = true;
    return self;
}

static Task *hold(Task *self) {
    task_work_area.hold_count += 1;
    self->state.task_holding = true;
    return self->link;
}

static Task *findtcb(int64_t ident) {
    Task *t = task_work_area.task_tab[ident];
    if (t == NULL) {
        fail("Bad task id");
    }
    return t;
}

static Task *release(Task *self, int64_t i) {
    Task *t = findtcb(i);
    t->state.task_holding = false;
    if (t->priority > self->priority) {
        return t;
    }
    return self;
}

static Task *qpkt(Task *self, Packet *pkt) {
    Task *t = findtcb(pkt->ident);
    task_work_area.qpkt_count += 1;
    pkt->link = NULL;
    pkt->ident = self->ident;
    return add_packet(t, pkt, self);
}

static Task *device_fn(Task *self, Packet *pkt, TaskRec *r) {
    if (r->kind != REC_DEVICE) {
        fail("DeviceTaskRec expected");
    }
    DeviceTaskRec *d = (DeviceTaskRec *)r;
    if (pkt == NULL) {
        pkt = d->pending;
        if (pkt == NULL) {
            return wait_task(self);
        }
        d->pending = NULL;
        return qpkt(self, pkt);
    }
    d->pending = pkt;
    return hold(self);
}

static Task *handler_fn(Task *self, Packet *pkt, TaskRec *r) {
    if (r->kind != REC_HANDLER) {
        fail("HandlerTaskRec expected");
    }
    HandlerTaskRec *h = (HandlerTaskRec *)r;
    if (pkt != NULL) {
        if (pkt->kind == K_WORK) {
            work_in_add(h, pkt);
        } else {
            device_in_add(h, pkt);
        }
    }
    Packet *work = h->work_in;
    if (work == NULL) {
        return wait_task(self);
    }
    int64_t count = work->datum;
    if (count >= BUFSIZE) {
        h->work_in = work->link;
        return qpkt(self, work);
    }
    Packet *dev = h->device_in;
    if (dev == NULL) {
        return wait_task(self);
    }
    h->device_in = dev->link;
    dev->datum = work->data[count];
    work->datum = count + 1;
    return qpkt(self, dev);
}

static Task *idle_fn(Task *self, Packet *pkt, TaskRec *r) {
    (void)pkt;
    if (r->kind != REC_IDLE) {
        fail("IdleTaskRec expected");
    }
    IdleTaskRec *i = (IdleTaskRec *)r;
    i->count -= 1;
    if (i->count == 0) {
        return hold(self);
    }
    if ((i->control & 1) == 0) {
        i->control /= 2;
        return release(self, I_DEVA);
    }
    i->control = (i->control / 2) ^ 0xD008;
    return release(self, I_DEVB);
}

static Task *work_fn(Task *self, Packet *pkt, TaskRec *r) {
    if (r->kind != REC_WORKER) {
        fail("WorkerTaskRec expected");
    }
    WorkerTaskRec *w = (WorkerTaskRec *)r;
    if (pkt == NULL) {
        return wait_task(self);
    }
    int64_t dest = w->destination == I_HANDLERA ? I_HANDLERB : I_HANDLERA;
    w->destination = dest;
    pkt->ident = dest;
    pkt->datum = 0;
    for (int i = 0; i < BUFSIZE; i++) {
        w->count += 1;
        if (w->count > 26) {
            w->count = 1;
        }
        pkt->data[i] = A + w->count - 1;
    }
    return qpkt(self, pkt);
}

static void schedule(void) {
    Task *t = task_work_area.task_list;
    while (t != NULL) {
        if (is_task_holding_or_waiting(t)) {
            t = t->link;
        } else {
            t = run_task(t);
        }
    }
}

static bool run(int64_t iterations) {
    for (int64_t it = 0; it < iterations; it++) {
        task_work_area.hold_count = 0;
        task_work_area.qpkt_count = 0;

        /* IdleTask ignores its priority and input arguments (1, 10000). */
        new_task(I_IDLE, 0, NULL, state_running(), new_idle_rec(), idle_fn);

        Packet *wkq = new_packet(NULL, 0, K_WORK);
        wkq = new_packet(wkq, 0, K_WORK);
        new_task(I_WORK, 1000, wkq, state_waiting_with_packet(), new_worker_rec(), work_fn);

        wkq = new_packet(NULL, I_DEVA, K_DEV);
        wkq = new_packet(wkq, I_DEVA, K_DEV);
        wkq = new_packet(wkq, I_DEVA, K_DEV);
        new_task(I_HANDLERA, 2000, wkq, state_waiting_with_packet(), new_handler_rec(), handler_fn);

        wkq = new_packet(NULL, I_DEVB, K_DEV);
        wkq = new_packet(wkq, I_DEVB, K_DEV);
        wkq = new_packet(wkq, I_DEVB, K_DEV);
        new_task(I_HANDLERB, 3000, wkq, state_waiting_with_packet(), new_handler_rec(), handler_fn);

        new_task(I_DEVA, 4000, NULL, state_waiting(), new_device_rec(), device_fn);
        new_task(I_DEVB, 5000, NULL, state_waiting(), new_device_rec(), device_fn);

        schedule();

        if (!(task_work_area.hold_count == EXPECTED_HOLD_COUNT &&
              task_work_area.qpkt_count == EXPECTED_QPKT_COUNT)) {
            return false;
        }
    }
    return true;
}

int main(void) {
    bool ok = run(ITERATIONS);
    printf("richards %d iterations: hold_count %lld qpkt_count %lld %s\n", ITERATIONS,
           (long long)task_work_area.hold_count, (long long)task_work_area.qpkt_count,
           ok ? "ok" : "WRONG");
    return 0;
}
