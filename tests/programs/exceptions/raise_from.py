"""`raise X(...) from e` converts one exception into another; the final one escapes."""


def parse_port(s: str) -> int:
    try:
        n = int(s)
    except ValueError as e:
        raise RuntimeError(f"bad port {s!r}") from e
    if n < 0 or n > 65535:
        raise ValueError(f"port out of range: {n}")
    return n


def load(cfg: dict[str, str], key: str) -> int:
    try:
        return parse_port(cfg[key])
    except KeyError as e:
        raise LookupError("missing setting " + str(e)) from e


def main() -> None:
    cfg = {"web": "8080", "db": "five", "big": "70000"}
    for key in ["web", "db", "big", "cache"]:
        try:
            print(key, load(cfg, key))
        except RuntimeError as e:
            print(key, "runtime:", e)
        except LookupError as e:
            print(key, "lookup:", e)
        except ValueError as e:
            print(key, "value:", e)
    print(load(cfg, "db"))


if __name__ == "__main__":
    main()
