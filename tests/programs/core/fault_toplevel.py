"""An exception raised by module-level code, outside any function."""

total = 0
for i in range(5):
    total += i
    print("running total", total)

print("about to fail")
x = total // (total - 10)
print("never", x)
