"""What an argument that names a web page looks like, without loading the fetcher.

Every ``compare`` asks "is this argument a URL?" for each input; answering
must not import the HTTP client, its thread pool and its cache code, which
only a run that really fetches needs (start-up time, issue #9).
"""

from __future__ import annotations

from urllib.parse import urlsplit


def is_url(text: str) -> bool:
    """True for an argument the user means as a web address."""
    return text[:8].lower().startswith(("http://", "https://"))


def site_name(url: str) -> str:
    """``https://www.npr.org/2026/...`` -> ``npr.org``: a readable source id."""
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host or "web"
