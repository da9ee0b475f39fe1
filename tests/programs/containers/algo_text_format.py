"""Text formatting: word wrap, justification, tables, case conversion between naming styles."""


def wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    cur: list[str] = []
    n = 0
    for w in text.split():
        if len(cur) > 0 and n + 1 + len(w) > width:
            lines.append(" ".join(cur))
            cur = []
            n = 0
        if len(cur) > 0:
            n += 1
        cur.append(w)
        n += len(w)
    if len(cur) > 0:
        lines.append(" ".join(cur))
    return lines


def justify(line: str, width: int) -> str:
    words = line.split()
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum([len(w) for w in words])
    out = ""
    for i, w in enumerate(words):
        out += w
        if i < gaps:
            out += " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out


def snake_to_camel(s: str) -> str:
    parts = s.split("_")
    return parts[0] + "".join([p.capitalize() for p in parts[1:]])


def camel_to_snake(s: str) -> str:
    out = ""
    for i, ch in enumerate(list(s)):
        if ch.isupper() and i > 0:
            out += "_"
        out += ch.lower()
    return out


def main() -> None:
    text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Zoë's café — très bien."
    for width in [20, 33]:
        lines = wrap(text, width)
        for ln in lines:
            print("|" + justify(ln, width) + "|", "|" + ln.center(width) + "|")
        print("-" * width)
    for s in ["hello_world", "a", "already", "x_y_z", "__init__", "http_response_code"]:
        c = snake_to_camel(s)
        print(s, c, camel_to_snake(c))
    header = ["item", "qty", "price"]
    rows = [["apple", "3", "0.50"], ["日本茶", "12", "9.95"], ["crème brûlée", "1", "7.25"]]
    widths = [max([len(r[i]) for r in rows + [header]]) for i in range(3)]
    print(" | ".join([h.upper().ljust(w) for h, w in zip(header, widths)]))
    print("-+-".join(["-" * w for w in widths]))
    for r in rows:
        print(" | ".join([r[0].ljust(widths[0]), r[1].rjust(widths[1]), r[2].rjust(widths[2])]))


if __name__ == "__main__":
    main()
