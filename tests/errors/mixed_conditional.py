def pick(flag: bool) -> None:
    print(1 if flag else 2.5)  # E: the two branches of a conditional expression have different types ('int' and 'float') [mixed-type]
