"""The English stemmer is loaded alone and stems exactly as the full snowballstemmer package does."""

from __future__ import annotations

import subprocess
import sys

WORDS = ["labeled", "labelled", "threatens", "threatened", "negotiations", "running", "agreed",
         "contracts", "generously", "studies", "flooding", "ceilings", "said"]


def test_only_english_is_loaded_and_stems_match_the_package() -> None:
    code = (
        "import sys\n"
        "from sourcediff.terms import stem\n"
        f"ours = [stem(w) for w in {WORDS!r}]\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('snowballstemmer'))\n"
        "import snowballstemmer\n"
        f"theirs = [snowballstemmer.stemmer('english').stemWord(w) for w in {WORDS!r}]\n"
        "print(loaded)\nprint(ours == theirs, ours[0], ours[3])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    loaded, same = out.splitlines()
    assert "snowballstemmer.english_stemmer" in loaded and "french" not in loaded
    assert "'snowballstemmer'," not in loaded and "'snowballstemmer']" not in loaded
    assert same == "True label threaten"
