"""A subclass redefines a class constant and a defaulted field; inherited methods and base-typed refs see its value."""


class Base:
    TAG = "base"
    kind: str = "generic"

    def show(self) -> str:
        return self.TAG + "/" + self.kind


class Sub(Base):
    TAG = "sub"
    kind = "special"


def main() -> None:
    b: Base = Sub()
    print(Sub().show(), Base().show())
    print(b.TAG, b.kind, Sub.TAG, Sub().TAG, Base.TAG)


if __name__ == "__main__":
    main()
