"""What the judge knows about where each mention sits: the evidence for slots.

Two mentions fill the same fact slot when their passages align (a claim),
when their passages are similar (the aligner's pair score), when the rare
words right around them match, or when the words say what the value is for
("until Friday evening" is a deadline). This module gathers that evidence
once per comparison so the judge's rules stay short.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import chain, repeat

from sourcediff.align import PairScores
from sourcediff.countnouns import source_counts
from sourcediff.deadlines import is_deadline
from sourcediff.decks import deck_passages
from sourcediff.eventnouns import plain_stems
from sourcediff.extract.roles import roles_of
from sourcediff.model import Claim, Kind, Mention, SourceInfo
from sourcediff.regexcache import regex
from sourcediff.segment import BEFORE_NUMBER, NEVER_FINAL
from sourcediff.terms import american_stems, content_stems, idf, weighted_overlap
from sourcediff.text import fold
from sourcediff.values import APPROX, ClockTime, DateValue, Quantity, large_precise

# Two values are taken to fill one slot when the content words within this
# many characters around them overlap this much (IDF-weighted share of the
# smaller window): most of what surrounds a figure must match, not one name.
CONTEXT_CHARS = 48
CONTEXT_MIN_OVERLAP = 0.6
# Words around a value identify its slot only among nearby passages: outlets
# tell a story in roughly the same order, and a long story repeats its
# phrasing for other events further on ("shortly before 7 p.m. on Tuesday").
# Two passages are near when their places in their articles, as shares of
# each article, differ by at most this many passages of the shorter article.
# Articles this short (about 2,000 words of sentences) are compared whole, so
# context evidence reaches across every ordinary news article.
CONTEXT_REACH = 100
# Words that say how precisely a writer gives a value ("shortly after 10:30", "at around 4 am"), not which
# slot it fills: one writer hedges where another does not, so they are left out of the window (as stems).
_HEDGES = frozenset({"around", "approxim", "rough", "short", "almost", "circa"})


# A hyphenated compound of words ("on-time", "year-on-year"): its parts count as words beside a figure when
# two mentions' windows are asked whether they share one (`Evidence.share_words`), so one outlet's "on-time
# performance: 81.2%" and another's "81.2% of trains ran on time" share "time".
# Not a name ("Ortega-Blanco", "Stoke-on-Trent"): its parts are no words of their own about the value.
_HYPHENATED = regex(r"\b[A-Za-z][a-z]*(?:-[a-z]+)+\b(?!-)")
# A sentence end inside a window: final punctuation, then white space (or the window's end).
_END = regex(r"[.!?](?=\s|$)")
# The word right before a period ("Nov", "Lt", "W"; "U.S" keeps its inner period).
_WORD_BEFORE = regex(r"([A-Za-z.]+)$")


def _ends(text: str) -> list[int]:
    """Offsets just past each sentence end in ``text``, not the period of an abbreviation.

    "convicted him on Nov. 7 after 12 hours of deliberation" cut at "Nov."
    left the figure one word ("deliberation") to be matched by, and any other
    figure beside that word looked like the same fact. A title ("Lt.", "Gov.")
    or an initial ("George W.") never ends a sentence here, and a month or
    "No." only when no number follows, as in segment.py. Dotted abbreviations
    ("U.S.", "p.m.") often do end one, and still cut the window.
    """
    out = []
    for m in _END.finditer(text):
        if text[m.start()] == ".":
            word = _WORD_BEFORE.search(text, 0, m.start())
            token = word.group(1) if word else ""
            if token.casefold() in NEVER_FINAL or (len(token) == 1 and token.isupper()):
                continue
            if token.casefold() in BEFORE_NUMBER and text[m.end():].lstrip()[:1].isdigit():
                continue
        out.append(m.end())
    return out


# A word a window's edge falls inside is taken whole (`Evidence.whole_window`), up to this many characters
# more: "ach" of "coach" matched nothing in the partner's window, and weighed against the overlap as a word.
_WORD_REACH = 24
_WORD_TAIL = regex(r"\w+")
_WORD_HEAD = regex(r"\w+$")


def _word_start(text: str, start: int) -> int:
    """``start`` moved back to the start of the word it falls inside (at most _WORD_REACH characters)."""
    if start <= 0 or not text[start - 1:start].isalnum() or not text[start:start + 1].isalnum():
        return start
    head = _WORD_HEAD.search(text, max(0, start - _WORD_REACH), start)
    return head.start() if head else start


def _word_end(text: str, end: int) -> int:
    """``end`` moved on to the end of the word it falls inside (at most _WORD_REACH characters)."""
    if end >= len(text) or not text[end - 1:end].isalnum() or not text[end:end + 1].isalnum():
        return end
    tail = _WORD_TAIL.match(text, end, end + _WORD_REACH)
    return tail.end() if tail else end


@dataclass(frozen=True)
class Evidence:
    scores: PairScores
    claims_of: dict[tuple[str, int], frozenset[str]]
    people: frozenset[str]
    texts: dict[str, str]
    idf: dict[str, float]

    # Passages per source, for `near`; a source missing here is near everything.
    passages: dict[str, int] = field(default_factory=dict)
    # Each dated source's publication day: facts that change with time (a person's age) are compared
    # only between articles of one news cycle (`divergeages`).
    published: dict[str, dt.date] = field(default_factory=dict)
    # Windows given in advance (tests); the others are computed when first asked (`window`).
    windows: dict[Mention, frozenset[str]] = field(default_factory=dict)
    # (kind, canonical value) of the figures one source states for two things (`two_subjects`).
    ambiguous: set[tuple[Kind, str]] = field(default_factory=set)
    # (source, passage) of each headline: its figures restate the body's (`two_subjects`).
    heads: set[tuple[str, int]] = field(default_factory=set)
    # Each source's mentions of SUBJECT_KINDS, for `subject_partner`, and its answers.
    figures: dict[str, list[Mention]] = field(default_factory=dict)
    # Every exact clock (no hedge) the story's sources write: a hedged clock links out of a claim only
    # to the one reading among them that it fits (factlinks.hedged_clock_pairs).
    clocks: frozenset[ClockTime] = frozenset()
    # (source, amount) of every bare count the story's sources read to a figure, exact or "about": a round
    # bound count ("more than 50 of the giant mammals") links out of a claim only to the one reading among
    # them within its last step (factlinks.bound_count_pairs).
    # Each says whether it is hedged ("about 2.1 million"): an exact reading decides, a hedged one rounds it.
    count_readings: frozenset[tuple[str, Decimal, bool]] = frozenset()
    _partners: dict[tuple[Mention, str], Mention | None] = field(default_factory=dict)
    # (id(mention), source) -> (the mention, its answer above): asked again for one mention object, the
    # answer is found without hashing the mention (as `_window_of`); the mention is kept, so its id stays its
    _partner_of: dict[tuple[int, str], tuple[Mention, Mention | None]] = field(default_factory=dict)
    # source -> (its figures list, that list's length, word -> indexes of the figures it is around)
    _subject_index: dict[str, tuple[list[Mention], int, dict[str, list[int]]]] = field(default_factory=dict)
    # source -> the content stems of its figures' own text (numbers, "per", "cent"), for `_subject_window`
    _figure_words: dict[str, frozenset[str]] = field(default_factory=dict)
    _similar: dict[float, dict[tuple[str, int], list[tuple[str, int]]]] = field(default_factory=dict)
    # id(mention) -> (the mention, its window): hashing a Mention hashes every field of it (1.3 us),
    # an id costs nothing; the mention is kept with its window, so its id is never another's
    _window_of: dict[int, tuple[Mention, frozenset[str]]] = field(default_factory=dict)
    # Each mention's compound parts (`_compound_parts`), kept as `_window_of` keeps windows.
    _parts_of: dict[int, tuple[Mention, frozenset[str]]] = field(default_factory=dict)
    # (source, noun stem) -> its role-less counts of that noun (factlinks `_nouns_apart`).
    counts_of: dict[tuple[str, str], list[Mention]] = field(default_factory=dict)
    # (source, role cue) -> its counts of that role ("31 injured"), for factlinks `_role_told_otherwise`.
    role_counts_of: dict[tuple[str, str], list[Mention]] = field(default_factory=dict)
    # (source, passage) -> its measures with a unit, for factlinks `_coarse_beside_exact`.
    measures_in: dict[tuple[str, int], list[Mention]] = field(default_factory=dict)
    # source -> the single days its dates name, for factlinks `_vague_beside_day`.
    days_of: dict[str, set[dt.date]] = field(default_factory=dict)
    # (source, passage) -> the single days its dates name, for divergepair `_part_beside_day`.
    days_in: dict[tuple[str, int], set[dt.date]] = field(default_factory=dict)
    # source -> the spans of days its dates name ("this winter": first and last day), for factlinks
    # `_day_beside_own_span`.
    spans_of: dict[str, set[tuple[dt.date, dt.date]]] = field(default_factory=dict)
    # Each source's times of day (clocks and parts of day), for divergepair `other_time_told`.
    times_of: dict[str, list[Mention]] = field(default_factory=dict)
    # claim id -> (its score, its (source, passage) seats), for factlinks `_measure_told_otherwise`.
    claim_seats: dict[str, tuple[float, frozenset[tuple[str, int]]]] = field(default_factory=dict)

    def same_context(self, a: Mention, b: Mention) -> bool:
        """True when the rare words around two mentions mostly match."""
        return weighted_overlap(self.window(a), self.window(b), self.idf) >= CONTEXT_MIN_OVERLAP

    def same_local_context(self, a: Mention, b: Mention) -> bool:
        """Context alone as evidence of one slot: near passages whose words around the values match."""
        return self.near(a, b) and self.same_context(a, b)

    def share_words(self, a: Mention, b: Mention) -> bool:
        """False only when both mentions have words around them and not one of them is shared.

        What a figure is about sits right beside it ("the crown fell 0.8%",
        "growth of 0.8%"). An empty window is no evidence either way.
        """
        wa, wb = self.window(a), self.window(b)
        if not wa or not wb or not wa.isdisjoint(wb):
            return True
        # "On-time performance: 81.4%" and "81.4 percent of its trains on time": a compound's parts are
        # words about the value too. Only here, where sharing a word keeps one subject: widened for every
        # use of the window, the parts matched other figures' words and set them against each other.
        pa, pb = self._compound_parts(a), self._compound_parts(b)
        return not pa.isdisjoint(wb | pb) or not pb.isdisjoint(wa)

    def two_subjects(self, a: Mention, b: Mention) -> bool:
        """True when two mentions of one value are about different things, as far as words can tell.

        Their windows share no word, and the value is one a source uses for
        two things (`ambiguous`). Disjoint windows alone prove little: one
        outlet's "revenue rose 18%" is another's "sales climbed 18 per
        cent". But a source that writes "growth of 0.8%" and, later, "the
        crown fell 0.8%" shows that the story has two 0.8% facts, and then
        the words are what tells them apart.
        """
        if self.share_words(a, b):
            return False
        if (a.source, a.passage) in self.heads or (b.source, b.passage) in self.heads:
            # A headline restates its article's figure in clipped words of its own: that its words
            # match another headline's more than the other source's body says nothing of a second
            # subject ("fees rise 10.7%" is the lead's "a 10.7% increase"); only a value a source
            # states for two things does.
            return (a.kind, a.canonical) in self.ambiguous
        return ((a.kind, a.canonical) in self.ambiguous
                or _rival_partner(a, self._other_partner(a, b))
                or _rival_partner(b, self._other_partner(b, a)))

    def _other_partner(self, m: Mention, other: Mention) -> Mention | None:
        """``m``'s subject partner in ``other``'s source, unless it states ``other``'s very value.

        A source restates its figure: the headline's "cut by 41%" and the
        lead's "a 41 per cent cut". Another outlet's lead may share its words
        with the headline only; that partner states the value the lead does,
        so it is no rival reading of the lead's figure, only the same figure
        told twice (a value a source states for two things is `ambiguous`,
        weighed before this). Nor is a partner stating the value of a figure
        ``m``'s own passage gives beside ``m`` (`_sibling_told`).
        """
        partner = self.subject_partner(m, other.source)
        if partner is None or partner.canonical == other.canonical or self._sibling_told(m, partner):
            return None
        return partner

    def _sibling_told(self, m: Mention, partner: Mention) -> bool:
        """Whether ``m``'s own passage states ``partner``'s value in another figure of its kind.

        "Only 64 percent of riders paid, against the 90 percent the operator
        aims for" gives both figures one set of words: the words around its
        90 percent are those of its 64 percent. Another outlet's "64% of riders
        paid" then matches them as well as it matches the 64 percent, yet
        that outlet's figure is the reading of the sibling its own source
        states right beside ``m``, not a rival reading of ``m``.
        """
        return any(o is not m and o.passage == m.passage and o.kind is m.kind
                   and o.canonical == partner.canonical for o in self.figures.get(m.source, ()))

    def subject_partner(self, m: Mention, source: str) -> Mention | None:
        """The one figure of ``m``'s kind in ``source`` whose words around it match ``m``'s, if just one.

        Match means SUBJECT_WORDS content words in common ("crown", "euro");
        a source with two such figures, or none, gives no partner. The
        figure a source states about the same thing is where ``m`` belongs,
        agreeing or not.
        """
        if m.kind not in SUBJECT_KINDS:
            return None
        known = self._partner_of.get((id(m), source))
        if known is not None and known[0] is m:
            return known[1]
        key = (m, source)
        if key not in self._partners:
            figures, holding = self._subject_words(source)
            win = self._subject_window(m)
            # the words shared with each figure, counted in C (Counter of the postings chained)
            shared = Counter(chain.from_iterable(map(holding.get, win, repeat((), len(win)))))
            found = [i for i, n in shared.items() if n >= SUBJECT_WORDS and figures[i] is not m]
            self._partners[key] = figures[found[0]] if len(found) == 1 else None
        self._partner_of[(id(m), source)] = (m, self._partners[key])
        return self._partners[key]

    def _subject_words(self, source: str) -> tuple[list[Mention], dict[str, list[int]]]:
        """``source``'s figures, and for each word of their windows the figures (by index) it is around.

        `subject_partner` counts the words ``m`` shares with each figure
        through this index rather than intersecting ``m``'s window with every
        figure's: asked for each figure of a long story, that was the square
        of its figures (775 asks x 309 windows at 30,000 words). Kept while
        ``figures`` holds the same list.
        """
        figures = self.figures.get(source, [])
        known = self._subject_index.get(source)
        if known is not None and known[0] is figures and known[1] == len(figures):
            return figures, known[2]
        holding: dict[str, list[int]] = defaultdict(list)
        for i, o in enumerate(figures):
            for w in self._subject_window(o):
                holding[w].append(i)
        self._subject_index[source] = (figures, len(figures), dict(holding))
        return figures, self._subject_index[source][2]

    def _subject_window(self, m: Mention) -> frozenset[str]:
        """``m``'s window less the words of the story's figures themselves ("4.3", "per", "cent").

        A window often reaches the next figure of the sentence ("at 6.9 per
        cent, while prices in Corrin Coast fell by 1.2 per cent"): that
        figure's number and unit say what it is, not what ``m`` is about, and
        two windows sharing "per" and "cent" (with one chance word such as
        "price") named no common subject. The window for context matching
        (`same_context`) keeps them: there a neighbouring figure is evidence.
        """
        words = self._figure_words.get(m.source)
        if words is None:
            words = self._figure_words[m.source] = frozenset(
                chain.from_iterable(content_stems(o.raw) for o in self.figures.get(m.source, ())))
        return self.window(m) - words

    def near(self, a: Mention, b: Mention) -> bool:
        """True when two mentions sit at about the same place in their articles (see CONTEXT_REACH)."""
        na, nb = self.passages.get(a.source), self.passages.get(b.source)
        if na is None or nb is None or min(na, nb) <= CONTEXT_REACH:
            return True
        # |a/na - b/nb| * min <= REACH, in integers so a pair right at the reach is never lost to rounding
        return abs(a.passage * nb - b.passage * na) * min(na, nb) <= CONTEXT_REACH * na * nb

    def place(self, m: Mention) -> float:
        """Where a mention sits in its article, as a share of the article's passages (0 when unknown)."""
        n = self.passages.get(m.source)
        return m.passage / n if n else 0.0

    def window(self, m: Mention) -> frozenset[str]:
        """Content stems right around a mention, the mention's own words left out."""
        known = self._window_of.get(id(m))
        if known is not None and known[0] is m:
            return known[1]
        win = self.windows.get(m) if self.windows else None
        if win is None:
            win = self._window(m)  # a mention equal to another has its window: the same words around
        self._window_of[id(m)] = (m, win)
        return win

    def whole_window(self, m: Mention) -> frozenset[str]:
        """`window` with a word its edge falls inside taken whole: "coach", not "ach".

        The plain window cuts at CONTEXT_CHARS, mid-word as often as not, and
        its fragments ("ach", "ound") match nothing in a partner's window while
        weighing against the overlap as rare words. Taking the word whole
        keeps the stem two windows share. Used where a claim's agreement
        already stands in for half the evidence (divergeconsensus): widened
        everywhere, the extra words moved other rules' subject matches (two
        stories lost a fact), and dropping the fragments instead added a
        false alarm.
        """
        return self._window(m, whole=True)

    def _window(self, m: Mention, *, whole: bool = False, parts: bool = False) -> frozenset[str]:
        text = self.texts[m.source]
        start, end = max(0, m.span.start - CONTEXT_CHARS), m.span.end + CONTEXT_CHARS
        if whole:
            start, end = _word_start(text, start), _word_end(text, end)
        before = text[start:m.span.start]
        after = text[m.span.end:end]
        # Stay inside the sentence: a window that runs into the next sentence
        # compares words about something else.
        cuts = _ends(before)
        before = before[cuts[-1]:] if cuts else before
        cuts = _ends(after)
        after = after[:cuts[0] - 1] if cuts else after
        around = before + " " + after
        if parts:
            around = " ".join(_HYPHENATED.findall(around)).replace("-", " ")
        # "three walkouts" and "four strikes": a register's word for the thing is the plainer word here;
        # "theatres" and "theaters": British spellings are read as American ones
        return plain_stems(s for s in american_stems(around) if s not in _HEDGES)

    def _compound_parts(self, m: Mention) -> frozenset[str]:
        """The stems of the parts of the hyphenated compounds in ``m``'s window ("on-time": "time")."""
        known = self._parts_of.get(id(m))
        if known is not None and known[0] is m:
            return known[1]
        parts = self._window(m, parts=True)
        self._parts_of[id(m)] = (m, parts)
        return parts

    def similar(self, threshold: float) -> dict[tuple[str, int], list[tuple[str, int]]] | None:
        """Each passage's partners scoring at least ``threshold``; None when the scorer cannot list them.

        Asked once per slot family; listing the pairs walks every candidate
        pair of the comparison, so the answer is kept.
        """
        above = getattr(self.scores, "pairs_above", None)
        if not callable(above):
            return None
        if threshold not in self._similar:
            partners: dict[tuple[str, int], list[tuple[str, int]]] = defaultdict(list)
            for x, y in above(threshold):
                partners[x].append(y)
                partners[y].append(x)
            self._similar[threshold] = dict(partners)
        return self._similar[threshold]

    def role(self, m: Mention) -> str | None:
        """ "deadline" when the words around the mention make it one, else None."""
        return "deadline" if is_deadline(self.texts[m.source], m.span.start, m.span.end) else None

    def pair_score(self, a: Mention, b: Mention) -> float:
        return self.scores.get(a.source, a.passage, b.source, b.passage)

    def listed_similar(self, a: Mention, b: Mention, threshold: float) -> bool:
        """Whether the two mentions' passages score ``threshold``, among the pairs the scorer lists.

        A scorer that lists its similar pairs (`similar`) lists its candidate
        pairs only, and the judge's indexes propose no other pair for a link
        on passage similarity alone (mentionindex.scored_pairs); a pair scored
        on demand above it ("hundreds of fans cheered" at a dock against
        "about 200 people packed the hall" at home) is no such link either.
        """
        partners = self.similar(threshold)
        if partners is None:
            return self.pair_score(a, b) >= threshold
        return (b.source, b.passage) in partners.get((a.source, a.passage), ())

    def shared_claim(self, a: Mention, b: Mention) -> str | None:
        shared = self.claims_of.get((a.source, a.passage), frozenset()) & self.claims_of.get(
            (b.source, b.passage), frozenset())
        return min(shared, key=lambda c: int(c[1:])) if shared else None



def build_evidence(sources: Sequence[SourceInfo], claims: Sequence[Claim], scores: PairScores) -> Evidence:
    """Gather the evidence once per comparison."""
    ev = Evidence(scores, _claims_of(claims), _people(sources),
                  {s.article.id: s.article.text for s in sources},
                  idf(_passage_stems(sources, scores)),
                  passages={s.article.id: len(s.passages) for s in sources},
                  published={s.article.id: s.article.published for s in sources if s.article.published},
                  clocks=frozenset(m.value for s in sources for m in s.mentions
                                   if isinstance(m.value, ClockTime) and not m.value.reach),
                  count_readings=frozenset((m.source, m.value.amount, m.value.qualifier is not None)
                                           for s in sources for m in s.mentions
                                           if _count_reading(m) and isinstance(m.value, Quantity)))
    for s in sources:
        ev.figures[s.article.id] = [m for m in s.mentions if m.kind in SUBJECT_KINDS]
    ev.counts_of.update(source_counts(m for s in sources for m in s.mentions))
    for s in sources:
        for m in s.mentions:
            if m.kind is Kind.NUMBER:
                for role in roles_of(m.cues):
                    ev.role_counts_of.setdefault((m.source, role), []).append(m)
                if isinstance(m.value, Quantity) and m.value.unit is not None:
                    ev.measures_in.setdefault((m.source, m.passage), []).append(m)
            elif m.kind is Kind.TIME:
                ev.times_of.setdefault(m.source, []).append(m)
            elif isinstance(m.value, DateValue) and m.value.start and m.value.start == m.value.end:
                ev.days_of.setdefault(m.source, set()).add(m.value.start)
                ev.days_in.setdefault((m.source, m.passage), set()).add(m.value.start)
            elif (isinstance(m.value, DateValue) and m.value.start and m.value.end
                  and m.value.start < m.value.end):
                ev.spans_of.setdefault(m.source, set()).add((m.value.start, m.value.end))
    ev.claim_seats.update((c.id, (c.score, frozenset((p.source, p.index) for p in c.members)))
                          for c in claims)
    ev.heads.update((s.article.id, p.index) for s in sources for p in s.passages if p.role == "title")
    # A deck under the title restates the story's figures in clipped words, as the title does (decks.py).
    ev.heads.update((s.article.id, i) for s in sources for i in deck_passages(s.passages))
    ev.ambiguous.update(_ambiguous(ev, ev.heads, _figures_beside(sources)))
    return ev


def _figures_beside(sources: Sequence[SourceInfo]) -> dict[tuple[str, int], frozenset[str]]:
    """Each passage's sums and precise counts, by kind and value: what ties two statements of one percentage.

    A sum ("$90m") or a count such as "14,300" (`values.large_precise`) names one thing in a story; a
    round or small count ("300", "two") recurs for many and ties nothing.
    """
    out: dict[tuple[str, int], set[str]] = defaultdict(set)
    for s in sources:
        for m in s.mentions:
            if m.kind is Kind.MONEY or (m.kind is Kind.NUMBER and m.slot.endswith(":count")
                                        and large_precise(m.value)):
                out[(m.source, m.passage)].add(f"{m.kind.value}:{m.canonical}")
    return {k: frozenset(v) for k, v in out.items()}


def _count_reading(m: Mention) -> bool:
    """A bare count read to a figure ("52 whales", "about 2.1 million"): no bound, no range, no unit."""
    v = m.value
    return (m.kind is Kind.NUMBER and m.slot.endswith(":count") and isinstance(v, Quantity) and v.unit is None
            and v.qualifier in (None, APPROX) and v.high is None)


# Kinds whose equal values recur for unrelated things in one story (a 0.8% growth forecast, a currency
# that fell 0.8%) and whose subject is named right beside the value. Counts are left out: one count is
# told with changing nouns ("37 people", "37 cases"; "two safeguards", "two exceptions").
SUBJECT_KINDS = (Kind.PERCENT,)
# A source stating one value more often than this is not checked for two subjects (the check costs
# the square of its repetitions); a figure repeated that often is the story's own.
MAX_CHECKED_REPEATS = 12
# How far apart (as a factor) a figure and its subject partner may be for the partner to be a rival
# reading of it (`_rival_partner`): compat.BOUND_REACH, the reach of rival figures for one total.
PARTNER_REACH = Decimal(2)


def _rival_partner(m: Mention, partner: Mention | None) -> bool:
    """Whether the figure another source states about m's subject (`subject_partner`) may be m's reading.

    "growth of 0.8%" against "the crown fell 1.1%": a partner of m's size is
    where m belongs, agreeing or not. One five times larger or smaller is
    no rival reading: two generic words (the story's topic word and "year")
    matched a pass rate of 71.2% with last year's 12.5% top-grade share, and
    that alone kept one outlet's 71.2% from every other outlet's. A partner that is no
    plain figure, or zero, is taken as before.
    """
    if partner is None:
        return False
    va, vb = m.value, partner.value
    if not (isinstance(va, Quantity) and isinstance(vb, Quantity)) or (va.high, vb.high) != (None, None):
        return True
    low, high = sorted((abs(va.amount), abs(vb.amount)))
    return low == 0 or high <= low * PARTNER_REACH


# Content words two figures' windows must share to be about one thing (`subject_partner`): one shared
# word ("rose", "year") is chance; two ("crown", "euro"; "revenue", "quarter") name a subject.
SUBJECT_WORDS = 2


def _ambiguous(ev: Evidence, heads: set[tuple[str, int]],
               sums: dict[tuple[str, int], frozenset[str]]) -> set[tuple[Kind, str]]:
    """Values some source states twice with no word in common around them: one figure, two facts.

    A headline's figure is left out: a headline restates its article's main
    figure in its own clipped words ("fees rise 10.7% as regents cite
    inflation" over "a 10.7% increase, after its Board of Regents voted"),
    so the two windows sharing nothing shows no second subject; read as one,
    it parted the headline's figure from the body's in every source.

    So are two statements whose passages state one sum or one precise count
    as well (`_same_figure_beside`): a lead's "bought a 60% stake for $90m"
    and a fact box's "Price: $90m for 60% of the shares" share no word around
    the percentage, yet the sum told beside it in both says they are one deal
    told twice; so do "helped 14,300 families, a rise of 38 per cent" and a
    fact box's "Households supported: 14,300 (up 38 per cent)". And so are
    two whose clauses name one subject before the figure (`_clauses_share`).
    """
    out = set()
    for figures in ev.figures.values():
        same: dict[tuple[Kind, str], list[Mention]] = defaultdict(list)
        for m in figures:
            if (m.source, m.passage) not in heads:
                same[(m.kind, m.canonical)].append(m)
        for key, ms in same.items():
            if 1 < len(ms) <= MAX_CHECKED_REPEATS and any(
                    not ev.share_words(a, b) and not _same_figure_beside(a, b, sums)
                    and not _clauses_share(ev, a, b)
                    for n, a in enumerate(ms) for b in ms[n + 1:]):
                out.add(key)
    return out


# Where a clause starts, for the words leading to a figure (`_clauses_share`): a sentence's end, a
# semicolon, a colon (a fact box's label ends there) or a line break; and how far back it is looked for.
_CLAUSE_START = regex(r"[.!?;:\n]")
_CLAUSE_REACH = 200


def _clause_before(text: str, pos: int) -> str:
    """The words from the start of the clause holding ``pos`` up to it."""
    lo = max(0, pos - _CLAUSE_REACH)
    return text[max((m.end() for m in _CLAUSE_START.finditer(text, lo, pos)), default=lo):pos]


def _clauses_share(ev: Evidence, a: Mention, b: Mention) -> bool:
    """True when the clauses leading to two figures of one source share a content word.

    A writer restating a figure often names its subject at the head of the
    clause, beyond the few words around the figure: "the trial raised output
    by 6%" and "Output, measured as units shipped per employee, rose 6%" are
    one change of output, not two subjects of 6%. One source only: across
    sources a wider window matched other figures' words (`share_words`).
    """
    text = ev.texts.get(a.source, "")
    before_a = set(content_stems(_clause_before(text, a.span.start)))
    return not before_a.isdisjoint(content_stems(_clause_before(text, b.span.start)))


def _same_figure_beside(a: Mention, b: Mention, sums: dict[tuple[str, int], frozenset[str]]) -> bool:
    """True when two passages of one source state one sum or precise count beside a figure each: one fact."""
    if a.passage == b.passage:
        return False
    return not sums.get((a.source, a.passage), frozenset()).isdisjoint(sums.get((b.source, b.passage), ()))


def _passage_stems(sources: Sequence[SourceInfo], scores: PairScores) -> list[Iterable[str]]:
    """Each passage's content stems, in order: the aligner's (the distinct ones) when it saw these passages.

    The aligner has stemmed every passage already; folding and stemming them
    again cost a tenth of the judge on a small story. The IDF counts each
    term once per passage, so the distinct stems give the same weights.
    """
    keys = [(s.article.id, p.index) for s in sources for p in s.passages]
    if keys == [(d.source, d.index) for d in scores.docs]:
        return [d.stems.keys() for d in scores.docs]
    return [content_stems(p.text) for s in sources for p in s.passages]


def _people(sources: Sequence[SourceInfo]) -> frozenset[str]:
    names = set()
    for s in sources:
        for m in s.mentions:
            if m.kind is Kind.PERSON:
                name = fold(m.canonical)
                names.add(name)
                names.add(name.split()[-1])
    return frozenset(names)


def _claims_of(claims: Sequence[Claim]) -> dict[tuple[str, int], frozenset[str]]:
    out: dict[tuple[str, int], set[str]] = defaultdict(set)
    for c in claims:
        for m in c.members:
            out[(m.source, m.index)].add(c.id)
    return {k: frozenset(v) for k, v in out.items()}
