"""Corpus-mode settings the command line shows, in a module that imports nothing.

``sourcediff --help`` builds every command's options; keeping these numbers
here lets it do so without loading the grouping code, numpy or SQLite.
"""

# Mean cosine between two groups above which they are one story. Chosen on
# half of the ECB+ topics (benchmarks/corpus_grouping.py), reported on the other.
THRESHOLD = 0.17
# A corpus is a day's feed, not a story: a directory may hold this many articles.
MAX_CORPUS_FILES = 200_000
