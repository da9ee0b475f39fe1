"""A bank simulation: accounts with a subclass that charges fees, transfers, and ValueError on overdraft."""


class Account:
    next_id: int = 1000

    def __init__(self, owner: str, balance: int = 0) -> None:
        self.owner = owner
        self.balance = balance
        self.log: list[str] = []

    def deposit(self, amount: int) -> None:
        if amount <= 0:
            raise ValueError(f"invalid deposit {amount}")
        self.balance += amount
        self.log.append(f"+{amount}")

    def fee(self, amount: int) -> int:
        return 0

    def withdraw(self, amount: int) -> None:
        cost = amount + self.fee(amount)
        if cost > self.balance:
            raise ValueError(f"{self.owner}: insufficient funds for {amount}")
        self.balance -= cost
        self.log.append(f"-{cost}")

    def __repr__(self) -> str:
        return f"{type_name(self)}({self.owner!r}, {self.balance})"


class Checking(Account):
    FEE = 2

    def fee(self, amount: int) -> int:
        return self.FEE


class Savings(Account):
    def __init__(self, owner: str, balance: int, rate_pct: int) -> None:
        super().__init__(owner, balance)
        self.rate_pct = rate_pct

    def fee(self, amount: int) -> int:
        return amount // 100

    def add_interest(self) -> int:
        gained = self.balance * self.rate_pct // 100
        self.deposit(gained)
        return gained


def type_name(a: Account) -> str:
    if isinstance(a, Savings):
        return "Savings"
    if isinstance(a, Checking):
        return "Checking"
    return "Account"


class Bank:
    def __init__(self) -> None:
        self.accounts: dict[str, Account] = {}
        self.failures = 0

    def open(self, acct: Account) -> None:
        self.accounts[acct.owner] = acct

    def transfer(self, src: str, dst: str, amount: int) -> bool:
        try:
            a = self.accounts[src]
            b = self.accounts[dst]
            a.withdraw(amount)
            b.deposit(amount)
            return True
        except KeyError as e:
            print("no such account", e)
        except ValueError as e:
            print("failed:", e)
        self.failures += 1
        return False

    def total(self) -> int:
        return sum(a.balance for a in self.accounts.values())


def main() -> None:
    bank = Bank()
    bank.open(Account("ann", 100))
    bank.open(Checking("bob", 50))
    sav = Savings("cy", 1000, 5)
    bank.open(sav)
    print(list(bank.accounts.values()), bank.total())
    print(bank.transfer("ann", "bob", 30))
    print(bank.transfer("bob", "cy", 79))
    print(bank.transfer("bob", "cy", 78))
    print(bank.transfer("cy", "ann", 500))
    print(bank.transfer("cy", "dan", 1))
    print(bank.transfer("ann", "bob", -5))
    print("interest", sav.add_interest())
    for name, acct in bank.accounts.items():
        print(name, acct, acct.log)
    print(bank.total(), bank.failures)


if __name__ == "__main__":
    main()
