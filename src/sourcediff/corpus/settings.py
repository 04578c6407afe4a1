"""Corpus-mode settings the command line shows, in a module that imports nothing.

``sourcediff --help`` builds every command's options; keeping these numbers
here lets it do so without loading the grouping code, numpy or SQLite.
"""

# Mean shared-neighbour similarity between two groups above which they are one
# story. benchmarks/corpus_grouping.py chooses 0.11 on the odd ECB+ topics and
# 0.12 on the even ones (each reported on the other half).
THRESHOLD = 0.12
# A corpus is a day's feed, not a story: a directory may hold this many articles.
MAX_CORPUS_FILES = 200_000
