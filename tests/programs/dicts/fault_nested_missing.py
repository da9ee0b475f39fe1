"""A missing inner key of a nested dict raises KeyError for the inner key."""


def main() -> None:
    t: dict[str, dict[str, int]] = {"x": {"a": 1}, "y": {}}
    print(t["x"]["a"], "b" in t["y"], len(t["y"]))
    t["y"]["b"] = 2
    print(t)
    print(t["x"]["b"])


if __name__ == "__main__":
    main()
