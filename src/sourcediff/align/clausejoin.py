"""A long passage's clause joins the claim of the fact it states (issue #11, the aligner's last step).

A wire lead or a long recap states two or three facts ("Four people died
and 31 were hurt, nine of them seriously, when the coach left the road")
that other outlets state in separate sentences. The pair model was trained
on sentence pairs: against a one-fact sentence the whole lead scores low
(its other facts dilute the words both share), so it sits in the claim of
one fact and misses the others (benchmarks/notes/align37.md: 252 of the 374
missed gold pairs of the twenty weakest held-out stories).

Here such a passage is cut into clauses at safe boundaries (a semicolon, a
comma before a joining word, a dash aside) and each clause is scored, as a
sentence of its own, with the same features and model against the passages
the candidate index proposed for the whole passage: a clause against a
one-fact sentence scores like a sentence against one. The passage X joins
the claim C of another fact when one of its clauses, k:

- states a figure of its own (cluster.figure_keys: no date or part of day):
  a clause of background words ("when the coach left the road", "before any
  discounts") matched the claims of neighbouring facts, and one naming a
  person every other source names made a wrong pair (align51.md);
- pairs with a member of C at ``split_at`` (the model sure the two are one
  fact), with every other-source member at ``merge_at`` and with their mean at
  ``second_at`` (the fit attach asks of a source's runner-up); a member
  seated in another claim too is not read when its source has a member
  seated in C alone (:func:`_source_fits`: a claim often holds an outlet's
  one-fact sentence and its lead, and the clause pairs with the sentence);
- is not the clause that fits X's own claim best: another clause holds that
  seat, so k's fact is a second one the passage states (a clause of the fact
  X already sits with, matching a neighbour's claim, made the wrong pairs);

and X already sits in a claim and is no headline; C holds two members of
other sources or more and no headline (a headline's claim sums up the
story). Each such clause gives X the seat that fits it best. Thresholds are the
clustering's own; there is no new knob.

The clause is read against every other-source member of the claims it may
join, proposed by the candidate index or not (the index proposes partners
for the whole passage; a member the clause alone matches may be none of
them), each read as a candidate of x would be (benchmarks/notes/align51.md).

Cost: only passages that split are read, and each clause only against the
candidates of its passage (the index's few partners per source), so the
step follows the candidates, never all pairs. A passage with no figure inside
a clause is dropped before any clause doc is built, a clause is read only
against partners whose claims it could move, and a passage's rows go to the
model in one call (benchmarks/notes/perf43.md: about 20 -> 14 ms of a seeds
compare, every output the same).
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from sourcediff.align.clausefigures import figure_seat, own_figures
from sourcediff.align.cluster import Pair, Thresholds, figure_keys
from sourcediff.align.clusterbase import holders
from sourcediff.align.clusterfigures import NOT_FIGURES
from sourcediff.align.features import PassageDoc, Story, pair_features_each, passage_doc, value_family_keys
from sourcediff.align.model import PairModel, load_model
from sourcediff.align.similarity import FACT_KEY_BOOST, Similarity, fact_keys
from sourcediff.model import Kind, Mention, Passage, SourceInfo, Span
from sourcediff.text import fold

# Where a clause may end: a semicolon, a comma before a word that opens a clause of its own, a dash
# set off by spaces; "and"/"but" without a comma only before "that", "then" or a pronoun subject (a bare
# "and" joins words more often than clauses), or before a figure or a capitalised word, which open a
# new subject ("... four died and 31 were hurt", "... and Harbour police said"; before an article too
# split noun lists: benchmarks/notes/align51.md); a past-tense predicate after a comma; a bare clause opener.
# Not a participle after a comma (", carrying 900 tonnes"): measured, it split asides that then met the
# claims of neighbouring facts (benchmarks/notes/align41.md: +4 gold pairs, +8 wrong).
BOUNDARY = re.compile(
    r";\s+"
    r"|,\s+(?=(?:and|but|while|after|before|as|which|who|where|when|although|though|whereas|with|then)\b)"
    r"|,\s+(?=[a-z]+ed\s)"  # a second predicate of the same subject: ", climbed the fence"
    r"|\s+(?=(?:and|but)\s+(?:that|then|he|she|they|it|we)\s)"  # "... and that the backlog should ..."
    r"|\s+(?=and\s+[A-Z0-9$\u00a3\u20ac])"  # a new subject: "... and 31 were hurt"
    r"|\s+(?=(?:when|while|whereas|although)\s)"  # a clause opener needs no comma: "... boxes when gusts ..."
    r"|\s+[\u2014\u2013]\s+|\s+--?\s+")
# "and"/"but" before an auxiliary, outside a quotation: a second predicate of the same subject
# ("is asking for 450,000 and has raised 112,000", "opened in 1871 and was 520 m long"), each
# predicate a fact that other outlets state in a sentence of its own. An auxiliary after "and"
# opens a verb phrase, never a noun in a list. Of the unsplit multi-fact passages read in
# benchmarks/notes/align49.md it is the commonest boundary after a participle; the participle and
# a bare "after"/"before" were measured there too, and each made more wrong pairs than this one.
SECOND_PREDICATE = re.compile(
    r"\s+(?=(?:and|but)\s+(?:is|was|are|were|has|had|have|will|would|could|can|may|might|must|should)\s)")
_QUOTED = re.compile(r"\u201c[^\u201d]*\u201d?|\"[^\"]*\"?")
# An apposition or a prepositional tail after a comma that states a figure of its own (", a rise of
# 21% on the year", ", in a scheme costing 86 million", ", up from 12 in 2019"): other outlets state
# that figure in a sentence of its own (align49.md's tally). Cut only where the tail holds a number its
# main clause does not; only the tail may take a second seat (offered again, a main clause joined the
# claims of neighbouring facts of its own event: align49.md, align60.md), and each of its figures
# counts as a word towards MIN_CLAUSE_WORDS (the figure is the tail's fact).
TAIL_OPENER = re.compile(
    r",\s+(?=(?:a|an|the|in|by|at|for|on|from|up|down|to|under|over|worth|costing)\s)")
_REPORTING = re.compile(r"\b(?:said|says|told|announced|confirmed|added)\b")
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'-]*$")
_ARTICLE = re.compile(r"(?:a|an|the)\s")
_TIME_OR_YEAR = re.compile(
    r"\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\d\d:\d\d|(?:1[89]|20)\d\d\b(?![,.]\d)", re.IGNORECASE)
_NUMBER = re.compile(r"\d(?:[\d,.]*\d)?|\b(?:" + "|".join(
    ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
     "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety").split())
    + r")\b", re.IGNORECASE)
# A clause shorter than this many words (of three letters or more) stays with its neighbour:
# "nine of them seriously" is no fact of its own.
MIN_CLAUSE_WORDS = 4
_WORD = re.compile(r"[^\W\d_]{3,}")


def clause_spans(text: str, second_seat_cuts: bool = True) -> list[tuple[int, int]]:
    """The (start, end) offsets of a passage's clauses in ``text``, or [] when it does not split in two."""
    return [(a, b) for a, b, _ in clause_parts(text, second_seat_cuts)]


def _numbers(text: str, start: int, end: int) -> set[str]:
    """The numbers between ``start`` and ``end``, but times of day and years: they date, state no figure."""
    return {m.group().casefold().replace(",", "") for m in _NUMBER.finditer(text, start, end)
            if not _TIME_OR_YEAR.match(text, m.start())}


def _tail_cuts(text: str, quoted: Sequence[tuple[int, int]], ends: Collection[int]) -> set[int]:
    """Where an apposition or a prepositional tail with a number of its own opens a clause (TAIL_OPENER).

    Not a reporting clause (", the fire service said at its 5pm briefing"): it states who said the
    sentence, no fact; nor an apposition after a name (", in the Storting, the 169-member chamber"):
    it says what the name is.
    """
    found = [m for m in TAIL_OPENER.finditer(text)
             if m.end() not in ends and not any(a < m.end() < b for a, b in quoted)]
    cuts = sorted({0, *ends, *(m.end() for m in found), len(text)})
    out = set()
    for m in found:
        e = m.end()
        k = cuts.index(e)
        if _REPORTING.search(text, e, cuts[k + 1]):
            continue
        if _NAME_BEFORE.search(text, 0, m.start()) and _ARTICLE.match(text, e):
            continue
        if _numbers(text, e, cuts[k + 1]) - _numbers(text, cuts[k - 1], e):
            out.add(e)
    return out


def clause_parts(text: str, second_seat_cuts: bool = True) -> list[tuple[int, int, bool]]:
    """Each clause's (start, end) and whether it may take a second seat; [] when ``text`` does not split.

    A tail with a figure of its own (TAIL_OPENER) only cuts a clause the other boundaries give,
    and only where both sides are clauses (MIN_CLAUSE_WORDS): merged with a short neighbour, a new
    cut moved the other boundaries (a bare "before" in "... and will appear before the court on 15
    December" lost the clause "and will appear ..."; align60.md). The clause it ends is the main
    clause of the tail: it keeps the passage's own seat and takes no second one. Without
    ``second_seat_cuts`` the tails are not read (phrasejoin's runs: no figure tells a tail's fact
    from wording the seat's sentence shares).
    """
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    second = (m.end() for m in SECOND_PREDICATE.finditer(text))
    ends = {m.end() for m in BOUNDARY.finditer(text)} | {
        e for e in second if not any(a < e < b for a, b in quoted)}
    tails = _tail_cuts(text, quoted, ends) if second_seat_cuts else set()
    out: list[tuple[int, int, bool]] = []
    for a, b, _ in _pieces(text, [0, *sorted(ends), len(text)], frozenset()):
        inner = [a, *sorted(e for e in tails if a < e < b), b]
        out.extend((x, y, y not in tails) for x, y, _ in _pieces(text, inner, tails))
    return out if len(out) >= 2 else []


def _pieces(text: str, cuts: Sequence[int], figured: Collection[int]) -> list[tuple[int, int, int]]:
    """The (start, end, words) of the clauses between ``cuts``, each short piece merged with a neighbour.

    A piece starting at a ``figured`` cut counts each number in it as a word (the figure is its fact).
    """
    pieces: list[tuple[int, int, int]] = []  # start, end, words
    for a, b in itertools.pairwise(cuts):
        words = len(_WORD.findall(text, a, b))
        if a in figured:
            words += len(_NUMBER.findall(text, a, b))
        if pieces and (words < MIN_CLAUSE_WORDS or pieces[-1][2] < MIN_CLAUSE_WORDS):
            pieces[-1] = (pieces[-1][0], b, pieces[-1][2] + words)
        else:
            pieces.append((a, b, words))
    if len(pieces) >= 2 and pieces[-1][2] < MIN_CLAUSE_WORDS:
        last = pieces.pop()
        pieces[-1] = (pieces[-1][0], last[1], pieces[-1][2] + last[2])
    return pieces


@dataclass(frozen=True)
class Clause:
    """One clause of a passage, as the pair model reads a sentence."""

    doc: PassageDoc
    terms: dict[str, float]  # stems and fact keys, as the judge's similarity weighs a passage
    figures: frozenset[str]
    names: frozenset[str] = frozenset()  # people and organizations the clause names (PassageDoc.names)
    seatable: bool = True  # False for the main clause a figured tail ends (clause_parts)


def _clauses(n: int, doc: PassageDoc, passage: Passage, mentions: Sequence[Mention],
             parts: Sequence[tuple[int, int, bool]]) -> list[Clause]:
    """The clauses of ``parts`` (the passage's `clause_parts`, read once for `_may_split` too)."""
    out = []
    for k, (a, b, seatable) in enumerate(parts):
        start, end = passage.start + a, passage.start + b
        text = passage.text[a:b]
        # A negative index: no passage of the comparison has it, so Story's vector cache keeps them apart.
        part = Passage(passage.source, -(n * 64 + k + 1), passage.paragraph, Span(start, end), text,
                       fold(text), passage.role)
        inside = [m for m in mentions if m.span.start >= start and m.span.end <= end]
        cdoc = passage_doc(part, inside, doc.position)
        terms: dict[str, float] = {t: float(c) for t, c in cdoc.stems.items()}
        for key, c in fact_keys(inside).items():
            terms[key] = terms.get(key, 0.0) + c * FACT_KEY_BOOST
        out.append(Clause(cdoc, terms, figure_keys(cdoc.values, cdoc.qualified), cdoc.names, seatable))
    return out


def _states_figure(passage: Passage, m: Mention) -> bool:
    """Whether ``m`` gives its clause a figure (a key `figure_keys` keeps).

    The family before "=" of `value_family_keys` does not depend on the text
    around the mention (only a count's noun, after the family, does), so the
    whole passage answers for any clause of it.
    """
    return any(not k.split("=", 1)[0].startswith(NOT_FIGURES) for k in value_family_keys(passage, m))


def _may_split(passage: Passage, mentions: Sequence[Mention], parts: Sequence[tuple[int, int, bool]]) -> bool:
    """Whether some clause of the passage can state a figure, read before any clause's doc is built.

    Most seated passages do not split or hold no figure inside a clause; a
    clause's doc (its wording, keys and boxes) was most of the step's cost
    for them. False only where `_clauses` would give no clause with figures. ``parts`` is the
    passage's `clause_parts`, computed once for this test and `_clauses`.
    """
    spans = [(a, b) for a, b, seatable in parts if seatable]  # cheaper test first
    if not spans:
        return False
    figured = [m for m in mentions if _states_figure(passage, m)]
    return any(passage.start + a <= m.span.start and m.span.end <= passage.start + b
               for a, b in spans for m in figured)


def join_clauses(claims: list[list[int]], sources: Sequence[SourceInfo], docs: Sequence[PassageDoc],
                 story: Story, sim: Similarity, probs: Mapping[Pair, float], candidates: np.ndarray,
                 candidate_similarity: np.ndarray, thresholds: Thresholds,
                 titles: Collection[int] = ()) -> list[list[int]]:
    """The claims, each joined by the seated long passages a clause of which states its fact (see module)."""
    holding = holders(claims)  # a passage -> the claims it sits in
    index = {(d.source, d.index): n for n, d in enumerate(docs)}
    texts: dict[int, tuple[Passage, list[Mention]]] = {}
    for s in sources:
        mentions: dict[int, list[Mention]] = defaultdict(list)
        for mention in s.mentions:
            mentions[mention.passage].append(mention)
        for p in s.passages:
            n = index.get((s.article.id, p.index))
            if n is not None and n in holding and n not in titles and p.role != "title":
                texts[n] = (p, mentions[p.index])
    parts = {n: clause_parts(p.text) for n, (p, _) in texts.items()}  # once: both tests below read them
    split = {n: cl for n, (p, ms) in texts.items() if _may_split(p, ms, parts[n])
             and len(cl := _clauses(n, docs[n], p, ms, parts[n])) >= 2 and any(_keyed(c) for c in cl)}
    if not split:
        return claims
    partners: dict[int, list[int]] = defaultdict(list)
    for i, j in probs:
        if i in split:
            partners[i].append(j)
        if j in split:
            partners[j].append(i)
    wanted = {m for ps in partners.values() for m in ps}
    best = _best_in_sources(docs, candidates, candidate_similarity, wanted)
    model = load_model()
    source_of = [d.source for d in docs]
    known: dict[int, frozenset[str]] = {}

    def figures(m: int) -> frozenset[str]:
        """A passage's figures, computed once for the whole step (claims share members)."""
        if m not in known:
            known[m] = figure_keys(docs[m].values, docs[m].qualified)
        return known[m]

    quoted = frozenset(n for s in sources for m in s.mentions if m.kind is Kind.QUOTE
                       and (n := index.get((s.article.id, m.passage))) is not None)
    out = [list(c) for c in claims]
    for x, clauses in split.items():
        fits = _fits(x, clauses, partners[x], holding, claims, docs, story, sim, best, model, thresholds,
                     titles, source_of)
        for c in _seats(x, clauses, fits, claims, holding, source_of, thresholds, titles, docs,
                        frozenset(partners[x]), figures, quoted):
            out[c].append(x)
    return [sorted(c) for c in out]


def _fits(x: int, clauses: Sequence[Clause], partners: Sequence[int], holding: Mapping[int, Sequence[int]],
          claims: Sequence[Sequence[int]], docs: Sequence[PassageDoc], story: Story, sim: Similarity,
          best: Mapping[tuple[int, str], float], model: PairModel, thresholds: Thresholds,
          titles: Collection[int], source_of: Sequence[str]) -> list[dict[int, float]]:
    """Each clause's P(same claim) with the partners it is read against, figure-less clauses only if needed.

    A clause with a figure is read against the candidate partners of x that
    sit in x's own claims or in a claim x may join (`_open`); a partner in
    no such claim moves no seat (the best-ratio columns still read every
    partner's similarity, so each row is the one it was). The other-source
    members of those claims are read too, as partners, candidates or not. A
    clause without a figure joins nothing: it only tells which clause holds x's own seat,
    so it is read against the members of x's own claims, and only when some
    clause with a figure finds a claim to join (most find none). Without it
    `_seats` gives the same answer: a claim a clause joins has a member that
    clause fits at ``split_at`` (above 0), so the figure-less clauses'
    partners add no claim to choose from.
    """
    own = {m for c in holding[x] for m in claims[c]}
    # Each claim a partner sits in, once: at 80 sources a claim holds dozens of x's partners, and
    # walking its members once per partner made this set the step's largest cost after the model.
    met = dict.fromkeys(c for p in partners for c in holding.get(p, ()))
    useful = own | {m for c in met if _open(x, claims[c], source_of, titles) for m in claims[c]}
    figured = [k for k, clause in enumerate(clauses) if _keyed(clause)]
    fits: list[dict[int, float]] = [{} for _ in clauses]
    # Every other-source member of a claim x may join is read, candidate or not: the index proposes
    # partners for the whole passage, and a member the clause alone matches may be none of them.
    extra = [m for c in met if _open(x, claims[c], source_of, titles) for m in claims[c]
             if source_of[m] != source_of[x]]
    partners = list(dict.fromkeys([*partners, *extra]))
    read = list(dict.fromkeys([*(m for m in partners if m in useful), *extra]))
    for k, fit in zip(figured, _clause_probs(x, [clauses[k] for k in figured], partners,
                                             [read] * len(figured), docs, story, sim, best, model),
                      strict=True):
        fits[k] = fit
    rest = [k for k in range(len(clauses)) if k not in figured]
    if not rest:
        return fits
    if thresholds.split_at > 0 and not any(
            _choice(x, fits[k], claims, _near([fits[k]], holding), source_of, thresholds, titles, clauses[k],
                    docs, holding) is not None
            for k in figured):
        return fits  # no seat to take: the figure-less clauses would only decide which one is skipped
    asked = [m for m in partners if m in own]
    for k, fit in zip(rest, _clause_probs(x, [clauses[k] for k in rest], partners, [asked] * len(rest),
                                          docs, story, sim, best, model), strict=True):
        fits[k] = fit
    return fits


def _best_in_sources(docs: Sequence[PassageDoc], candidates: np.ndarray, similarity: np.ndarray,
                     wanted: Collection[int]) -> dict[tuple[int, str], float]:
    """Each wanted passage's best judge similarity with a candidate in each other source (best ratios)."""
    best: dict[tuple[int, str], float] = defaultdict(float)
    for (i, j), s in zip(candidates.tolist(), similarity.tolist(), strict=True):
        if i in wanted:
            key = (i, docs[j].source)
            best[key] = max(best[key], s)
        if j in wanted:
            key = (j, docs[i].source)
            best[key] = max(best[key], s)
    return best


def _clause_probs(x: int, clauses: Sequence[Clause], partners: Sequence[int], asked: Sequence[Sequence[int]],
                  docs: Sequence[PassageDoc], story: Story, sim: Similarity,
                  best: Mapping[tuple[int, str], float], model: PairModel) -> list[dict[int, float]]:
    """P(same claim) of each clause with the partners asked for it, read as candidate pairs are.

    The best-ratio columns compare the clause with all of x's candidate
    partners in the partner's source (the judge's similarity, cheap), as the
    index's candidates compare a passage; only the pairs asked for are fed to
    the model (its features are the step's cost).
    """
    rows: list[list[float]] = []
    for clause, wanted in zip(clauses, asked, strict=True):
        # the best-ratio columns need the best partner of each source a wanted partner is in, no other
        sources = {docs[y].source for y in wanted}
        read = [y for y in partners if docs[y].source in sources]
        part = sim.part_vector(clause.terms, clause.doc.thin)
        sims = dict(zip(read, sim.score_part_each(part, clause.doc.sorted_tokens,
                                                  [(docs[y].source, docs[y].index) for y in read]),
                        strict=True))
        top: dict[str, float] = defaultdict(float)
        for y, v in sims.items():
            top[docs[y].source] = max(top[docs[y].source], v)
        # the clause's side of the features read once for all its partners (pair_features_each)
        for y, features in zip(wanted, pair_features_each(clause.doc, [docs[y] for y in wanted], story),
                               strict=True):
            v = sims[y]
            mine = v / top[docs[y].source] if top[docs[y].source] else 0.0
            theirs_best = max(best.get((y, docs[x].source), 0.0), v)
            theirs = v / theirs_best if theirs_best else 0.0
            rows.append([*features, v, min(mine, theirs), max(mine, theirs)])
    # one model call for all the clauses' rows: probability_each gives each row what it would get alone
    probs: list[float] = model.probability_each(rows).tolist() if rows else []
    out: list[dict[int, float]] = []
    at = 0
    for wanted in asked:
        out.append(dict(zip(wanted, probs[at:at + len(wanted)], strict=True)))
        at += len(wanted)
    return out


def _seats(x: int, clauses: Sequence[Clause], fits: Sequence[Mapping[int, float]],
           claims: Sequence[Sequence[int]], holding: Mapping[int, Sequence[int]], source_of: Sequence[str],
           thresholds: Thresholds, titles: Collection[int], docs: Sequence[PassageDoc],
           proposed: Collection[int] = (),
           figures: Callable[[int], frozenset[str]] | None = None, quoted: Collection[int] = ()) -> set[int]:
    """The claims x joins, the best fitting one per clause (the tests of the module docstring).

    A clause the model seats nowhere may still join the claim its own figures state
    (clausefigures.figure_seat) when ``figures`` is given.
    """
    def mean_fit(k: int, claim: Sequence[int]) -> float:
        others = [m for m in claim if source_of[m] != source_of[x]]
        return sum(fits[k].get(m, 0.0) for m in others) / len(others) if others else 0.0

    # the clause that fits each claim of x best holds that seat
    seat_holders = {max(range(len(clauses)), key=lambda k: mean_fit(k, claims[c])) for c in holding[x]}
    near = _near(fits, holding)
    joined: set[int] = set()
    for k, clause in enumerate(clauses):
        if not _keyed(clause) or seat_holders == {k}:
            continue
        chosen = _choice(x, fits[k], claims, near, source_of, thresholds, titles, clause, docs, holding)
        if chosen is None and figures is not None:
            rest = frozenset(f for j, other in enumerate(clauses) if j != k for f in other.figures)
            own = own_figures(x, claims, holding[x], source_of, figures)
            chosen = figure_seat(x, clause.figures, rest, own, claims,
                                 [c for c in near if _open(x, claims[c], source_of, titles)], proposed,
                                 source_of, figures, quoted)
        if chosen is not None:
            joined.add(chosen)
    return joined


def _near(fits: Sequence[Mapping[int, float]], holding: Mapping[int, Sequence[int]]) -> list[int]:
    """The claims of the partners some clause was read against, in order: the seats a clause may take."""
    return sorted({c for fit in fits for m in fit for c in holding.get(m, ())})


def _choice(x: int, fit: Mapping[int, float], claims: Sequence[Sequence[int]], near: Sequence[int],
            source_of: Sequence[str], thresholds: Thresholds, titles: Collection[int], clause: Clause,
            docs: Sequence[PassageDoc], holding: Mapping[int, Sequence[int]] | None = None) -> int | None:
    """The claim of ``near`` a clause of x with these fits joins (the best mean); None if none passes."""
    chosen: tuple[float, int] | None = None
    for c in near:
        claim = claims[c]
        if not _open(x, claim, source_of, titles):
            continue
        probs = _source_fits(x, claim, fit, source_of, holding or {})
        mean = sum(probs) / len(probs)
        if (max(probs) < thresholds.split_at or min(probs) < thresholds.merge_at
                or mean < thresholds.second_at):
            continue
        if chosen is None or mean > chosen[0]:
            chosen = (mean, c)
    return None if chosen is None else chosen[1]


def _source_fits(x: int, claim: Sequence[int], fit: Mapping[int, float], source_of: Sequence[str],
                 holding: Mapping[int, Sequence[int]]) -> list[float]:
    """A clause's fit with each other-source member of the claim, but a source's passage seated elsewhere too.

    A claim of the clause's fact often holds two passages of one outlet: its one-fact sentence and its
    own lead, seated there by an earlier second seat. The clause pairs with the sentence, not with the
    lead that states more; read member by member, the lead's low score refused the seat
    (benchmarks/notes/align48b.md). So a member sitting in another claim too is not read when a
    passage of its source sitting in this claim alone is. A claim whose other members are of one
    source is read member by member: one outlet is no agreement, and its two passages must both fit.
    """
    others = [m for m in claim if source_of[m] != source_of[x]]
    if len({source_of[m] for m in others}) < 2:
        return [fit.get(m, 0.0) for m in others]
    alone = {source_of[m] for m in others if len(holding.get(m, ())) < 2}
    read = [m for m in others if len(holding.get(m, ())) < 2 or source_of[m] not in alone]
    return [fit.get(m, 0.0) for m in read]


def _keyed(clause: Clause) -> bool:
    """Whether the clause may take a seat of its own: it states a figure (a name was measured: align51.md).

    The main clause a figured tail ends keeps its passage's seat and takes none (clause_parts).
    """
    return bool(clause.figures) and clause.seatable


def _open(x: int, claim: Sequence[int], source_of: Sequence[str], titles: Collection[int]) -> bool:
    """Whether x may join the claim: x not in it, no headline in it, two other-source members or more."""
    return (x not in claim and not any(m in titles for m in claim)
            and sum(source_of[m] != source_of[x] for m in claim) >= 2)
