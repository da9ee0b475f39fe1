"""Word frequency with parallel lists (no dicts): tokenizing, counting, ranking."""


def normalize(w: str) -> str:
    return w.strip(".,;:!?\"'()").lower()


def count_words(text: str, words: list[str], counts: list[int]) -> None:
    for raw in text.split():
        w = normalize(raw)
        if w == "":
            continue
        if w in words:
            counts[words.index(w)] += 1
        else:
            words.append(w)
            counts.append(1)


def main() -> None:
    text = ("It was the best of times, it was the worst of times, it was the age of wisdom,\n"
            + "    it was the age of foolishness; it was the epoch of belief, it was the epoch of incredulity.\n"
            + "    Ça et là — « été » ÉTÉ été!")
    words: list[str] = []
    counts: list[int] = []
    count_words(text, words, counts)
    print(len(words), sum(counts))
    order = list(range(len(words)))
    for i in range(1, len(order)):
        j = i
        while j > 0 and (counts[order[j - 1]] < counts[order[j]] or (counts[order[j - 1]] == counts[order[j]] and words[order[j - 1]] > words[order[j]])):
            tmp = order[j - 1]
            order[j - 1] = order[j]
            order[j] = tmp
            j -= 1
    for i in order[:10]:
        print(f"{words[i]:<12}{counts[i]:>3} {'#' * counts[i]}")
    singles = sorted([w for w, c in zip(words, counts) if c == 1])
    print(singles)
    lengths = [0] * 15
    for w in words:
        lengths[min(len(w), 14)] += 1
    print(lengths)
    longest = max(words, key=wlen)
    print(longest, wlen(longest), min(words), max(words))


def wlen(w: str) -> int:
    return len(w)


if __name__ == "__main__":
    main()
