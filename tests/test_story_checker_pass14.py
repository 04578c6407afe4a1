"""What a fact-checker read wrong in an invented rail-refund story (newuser14), on invented text.

* A headline's bare "12,000" carries its body's "about": the agreement's note
  quoted it as "states it as an estimate: “12,000”" and named the source twice.
* "Northline Trains said ..." made the operator a person: transport operators'
  head words ("Trains", "Buses", "Ferries") make
  a capitalized run an organization, as "Airlines" and "Railways" did.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.model import Kind, Report
from sourcediff.pipeline import compare

WIRE = ("Operator to refund 9,000 tram riders\n\n"
        "Harbourline Trains will refund about 9,000 riders who were overcharged, "
        "the company said on Tuesday.\n")
PAPER = "Some 9,000 riders will get refunds, Harbourline Trains said on Tuesday.\n"
SITE = "Harbourline Trains is refunding 9,000 riders, the operator said on Tuesday.\n"


def _report() -> Report:
    texts = {"wire": WIRE, "paper": PAPER, "site": SITE}
    return compare([Article(id=name, text=text) for name, text in texts.items()])


def test_one_hedge_note_per_source_quoting_the_hedged_words() -> None:
    fact = next(f for f in _report().facts if f.value == "9000")
    notes = [n for n in fact.notes if "estimate" in n]
    assert notes == ["wire states it as an estimate: \u201cabout 9,000\u201d",
                     "paper states it as an estimate: \u201cSome 9,000\u201d"]


def test_a_transport_operator_is_an_organization() -> None:
    kinds = {f.kind for f in _report().facts if "Harbourline" in f.value}
    assert kinds == {Kind.ORG}


def test_the_hidden_details_line_counts_in_the_singular_for_one() -> None:
    from sourcediff.render import RenderOptions
    from sourcediff.render.terminal import render_terminal_text

    stamped = "Published 14 March 2026\n\n" + WIRE
    report = compare([Article(id="wire", text=stamped), Article(id="paper", text=PAPER)])
    text = " ".join(render_terminal_text(report, RenderOptions()).split())
    assert "1 detail (vague spans, caption dates, byline stamps) not listed as unique" in text
