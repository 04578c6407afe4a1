"""Reading articles from files, directories and standard input.

The format of each input is detected from its content (see detect.py), parsed
by one module per format into an Article whose ``text`` every later offset
points into, and given a short, unique id.
"""

from __future__ import annotations

import dataclasses
import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sourcediff.errors import ConfigError, FormatError, InputError, SourcediffError, parsing
from sourcediff.ingest import detect, text
from sourcediff.ingest.byline import signed
from sourcediff.ingest.ownoutput import NAMED_HINT, OwnOutputError, own_output, refusal
from sourcediff.ingest.reading import STDIN, RawInput, read_input
from sourcediff.model import Article
from sourcediff.options import LoadOptions
from sourcediff.regexcache import regex
from sourcediff.urls import is_url, other_scheme, page_name, site_name

if TYPE_CHECKING:
    from sourcediff.fetch import Fetched

__all__ = ["load", "load_many", "parse_raw"]

# A file stem ending in a content hash ("001_90a6f74279e4adcb"): group 1 is the readable part.
_HASHED_STEM = regex(r"^(.+?)[_-][0-9a-fA-F]{8,}$")
STDIN_ID = "stdin"


@dataclass(frozen=True)
class _Loaded:
    """Articles read from one input, with the two id stems to choose from."""

    articles: tuple[Article, ...]
    short: str
    full: str


def load(source: str | Path, *, options: LoadOptions = LoadOptions(), label: str | None = None) -> Article:
    """Load one article from a path ('-' for standard input) or an http(s) URL."""
    loaded = _load_url(str(source), _fetch([str(source)], options)[str(source)]) if is_url(str(source)) \
        else _load_source(source, options)
    if len(loaded.articles) != 1:
        raise FormatError(f"holds {len(loaded.articles)} articles; compare them with `sourcediff compare`",
                          path=str(source))
    if label is not None:
        _check_labels([label])
    ids = [label] if label is not None else _unique_ids([loaded])
    return dataclasses.replace(loaded.articles[0], id=ids[0])


# Called with (path, reason) for each file of a directory left out as no article.
SkipNote = Callable[[str, str], None]


def load_many(sources: list[str], *, options: LoadOptions = LoadOptions(),
              labels: list[str] | None = None, on_skip: SkipNote | None = None,
              on_fetched: Callable[[str], None] | None = None) -> tuple[Article, ...]:
    """Load every argument; a directory means every article file in it (natural order, hidden skipped).

    URLs are fetched first, several at once; ``on_fetched`` is told of each one done.
    A file met while listing a directory that turns out not to be an article
    (a ``gold.json`` or ``config.json`` next to the stories, an empty file) is
    left out and reported to ``on_skip``; a file named directly must be an
    article, so its error propagates.
    """
    if sources.count(STDIN) > 1:
        # The first '-' reads standard input to its end; the second then
        # failed as "no article text", which blamed the input, not the call.
        raise ConfigError("standard input can be read once: give '-' one time only", path=STDIN)
    pages = _fetch([s for s in sources if is_url(s)], options, on_fetched)
    loaded = [item for source in sources
              for item in ([_load_url(source, pages[source])] if source in pages
                           else _load_argument(source, options, on_skip))]
    articles = [a for item in loaded for a in item.articles]
    if labels:
        _check_labels(labels)
        if len(labels) != len(articles):
            raise ConfigError(f"{len(labels)} labels given for {len(articles)} articles; "
                              "give one --label per article")
        ids = list(labels)
    else:
        ids = _unique_ids(loaded)
    return tuple(dataclasses.replace(a, id=i) for a, i in zip(articles, ids, strict=True))


def _load_argument(source: str, options: LoadOptions, on_skip: SkipNote | None) -> list[_Loaded]:
    """One command-line argument: a file, standard input, or the article files of a directory."""
    page = saved_page_of(source)
    if page is not None:
        if on_skip is not None:
            on_skip(source, f"the images, scripts and frames a browser saved with {page}, not articles")
        return []
    paths = _expand(source, options)
    if paths == [source]:
        try:
            return [_load_source(source, options)]
        except OwnOutputError as exc:
            raise OwnOutputError(str(exc).removeprefix(f"{exc.path}: ") + NAMED_HINT, path=exc.path) from None
    if on_skip is not None:
        for folder in _subfolders(source):
            on_skip(folder, "a folder inside a folder is not read: name it too to compare its articles")
    out: list[_Loaded] = []
    for path in paths:
        if is_folder_notes(path):
            # A README.md beside the stories ("Saved on March 3 from ...") was read as one
            # more source, undated, agreeing and diverging with the articles it describes.
            if on_skip is not None:
                on_skip(path, "a README, LICENSE or CHANGELOG describes the folder, not a story: "
                              "name it on the command line to compare it")
            continue
        try:
            out.append(_load_source(path, options))
        except SourcediffError as exc:
            if on_skip is not None:
                # The reason says what the file is ("no article text found", "is not an
                # article's text: it is a PDF document", "over the limit"): wrapped in
                # "not an article (...)" it read "not an article (..., not an article)".
                on_skip(path, str(exc).removeprefix(f"{path}: "))
    if not out:
        raise InputError("directory holds no articles", path=source)
    return out


def parse_raw(raw: RawInput, suffix: str = "", *, in_message: bool = False) -> tuple[Article, ...]:
    """Decoded content -> its articles, format detected from the content.

    A MIME message (a page saved as one file, an e-mail) is read through its
    article part; a part that is itself a message is read as prose (``in_message``),
    so nesting cannot recurse. Every format's article then takes its byline's
    author and date where its metadata gave none (ingest.byline.signed).
    """
    return tuple(signed(a) for a in _parse_format(raw, suffix, in_message=in_message))


def _parse_format(raw: RawInput, suffix: str, *, in_message: bool) -> tuple[Article, ...]:
    """The articles of ``raw`` as its format's parser reads them (see parse_raw)."""
    own = own_output(raw.text)
    if own is not None:
        raise OwnOutputError(refusal(own), path=raw.name)
    if not raw.text.strip():
        # "no article text found after reading it as text" sent a first-time user looking for a
        # format problem in a file that was simply saved empty.
        raise InputError("is empty (0 bytes)" if not raw.text else "holds only white space", path=raw.name)
    fmt = detect.detect(raw.text, suffix)
    if fmt == detect.MIME and not in_message:
        from sourcediff.ingest import mime
        from sourcediff.ingest.reading import decode
        meta = mime.body(raw.text, raw.name, decode)
        return tuple(mime.stamped(a, meta)
                     for a in parse_raw(RawInput(raw.name, meta.text), meta.suffix, in_message=True))
    if fmt == detect.FEED and detect.is_feed_item(raw.text):
        # One story of a feed saved by itself holds the story (or its summary): read it.
        from sourcediff.ingest import feeditem
        return (feeditem.parse(raw.text, raw.name),)
    if fmt == detect.FEED:
        # Read as prose, a feed's raw XML became one "passage" of tags; its
        # items are links and summaries, not the stories themselves.
        pages = "its story's page (its link or a saved copy)" if detect.is_feed_item(raw.text) else \
            "its stories' pages (their links or saved copies)"
        raise FormatError(f"is {detect.feed_kind(raw.text)}, not an article: give {pages} instead",
                          path=raw.name)
    if fmt == detect.TABLE:
        raise FormatError("is a spreadsheet table (CSV or TSV), not an article: give each article as its own "
                          "text, HTML, Markdown or JSON file, or the rows as JSON Lines", path=raw.name)
    if fmt == detect.XML:
        raise FormatError("is an XML document, not an article (give an HTML page, text, Markdown or "
                          "JSON)", path=raw.name)
    # Each format's parser loads when an input of that format is met: lxml
    # and the Markdown reader cost start-up time a run of .txt files never uses.
    if fmt in (detect.JSON, detect.JSONL):
        from sourcediff.ingest import jsonfile
    if fmt == detect.JSON:
        return jsonfile.parse_json(raw.text, raw.name)
    if fmt == detect.JSONL:
        return jsonfile.parse_jsonl(raw.text, raw.name)
    if fmt == detect.HTML:
        from sourcediff.ingest import html
        listing = html.folder_listing(raw.text)
        if listing is not None:
            raise FormatError(f"is a web server's folder listing (\"{listing}\"), not an article: give "
                              "each article's own address or file", path=raw.name)
        return (html.parse(raw.text),)
    if fmt == detect.MARKDOWN:
        from sourcediff.ingest import markdown
        return (markdown.parse(raw.text),)
    return (text.parse(raw.text),)


def _fetch(urls: list[str], options: LoadOptions,
           on_fetched: Callable[[str], None] | None = None) -> dict[str, Fetched]:
    if not urls:
        return {}
    from sourcediff.fetch import FetchOptions, fetch_many  # the HTTP client loads only to fetch

    return fetch_many(urls, FetchOptions(timeout=options.timeout, max_bytes=options.max_bytes,
                                         cache_dir=options.cache_dir, offline=options.offline), on_fetched)


def _load_url(url: str, page: Fetched) -> _Loaded:
    """A fetched page, read like a file of its media type; its id is the site's name.

    Pages of one site are told apart by the end of their path ("npr.org-pram-recall",
    urls.page_name): _unique_ids falls back to that name when site names collide.
    """
    with parsing(url, "article"):
        articles = _checked(parse_raw(RawInput(name=url, text=page.text()), page.suffix or ".html"), url)
    site = site_name(page.url)
    stamped = tuple(dataclasses.replace(a, path=url, url=page.final_url, fetched=page.fetched_at,
                                        outlet=a.outlet or site_name(page.final_url))
                    for a in articles)
    return _Loaded(stamped, site, page_name(page.url))


# Why a format most often yields no text, for a first-time user who cannot guess: a page that
# builds its story with JavaScript, a WordPress post whose content was withheld.
_EMPTY_HINTS = {
    "html": " (a page that builds its story with JavaScript has none in its HTML: open it in a "
            "browser and save it once the story shows)",
    "wordpress-json": " (its content.rendered holds no text: a password-protected or withheld post)",
}


def _checked(articles: tuple[Article, ...], name: str) -> tuple[Article, ...]:
    if not articles:
        raise InputError("holds no articles", path=name)
    for number, article in enumerate(articles, start=1):
        if not has_body(article):
            where = f" (article {number})" if len(articles) > 1 else ""
            raise InputError(f"no article text found{where} after reading it as {article.format}"
                             f"{_EMPTY_HINTS.get(article.format, '')}", path=name)
    return articles


def _load_source(source: str | Path, options: LoadOptions) -> _Loaded:
    scheme = other_scheme(str(source))
    if scheme is not None and not os.path.lexists(source):
        hint = " (a local file is named by its path)" if scheme == "file" else ""
        raise InputError(f"is a {scheme}: address; only http:// and https:// pages are fetched{hint}",
                         path=str(source))
    raw = read_input(source, options.max_bytes)
    is_stdin = str(source) == STDIN
    path = Path(str(source))
    with parsing(raw.name, "article"):
        articles = _checked(parse_raw(raw, "" if is_stdin else path.suffix), raw.name)
    stamped = tuple(dataclasses.replace(a, path=str(source)) for a in articles)
    if is_stdin:
        return _Loaded(stamped, STDIN_ID, STDIN_ID)
    return _Loaded(stamped, short_stem(path.stem), path.stem)


def has_body(article: Article) -> bool:
    """Text beyond a title: a page with a headline and nothing else is no article."""
    if article.blocks:
        return any(b.role != "title" for b in article.blocks)
    return bool(article.text.strip())


def short_stem(stem: str) -> str:
    """A file stem without a trailing content hash: ``001_90a6f74279e4adcb`` -> ``001``."""
    match = _HASHED_STEM.match(stem)
    return match.group(1) if match else stem


# The names of the files that describe a folder rather than hold one of its stories.
_FOLDER_NOTES = frozenset({"readme", "license", "licence", "changelog"})


def is_folder_notes(path: str) -> bool:
    """Whether ``path`` is a folder's README, LICENSE or CHANGELOG (any case, any extension)."""
    return Path(path).name.split(".", 1)[0].lower() in _FOLDER_NOTES


def _expand(source: str, options: LoadOptions) -> list[str]:
    """A directory -> its article files (natural order, hidden and unknown kinds skipped); else itself."""
    path = Path(source)
    if source == STDIN or not path.is_dir():
        return [source]
    files = sorted((p for p in path.iterdir()
                    if not p.name.startswith(".") and p.is_file()
                    and (p.suffix.lower() in detect.EXTENSIONS or not p.suffix)),
                   key=lambda p: natural_key(p.name))
    _refuse_links_out(path, files)
    if not files:
        raise InputError("directory holds no article files (.txt, .md, .html, .json, .jsonl, .mhtml, .eml)",
                         path=source)
    if len(files) > options.max_files:
        raise InputError(f"directory holds {len(files)} files, over the limit of {options.max_files}",
                         path=source)
    return [str(p) for p in files]


_DIGITS = regex(r"([0-9]+)")


def natural_key(name: str) -> tuple[tuple[int, int, str], ...]:
    """A sort key putting ``s2`` before ``s10``: runs of digits compare as numbers.

    Plain name order listed a folder's sources s1, s10, s11, s2, which is
    not how anyone numbers articles. Text runs compare case-insensitively;
    the name itself breaks every tie (``s01`` vs ``s1``, ``A`` vs ``a``), so
    the order is total and the same on every machine.
    """
    parts = _DIGITS.split(name)
    key = tuple((1, int(part), part) if index % 2 else (0, 0, part.casefold())
                for index, part in enumerate(parts))
    return (*key, (-1, 0, name))


def _subfolders(source: str) -> list[str]:
    """The folders directly inside a folder input, which are not read (hidden and saved-page ones aside).

    "Every article in a folder" is one level: an archive/ beside today's
    stories is not silently half the story, but it is not silently lost
    either, so each is named in a note.
    """
    return sorted(str(p) for p in Path(source).iterdir()
                  if p.is_dir() and not p.name.startswith(".") and saved_page_of(str(p)) is None)


# The folder a browser's "Save page as ... Web page, complete" writes beside the page:
# "Story_files" next to "Story.html" (Chrome, Firefox, Safari; "-Dateien" and
# "_fichiers" in some localized older browsers).
_RESOURCE_SUFFIXES = ("_files", "-Dateien", "_fichiers", "-bestanden", "_archivos")


def saved_page_of(source: str) -> str | None:
    """The saved page whose resource folder ``source`` is (its name), or None.

    ``compare saved/*`` names that folder too, and its frames (an advert, a
    newsletter box saved as ``saved_resource.html``) were read as two more
    sources of the story.
    """
    path = Path(source)
    if source == STDIN or not path.is_dir():
        return None
    name = path.resolve().name
    for suffix in _RESOURCE_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[:-len(suffix)]
            for ext in (".html", ".htm", ".xhtml"):
                page = path.resolve().with_name(stem + ext)
                if page.is_file():
                    return page.name
    return None


def _refuse_links_out(folder: Path, files: list[Path]) -> None:
    """A symlink in a folder input must point inside the folder.

    A folder is a promise about which files are read: a link in it to
    /etc/passwd or to a private file elsewhere would be read and end up,
    quoted, in a report that is shared. It is refused, not skipped, so the
    user learns why a file is missing and can name it directly.
    """
    real_folder = os.path.realpath(folder)
    for file in files:
        if file.is_symlink():
            real = os.path.realpath(file)
            if os.path.commonpath([real_folder, real]) != real_folder:
                raise InputError(f"is a symlink out of the folder {folder} (to {real}); it is not followed: "
                                 "name the file itself to compare it", path=str(file))


def _ids_for(item: _Loaded, stem: str) -> list[str]:
    if len(item.articles) == 1:
        return [stem]
    return [f"{stem}-{n}" for n in range(1, len(item.articles) + 1)]


def _unique_ids(loaded: list[_Loaded]) -> list[str]:
    """Short ids; inputs whose short ids collide get their full stems; then a counter if needed."""
    short = [_ids_for(item, item.short) for item in loaded]
    counts = Counter(i for ids in short for i in ids)
    chosen = [ids if all(counts[i] == 1 for i in ids) else _ids_for(item, item.full)
              for item, ids in zip(loaded, short, strict=True)]
    seen: Counter[str] = Counter()
    out: list[str] = []
    for candidate in (i for ids in chosen for i in ids):
        seen[candidate] += 1
        out.append(candidate if seen[candidate] == 1 else f"{candidate}-{seen[candidate]}")
    return out


def _check_labels(labels: list[str]) -> None:
    if any(not label.strip() for label in labels):
        raise ConfigError("--label must not be empty")
    dupes = [label for label, n in Counter(labels).items() if n > 1]
    if dupes:
        raise ConfigError(f"--label {dupes[0]!r} is given twice; labels must be unique")
