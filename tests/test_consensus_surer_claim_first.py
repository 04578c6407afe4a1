"""A dissenter in two claims meets the consensus of the surer claim first (invented text).

A trade title's "will open the Corvan footbridge at a ceremony at 10:00" sat
in two claims: a weaker one about the opening (beside two outlets' "open to
the public at 2pm") and a surer one about the ceremony (beside two "9.30am").
Each claim's consensus made 10:00 its rival, and the claims' own order put
the weaker first: the judge merges pair by pair (factverdicts._groups) and a
source joins one group only, so 10:00 joined the two agreeing 2pm readings (a
false alarm) and the ceremony's planted rival was lost. The consensus now
walks the claims from the surest down (divergeconsensus._consensus_pairs).
The judge's passage similarity is fixed as in test_claim_consensus.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.diverge import divergent_pairs
from sourcediff.model import Claim, ClaimPassage, Mention
from sourcediff.pipeline import analyse
from sourcediff.values import ClockTime
from test_claim_consensus import WORDED_APART, _evidence

TEXTS = (
    "Brenmouth council will open the Corvan footbridge at a ceremony at 10:00 on Friday.",
    "The Corvan footbridge opens to the public at 2pm on Friday, the council said.",
    "Walkers and cyclists will be let on to the Corvan footbridge at 2 p.m. on Friday.",
    "The mayor will cut the ribbon on the Corvan footbridge at 9.30am on Friday.",
    "The Corvan footbridge will be opened by the mayor at a ceremony at 9.30 a.m. on Friday.",
)


def _first_rival_of_the_dissenter(weak_first: bool) -> str:
    infos = [analyse(Article.from_text(t, id=f"s{n}", published="2027-05-11")) for n, t in enumerate(TEXTS)]
    ms: list[Mention] = [m for s in infos for m in s.mentions]

    def claim(cid: str, score: float, sources: tuple[int, ...]) -> Claim:
        return Claim(id=cid, score=score, members=tuple(ClaimPassage(f"s{n}", 0) for n in sources))

    weak, sure = claim("c1", 0.45, (0, 1, 2)), claim("c2", 0.75, (0, 3, 4))
    claims = [weak, sure] if weak_first else [sure, weak]
    pairs = divergent_pairs(ms, claims, _evidence(infos, WORDED_APART))
    rivals = [ms[b if ms[a].source == "s0" else a].raw for a, b in pairs
              if isinstance(ms[a].value, ClockTime) and "s0" in (ms[a].source, ms[b].source)]
    assert rivals, pairs
    return rivals[0]


def test_the_surer_claims_consensus_comes_first_whatever_the_claims_order() -> None:
    assert _first_rival_of_the_dissenter(weak_first=True) in ("9.30am", "9.30 a.m.")
    assert _first_rival_of_the_dissenter(weak_first=False) in ("9.30am", "9.30 a.m.")
