"""Word frequencies with a dict[str, int]: str join/split, dict lookups and updates, key= sorts.

Builds a vocabulary of VOCAB pseudo-words from an LCG, generates a text of
WORDS words drawn from it with a skewed (roughly harmonic) distribution, joins
them with spaces into one string, splits it again, counts the words in a
dict[str, int] and sorts the distinct words by count descending, then word
ascending. Prints the text length, the number of distinct words and the total,
then the TOP most frequent words as "word count" lines.
"""
from typing import Final

VOCAB: Final[int] = 20000
WORDS: Final[int] = 1500000
TOP: Final[int] = 20
LETTERS: Final[str] = "abcdefghijklmnopqrstuvwxyz"

# The counts, for the sort key (key= takes a module-level function of one argument).
COUNTS: dict[str, int] = {}


def next_seed(seed: int) -> int:
    return (seed * 1103515245 + 12345) % 2147483648


def make_vocab(n: int) -> list[str]:
    """n pseudo-words of 3 to 10 lowercase letters (a few repeat)."""
    vocab: list[str] = []
    seed: int = 42
    for _ in range(n):
        seed = next_seed(seed)
        length: int = 3 + (seed >> 16) % 8
        letters: list[str] = []
        for _ in range(length):
            seed = next_seed(seed)
            letters.append(LETTERS[(seed >> 16) % 26])
        vocab.append("".join(letters))
    return vocab


def make_text(vocab: list[str], words: int) -> str:
    """words words from vocab joined by spaces; index i is drawn with weight ~ log(n / i)."""
    n: int = len(vocab)
    parts: list[str] = []
    seed: int = 12345
    for _ in range(words):
        seed = next_seed(seed)
        bound: int = 1 + (seed >> 8) % n
        seed = next_seed(seed)
        parts.append(vocab[(seed >> 8) % bound])
    return " ".join(parts)


def count_words(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for word in text.split():
        if word in counts:
            counts[word] += 1
        else:
            counts[word] = 1
    return counts


def count_of(word: str) -> int:
    return COUNTS[word]


def main() -> None:
    global COUNTS
    text: str = make_text(make_vocab(VOCAB), WORDS)
    COUNTS = count_words(text)
    total: int = 0
    for _, c in COUNTS.items():
        total += c
    # Alphabetical first, then a stable sort by count (reverse=True keeps ties in order).
    ranked: list[str] = sorted(sorted(COUNTS), key=count_of, reverse=True)
    print("wordfreq", len(text), len(COUNTS), total)
    for word in ranked[:TOP]:
        print(word, COUNTS[word])


if __name__ == "__main__":
    main()
