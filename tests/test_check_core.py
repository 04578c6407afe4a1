"""check.py on hand-made Reports: what is a violation, a warning, a note, and what is silent."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from sourcediff.check import (
    Level,
    Rule,
    evaluate,
    match_quote,
    run_check,
    within_tolerance,
)
from sourcediff.model import Article, Fact, Kind, Mention, Report, SourceInfo, Span, Verdict
from sourcediff.policy import Policy
from sourcediff.text import fold
from sourcediff.values import ClockTime, Entity, Money, Quantity, QuoteValue, Value

DRAFT = """The deadline is 6:01 PM ET on Friday.
The contract is worth $300 million.
"We cannot in good conscience accept their request," Amodei said.
"""


def same(a: Mention, b: Mention) -> bool:
    """The simplest compatibility rule: equal normalized values (quotes by folded words)."""
    if isinstance(a.value, QuoteValue) and isinstance(b.value, QuoteValue):
        return a.value.norm == b.value.norm
    return a.value == b.value


def mention(source: str, kind: Kind, raw: str, value: Value, *, text: str = "", start: int | None = None,
            speaker: str | None = None) -> Mention:
    at = text.index(raw) if start is None and text else (start or 0)
    return Mention(kind=kind, source=source, passage=0, span=Span(at, at + len(raw)), raw=raw,
                   value=value, speaker=speaker)


def money(amount: str, qualifier: str | None = None) -> Money:
    return Money("USD", Decimal(amount), qualifier=qualifier)


def clock(hour: int, minute: int) -> ClockTime:
    return ClockTime(hour, minute, "America/New_York", (hour + 5) * 60 + minute)


def quote(text: str) -> QuoteValue:
    return QuoteValue(text, fold(text))


def report(draft_text: str, draft_mentions: tuple[Mention, ...], facts: tuple[Fact, ...],
           source_mentions: dict[str, tuple[Mention, ...]] | None = None) -> Report:
    infos = [SourceInfo(Article("draft", draft_text, published=dt.date(2026, 2, 26)), (), draft_mentions)]
    for sid, ms in (source_mentions or {}).items():
        infos.append(SourceInfo(Article(sid, "source text"), (), ms))
    return Report(sources=tuple(infos), facts=facts)


def fact(fid: str, kind: Kind, *mentions: Mention, status: Verdict = Verdict.AGREE) -> Fact:
    return Fact(id=fid, kind=kind, status=status, mentions=mentions)


def deadline_report(draft_clock: ClockTime, raw: str = "6:01 PM ET") -> Report:
    text = DRAFT.replace("6:01 PM ET", raw)
    d = mention("draft", Kind.TIME, raw, draft_clock, text=text)
    s1 = mention("002", Kind.TIME, "5:01 PM ET", clock(17, 1), start=10)
    s2 = mention("004", Kind.TIME, "5:01 pm (22:01 GMT)", ClockTime(22, 1, "UTC", 22 * 60 + 1), start=40)
    f = fact("f1", Kind.TIME, d, s1, s2, status=Verdict.DIVERGE)
    return report(text, (d,), (f,), {"002": (s1,), "004": (s2,)})


def compat_utc(a: Mention, b: Mention) -> bool:
    """Clock times agree on the same UTC instant (what the real rule does for zoned times)."""
    if isinstance(a.value, ClockTime) and isinstance(b.value, ClockTime):
        return a.value.utc == b.value.utc
    return same(a, b)


def test_a_contradicted_value_is_an_error_with_the_sources_wording() -> None:
    findings, checked = evaluate(deadline_report(clock(18, 1)), "draft", compatible=compat_utc)
    assert checked == 1
    [f] = findings
    assert (f.rule, f.level, f.kind) == (Rule.DIVERGE, Level.ERROR, Kind.TIME)
    assert (f.raw, f.fact) == ("6:01 PM ET", "f1")
    assert {e.source for e in f.evidence} == {"002", "004"}
    assert "5:01 PM ET" in f.message and "6:01 PM ET" in f.message


def test_a_value_every_source_agrees_with_is_silent() -> None:
    findings, _ = evaluate(deadline_report(clock(17, 1), "5:01 PM ET"), "draft", compatible=compat_utc)
    assert findings == ()


def test_fail_on_without_diverge_downgrades_to_warning() -> None:
    policy = Policy(fail_on=frozenset())
    [f] = evaluate(deadline_report(clock(18, 1)), "draft", policy, compatible=compat_utc)[0]
    assert f.level is Level.WARNING


def test_unchecked_kinds_are_skipped() -> None:
    policy = Policy(kinds=frozenset({Kind.MONEY}))
    assert evaluate(deadline_report(clock(18, 1)), "draft", policy, compatible=compat_utc) == ((), 0)


def _money_report(draft_amount: str, sources: dict[str, str]) -> Report:
    text = DRAFT.replace("$300 million", f"${draft_amount}")
    raw = f"${draft_amount}"
    d = mention("draft", Kind.MONEY, raw, money(draft_amount), text=text)
    others = tuple(mention(sid, Kind.MONEY, f"${v}", money(v), start=5) for sid, v in sources.items())
    return report(text, (d,), (fact("f2", Kind.MONEY, d, *others),), {m.source: (m,) for m in others})


def test_disputed_sources_make_a_note_when_the_draft_sides_with_one() -> None:
    r = _money_report("200000000", {"001": "200000000", "002": "250000000"})
    [f] = evaluate(r, "draft", compatible=same)[0]
    assert (f.rule, f.level) == (Rule.DISPUTED, Level.NOTE)
    assert "001" in f.message and "002" in f.message


def test_disputed_sources_still_fail_a_draft_that_matches_none() -> None:
    r = _money_report("300000000", {"001": "200000000", "002": "250000000"})
    [f] = evaluate(r, "draft", compatible=same)[0]
    assert (f.rule, f.level) == (Rule.DIVERGE, Level.ERROR)


def test_tolerance_lets_a_rounded_figure_pass() -> None:
    r = _money_report("300", {"001": "297"})
    assert evaluate(r, "draft", Policy(tolerance=0.02), compatible=same)[0] == ()
    [f] = evaluate(r, "draft", Policy(tolerance=0.005), compatible=same)[0]
    assert f.rule is Rule.DIVERGE


def test_within_tolerance_needs_the_same_currency_or_unit() -> None:
    assert within_tolerance(money("300"), money("297"), 0.02)
    assert not within_tolerance(money("300"), Money("EUR", Decimal(297)), 0.02)
    assert not within_tolerance(Quantity(Decimal(300), "hour"), Quantity(Decimal(297), "day"), 0.02)
    assert within_tolerance(Quantity(Decimal(300), "%"), Quantity(Decimal(297), "%"), 0.02)
    assert not within_tolerance(money("300"), money("297"), 0.0)
    assert not within_tolerance(money("300"), Quantity(Decimal(297)), 0.5)


def test_a_fact_only_the_draft_states_is_unsupported() -> None:
    text = "The company has 2,500 employees."
    d = mention("draft", Kind.NUMBER, "2,500 employees", Quantity(Decimal(2500), "employee"), text=text)
    r = report(text, (d,), (fact("f3", Kind.NUMBER, d, status=Verdict.UNIQUE),))
    [f] = evaluate(r, "draft", compatible=same)[0]
    assert (f.rule, f.level) == (Rule.UNSUPPORTED, Level.WARNING)
    assert evaluate(r, "draft", Policy(unsupported="error"), compatible=same)[0][0].level is Level.ERROR
    assert evaluate(r, "draft", Policy(fail_on=frozenset({"unique", "diverge"})),
                    compatible=same)[0][0].level is Level.ERROR
    assert evaluate(r, "draft", Policy(unsupported="ignore"), compatible=same)[0] == ()


def test_a_draft_mention_the_judge_left_out_is_unsupported_too() -> None:
    text = "The company has 2,500 employees."
    d = mention("draft", Kind.NUMBER, "2,500 employees", Quantity(Decimal(2500), "employee"), text=text)
    [f] = evaluate(report(text, (d,), ()), "draft", compatible=same)[0]
    assert f.rule is Rule.UNSUPPORTED and f.fact == ""


def _quote_report(draft_quote: str, draft_speaker: str | None, sources: dict[str, tuple[str, str | None]],
                  *, in_fact: bool = True) -> Report:
    text = f"“{draft_quote},” {draft_speaker or 'someone'} said."
    d = mention("draft", Kind.QUOTE, draft_quote, quote(draft_quote), text=text, speaker=draft_speaker)
    others = tuple(mention(sid, Kind.QUOTE, q, quote(q), start=3, speaker=who)
                   for sid, (q, who) in sources.items())
    facts = (fact("q1", Kind.QUOTE, d, *others),) if in_fact else ()
    return report(text, (d,), facts, {m.source: (m,) for m in others})


SOURCE_QUOTE = ("These threats do not change our position: "
                "we cannot in good conscience accede to their request")


@pytest.mark.parametrize("in_fact", [True, False])
def test_one_changed_word_in_a_quote_is_a_violation_naming_the_words(in_fact: bool) -> None:
    altered = SOURCE_QUOTE.replace("accede to", "accept")
    r = _quote_report(altered, "Amodei", {"004": (SOURCE_QUOTE, "Dario Amodei")}, in_fact=in_fact)
    [f] = evaluate(r, "draft", compatible=same)[0]
    assert (f.rule, f.level, f.kind) == (Rule.QUOTE, Level.ERROR, Kind.QUOTE)
    assert ("“…in good conscience accept their request” — sources have "
            "“…in good conscience accede to their request”") in f.message
    assert f.message.count("These threats") == 0


def test_a_quote_cut_short_and_retypeset_is_fine() -> None:
    draft_quote = "these threats don\u2019t".replace("don\u2019t", "do not") + " change our position"
    r = _quote_report(draft_quote, "Amodei", {"001": ("Regardless, " + SOURCE_QUOTE, "Dario Amodei")})
    assert evaluate(r, "draft", compatible=same)[0] == ()


def test_a_quote_given_to_another_speaker_is_a_violation() -> None:
    r = _quote_report(SOURCE_QUOTE, "Pete Hegseth", {"004": (SOURCE_QUOTE, "Dario Amodei")})
    [f] = evaluate(r, "draft", compatible=same)[0]
    assert f.rule is Rule.QUOTE and "Hegseth" in f.message and "Dario Amodei" in f.message


def test_a_quote_matching_one_source_exactly_passes_even_if_another_differs() -> None:
    r = _quote_report(SOURCE_QUOTE, "Amodei", {"004": (SOURCE_QUOTE, "Dario Amodei"),
                                              "009": (SOURCE_QUOTE.replace("accede to", "accept"), None)})
    assert evaluate(r, "draft", compatible=same)[0] == ()


def test_an_unknown_quote_is_unsupported_not_a_misquote() -> None:
    r = _quote_report("We will see them in court", "Amodei", {"004": (SOURCE_QUOTE, "Dario Amodei")})
    [f] = evaluate(r, "draft", compatible=same)[0]
    assert (f.rule, f.level) == (Rule.UNSUPPORTED, Level.WARNING)


def test_match_quote_reports_inner_changes_only() -> None:
    m = match_quote("do not change our position", "these threats do not change our position: we cannot")
    assert m.exact and m.matched == 5 and m.share == 1.0
    m = match_quote("do not alter our position", "these threats do not change our position")
    assert m.changes == (("alter", "change"),) and m.matched == 4


def test_aliases_make_two_spellings_of_an_organization_agree() -> None:
    text = "The Dept. of Energy declined to comment."
    d = mention("draft", Kind.ORG, "Dept. of Energy", Entity("Dept. of Energy", "org"), text=text)
    s = mention("001", Kind.ORG, "Department of Energy", Entity("Department of Energy", "org"), start=0)
    r = report(text, (d,), (fact("o1", Kind.ORG, d, s, status=Verdict.DIVERGE),), {"001": (s,)})
    assert evaluate(r, "draft", compatible=same)[0][0].rule is Rule.DIVERGE
    policy = Policy(aliases={"Dept. of Energy": "Department of Energy"})
    assert evaluate(r, "draft", policy, compatible=same)[0] == ()


def test_run_check_places_findings_on_file_lines_after_a_stripped_prefix() -> None:
    r = deadline_report(clock(18, 1))
    file_text = "date 2026-02-26\n" + DRAFT
    result = run_check(r, "draft", file_text=file_text, path="d.txt", compatible=compat_utc)
    [f] = result.findings
    assert f.location is not None
    assert (f.location.start.line, f.location.start.column) == (2, DRAFT.index("6:01") + 1)
    assert result.exit_code == 1


def test_run_check_keeps_only_findings_on_changed_lines() -> None:
    r = deadline_report(clock(18, 1))
    assert run_check(r, "draft", file_text=DRAFT, path="d", compatible=compat_utc,
                     changed=frozenset({2, 3})).findings == ()
    assert len(run_check(r, "draft", file_text=DRAFT, path="d", compatible=compat_utc,
                         changed=frozenset({1})).findings) == 1
    empty = run_check(r, "draft", file_text=DRAFT, path="d", compatible=compat_utc, changed=frozenset())
    assert empty.findings == () and empty.exit_code == 0 and empty.status


@pytest.mark.parametrize("marker", ["<!-- sourcediff: ignore -->", "# sourcediff: ignore",
                                    "// SourceDiff: ignore"])
def test_ignore_markers_on_the_line_or_the_line_before(marker: str) -> None:
    r = deadline_report(clock(18, 1))
    same_line = DRAFT.replace("on Friday.", f"on Friday. {marker}")
    assert run_check(r, "draft", file_text=same_line, path="d", compatible=compat_utc).findings == ()
    line_before = f"{marker}\n{DRAFT}"
    assert run_check(r, "draft", file_text=line_before, path="d", compatible=compat_utc).findings == ()
    two_before = f"{marker}\n\n{DRAFT}"
    assert len(run_check(r, "draft", file_text=two_before, path="d", compatible=compat_utc).findings) == 1


@pytest.mark.parametrize("entry", ["f1", "6:01 PM ET", "6:01 pm et", "18:01 America/New_York = 23:01Z"])
def test_ignore_entries_match_fact_id_words_or_value(entry: str) -> None:
    r = deadline_report(clock(18, 1))
    policy = Policy(ignore=(entry,))
    kept = run_check(r, "draft", file_text=DRAFT, path="d", compatible=compat_utc, policy=policy)
    assert kept.findings == ()
    other = Policy(ignore=("f9", "7:01 PM ET"))
    assert run_check(r, "draft", file_text=DRAFT, path="d", compatible=compat_utc, policy=other).findings


def test_with_the_pipelines_own_compatibility_rule() -> None:
    """The lead's compatible() judges ET against GMT by instant, so only the wrong hour fails."""
    from sourcediff.compare import compatible

    good = deadline_report(clock(17, 1), "5:01 PM ET")
    assert evaluate(good, "draft", compatible=compatible)[0] == ()
    [f] = evaluate(deadline_report(clock(18, 1)), "draft", compatible=compatible)[0]
    assert f.rule is Rule.DIVERGE


def _contract_report(cues: tuple[str, ...], aligned: bool) -> Report:
    from sourcediff.model import Claim, ClaimPassage

    text = "Anthropic won a $300 million contract in July."
    d = Mention(Kind.MONEY, "draft", 3, Span(16, 28), "$300 million", money("300000000"), slot="", cues=cues)
    s = Mention(Kind.MONEY, "000", 7, Span(20, 32), "$200 million", money("200000000"), cues=("contract",))
    rev = Mention(Kind.MONEY, "000", 7, Span(60, 71), "$14 billion", money("14000000000"), cues=("revenue",))
    members = (ClaimPassage("draft", 3 if aligned else 4), ClaimPassage("000", 7))
    return Report(
        sources=(SourceInfo(Article("draft", text), (), (d,)), SourceInfo(Article("000", "x"), (), (s, rev))),
        claims=(Claim("c1", 0.5, members),),
        facts=tuple(fact(f"f{i}", Kind.MONEY, m, status=Verdict.UNIQUE) for i, m in enumerate((d, s, rev))),
    )


def test_a_changed_figure_left_alone_by_the_judge_is_checked_against_aligned_sources() -> None:
    [f] = evaluate(_contract_report(("contract",), aligned=True), "draft", compatible=same)[0]
    assert (f.rule, f.level) == (Rule.DIVERGE, Level.ERROR)
    assert [e.raw for e in f.evidence] == ["$200 million"]  # not the revenue figure of the same sentence


@pytest.mark.parametrize(("cues", "aligned"), [(("contract",), False), (("grant",), True), ((), True)])
def test_without_alignment_and_a_shared_cue_it_stays_unsupported(cues: tuple[str, ...],
                                                                 aligned: bool) -> None:
    [f] = evaluate(_contract_report(cues, aligned), "draft", compatible=same)[0]
    assert (f.rule, f.level) == (Rule.UNSUPPORTED, Level.WARNING)


def test_a_vague_value_that_fits_the_draft_is_not_shown_against_it() -> None:
    def fits(a: Mention, b: Mention) -> bool:  # "hundreds of millions" holds any amount in its range
        va, vb = a.value, b.value
        assert isinstance(va, Money) and isinstance(vb, Money)
        lo, hi = vb.amount, vb.high or vb.amount
        return lo <= va.amount <= hi or va == vb

    text = DRAFT
    d = mention("draft", Kind.MONEY, "$300 million", money("300000000"), text=text)
    exact = mention("000", Kind.MONEY, "$200 million", money("200000000"), start=5)
    vague = mention("002", Kind.MONEY, "hundreds of millions of dollars",
                    Money("USD", Decimal(200_000_000), Decimal(999_999_999), "approx"), start=9)
    r = report(text, (d,), (fact("f2", Kind.MONEY, d, exact, vague, status=Verdict.DIVERGE),),
               {"000": (exact,), "002": (vague,)})
    [f] = evaluate(r, "draft", compatible=fits)[0]
    assert f.rule is Rule.DIVERGE
    assert [e.source for e in f.evidence] == ["000"]
    assert f.message == "Amount “$300 million” — sources say $200 million (000)"


@pytest.mark.parametrize(("raw", "precision", "warned"), [
    ("this month", "month", False), ("earlier this week", "week", False), ("last year", "year", False),
    ("Friday", "day", True), ("March 2025", "month", True)])
def test_relative_spans_are_not_warned_as_unsupported(raw: str, precision: str, warned: bool) -> None:
    from sourcediff.values import DateValue

    text = f"The talks resumed {raw}."
    value = DateValue(dt.date(2026, 2, 1), dt.date(2026, 2, 28), precision)
    d = mention("draft", Kind.DATE, raw, value, text=text)
    findings, checked = evaluate(report(text, (d,), ()), "draft", compatible=same)
    assert checked == 1
    assert [f.rule for f in findings] == ([Rule.UNSUPPORTED] if warned else [])
    if warned:
        assert findings[0].message == f"Date “{raw}” — stated by no source"


def test_the_message_names_each_source_file_line_and_outlet() -> None:
    r = deadline_report(clock(18, 1))
    infos = tuple(
        SourceInfo(Article(s.article.id, "x\n" * 6 + "Talks end at 5:01 PM ET.", outlet="npr.org",
                           path="src/002.txt"), (), s.mentions) if s.article.id == "002" else s
        for s in r.sources)
    sources = {"002": "date 2026-02-26\n" + "x\n" * 6 + "Talks end at 5:01 PM ET."}
    spanned = Report(sources=infos, facts=r.facts)
    result = run_check(spanned, "draft", file_text=DRAFT, path="d.md", compatible=compat_utc,
                       source_files=sources)
    [f] = result.findings
    assert f.message.startswith("Time “6:01 PM ET” — sources say 5:01 PM ET / 22:01 GMT (002 (npr.org) line ")
    assert f.evidence[0].path == "src/002.txt" and f.evidence[0].location is not None
    assert f.evidence[1].location is None, "no file text given for 004"
