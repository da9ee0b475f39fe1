"""String literal forms: quotes, escapes, raw, triple-quoted, implicit concatenation."""


def show(s: str) -> None:
    print(len(s), repr(s))


def main() -> None:
    show('single')
    show("double")
    show('''triple single''')
    show("""triple
double with "quotes" and 'apostrophes'
""")
    show("implicit " 'concatenation ' """of """ '''literals''')
    show(r"raw \n \t \\ string")
    show(R'raw \x41')
    show("\a\b\f\v\0\x41\101\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}\N{SNOWMAN}")
    show("\x00\x7f\xff\u0100\uffff")
    show("line \
continuation")
    show("octal \7 \77 \177 \377")
    show("quote \" and \' inside")
    show('')
    show("" "")
    show("tab\there")
    show("cr\rlf\n")
    show("e\u0301 vs \u00e9")
    show("日本語" "テキスト")
    show("\U0001F1EB\U0001F1F7")
    show("#not a comment")
    show("{} {{}} %s %d")
    x = "multi" \
        "line"
    show(x)
    y = ("paren"
         "thesized")
    show(y)


if __name__ == "__main__":
    main()
