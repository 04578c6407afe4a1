"""The corpus index: every story with its sources, headline facts and a link to its report.

Stories are sorted by the number of divergences, most first: what a desk
checks first. Built from the stories' report@1 JSON only, so the index never
recomputes what a report says.
"""

from __future__ import annotations

import html
import json
from typing import Any

from sourcediff import __version__
from sourcediff.corpus.flow import CorpusResult, StoryReport
from sourcediff.render.safe_text import escape_controls, json_document

INDEX_SCHEMA = "sourcediff/corpus-index@1"
# Facts shown for each story in the index: the first divergences, then agreements.
HEADLINE_FACTS = 3


def story_file(story: StoryReport, ext: str) -> str:
    """Report file of a story, named by its content so an unchanged story keeps its name."""
    return f"stories/{story.key[:12]}.{ext}"


def _entry(story: StoryReport, html_pages: bool) -> dict[str, Any]:
    data = json.loads(story.report)
    facts = data["facts"]
    headline = [f["summary"] for f in facts if f["status"] == "diverge"][:HEADLINE_FACTS]
    headline += [f["summary"] for f in facts if f["status"] == "agree"][:HEADLINE_FACTS - len(headline)]
    return {
        "id": story.key[:12],
        "title": next((s["title"] for s in data["sources"] if s["title"]), ""),
        "sources": [{"id": s["id"], "title": s["title"], "outlet": s["outlet"], "path": s["path"]}
                    for s in data["sources"]],
        "summary": data["summary"],
        "independent_sources": data.get("independent_sources", len(data["sources"])),
        "headline_facts": headline,
        "report": story_file(story, "json"),
        "html": story_file(story, "html") if html_pages else None,
        "copies": [c for c in data.get("shared_wording", []) if c["mostly_copied"]],
    }


def index_data(result: CorpusResult, *, html_pages: bool = False) -> dict[str, Any]:
    """The ``index.json`` content."""
    stories = [_entry(s, html_pages) for s in result.stories if s.compared]
    stories.sort(key=lambda e: (-e["summary"]["diverge"], -len(e["sources"]), e["id"]))
    copies = [{"story": e["id"], **{k: c[k] for k in ("source", "original", "passages", "share", "summary")}}
              for e in stories for c in e.pop("copies")]
    singles = [m for s in result.stories if not s.compared for m in s.story.members]
    return {
        "schema": INDEX_SCHEMA,
        "tool": {"name": "sourcediff", "version": __version__},
        "articles": result.articles,
        "stories": stories,
        "single_source_articles": singles,
        "mostly_copied": copies,
    }


def index_json(data: dict[str, Any]) -> str:
    return json_document(data)


def index_html(data: dict[str, Any]) -> str:
    """A plain, self-contained page: one row per story, linked to its report."""
    rows = "\n".join(_row(e) for e in data["stories"])
    copies = "\n".join(f"<li>{_e(c['summary'])}</li>" for c in data["mostly_copied"]) or "<li>none</li>"
    return _PAGE.format(articles=data["articles"], stories=len(data["stories"]),
                        singles=len(data["single_source_articles"]), rows=rows, copies=copies)


def _row(e: dict[str, Any]) -> str:
    link = e["html"] or e["report"]
    title = _e(e["title"] or ", ".join(s["id"] for s in e["sources"]))
    sources = ", ".join(_e(s["outlet"] or s["id"]) for s in e["sources"])
    facts = "".join(f"<li>{_e(f)}</li>" for f in e["headline_facts"])
    s = e["summary"]
    return (f'<tr><td><a href="{_e(link)}">{title}</a><ul>{facts}</ul></td><td>{sources}</td>'
            + "".join(f'<td class="n">{n}</td>' for n in (s["diverge"], s["agree"], s["unique"],
                                                           e["independent_sources"]))
            + "</tr>")


def _e(text: object) -> str:
    """Text for the page: markup escaped, and an ESC shown (the page may be read with cat, as the reports)."""
    return escape_controls(html.escape(str(text), quote=True))


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>sourcediff corpus</title>
<style>body{{font:15px/1.4 system-ui,sans-serif;margin:2em;max-width:75em}}
table{{border-collapse:collapse;width:100%}}
td,th{{border-bottom:1px solid #ddd;padding:.4em;vertical-align:top;text-align:left}}td.n{{text-align:right}}
ul{{margin:.2em 0;padding-left:1.2em;color:#444}}</style></head>
<body><h1>sourcediff corpus</h1>
<p>{articles} articles, {stories} stories of two or more sources, {singles} articles alone on their story.</p>
<table><thead><tr><th>Story and headline facts</th><th>Sources</th><th>Diverge</th><th>Agree</th>
<th>Unique</th><th>Independent sources</th></tr></thead>
<tbody>
{rows}
</tbody></table>
<h2>Articles that are mostly copies</h2><ul>{copies}</ul>
</body></html>
"""
