"""A hand-written tokenizer over a generated text: str indexing, str predicates, slicing.

Generates a deterministic text of TOKENS tokens (words, numbers and
punctuation, separated by varied whitespace; punctuation is sometimes glued to
the next token), then scans it character by character with `text[i]`,
classifies with `isspace`/`isalpha`/`isdigit`, slices out each token and prints
the text length, the counts per token kind, the total token length, the number
of capitalised words and the sum of the number values.
"""
from typing import Final

TOKENS: Final[int] = 1300000
LETTERS: Final[str] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
PUNCT: Final[str] = ".,;:!?()+-*/=<>"


def next_seed(seed: int) -> int:
    return (seed * 1103515245 + 12345) % 2147483648


def make_text(tokens: int) -> str:
    seps: list[str] = [" ", " ", " ", "\n", "  ", "\t"]
    parts: list[str] = []
    seed: int = 12345
    for _ in range(tokens):
        seed = next_seed(seed)
        r: int = seed >> 8
        kind: int = r % 10
        r = r // 10
        if kind < 5:
            start: int = r % 40
            parts.append(LETTERS[start:start + 1 + r // 40 % 10])
        elif kind < 8:
            parts.append(str(r % 100000))
        else:
            parts.append(PUNCT[r % len(PUNCT)])
        seed = next_seed(seed)
        r = seed >> 8
        # Punctuation is glued to the next token half of the time; words and
        # numbers are always followed by whitespace (so numbers stay < 100000).
        if kind < 8 or r % 2 == 0:
            parts.append(seps[r // 2 % len(seps)])
    return "".join(parts)


def tokenize(text: str) -> list[int]:
    """Return [words, numbers, punctuation, total length, capitalised words, number sum]."""
    words: int = 0
    numbers: int = 0
    punct: int = 0
    total_len: int = 0
    capitalised: int = 0
    number_sum: int = 0
    n: int = len(text)
    i: int = 0
    while i < n:
        ch: str = text[i]
        if ch.isspace():
            i += 1
            continue
        j: int = i + 1
        if ch.isalpha():
            while j < n and text[j].isalpha():
                j += 1
            word: str = text[i:j]
            words += 1
            if word[0].isupper():
                capitalised += 1
        elif ch.isdigit():
            while j < n and text[j].isdigit():
                j += 1
            number_sum += int(text[i:j])
            numbers += 1
        else:
            punct += 1
        total_len += j - i
        i = j
    return [words, numbers, punct, total_len, capitalised, number_sum]


def main() -> None:
    text: str = make_text(TOKENS)
    counts: list[int] = tokenize(text)
    print("tokenizer", len(text), " ".join([str(c) for c in counts]))


if __name__ == "__main__":
    main()
