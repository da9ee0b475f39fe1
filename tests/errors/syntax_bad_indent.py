def f(x: int) -> int:
    y = x
      return y  # E: unexpected indent [syntax]
