"""A quotation continued across sentences, marks and paragraphs is one statement (issue #11).

Sentences are still matched one by one; the facts of one quotation quoted
whole by every source are one fact, so a changed speaker is reported once.
All text is invented.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.extract.quotes import extract
from sourcediff.model import Fact, Kind, Mention, Verdict
from sourcediff.segment import segment


def _quotes(text: str) -> tuple[Mention, ...]:
    article = Article.from_text(text, id="t")
    return extract(article, segment(article))


def _statements(text: str) -> list[Mention]:
    return [m for m in _quotes(text) if m.slot == "statement"]


def test_two_sentences_in_one_pair_of_marks_are_one_quotation() -> None:
    ms = _statements("“The bridge will reopen in spring. The ferry runs until then,” said Ada Brill, "
                     "the mayor.")
    assert len(ms) == 2 and ms[0].quotation is not None and ms[0].quotation == ms[1].quotation
    assert {m.speaker for m in ms} == {"Ada Brill"}


def test_parts_around_an_attribution_sentence_are_one_quotation() -> None:
    ms = _statements("Intro line here.\n\n“The bridge will reopen in spring,” Ada Brill said. "
                     "“The ferry runs until then.”")
    assert len(ms) == 2 and ms[0].quotation is not None and ms[0].quotation == ms[1].quotation
    assert ms[1].speaker == "Ada Brill"


def test_a_quote_split_by_its_attribution_is_one_quotation() -> None:
    ms = _quotes("“We will appeal the ruling,” Lind said, “and we will win it.”")
    assert len(ms) == 2 and ms[0].quotation is not None and ms[0].quotation == ms[1].quotation


def test_a_second_speaker_starts_another_quotation() -> None:
    ms = _statements("“The bridge will reopen in spring,” Ada Brill said. "
                     "“Nobody has told us the date,” Tom Okafor said.")
    assert [m.speaker for m in ms] == ["Ada Brill", "Tom Okafor"]
    assert ms[0].quotation is None and ms[1].quotation is None


def test_a_paraphrase_between_two_quotes_makes_two_quotations() -> None:
    ms = _statements("“The bridge will reopen in spring,” Ada Brill said. Brill said the repairs had cost "
                     "more than planned. “The ferry runs until then.”")
    assert len(ms) == 2 and ms[0].quotation is None and ms[1].quotation is None


def test_a_quote_over_three_paragraphs_left_open_is_one_quotation() -> None:
    text = ("Ada Brill, the mayor, said: “The bridge will reopen in spring.\n\n"
            "“The ferry runs every hour until then.\n\n“Nobody will be cut off from the town.”\n\n"
            "Other news.")
    ms = _statements(text)
    assert len(ms) == 3 and len({m.quotation for m in ms}) == 1 and ms[0].quotation is not None
    assert {m.speaker for m in ms} == {"Ada Brill"}


# --------------------------------------------------------------------------- facts


def _quote_facts(*texts: str) -> list[Fact]:
    articles = [Article.from_text(t, id=f"s{n}", published="2024-05-02") for n, t in enumerate(texts)]
    return [f for f in compare(articles).facts if f.kind is Kind.QUOTE and len(f.sources) > 1]


SAID = "“The bridge will reopen in spring. The ferry runs every hour until then,”"


def test_another_speaker_for_a_whole_quotation_is_one_divergence() -> None:
    facts = _quote_facts(f"The council met on Wednesday. {SAID} said Ada Brill, the mayor.",
                         f"The council met on Wednesday. {SAID} said Tom Okafor, her deputy.")
    assert len(facts) == 1 and facts[0].status is Verdict.DIVERGE
    words = [m.raw for m in facts[0].mentions]
    assert all(w.startswith("The bridge will reopen") and w.endswith("until then") for w in words)


def test_a_whole_quotation_quoted_alike_is_one_agreement() -> None:
    facts = _quote_facts(f"The council met on Wednesday. {SAID} said Ada Brill, the mayor.",
                         f"Ada Brill, the mayor, spoke on Wednesday. {SAID} Brill said.")
    assert len(facts) == 1 and facts[0].status is Verdict.AGREE


def test_quotations_cut_at_different_sentences_stay_sentence_facts() -> None:
    first = "“The bridge will reopen in spring. The ferry runs every hour until then,” said Ada Brill."
    second = ("“The ferry runs every hour until then. Nobody will be cut off from the town,” "
              "said Ada Brill.")
    facts = _quote_facts(first, second)
    assert [f.status for f in facts] == [Verdict.AGREE]
    assert all(m.raw.startswith("The ferry runs") for m in facts[0].mentions)


def test_a_joined_quotation_keeps_source_offsets_and_compares_its_words() -> None:
    parts = ("“The bridge will reopen in spring,” {who} said on Wednesday. "
             "“The ferry runs every hour until then.”")
    texts = [parts.format(who="Ada Brill"), parts.format(who="Tom Okafor")]
    facts = _quote_facts(*texts)
    assert len(facts) == 1 and facts[0].status is Verdict.DIVERGE
    for m, text in zip(facts[0].mentions, texts, strict=True):
        assert m.raw == text[m.span.start:m.span.end] and "said on Wednesday" in m.raw
        assert m.canonical == "the bridge will reopen in spring the ferry runs every hour until then"


def test_sentences_around_one_another_source_quotes_are_not_joined() -> None:
    whole = ("“The bridge will reopen in spring. The ferry runs every hour until then. Nobody will be "
             "cut off from the town,” said Ada Brill.")
    middle = "“The ferry runs every hour until then,” said Ada Brill."
    articles = [Article.from_text(t, id=f"s{n}", published="2024-05-02")
                for n, t in enumerate((whole, middle))]
    facts = [f for f in compare(articles).facts if f.kind is Kind.QUOTE]
    shared = [f for f in facts if len(f.sources) == 2]
    assert [f.status for f in shared] == [Verdict.AGREE]
    assert sorted(m.raw[:10] for f in facts if len(f.sources) == 1 for m in f.mentions) == [
        "Nobody wil", "The bridge"]


def test_a_joined_quotation_points_at_the_passage_naming_its_speaker() -> None:
    text = "“The bridge will reopen in spring,” Ada Brill said. “The ferry runs until then.” Other news."
    ms = _statements(text)
    assert ms[0].quotation is not None and ms[0].quotation.passage == ms[0].passage != ms[1].passage


def test_a_quotation_one_source_goes_on_with_is_joined_over_the_run_all_quote() -> None:
    longer = SAID[:-2] + ". Buses will cover the night crossings,”"
    facts = _quote_facts(f"The council met on Wednesday. {SAID} said Ada Brill, the mayor.",
                         f"The council met on Wednesday. {SAID} said Tom Okafor, her deputy.",
                         f"The council met on Wednesday. {longer} said Ada Brill, the mayor.")
    assert len(facts) == 1 and facts[0].status is Verdict.DIVERGE
    assert all(m.raw.startswith("The bridge will reopen") and "until then" in m.raw and "Buses" not in m.raw
               for m in facts[0].mentions)
