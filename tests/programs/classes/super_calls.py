"""super().__init__ with extra fields, and super().method() extending the parent's result."""


class Employee:
    def __init__(self, name: str, salary: int) -> None:
        self.name = name
        self.salary = salary

    def pay(self) -> int:
        return self.salary

    def title(self) -> str:
        return "employee"

    def summary(self) -> str:
        return f"{self.name} ({self.title()}): {self.pay()}"


class Manager(Employee):
    def __init__(self, name: str, salary: int, reports: list[str]) -> None:
        super().__init__(name, salary)
        self.reports = reports

    def pay(self) -> int:
        return super().pay() + 100 * len(self.reports)

    def title(self) -> str:
        return "manager of " + ", ".join(self.reports)


class Director(Manager):
    def __init__(self, name: str, salary: int, reports: list[str], bonus: int) -> None:
        super().__init__(name, salary, reports)
        self.bonus = bonus

    def pay(self) -> int:
        return super().pay() * 2 + self.bonus

    def title(self) -> str:
        return "director; " + super().title()


def main() -> None:
    staff: list[Employee] = [
        Employee("ann", 1000),
        Manager("bob", 1500, ["ann", "cy"]),
        Director("dee", 2000, ["bob"], 77),
    ]
    for e in staff:
        print(e.summary())
    print(sum(e.pay() for e in staff))
    d = Director("eve", 10, [], 1)
    print(d.pay(), d.reports, d.bonus, d.salary)


if __name__ == "__main__":
    main()
