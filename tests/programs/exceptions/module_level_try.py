"""try/except/else/finally at module level, touching module globals."""

import sys

counts: dict[str, int] = {}
values = ["3", "x", "5", "", "7"]
total = 0

for v in values:
    try:
        total += int(v)
    except ValueError as err:
        counts["bad"] = counts.get("bad", 0) + 1
        print("bad value", repr(v), err)
    else:
        counts["good"] = counts.get("good", 0) + 1
    finally:
        counts["seen"] = counts.get("seen", 0) + 1

print(total, sorted(counts.items()))

try:
    print(values[10])
except IndexError:
    print("index handled at module level")
finally:
    print("module finally")

try:
    sys.exit(0 if total > 100 else 2)
except SystemExit as e:
    print("exit intercepted:", e)

try:
    ratio = total / (len(values) - 5)
except ZeroDivisionError as e:
    ratio = -1.0
    print("ratio:", e)
print("ratio", ratio)
print(counts["missing"])
