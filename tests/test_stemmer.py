"""The English stemmer: PyStemmer when installed, else snowballstemmer's English module alone; same stems."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sourcediff.stemmer import english_stemmer, pure_python_english_stemmer
from sourcediff.text import words

ROOT = Path(__file__).resolve().parents[1]
WORDS = ["labeled", "labelled", "threatens", "threatened", "negotiations", "running", "agreed",
         "contracts", "generously", "studies", "flooding", "ceilings", "said"]


def test_the_pure_python_stemmer_loads_only_english_and_stems_as_the_package() -> None:
    code = (
        "import sys\n"
        "from sourcediff.stemmer import pure_python_english_stemmer\n"
        "s = pure_python_english_stemmer()\n"
        f"ours = [s.stemWord(w) for w in {WORDS!r}]\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('snowballstemmer'))\n"
        "import snowballstemmer\n"
        "from snowballstemmer.english_stemmer import EnglishStemmer\n"
        f"theirs = [EnglishStemmer().stemWord(w) for w in {WORDS!r}]\n"
        "print(loaded)\nprint(ours == theirs, ours[0], ours[3])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    loaded, same = out.splitlines()
    assert "snowballstemmer.english_stemmer" in loaded and "french" not in loaded
    assert "'snowballstemmer'," not in loaded and "'snowballstemmer']" not in loaded
    assert same == "True label threaten"


def _story_words() -> list[str]:
    found: set[str] = set()
    for folder in (ROOT / "seeds", ROOT / "tests" / "data"):
        for path in folder.rglob("*"):
            if path.is_file() and path.suffix in {".txt", ".json", ".md", ".html", ".jsonl", ""}:
                found.update(w.removesuffix("'s") for w in words(path.read_text(encoding="utf-8",
                                                                                 errors="replace")))
    return sorted(found)


def test_pystemmer_stems_every_word_of_the_test_stories_as_the_pure_python_stemmer() -> None:
    pytest.importorskip("Stemmer")
    fast, slow = english_stemmer(), pure_python_english_stemmer()
    assert type(fast).__module__ == "Stemmer"
    vocabulary = _story_words()
    assert len(vocabulary) > 3000
    pairs = [(w, fast.stemWord(w), slow.stemWord(w)) for w in vocabulary]
    assert [p for p in pairs if p[1] != p[2]] == []
