"""Exception contexts with generators suspended inside `except` blocks: the consumer's
exceptions must not take the generator's handled exception as their context, and the
generator's own raises after resuming must."""

from typing import Iterator


def numbers(words: list[str]) -> Iterator[int]:
    for w in words:
        try:
            yield int(w)
        except ValueError:
            yield -1  # suspended while handling the ValueError
            if w == "boom":
                raise RuntimeError(f"cannot use {w!r}")


def consume(words: list[str]) -> int:
    total = 0
    for n in numbers(words):
        if n == -1:
            try:
                raise KeyError("consumer")  # context: none (the generator's handler is not ours)
            except KeyError as e:
                print("consumer caught", e)
        total += n
    return total


def main() -> None:
    print(consume(["1", "x", "2"]))
    try:
        consume(["3", "boom"])
    except RuntimeError as e:
        print("caught", e)
    consume(["4", "boom", "5"])


main()
