"""Inverted index dict[str, list[int]] over documents; AND/OR queries via sets."""


def build_index(docs: list[str]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for i, doc in enumerate(docs):
        for w in doc.lower().split():
            postings = index.setdefault(w, [])
            if len(postings) == 0 or postings[-1] != i:
                postings.append(i)
    return index


def query_and(index: dict[str, list[int]], terms: list[str]) -> list[int]:
    result: set[int] = set()
    first = True
    for t in terms:
        cur: set[int] = set()
        for d in index.get(t, []):
            cur.add(d)
        if first:
            result = cur
            first = False
        else:
            result = result & cur
    return sorted(result)


def query_or(index: dict[str, list[int]], terms: list[str]) -> list[int]:
    result: set[int] = set()
    for t in terms:
        for d in index.get(t, []):
            result.add(d)
    return sorted(result)


def main() -> None:
    docs = ["the cat sat on the mat", "the dog sat on the log", "cats and dogs",
            "a cat and a dog", "Le chat et le chien", "the end the end the END"]
    index = build_index(docs)
    print(len(index))
    for w in sorted(index):
        print(f"{w:>6}: {index[w]}")
    print(query_and(index, ["the", "sat"]), query_and(index, ["cat", "dog"]), query_and(index, ["nope"]))
    print(query_or(index, ["cat", "dog", "chat"]), query_or(index, []), query_and(index, []))
    df = {w: len(p) for w, p in index.items()}
    print(df)
    common = sorted([w for w in df if df[w] >= 2])
    print(common)


if __name__ == "__main__":
    main()
