"""The corpus state: an SQLite cache of pure results, keyed by content hash, and the story of each article.

An article's analysis (passages + mentions) and its grouping terms depend
only on the article and the tool version, so they are stored under a hash of
both; a story's report depends only on its members' analyses, so it is
stored under a hash of their keys. Each article also keeps the label of the
story it was put in, so that a re-run with today's new articles assigns only
those to stories (``assign.py``) instead of regrouping the whole feed, and
re-compares only the stories they join. Deleting the database loses time,
never answers.

Terms and analyses are separate columns: grouping reads the small terms of
every article, comparing reads the larger analyses of the stories it
compares only.

Values are pickled: the file is a private cache the tool writes itself,
never a format to exchange. Do not open a database someone else gave you.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sourcediff import __version__
from sourcediff.errors import InputError
from sourcediff.model import Article, SourceInfo

if TYPE_CHECKING:
    from sourcediff.corpus.features import StoryTerms
    from sourcediff.corpus.run import Analysed

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (hash TEXT PRIMARY KEY, article_id TEXT NOT NULL, terms BLOB NOT NULL,
                                     info BLOB NOT NULL, story TEXT);
CREATE TABLE IF NOT EXISTS stories (hash TEXT PRIMARY KEY, members TEXT NOT NULL, report TEXT NOT NULL,
                                    html TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (n INTEGER PRIMARY KEY AUTOINCREMENT, articles INTEGER, analysed INTEGER,
                                 stories INTEGER, compared INTEGER);
"""
# Bump when the pickled layout of SourceInfo or StoryTerms changes: an old
# cache could not be loaded. (Format 2 kept both in one `analyses` table.)
FORMAT = "3"
# SQLite's limit on ? parameters is 999 on old builds: look up keys in chunks under it.
_LOOKUP = 500


def article_key(article: Article) -> str:
    """Hash of everything an analysis depends on: the article (id and text included) and the tool."""
    return hashlib.sha256(f"{__version__}\0{FORMAT}\0{article!r}".encode()).hexdigest()


def story_key(article_keys: Iterable[str]) -> str:
    """Hash of a story's member analyses, in member order."""
    return hashlib.sha256("\n".join(article_keys).encode()).hexdigest()


class Store:
    """Open (or create) the state database at ``path``; ``":memory:"`` keeps nothing."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self.db = sqlite3.connect(self.path)
            self.db.executescript(_SCHEMA)
            version = self.db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise InputError(f"not a sourcediff corpus database ({exc})", path=self.path) from None
        if version and version[0] != f"{__version__}/{FORMAT}":
            # Results of another tool version are not ours to reuse.
            self.db.executescript("DROP TABLE IF EXISTS analyses; DELETE FROM articles; DELETE FROM stories;"
                                  "DELETE FROM meta;")
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (f"{__version__}/{FORMAT}",))
        self.db.commit()

    def terms(self, keys: Sequence[str]) -> dict[str, tuple[StoryTerms, str | None]]:
        """The stored grouping terms among ``keys``, each with its story label (None: not grouped yet)."""
        out: dict[str, tuple[StoryTerms, str | None]] = {}
        for chunk in _chunks(keys, _LOOKUP):
            marks = ",".join("?" * len(chunk))
            for key, data, story in self.db.execute(
                    f"SELECT hash, terms, story FROM articles WHERE hash IN ({marks})", chunk):
                out[key] = (pickle.loads(data), story)
        return out

    def infos(self, keys: Sequence[str]) -> dict[str, SourceInfo]:
        """The stored analyses among ``keys``."""
        out: dict[str, SourceInfo] = {}
        for chunk in _chunks(keys, _LOOKUP):
            marks = ",".join("?" * len(chunk))
            query = f"SELECT hash, info FROM articles WHERE hash IN ({marks})"
            for key, data in self.db.execute(query, chunk):
                out[key] = pickle.loads(data)
        return out

    def put_analyses(self, items: Iterable[tuple[str, Analysed]]) -> None:
        """Store analyses (not yet in a story); one transaction for the batch."""
        rows = [(k, a.info.article.id, _dump(a.terms), _dump(a.info)) for k, a in items]
        self.db.executemany("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, NULL)", rows)
        self.db.commit()

    def put_stories(self, labels: Iterable[tuple[str, str]], grouping: str) -> None:
        """Record the story label of each article key, and the grouping settings they were made with."""
        self.db.executemany("UPDATE articles SET story = ? WHERE hash = ?", ((s, k) for k, s in labels))
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('grouping', ?)", (grouping,))
        self.db.commit()

    def grouping(self) -> str:
        """The grouping settings the stored story labels were made with ("" before any grouping)."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'grouping'").fetchone()
        return str(row[0]) if row else ""

    def report(self, key: str) -> tuple[str, str] | None:
        """The stored report JSON and HTML ("" when not made) of the story with this key."""
        row = self.db.execute("SELECT report, html FROM stories WHERE hash = ?", (key,)).fetchone()
        return (str(row[0]), str(row[1])) if row else None

    def put_reports(self, items: Iterable[tuple[str, Sequence[str], str, str]]) -> None:
        rows = [(k, "\n".join(members), report, html) for k, members, report, html in items]
        self.db.executemany("INSERT OR REPLACE INTO stories VALUES (?, ?, ?, ?)", rows)
        self.db.commit()

    def log_run(self, articles: int, analysed: int, stories: int, compared: int) -> None:
        self.db.execute("INSERT INTO runs (articles, analysed, stories, compared) VALUES (?, ?, ?, ?)",
                        (articles, analysed, stories, compared))
        self.db.commit()

    def close(self) -> None:
        self.db.close()


def _dump(value: object) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def _chunks(items: Sequence[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield list(items[i:i + size])
