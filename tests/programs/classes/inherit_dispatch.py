"""Single inheritance: overriding, virtual dispatch through list[Base], inherited methods."""


class Animal:
    def __init__(self, name: str) -> None:
        self.name = name

    def sound(self) -> str:
        return "..."

    def legs(self) -> int:
        return 4

    def speak(self) -> str:
        return f"{self.name} says {self.sound()} on {self.legs()} legs"


class Dog(Animal):
    def sound(self) -> str:
        return "woof"


class Bird(Animal):
    def sound(self) -> str:
        return "tweet"

    def legs(self) -> int:
        return 2


class Parrot(Bird):
    def __init__(self, name: str, word: str) -> None:
        super().__init__(name)
        self.word = word

    def sound(self) -> str:
        return self.word + "!"


class Fish(Animal):
    def legs(self) -> int:
        return 0


def total_legs(zoo: list[Animal]) -> int:
    return sum(a.legs() for a in zoo)


def main() -> None:
    zoo: list[Animal] = [Dog("rex"), Bird("tweety"), Parrot("polly", "hello"), Fish("nemo"), Animal("thing")]
    for a in zoo:
        print(a.speak())
    print("legs", total_legs(zoo))
    b: Bird = Parrot("kea", "cracker")
    print(b.speak(), b.legs())
    an: Animal = b
    print(an.sound())
    names = [z.name.upper() for z in zoo if z.legs() != 4]
    print(names)


if __name__ == "__main__":
    main()
