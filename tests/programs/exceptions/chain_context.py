"""Exception chains: causes, contexts, `from None`, re-raise, chains through calls and
nested handlers; the last one escapes and its whole chain is printed."""


class ConfigError(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(f"bad setting {key}")
        self.key = key


def read(settings: dict[str, str], key: str) -> int:
    try:
        return int(settings[key])
    except KeyError:
        raise ConfigError(key)
    except ValueError as e:
        raise ValueError(f"{key} is not a number") from e


def quiet(settings: dict[str, str], key: str) -> int:
    try:
        return read(settings, key)
    except ValueError:
        raise LookupError(key) from None


def retry(settings: dict[str, str], key: str) -> int:
    try:
        return read(settings, key)
    except ConfigError as e:
        print("retrying", e.key)
        try:
            return read(settings, key + "_default")
        except ConfigError:
            raise
    finally:
        print("done with", key)


def main() -> None:
    settings = {"port": "80", "host": "x", "size_default": "3"}
    print(read(settings, "port"))
    for key in ("host", "missing"):
        try:
            read(settings, key)
        except ValueError as e:
            print("value error:", e)
        except ConfigError as e:
            print("config error:", e, e.key)
    try:
        quiet(settings, "host")
    except LookupError as e:
        print("lookup error:", e)
    print(retry(settings, "size"))
    try:
        try:
            read(settings, "host")
        except ValueError:
            raise
    except ValueError as e:
        print("re-raised:", e)
    retry(settings, "timeout")


main()
