"""`python -m py4c` is the `py4c` command."""

from py4c.cli import main

raise SystemExit(main())
