from typing import Final

LIMIT: Final = 10


class Config:
    SIZE: Final = 4

    def __init__(self) -> None:
        self.name: Final = "c"

    def rename(self) -> None:
        self.name = "d"  # E: Cannot assign to final attribute "name" [misc]


def grow() -> None:
    global LIMIT
    LIMIT += 1  # E: Cannot assign to final name "LIMIT" [misc]


Config.SIZE = 5  # E: Cannot assign to final attribute "SIZE" [misc]
print(LIMIT, Config().name)
