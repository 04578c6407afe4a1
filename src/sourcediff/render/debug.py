"""Debug dumps of one stage (passages, mentions) for one article."""

from __future__ import annotations

from sourcediff.model import SourceInfo
from sourcediff.render.safe_text import json_document, printable


def passages_text(info: SourceInfo) -> str:
    lines = [f"# {info.article.id} ({info.article.format}) {info.article.title!r} "
             f"published={info.article.published} passages={len(info.passages)}"]
    for p in info.passages:
        where = f"[{p.index:3d}] para {p.paragraph:2d} {p.role:8s} {p.start:5d}-{p.end:<5d}"
        lines.append(f"{where} {printable(p.text)}")  # an ESC in an article must not reach the terminal
    return "\n".join(lines) + "\n"


def passages_json(info: SourceInfo) -> str:
    data = [{"index": p.index, "paragraph": p.paragraph, "role": p.role, "start": p.start,
             "end": p.end, "text": p.text} for p in info.passages]
    return json_document({"source": info.article.id, "passages": data})


def mentions_text(info: SourceInfo) -> str:
    lines = [f"# {info.article.id} published={info.article.published} mentions={len(info.mentions)}"]
    for m in info.mentions:
        who = f"  speaker={m.speaker}" if m.speaker else ""
        lines.append(f"[{m.passage:3d}] {m.kind.value:7s} {m.slot:14s} {m.raw!r} -> {m.canonical}{who}")
    return printable("\n".join(lines)) + "\n"  # a value or speaker may hold an article's ESC


def mentions_json(info: SourceInfo) -> str:
    data = []
    for m in info.mentions:
        item = {"kind": m.kind.value, "slot": m.slot, "text": m.raw, "value": m.canonical,
                "start": m.span.start, "end": m.span.end, "passage": m.passage}
        if m.speaker is not None:
            item["speaker"] = m.speaker
        data.append(item)
    return json_document({"source": info.article.id, "mentions": data})
