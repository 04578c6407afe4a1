"""What an argument that names a web page looks like, without loading the fetcher.

Every ``compare`` asks "is this argument a URL?" for each input; answering
must not import the HTTP client, its thread pool and its cache code, which
only a run that really fetches needs (start-up time, issue #9).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

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
