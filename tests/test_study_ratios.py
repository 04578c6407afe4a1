"""A study's hazard ratio and confidence interval are figures: outlets' ways of writing them meet or clash."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pairverdict import pair_verdict
from sourcediff.extract.statratios import INTERVAL_SLOT, RATIO_SLOT, find
from sourcediff.model import Fact, Verdict
from sourcediff.values import Quantity


def read(text: str) -> list[tuple[str, Quantity, str]]:
    return [(text[s:e], v, cue) for s, e, v, cue in find(text)]


@pytest.mark.parametrize(("text", "raw", "low", "high", "cue"), [
    ("Daily walkers had fewer strokes (HR 0.81; 95% CI 0.72-0.91) than the rest.", "0.81", "0.81",
     None, "hazard ratio"),
    ("The hazard ratio for night-shift nurses was 1.42, the team said.", "1.42", "1.42", None,
     "hazard ratio"),
    ("Smokers had an odds ratio of 2.7 for the disease.", "2.7", "2.7", None, "odds ratio"),
    ("The relative risk (RR) 1.15 held after adjustment.", "1.15", "1.15", None, "relative risk"),
    ("with an adjusted hazard ratio (HR) 0.76 for the new drug", "0.76", "0.76", None, "hazard ratio"),
    ("the 95% confidence interval ran from 0.72 to 0.91, the paper says", None, None, None, None),
])
def test_a_ratio_after_its_name_is_read(text: str, raw: str | None, low: str | None, high: str | None,
                                        cue: str | None) -> None:
    ratios = [r for r in read(text) if not r[2].endswith(" ci")]
    if raw is None:
        assert ratios == []
        return
    [(got_raw, value, got_cue)] = ratios
    assert (got_raw, value.amount, value.high, got_cue) == (raw, Decimal(low or 0), high, cue)


@pytest.mark.parametrize(("text", "raw", "low", "high", "cue"), [
    ("(HR 0.81; 95% CI 0.72-0.91)", "0.72-0.91", "0.72", "0.91", "95% ci"),
    ("(HR 0.81; 95% CI 0.72–0.91)", "0.72–0.91", "0.72", "0.91", "95% ci"),
    ("a hazard ratio of 0.81 (95% confidence interval 0.72 to 0.91)", "0.72 to 0.91", "0.72", "0.91",
     "95% ci"),
    ("OR 2.7 (90% CI, 1.9 to 3.8)", "1.9 to 3.8", "1.9", "3.8", "90% ci"),
])
def test_a_confidence_interval_is_a_range_with_its_level(text: str, raw: str, low: str, high: str,
                                                         cue: str) -> None:
    [(got_raw, value, got_cue)] = [r for r in read(text) if r[2].endswith(" ci")]
    assert (got_raw, value.amount, value.high, got_cue) == (raw, Decimal(low), Decimal(high), cue)


@pytest.mark.parametrize("text", [
    "A relative risk of 1.5 per cent was reported.",          # a share, not a ratio
    "Tea or coffee: 2 cups a day at most.",                    # "or" is a conjunction
    "The risk ratio was 3 times higher among men.",            # a multiple
    "HR departments hired 40 staff.",                          # human resources, no figure after it
    "The odds ratio of 12 mg doses was not reported.",          # a dose, not a ratio
])
def test_what_is_no_ratio_stays_unread(text: str) -> None:
    assert [r for r in read(text) if not r[2].endswith(" ci")] == []


def _ratio(f: Fact) -> bool:
    return any(m.slot in (RATIO_SLOT, INTERVAL_SLOT) for m in f.mentions)


_STUDY = ("Researchers at Delmont University followed 40,000 office workers for nine years and found that "
          "those who sat for more than ten hours a day had a higher risk of heart failure, with a hazard "
          "ratio of {}, according to the paper published on Monday.")


@pytest.mark.parametrize(("a", "b", "verdict"), [
    ("1.31", "1.31", Verdict.AGREE),
    ("1.31", "1.13", Verdict.DIVERGE),
])
def test_two_outlets_ratios_meet_or_clash(a: str, b: str, verdict: Verdict) -> None:
    assert pair_verdict(_STUDY, a, b, "2026-05-04", _ratio) is verdict


_INTERVAL = ("Researchers at Delmont University followed 40,000 office workers for nine years and found a "
             "higher risk of heart failure among those who sat all day (HR 1.31; 95% CI {}), the paper "
             "published on Monday said.")


@pytest.mark.parametrize(("a", "b", "verdict"), [
    ("1.12-1.53", "1.12 to 1.53", Verdict.AGREE),
    ("1.12-1.53", "1.21-1.53", Verdict.DIVERGE),
])
def test_two_outlets_intervals_meet_or_clash(a: str, b: str, verdict: Verdict) -> None:
    assert pair_verdict(_INTERVAL, a, b, "2026-05-04", _ratio) is verdict
