"""A count in the tens, two sources with its noun and a third with another: one dissenter (invented text).

"brought back 12 specimens" against "collected 14 specimens", "fourteen
specimens" and a third outlet's "14 frogs": the noun alone was too weak for
a count under a hundred, the third outlet's other noun left the noun's
consensus one source short, and the first source's own "the 14 frogs"
elsewhere made the agreed figure look like a coincidence of two counts to
the lone-rival rule, so the odd figure stood as a unique fact and the
divergence was lost. Three sources agreeing on the value, two of them on the
noun as well, now set the fourth's figure against theirs. Two agreeing
sources alone still do not: a count in the tens may be another batch.
"""

from __future__ import annotations

from sourcediff import Article, compare

PUBLISHED = "2027-06-08"

LEAD = ("A team of five divers led by archaeologist Mara Quill of the Carrow Maritime Trust raised 23 crates "
        "from the wreck of the Ellamere during a nine-day dive from May 4 to May 12, the trust said.\n\n"
        "None of the 23 boxes had been opened since the ship sank, Quill said.")
OTHER_NOUN = ("Divers from the Carrow Maritime Trust found 23 boxes of porcelain in the hold of the Ellamere "
              "during nine days of dives in May.")
SAME_NOUN = ("The Carrow Maritime Trust (CMT) recovered twenty-three crates from the Ellamere over a "
             "nine-day campaign, 4-12 May 2027, with a five-member dive team.")
DISSENT = ("Divers from the Carrow Maritime Trust spent ten days on the wreck of the Ellamere in May and "
           "brought back 26 crates, the trust said in a report published on Friday.")


def _crate_facts(texts: list[str]) -> list[tuple[str, list[str]]]:
    arts = [Article.from_text(t, id=f"s{i}", published=PUBLISHED) for i, t in enumerate(texts)]
    return [(f.status.value, sorted(m.raw for m in f.mentions)) for f in compare(arts).facts
            if any(m.raw in {"23", "twenty-three", "26"} for m in f.mentions)]


def test_the_odd_count_diverges_when_three_agree_and_two_share_its_noun() -> None:
    facts = _crate_facts([LEAD, OTHER_NOUN, SAME_NOUN, DISSENT])
    assert len(facts) == 1, facts
    status, raws = facts[0]
    assert status == "diverge" and "26" in raws and "twenty-three" in raws, facts


def test_two_agreeing_sources_leave_the_odd_count_alone() -> None:
    facts = _crate_facts([LEAD, SAME_NOUN, DISSENT])
    assert not any(status == "diverge" for status, _ in facts), facts
    assert ("unique", ["26"]) in facts
