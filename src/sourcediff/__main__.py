"""``python -m sourcediff``: the same entry point as the console script."""

from sourcediff.entry import main

main()
