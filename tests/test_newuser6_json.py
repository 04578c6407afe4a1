"""JSON exports in the shapes CMSs and scrapers write: bodies as lists, wrapped articles,
capitalized keys, Unix timestamps, and a clear line naming the keys when no body is found."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from hostile_cli import one_line_error, run_cli
from sourcediff.errors import FormatError
from sourcediff.ingest.jsonfile import parse_json, parse_jsonl

LEAD = "The Millbrook ferry terminal will close on Monday for repairs costing $2.8 million."
SECOND = "About 3,400 passengers use the terminal each day, the port authority said."


def _one(doc: object) -> tuple[str, dt.date | None, str]:
    (article,) = parse_json(json.dumps(doc), "export.json")
    return article.text, article.published, article.title


def test_body_as_list_of_paragraph_strings() -> None:
    text, _, title = _one({"title": "Ferry terminal to close", "body": [LEAD, "", SECOND]})
    assert title == "Ferry terminal to close"
    assert LEAD in text and SECOND in text
    assert text.index(LEAD) < text.index(SECOND)


def test_body_as_list_of_blocks() -> None:
    blocks = [{"type": "paragraph", "text": LEAD}, {"type": "image", "url": "x.jpg"},
              {"type": "paragraph", "content": SECOND}]
    text, _, _ = _one({"headline": "Ferry", "content": blocks})
    assert LEAD in text and SECOND in text and "x.jpg" not in text


def test_portable_text_spans_make_one_paragraph() -> None:
    body = [{"_type": "block", "children": [{"_type": "span", "text": "The Millbrook ferry terminal "},
                                            {"_type": "span", "text": "will close on Monday."}]}]
    text, _, _ = _one({"title": "Ferry", "body": body})
    assert "The Millbrook ferry terminal will close on Monday." in text


def test_article_wrapped_one_level_down_keeps_envelope_date() -> None:
    doc = {"id": 981, "published": "2026-05-11", "tags": ["port"],
           "article": {"headline": "Ferry terminal to close", "content": f"<p>{LEAD}</p><p>{SECOND}</p>"}}
    text, published, title = _one(doc)
    assert title == "Ferry terminal to close"
    assert LEAD in text and SECOND in text and "<p>" not in text
    assert published == dt.date(2026, 5, 11)


def test_two_wrapped_articles_are_not_guessed_between() -> None:
    doc = {"a": {"text": LEAD}, "b": {"text": SECOND}}
    with pytest.raises(FormatError, match="its keys are a, b"):
        parse_json(json.dumps(doc), "export.json")


def test_capitalized_keys_are_read() -> None:
    text, published, title = _one({"Title": "Ferry", "Body": LEAD, "PublishDate": "x", "Date": "2026-05-11"})
    assert title == "Ferry" and LEAD in text and published == dt.date(2026, 5, 11)


def test_exact_key_wins_over_other_case() -> None:
    text, _, _ = _one({"Text": "Wrong words here.", "text": LEAD})
    assert LEAD in text and "Wrong" not in text


@pytest.mark.parametrize("stamp", [1778486400, 1778486400000, 1778486400.5])
def test_unix_timestamp_date(stamp: float) -> None:
    _, published, _ = _one({"text": LEAD, "date": stamp})
    assert published == dt.date(2026, 5, 11)


@pytest.mark.parametrize("stamp", [42, True, 10**15])
def test_number_that_is_no_timestamp_leaves_undated(stamp: object) -> None:
    _, published, _ = _one({"text": LEAD, "date": stamp})
    assert published is None


def test_no_body_names_the_keys_found() -> None:
    doc = {"meta": {"id": 3}, "hed": "Ferry", "copy": LEAD}
    with pytest.raises(FormatError) as info:
        parse_json(json.dumps(doc), "export.json")
    message = str(info.value)
    assert "export.json" in message and "item 1" not in message
    assert "meta, hed, copy" in message and "articleBody" in message


def test_no_body_in_a_list_names_the_item() -> None:
    with pytest.raises(FormatError, match=r"item 2: no article text: its keys are title\b"):
        parse_json(json.dumps([{"text": LEAD}, {"title": "Ferry"}]), "export.json")


def test_no_body_in_json_lines_names_the_line() -> None:
    raw = json.dumps({"text": LEAD}) + "\n" + json.dumps({"summary": SECOND}) + "\n"
    with pytest.raises(FormatError, match="line 2: no article text: its keys are summary"):
        parse_jsonl(raw, "feed.jsonl")


def test_cli_unknown_keys_is_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.txt"
    good.write_text(LEAD + "\n")
    odd = tmp_path / "odd.json"
    odd.write_text(json.dumps({"story": {"hed": "Ferry", "copy": LEAD}, "ts": 1778486400}))
    one_line_error(run_cli(capsys, "compare", good, odd), "odd.json", "its keys are story, ts")


def test_cli_list_body_compares(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = tmp_path / "a.txt"
    a.write_text("date 2026-05-11\nThe Millbrook ferry terminal will close on Monday for repairs costing "
                 "$3.1 million.\n")
    b = tmp_path / "b.json"
    b.write_text(json.dumps({"data": {"title": "Ferry", "body": [LEAD, SECOND]}, "date": 1778486400}))
    run = run_cli(capsys, "compare", a, b, "-f", "oneline")
    assert run.code == 0, run.err
    assert "$2.8 million" in run.out and "$3.1 million" in run.out
