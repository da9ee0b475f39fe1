"""`python -m py4 prog.py [args...]`: run a py4 program with py4c's value-int
conversions inserted (the checked run, see `py4.checked`)."""

import sys

from py4.checked import main

if __name__ == "__main__":
    sys.exit(main())
