"""`python -m asmopt` is the `asmopt` command."""

from asmopt.cli import main

main()
