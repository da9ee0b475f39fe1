"""max/min/sorted over dicts with key= module-level functions reading a global score table."""

SCORES: dict[str, int] = {"ann": 72, "bob": 91, "cy": 91, "dee": 55, "éva": 88}


def score(name: str) -> int:
    return SCORES[name]


def neg_score(name: str) -> int:
    return -SCORES[name]


def last_char(name: str) -> str:
    return name[-1]


def main() -> None:
    print(max(SCORES, key=score), min(SCORES, key=score), max(SCORES), min(SCORES))
    print(sorted(SCORES, key=score), sorted(SCORES, key=neg_score))
    print(sorted(SCORES, key=score, reverse=True), sorted(SCORES, key=last_char))
    print(max(SCORES, key=len), min(SCORES, key=len), sorted(SCORES.keys(), key=len))
    print(max(SCORES.values()), min(SCORES.values()), sorted(SCORES.values(), reverse=True))
    ranked = sorted(SCORES, key=neg_score)
    for i, n in enumerate(ranked):
        print(i + 1, n, SCORES[n])
    SCORES["zed"] = 91
    print(max(SCORES, key=score), sorted(SCORES, key=score)[-3:])
    lengths = {w: len(w) for w in "a bb ccc dd e".split()}
    print(max(lengths, key=str), min(lengths.values()), sum(lengths.values()))
    inv: dict[int, str] = {v: k for k, v in lengths.items()}
    print(inv, max(inv), min(inv, key=abs), sorted(inv, key=str))


if __name__ == "__main__":
    main()
