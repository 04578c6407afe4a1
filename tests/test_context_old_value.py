"""A change's old value ("4.2%, down from 6.0%") is not matched by its new value's words.

"The depot reported a median wait of 4.2%, down from 6.0% the year
before": the words around the old value are the new one's ("median"), so
the context rule (divergecontext.py ``_context_pairs``) set the old 6.0%
against other outlets' "median delay was 31.5%", and a figure only the
local paper gives joined another fact. All text here is invented.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.model import Kind, Verdict
from sourcediff.pipeline import compare

NATIONAL = ("The national rail regulator said on Thursday that 12.4% of trains ran late last year.\n\n"
            "The median cancellation rate was 3.5%, it said.\n\n"
            "Ministers said punctuality was improving.\n")
# The local paper's box gives its own (divergent) national rate, then the depot's change.
LOCAL = ("National figures show 12.4% of trains ran late last year.\n\n"
         "- Cancellation rate: 5.3%\n\n"
         "Closer to home, Harwick depot, which employs about 300 staff, "
         "reported a median rate of {} late trains, down from {} the year before.\n\n"
         "The depot manager said new rolling stock had helped.\n")


def _facts(new: str, old: str) -> dict[str, tuple[Verdict, frozenset[str]]]:
    articles = [Article(id="wire", text=NATIONAL),
                Article(id="paper", text=NATIONAL.replace("Ministers said", "The minister said")),
                Article(id="local", text=LOCAL.format(new, old))]
    report = compare(articles)
    out = {}
    for f in report.facts:
        if f.kind is Kind.PERCENT:
            for m in f.mentions:
                out[m.raw] = (f.status, frozenset(x.source for x in f.mentions))
    return out


def test_the_old_value_of_a_local_change_stays_the_local_paper_own() -> None:
    facts = _facts("4.2%", "6.0%")
    assert facts["6.0%"] == (Verdict.UNIQUE, frozenset({"local"}))
    assert facts["4.2%"] == (Verdict.UNIQUE, frozenset({"local"}))


def test_the_box_figure_still_diverges_from_the_national_one() -> None:
    facts = _facts("4.2%", "6.0%")
    assert facts["5.3%"] == (Verdict.DIVERGE, frozenset({"wire", "paper", "local"}))
    assert facts["3.5%"] == facts["5.3%"]
    assert facts["12.4%"][0] is Verdict.AGREE

