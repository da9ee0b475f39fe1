"""list.index of a missing str reports the repr of the value in the ValueError."""


def main() -> None:
    ws = ["日本", "café", "it's"]
    for w in ["café", "it's", "日本", "cafe\u0301"]:
        print(w, ws.index(w))


if __name__ == "__main__":
    main()
