"""LRU cache simulation using dict insertion order: pop-and-reinsert to touch, evict the first key."""


def first_key(d: dict[int, str]) -> int:
    for k in d:
        return k
    return -1


def access(cache: dict[int, str], cap: int, key: int, log: list[str]) -> str:
    if key in cache:
        v = cache.pop(key)
        cache[key] = v
        log.append(f"hit {key}")
        return v
    if len(cache) >= cap:
        old = first_key(cache)
        del cache[old]
        log.append(f"evict {old}")
    v = "v" + str(key * key)
    cache[key] = v
    log.append(f"miss {key}")
    return v


def main() -> None:
    cache: dict[int, str] = {}
    log: list[str] = []
    for k in [1, 2, 3, 1, 4, 5, 2, 1, 1, 6, 3, -1, 4]:
        access(cache, 3, k, log)
        print(k, list(cache))
    print(log)
    hits = len([e for e in log if e.startswith("hit")])
    print(hits, len(log), cache)
    empty: dict[int, str] = {}
    print(first_key(empty), first_key(cache))


if __name__ == "__main__":
    main()
