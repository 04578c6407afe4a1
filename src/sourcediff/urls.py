"""What an argument that names a web page looks like, without loading the fetcher.

Every ``compare`` asks "is this argument a URL?" for each input; answering
must not import the HTTP client, its thread pool and its cache code, which
only a run that really fetches needs (start-up time, issue #9).
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

# "ftp://host/x", "file:///home/me/a.html": an address of a kind the fetcher does not read.
_OTHER_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]{1,15})://")


def is_url(text: str) -> bool:
    """True for an argument the user means as a web address."""
    return text[:8].lower().startswith(("http://", "https://"))


def other_scheme(text: str) -> str | None:
    """The scheme of an argument written as a non-http(s) address (``file``, ``ftp``), else None.

    Read as a path, "file:///home/me/a.html" collapses to "file:/home/me/a.html"
    and fails as "no such file" under a name the user never typed; naming the
    scheme says what to do instead.
    """
    match = _OTHER_SCHEME.match(text)
    return match.group(1).lower() if match and not is_url(text) else None


def site_name(url: str) -> str:
    """``https://www.npr.org/2026/...`` -> ``npr.org``: a readable source id."""
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host or "web"


# A page's file extension, left off its name ("recall.html" -> "recall").
_PAGE_EXT = re.compile(r"\.(?:s?html?|php|aspx?|jsp|cfm|txt|md|json|xml)$", re.IGNORECASE)
# What a source id keeps of a path segment: letters, digits, "-" and "_"; other runs become "-".
_SLUG_JUNK = re.compile(r"[^\w-]+")
# A page's name is read in a column: a long slug is cut at a word.
MAX_SLUG_CHARS = 40


def page_name(url: str) -> str:
    """``https://www.npr.org/2026/03/04/pram-recall.html`` -> ``npr.org-pram-recall``.

    Two pages of one site were "npr.org" and "npr.org-2", and a location read
    "127.0.0.1-2:9:2": nothing said which article it was. The site's name with
    the last segment of the path names the page; a page at the site's root
    (no path) is the site's name alone.
    """
    path = unquote(urlsplit(url).path) if "://" in url else ""
    segments = [s for s in path.split("/") if s]
    if not segments:
        return site_name(url)
    slug = _SLUG_JUNK.sub("-", _PAGE_EXT.sub("", segments[-1])).strip("-_").lower()
    if len(slug) > MAX_SLUG_CHARS:
        cut = slug[:MAX_SLUG_CHARS]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut
    return f"{site_name(url)}-{slug}" if slug else site_name(url)
