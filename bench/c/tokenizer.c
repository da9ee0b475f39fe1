/* Reference C version of bench/programs/tokenizer.py (same algorithm, same output).
 * The text is a malloc'd char array; a token is a (start, end) index pair into
 * it, not a copy. The text is ASCII, where <ctype.h>'s isspace/isalpha/isdigit/
 * isupper (C locale) agree with Python's str methods. */
#include <ctype.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TOKENS 1300000

static const char LETTERS[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
static const char PUNCT[] = ".,;:!?()+-*/=<>";
static const char *const SEPS[] = {" ", " ", " ", "\n", "  ", "\t"};
#define N_SEPS ((int64_t)(sizeof(SEPS) / sizeof(SEPS[0])))
#define N_PUNCT ((int64_t)(sizeof(PUNCT) - 1))

static int64_t next_seed(int64_t seed) {
    return (seed * 1103515245 + 12345) % 2147483648;
}

/* Generates the text into a malloc'd NUL-terminated buffer; stores its length. */
static char *make_text(int64_t tokens, int64_t *len_out) {
    /* A token is at most 10 chars (a word) and a separator at most 2. */
    char *text = malloc(tokens * 12 + 1);
    if (text == NULL) {
        exit(1);
    }
    int64_t len = 0;
    int64_t seed = 12345;
    for (int64_t t = 0; t < tokens; t++) {
        seed = next_seed(seed);
        int64_t r = seed >> 8;
        int64_t kind = r % 10;
        r = r / 10;
        if (kind < 5) {
            int64_t start = r % 40;
            int64_t wlen = 1 + r / 40 % 10;
            memcpy(text + len, LETTERS + start, (size_t)wlen);
            len += wlen;
        } else if (kind < 8) {
            len += sprintf(text + len, "%" PRId64, r % 100000);
        } else {
            text[len++] = PUNCT[r % N_PUNCT];
        }
        seed = next_seed(seed);
        r = seed >> 8;
        /* Punctuation is glued to the next token half of the time; words and
         * numbers are always followed by whitespace (so numbers stay < 100000). */
        if (kind < 8 || r % 2 == 0) {
            const char *sep = SEPS[r / 2 % N_SEPS];
            size_t slen = strlen(sep);
            memcpy(text + len, sep, slen);
            len += (int64_t)slen;
        }
    }
    text[len] = '\0';
    *len_out = len;
    return text;
}

/* counts: words, numbers, punctuation, total length, capitalised words, number sum. */
static void tokenize(const char *text, int64_t n, int64_t counts[6]) {
    int64_t words = 0;
    int64_t numbers = 0;
    int64_t punct = 0;
    int64_t total_len = 0;
    int64_t capitalised = 0;
    int64_t number_sum = 0;
    int64_t i = 0;
    while (i < n) {
        unsigned char ch = (unsigned char)text[i];
        if (isspace(ch)) {
            i++;
            continue;
        }
        int64_t j = i + 1;
        if (isalpha(ch)) {
            while (j < n && isalpha((unsigned char)text[j])) {
                j++;
            }
            words++;
            if (isupper(ch)) {
                capitalised++;
            }
        } else if (isdigit(ch)) {
            while (j < n && isdigit((unsigned char)text[j])) {
                j++;
            }
            int64_t value = 0;
            for (int64_t k = i; k < j; k++) {
                value = value * 10 + (text[k] - '0');
            }
            number_sum += value;
            numbers++;
        } else {
            punct++;
        }
        total_len += j - i;
        i = j;
    }
    counts[0] = words;
    counts[1] = numbers;
    counts[2] = punct;
    counts[3] = total_len;
    counts[4] = capitalised;
    counts[5] = number_sum;
}

int main(void) {
    int64_t len;
    char *text = make_text(TOKENS, &len);
    int64_t counts[6];
    tokenize(text, len, counts);
    printf("tokenizer %" PRId64, len);
    for (int k = 0; k < 6; k++) {
        printf(" %" PRId64, counts[k]);
    }
    printf("\n");
    free(text);
    return 0;
}
