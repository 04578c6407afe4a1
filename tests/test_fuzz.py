"""Property-based fuzzing of the whole pipeline, library and CLI, on hostile variations of real-looking news.

Inputs are paragraphs of the project's seed articles and of invented
stories, mutated: random Unicode spliced in, digits from other scripts,
impossible dates and times, deleted and duplicated spans, published dates
at the calendar's edges. The invariants every run must keep:

* the library either returns a Report or raises a SourcediffError (a user's
  problem, exit 2), never anything else;
* the CLI exits 0, 1 or 2 (3 is a bug), and a JSON report validates against
  docs/report.schema.json;
* every start/end slices back to the text it claims;
* no input file is changed.

The regular run tries a few examples per property (a few seconds in all).
For a long run set SOURCEDIFF_FUZZ_EXAMPLES, e.g.
``SOURCEDIFF_FUZZ_EXAMPLES=2000 .venv/bin/python -m pytest tests/test_fuzz.py``.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hostile_cli import ARTICLE_A, ARTICLE_B, run_cli
from sourcediff.errors import SourcediffError
from sourcediff.ingest import parse_raw
from sourcediff.ingest.reading import RawInput, decode
from sourcediff.model import Report
from sourcediff.pipeline import compare

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))
EXAMPLES = int(os.environ.get("SOURCEDIFF_FUZZ_EXAMPLES", "12"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 50,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])


def _paragraphs() -> list[str]:
    texts = [ARTICLE_A, ARTICLE_B]
    seeds = ROOT / "seeds"
    if seeds.is_dir():
        texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(seeds.iterdir())[:6]]
    return [p.strip() for t in texts for p in t.split("\n\n") if 20 < len(p.strip()) < 1500]


PARAGRAPHS = _paragraphs()
HOSTILE = [
    "February 29", "Feb. 30", "Feb. 27-31", "Jan. 32, 2025", "9999-12-31", "0001-01-01", "next week",
    "25:61 p.m.", "13:75", "0:00 a.m.", "12:00 p.m. ET", "$" + "9" * 400, "1e308", "٣٤٥ million", "３００",
    "²³", "1,2,3,4,5,6,7,8,9", "½ billion", "\u202e", "\u2069", "\x1b[2J", "\ufeff", "\u0000", "\ud7ff",
    "Mr. Mrs. Dr. U.S. p.m. No. 5.", '"unclosed quote', "“nested “quotes” here”", "...", "…" * 50,
    "\\" * 40, "<" * 30, "&amp;" * 10, "e.g." * 20, "Inc. " * 30, "\n\n\n", "\t", "\r\n",
]
DATE_LINES = ["", "date 2026-02-26\n", "date 9999-12-31\n", "date 0001-01-01\n", "date 2024-02-29\n"]


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """A short article: seed paragraphs with hostile pieces spliced in, spans cut and repeated."""
    paragraphs = draw(st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=3))
    text = "\n\n".join(paragraphs)
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(text)))
        choice = draw(st.integers(0, 3))
        if choice == 0:
            piece = draw(st.sampled_from(HOSTILE))
        elif choice == 1:
            piece = draw(st.text(max_size=12))
        elif choice == 2:
            piece = draw(st.text(alphabet=st.characters(whitelist_categories=("Nd", "No", "Nl")), max_size=6))
        else:
            end = draw(st.integers(at, min(len(text), at + 80)))
            piece = text[at:end] * draw(st.integers(0, 3))  # duplicated, or deleted below
            text = text[:at] + text[end:]
        text = text[:at] + piece + text[at:]
    return draw(st.sampled_from(DATE_LINES)) + text


def _check_offsets(report: Report) -> None:
    for info in report.sources:
        text = info.article.text
        for p in info.passages:
            assert text[p.start:p.end] == p.text
        for m in info.mentions:
            assert text[m.span.start:m.span.end] == m.raw


@FUZZ
@given(a=mutated(), b=mutated())
def test_library_compare_keeps_its_invariants(a: str, b: str) -> None:
    articles = []
    for name, text in (("a", a), ("b", b)):
        try:
            parsed = parse_raw(RawInput(name, decode(text.encode("utf-8", "surrogatepass"), name)), ".txt")
        except SourcediffError:
            return  # refused with a message: allowed
        articles += [article.__class__(**{**article.__dict__, "id": f"{name}{i}"})
                     for i, article in enumerate(parsed)]
    try:
        report = compare(articles)
    except SourcediffError:
        return
    _check_offsets(report)
    data = json.loads(report.to_json())
    jsonschema.validate(data, SCHEMA)


def _json_offsets(data: dict[str, Any]) -> None:
    passages = {}
    for claim in data["claims"]:
        for p in claim["passages"]:
            assert len(p["text"]) == p["end"] - p["start"]
            passages[(p["source"], p["index"])] = p
    for fact in data["facts"]:
        for m in fact["mentions"]:
            assert len(m["text"]) == m["end"] - m["start"]
            p = passages.get((m["source"], m["passage"]))
            # A quote may run on past its first passage; within one, the texts must agree.
            if p is not None and p["start"] <= m["start"] and m["end"] <= p["end"]:
                assert p["text"][m["start"] - p["start"]:m["end"] - p["start"]] == m["text"]


@FUZZ
@given(a=mutated(), b=mutated(), raw=st.binary(max_size=64), kind=st.sampled_from([".txt", ".md", ".json",
                                                                                   ".html"]))
def test_cli_compare_keeps_its_invariants(capsys: pytest.CaptureFixture[str], a: str, b: str, raw: bytes,
                                          kind: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        first, second = Path(folder) / f"a{kind}", Path(folder) / "b.txt"
        first.write_bytes(a.encode("utf-8", "surrogatepass") + raw)
        second.write_bytes(b.encode("utf-8", "surrogatepass"))
        before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in (first, second)}
        run = run_cli(capsys, "compare", first, second, "--format", "json")
        assert run.code in (0, 1, 2), run.err
        if run.code == 2:
            assert run.err.count("\n") == 1 and "Traceback" not in run.err, run.err
        else:
            data = json.loads(run.out)
            jsonschema.validate(data, SCHEMA)
            _json_offsets(data)
        assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in before} == before


@FUZZ
@given(draft=mutated(), source=mutated(),
       header=st.sampled_from(["@@ -1 +1 @@", "@@ -1,3 +1,4 @@", "@@ -0,0 +1 @@"]))
def test_cli_check_keeps_its_invariants(capsys: pytest.CaptureFixture[str], draft: str, source: str,
                                        header: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        draft_path, source_path = Path(folder) / "draft.md", Path(folder) / "source.txt"
        draft_path.write_bytes(draft.encode("utf-8", "surrogatepass"))
        source_path.write_bytes(source.encode("utf-8", "surrogatepass"))
        first_line = draft.split("\n")[0]
        patch = Path(folder) / "change.diff"
        patch.write_text(f"--- a/draft.md\n+++ b/draft.md\n{header}\n+{first_line}\n", encoding="utf-8",
                         errors="surrogatepass")
        before = {p: p.read_bytes() for p in (draft_path, source_path, patch)}
        run = run_cli(capsys, "check", draft_path, "--against", source_path, "--diff", patch,
                      "--format", "json")
        assert run.code in (0, 1, 2), run.err
        if run.code == 2:
            assert run.err.count("\n") == 1 and "Traceback" not in run.err, run.err
        assert {p: p.read_bytes() for p in before} == before
