class Temperature:
    def __init__(self, celsius: float) -> None:
        self._celsius = celsius

    @property
    @property  # E: method 'is_freezing' has more than one of @property, @staticmethod, @classmethod and @<name>.setter [decorator]
    def is_freezing(self) -> bool:
        return self._celsius <= 0.0


print(Temperature(1.0).is_freezing)
