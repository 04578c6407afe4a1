"""Segmentation: abbreviations, decimals, quotations, blocks, offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcediff.ingest import load_many
from sourcediff.model import Article, Block, Span
from sourcediff.segment import quote_spans, segment
from sourcediff.text import fold

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def sentences(text: str) -> list[str]:
    return [p.text for p in segment(Article.from_text(text))]


@pytest.mark.parametrize("text", [
    "The deadline is 5:01 p.m. Friday, officials said.",
    "A deadline of 5:01p.m. today is fast approaching.",
    "Officials in the U.S. government declined to comment.",
    "U.S. President Joe Biden spoke on Jan. 23, 2025, in Washington.",
    "Mr. Smith and Dr. Jones met Gov. Newsom and Sen. Warren.",
    "Acme Inc. No. 5 plant closed.",
    "Revenue rose to $1.2 billion, or 3.5 percent, in the quarter.",
    "J. R. Smith said the plan was sound.",
    "The company, based in St. Louis, said e.g. costs rose.",
    "He left at 10 a.m. on Tuesday.",
])
def test_abbreviations_and_decimals_do_not_split(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize(("text", "expected"), [
    ("They met at 5 p.m. The talks failed.", ["They met at 5 p.m.", "The talks failed."]),
    ("It happened in the U.S. But officials denied it.",
     ["It happened in the U.S.", "But officials denied it."]),
    ("He works for Acme Inc. The firm declined to comment.",
     ["He works for Acme Inc.", "The firm declined to comment."]),
    ("Sales fell. Will they recover? Nobody knows!", ["Sales fell.", "Will they recover?", "Nobody knows!"]),
    ("The vote was 7-2. 2025 will be busy.", ["The vote was 7-2.", "2025 will be busy."]),
    ("She said no. Then she left.", ["She said no.", "Then she left."]),
    ("It was signed in Jan. The law took effect.", ["It was signed in Jan.", "The law took effect."]),
])
def test_real_sentence_ends_still_split(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("It derailed at 11:52 p.m. (1822 GMT) near the town.",
     ["It derailed at 11:52 p.m. (1822 GMT) near the town."]),
    ("It derailed in the U.S. (in Ohio) last night.", ["It derailed in the U.S. (in Ohio) last night."]),
    ("They met at 5 p.m. (The talks failed.)", ["They met at 5 p.m.", "(The talks failed.)"]),
    ("They met at 5 p.m. (Reporting by Jane Doe)", ["They met at 5 p.m.", "(Reporting by Jane Doe)"]),
])
def test_bracket_after_abbreviation_opens_only_on_a_capital(text: str, expected: list[str]) -> None:
    """A time's conversion in brackets stays with its sentence; a bracketed sentence still splits."""
    assert sentences(text) == expected


def test_lowercase_continuation_never_splits() -> None:
    assert sentences("The vote came at 11:45 p.m. following a hearing.") == [
        "The vote came at 11:45 p.m. following a hearing."]


@pytest.mark.parametrize("text", [
    "“First sentence. Second sentence,” he said.",
    '"First sentence. Second sentence," he said.',
    "«Premier point. Second point», a-t-il dit.",
])
def test_quotes_that_span_sentences_stay_whole(text: str) -> None:
    assert sentences(text) == [text]


def test_quote_then_new_sentence_splits() -> None:
    text = '"We will not move," she said. "But we hope they reconsider."'
    assert sentences(text) == ['"We will not move," she said.', '"But we hope they reconsider."']


def test_sentence_ending_inside_closing_quote_splits() -> None:
    text = "He called it “a mistake.” The board disagreed."
    assert sentences(text) == ["He called it “a mistake.”", "The board disagreed."]


def test_unbalanced_quote_recovers() -> None:
    text = "“The first part of a long quote. It continues here. And here."
    assert sentences(text) == ["“The first part of a long quote.", "It continues here.", "And here."]


def test_stray_closing_quote_is_ignored() -> None:
    assert sentences("It ended.” Then more. Done.") == ["It ended.”", "Then more.", "Done."]


def test_quote_spans_straight_and_curly() -> None:
    text = 'He said "yes" and “no” then "maybe'
    assert quote_spans(text, 0, len(text)) == [(8, 12), (18, 21)]


def test_quotes_never_cross_blocks() -> None:
    text = "“Opening quote. Still quoted.\n\nNew paragraph, he said.” Next one."
    article = Article(id="x", text=text, blocks=(Block(Span(0, 29)), Block(Span(31, len(text)))))
    passages = segment(article)
    assert {p.paragraph for p in passages} == {0, 1}
    assert all("\n" not in p.text for p in passages)


def test_passage_fields() -> None:
    text = "Title line\n\n  First one.  Second “one” here.\n"
    article = Article(id="src", text=text, blocks=(Block(Span(0, 10), "title"), Block(Span(12, len(text)))))
    passages = segment(article)
    assert [(p.index, p.paragraph, p.role) for p in passages] == [(0, 0, "title"), (1, 1, "sentence"),
                                                                 (2, 1, "sentence")]
    for p in passages:
        assert p.source == "src"
        assert p.text == text[p.start:p.end] == p.text.strip()
        assert p.norm == fold(p.text)
    assert passages[2].norm == 'second "one" here.'


def test_fallback_blocks_are_lines() -> None:
    passages = segment(Article.from_text("One line.\nAnother line. Two.\n\n"))
    assert [(p.paragraph, p.text) for p in passages] == [(0, "One line."), (1, "Another line."), (1, "Two.")]


def test_empty_article_has_no_passages() -> None:
    assert segment(Article.from_text("  \n\n ")) == ()


def test_seeds_offsets_and_multi_sentence_quotes() -> None:
    articles = {a.id: a for a in load_many([str(SEEDS)])}
    for article in articles.values():
        passages = segment(article)
        assert passages
        for p in passages:
            assert p.text == article.text[p.start:p.end] == p.text.strip()
            block = article.blocks[p.paragraph]
            assert block.span.start <= p.start and p.end <= block.span.end
    texts = [p.text for p in segment(articles["002"])]
    assert any(t.startswith('"Anthropic understands') and t.endswith('manner," he said.') for t in texts)
    assert any(t.startswith("Markus Schreiber") and t.endswith("Jan. 23, 2025.") for t in texts)
    deadline = ("A deadline of 5:01p.m. today is fast approaching for Anthropic to let the Pentagon "
                "use its model Claude as it sees…")
    assert deadline in [p.text for p in segment(articles["003"])]


def test_speed() -> None:
    """About 10k words of news prose must segment in well under a second (measured: a few ms)."""
    import time

    article = load_many([str(SEEDS / "002_9c0ad20c70d1b311.txt")])[0]
    big = Article(id="big", text=article.text * 8)
    started = time.perf_counter()
    segment(big)
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize(("text", "expected"), [
    ("Women: 1. Ana Ruiz (ESP) 2:21:04; 2. Lea Brandt (GER) 2:21:40; 3. Ona Kale (NOR) 2:22:15",
     ["Women: 1. Ana Ruiz (ESP) 2:21:04;", "2. Lea Brandt (GER) 2:21:40;", "3. Ona Kale (NOR) 2:22:15"]),
    ("1. Harbour Rowing Club; 2. Mill Lane Scullers. The regatta ends on Sunday.",
     ["1. Harbour Rowing Club;", "2. Mill Lane Scullers.", "The regatta ends on Sunday."]),
    # no run counting from 1: prose numbers keep their usual reading
    ("Output rose to 3. The plant said; 2. Nothing changed.",
     ["Output rose to 3.", "The plant said; 2.", "Nothing changed."]),
])
def test_an_inline_ranked_list_splits_before_each_item(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected
