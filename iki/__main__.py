"""`python -m iki` runs the same command line as the `iki` script."""

from __future__ import annotations

from iki.cli import main

if __name__ == "__main__":
    main()
