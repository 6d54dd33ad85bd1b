"""`python -m cinesift` runs the command line."""

from cinesift.cli import main

main()
