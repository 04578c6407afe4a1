"""A month deadline against a day deadline in the same month of another year is one deadline misdated.

"must be finished by March 2032" against "by March 31, 2031" names one
deadline with its year changed; "by December 2031" against "by May 9, 2031"
may be two steps of one plan and stays apart. All text here is invented.
"""

from __future__ import annotations

import pytest

from pairverdict import pair_verdict
from sourcediff.model import Kind, Verdict

TEMPLATE = ("The inspectorate said the county must finish repairing its flood barriers by {}, "
            "or face a further penalty.")


def _deadline_verdict(a: str, b: str) -> Verdict:
    return pair_verdict(TEMPLATE, a, b, "2027-04-14", lambda f: f.kind is Kind.DATE)


@pytest.mark.parametrize(("a", "b"), [
    ("March 31, 2031", "March 2032"),
    ("30 June 2029", "June 2028"),
])
def test_a_month_of_another_year_contradicts_a_day_deadline(a: str, b: str) -> None:
    assert _deadline_verdict(a, b) is Verdict.DIVERGE


def test_the_same_month_and_year_agree() -> None:
    assert _deadline_verdict("March 31, 2031", "March 2031") is Verdict.AGREE


def test_another_month_is_not_set_against_a_day() -> None:
    assert _deadline_verdict("May 9, 2031", "December 2031") is not Verdict.DIVERGE
