/* Reference C version of bench/programs/wordfreq.py (same algorithm, same output).
 * The vocabulary is an array of malloc'd NUL-terminated strings; the text is one
 * malloc'd char array, split in place by scanning for whitespace. A word in the
 * table is a (pointer, length) slice of the text, not a copy. The table uses open
 * addressing with linear probing (FNV-1a hash, power-of-two size, grown at 1/2
 * load). The ranking is one qsort by count descending, then word ascending (byte
 * order, shorter prefix first: Python's str order for ASCII). */
#include <ctype.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define VOCAB 20000
#define WORDS 1500000
#define TOP 20

static const char LETTERS[] = "abcdefghijklmnopqrstuvwxyz";

typedef struct {
    const char *word; /* NULL: empty slot */
    int64_t len;
    int64_t count;
    uint64_t hash;
} Entry;

typedef struct {
    Entry *slots;
    int64_t cap; /* power of two */
    int64_t used;
} Table;

static void *xmalloc(size_t size) {
    void *p = malloc(size);
    if (p == NULL) {
        exit(1);
    }
    return p;
}

static int64_t next_seed(int64_t seed) {
    return (seed * 1103515245 + 12345) % 2147483648;
}

/* n pseudo-words of 3 to 10 lowercase letters (a few repeat). */
static char **make_vocab(int64_t n) {
    char **vocab = xmalloc((size_t)n * sizeof(char *));
    int64_t seed = 42;
    for (int64_t i = 0; i < n; i++) {
        seed = next_seed(seed);
        int64_t length = 3 + (seed >> 16) % 8;
        char *w = xmalloc((size_t)length + 1);
        for (int64_t k = 0; k < length; k++) {
            seed = next_seed(seed);
            w[k] = LETTERS[(seed >> 16) % 26];
        }
        w[length] = '\0';
        vocab[i] = w;
    }
    return vocab;
}

/* words words from vocab joined by spaces; stores the length. */
static char *make_text(char **vocab, int64_t n, int64_t words, int64_t *len_out) {
    size_t *lens = xmalloc((size_t)n * sizeof(size_t));
    for (int64_t i = 0; i < n; i++) {
        lens[i] = strlen(vocab[i]);
    }
    /* A word is at most 10 chars plus a separator. */
    char *text = xmalloc((size_t)words * 11 + 1);
    int64_t len = 0;
    int64_t seed = 12345;
    for (int64_t t = 0; t < words; t++) {
        seed = next_seed(seed);
        int64_t bound = 1 + (seed >> 8) % n;
        seed = next_seed(seed);
        int64_t idx = (seed >> 8) % bound;
        if (t > 0) {
            text[len++] = ' ';
        }
        memcpy(text + len, vocab[idx], lens[idx]);
        len += (int64_t)lens[idx];
    }
    text[len] = '\0';
    free(lens);
    *len_out = len;
    return text;
}

static uint64_t fnv1a(const char *s, int64_t len) {
    uint64_t h = 14695981039346656037ULL;
    for (int64_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

static void table_init(Table *t, int64_t cap) {
    t->slots = calloc((size_t)cap, sizeof(Entry));
    if (t->slots == NULL) {
        exit(1);
    }
    t->cap = cap;
    t->used = 0;
}

static void table_grow(Table *t) {
    Entry *old = t->slots;
    int64_t old_cap = t->cap;
    table_init(t, old_cap * 2);
    uint64_t mask = (uint64_t)t->cap - 1;
    for (int64_t i = 0; i < old_cap; i++) {
        if (old[i].word != NULL) {
            uint64_t j = old[i].hash & mask;
            while (t->slots[j].word != NULL) {
                j = (j + 1) & mask;
            }
            t->slots[j] = old[i];
            t->used++;
        }
    }
    free(old);
}

static void table_add(Table *t, const char *word, int64_t len) {
    uint64_t h = fnv1a(word, len);
    uint64_t mask = (uint64_t)t->cap - 1;
    uint64_t j = h & mask;
    for (;;) {
        Entry *e = &t->slots[j];
        if (e->word == NULL) {
            break;
        }
        if (e->hash == h && e->len == len && memcmp(e->word, word, (size_t)len) == 0) {
            e->count++;
            return;
        }
        j = (j + 1) & mask;
    }
    Entry *e = &t->slots[j];
    e->word = word;
    e->len = len;
    e->count = 1;
    e->hash = h;
    t->used++;
    if (t->used * 2 > t->cap) {
        table_grow(t);
    }
}

static void count_words(const char *text, int64_t n, Table *t) {
    int64_t i = 0;
    while (i < n) {
        if (isspace((unsigned char)text[i])) {
            i++;
            continue;
        }
        int64_t j = i + 1;
        while (j < n && !isspace((unsigned char)text[j])) {
            j++;
        }
        table_add(t, text + i, j - i);
        i = j;
    }
}

static int cmp_entries(const void *pa, const void *pb) {
    const Entry *a = pa;
    const Entry *b = pb;
    if (a->count != b->count) {
        return a->count > b->count ? -1 : 1;
    }
    int64_t m = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->word, b->word, (size_t)m);
    if (c != 0) {
        return c;
    }
    return (a->len > b->len) - (a->len < b->len);
}

int main(void) {
    char **vocab = make_vocab(VOCAB);
    int64_t len;
    char *text = make_text(vocab, VOCAB, WORDS, &len);
    Table t;
    table_init(&t, 1024);
    count_words(text, len, &t);

    Entry *ranked = xmalloc((size_t)t.used * sizeof(Entry));
    int64_t distinct = 0;
    int64_t total = 0;
    for (int64_t i = 0; i < t.cap; i++) {
        if (t.slots[i].word != NULL) {
            ranked[distinct++] = t.slots[i];
            total += t.slots[i].count;
        }
    }
    qsort(ranked, (size_t)distinct, sizeof(Entry), cmp_entries);
    printf("wordfreq %" PRId64 " %" PRId64 " %" PRId64 "\n", len, distinct, total);
    for (int64_t k = 0; k < TOP && k < distinct; k++) {
        printf("%.*s %" PRId64 "\n", (int)ranked[k].len, ranked[k].word, ranked[k].count);
    }

    free(ranked);
    free(t.slots);
    free(text);
    for (int64_t i = 0; i < VOCAB; i++) {
        free(vocab[i]);
    }
    free(vocab);
    return 0;
}
