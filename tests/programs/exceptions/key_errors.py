"""KeyError from dicts: str(e), print(e) and f-strings show the key's repr."""


def lookup(d: dict[str, int], k: str) -> int:
    return d[k]


def main() -> None:
    ages = {"ann": 31, "bob": 42}
    for k in ["ann", "zed", "", "it's", 'say "hi"', "bob"]:
        try:
            print(k, lookup(ages, k))
        except KeyError as e:
            print("missing", e)
            print(f"fstr <{e}>")
            print("str", str(e), len(str(e)))
    nums: dict[int, str] = {1: "one"}
    for n in [1, 2, -7]:
        try:
            print(nums[n])
        except KeyError as e:
            print("int key", e)
    try:
        nums.pop(99)
    except KeyError as e:
        print("pop", e)
    try:
        del ages["nobody"]
    except KeyError as e:
        print("del", e)
    tk: dict[tuple[int, str], float] = {(1, "a"): 1.5}
    try:
        print(tk[(2, "b")])
    except KeyError as e:
        print("tuple key", e)
    try:
        raise KeyError("explicit")
    except KeyError as e:
        print("raised", e)
    print(sorted(ages.items()))


if __name__ == "__main__":
    main()
