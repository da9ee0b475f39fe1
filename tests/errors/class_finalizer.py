class Resource:
    def __init__(self, name: str) -> None:
        self.name = name

    def __del__(self) -> None:  # E: '__del__' is not supported: CPython may run a finalizer late or never, compiled code would run it at once [finalizer]
        print("closing", self.name)


r = Resource("db")
print(r.name)
