"""Round-2 bug-hunt regression (see the file name)."""
print("x".startswith(("a", "x")), "file.py".endswith((".c", ".py")))
exts = (".txt", ".md")
print("notes.md".endswith(exts), "a".startswith(("a",)))
