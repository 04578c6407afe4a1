"""The tense of a date's clause: does "on March 3" look ahead, back, or neither?

A date written without its year ("Jan. 28", "the summer", "Friday") is placed
by the words of its clause ("will", "was", a past form close before it). The
cues are word lists and a few regexes read around one match, with no calendar
in them, so they live apart from the resolvers that use them (datecalendar
for yearless months and days, daterelative for weekdays, dates for the
article's written years). The rules are in dates.py's module docstring.
"""

from __future__ import annotations

import re

from sourcediff.extract.shared import shared
from sourcediff.regexcache import regex

# Words of a clause that put a yearless date ahead of or behind the published date.
# A bare "be" is modal or "to be": "is to be sentenced on Nov. 8" looks ahead though "sentenced" is past.
FORWARD_WORDS = frozenset({
    "be", "will", "'ll", "shall", "would", "next", "due", "upcoming", "coming", "forthcoming", "scheduled",
    "expected", "expects", "planned", "plans", "slated", "set", "await", "awaits", "ahead"})
# "until" and "till" are in neither: "did not tell the regulator until April 2" looks back, "will stay
# shut until April 2" ahead; the clause's own tense decides. Past forms of irregular verbs count as far
# as the auxiliaries (a regular "-ed" form is read only close to the date, see ``_WEAK_REACH``).
BACK_WORDS = frozenset({
    "was", "were", "had", "did", "last", "ago", "earlier", "previous", "previously", "since", "rose", "fell",
    "began", "grew", "saw", "took", "came", "went", "won", "lost", "met", "held", "hit", "peaked", "made",
    "left", "paid", "sold", "bought", "gave", "found", "became", "brought", "built", "caught", "chose",
    "drew", "drove", "fought", "flew", "froze", "got", "heard", "hid", "kept", "knew", "led", "sought",
    "sent", "spent", "stood", "stole", "struck", "taught", "thought", "threw", "sat", "ran", "spoke",
    "broke", "wore", "woke", "shook", "sank", "forgot", "understood", "meant", "felt",
    # Prefixed and rarer irregular pasts: "underwent the transplant on Sunday", dated Friday, went to the
    # coming Sunday for want of a cue, as if the operation were still to come.
    "underwent", "undertook", "overcame", "oversaw", "overtook", "withdrew", "foresaw", "mistook", "fled",
    "dealt", "swore", "rode", "swam", "sang", "rang", "dug", "lent", "bled", "slept", "wept",
    # The pasts of damage and force a storm, fire or crowd story uses ("a gale tore the roof away in
    # March", "fire swept through the mill in June"), dated months later: without them the yearless month
    # went to the nearer occurrence, the one still to come. Forms that are also nouns ("bore") are left out.
    "tore", "blew", "swept", "shrank", "sprang", "stung", "swung", "flung", "clung", "crept", "slid",
    "strode", "shone", "arose", "overran", "overthrew"})
# Past forms that say nothing of the date (reporting verbs), and words that merely end in "ed".
_NOT_BACK = frozenset({
    "said", "told", "added", "noted", "reported", "announced", "stated", "explained", "wrote", "warned",
    "claimed", "argued", "insisted", "confirmed", "indicated", "signalled", "signaled", "need", "indeed",
    "red", "bed", "speed", "feed", "seed", "shed", "hundred"})
# Present auxiliaries that, right after "and"/"but", open a second predicate of the date's clause:
# "opened an investigation last Wednesday and has given the company until October 29", in a paper
# dated the Monday after. The day belongs to the present-tense predicate after the conjunction; the
# first predicate's past ("opened", "last") is its own, and read as the date's it sent a deadline still
# to come to the October of the year before (`_cue`).
_PRESENT_AUXILIARIES = frozenset({"has", "have", "is", "are", "am"})
# Regular past forms of verbs that call an event into being ("has called a strike for 19 March", "organised
# a rally on Saturday"): the day after the event's noun dates the event, which is as often still to come as
# gone by, not the calling. Read as the clause's tense they sent a coming strike to the year before; they
# are no weak cue, so the clause's other words or the nearer occurrence decide.
_CONVENING = frozenset({"called", "convened", "organised", "organized", "arranged", "booked"})
# Words of a readiness or an intent before "to" and a verb ("dockers ready to walk out on Friday", "nurses
# poised to strike on Thursday", "the mayor vows to reopen the bridge on Friday"): the infinitive's day is
# one still to come, a headline's usual way to announce it. Present forms only ("did not want to" looks
# back), and only in a clause with no past form before them ("was ready to play on Saturday" keeps it).
_INTENT_TO = frozenset({
    "ready", "poised", "vows", "threatens", "pledges", "promises", "intends", "aims", "hopes", "prepares"})
# "-ed" forms that follow a noun as its adjective far more often than they stand as its past verb
# ("Beginning April 29, customers interested in the phone can register"): read after a date they
# sent a coming day to the year before, as if the clause looked back.
_ADJECTIVE_ED = frozenset({
    "interested", "concerned", "involved", "based", "related", "located", "skilled", "talented",
    "qualified", "experienced", "dedicated", "unnamed", "unidentified", "undisclosed", "unrelated"})
# The present tense of a schedule ("work begins on Monday", "the show opens in April"): close before a date
# it names a time still to come, as "will" does; a headline's present for a past event uses other verbs.
# Forms that are as often plural nouns ("wind-driven runs on Saturday", "tax returns", "loose ends",
# "two launches") are left out.
_SCHEDULE_PRESENT = frozenset({
    "begins", "starts", "opens", "reopens", "resumes", "restarts", "closes", "expires", "arrives", "departs",
    "premieres"})
# Their participles, when they open the clause's schedule ("three one-day games, starting in Leeds on
# Sunday": a fixture still to come). Not before "with": "took over the squad, starting with the away match
# on Saturday" continues the clause before its comma and has its tense.
_SCHEDULE_PARTICIPLES = frozenset({"starting", "beginning"})
# A word, its apostrophe straight or curly: "won’t" is no "won", and "England’s" one word, not two.
_CLAUSE_WORDS = regex(r"[A-Za-z'’]+")
# A sentence or clause break; a comma too ("forecasts 2.4% in 2027, down from its August figure": "expects"
# before the comma is no cue for August). The stop of "3.1 per cent" or "p.m." has no space after it. A line
# break too: a headline's date is no object of the byline's "posted" below it.
# A quotation's closing mark after the stop ends the clause as well: in "“We will not pay,” he told the
# Review on Tuesday" the quoted "will" is no cue for the day of the telling.
# The full stop of an abbreviated month ("Jan. 16", AP style) ends no clause: read as one it cut "would be
# on Jan. 16 and the last on May 22" before "would", and the second day lost the clause's tense.
_MONTH_STOP = "".join(rf"(?<!\b{m})" for m in ("Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"))
_CLAUSE_BREAK = regex(rf"(?:{_MONTH_STOP}\.|[,;:!?])[”\"’]?(?=\s)|\n")
# An appositive of ages between commas ("three men, aged 24, 31 and 38, were arrested on Thursday"): it
# describes the noun before it, so its commas end no clause and the verb after or before it still counts.
_AGES_APPOSITIVE = regex(r",\s+(?:(?:both|all|each)\s+)?aged\s+\d+"
                         r"(?:(?:\s*,\s*|\s+and\s+|\s*-\s*)\d+)*\s*,(?=\s)")
# How far (in characters) either side of a date its tense cues are looked for.
_CUE_CHARS = 160
# How many words before a yearless date its clause may hold a tense cue.
_CUE_REACH = 12
# A regular past form ("-ed") is a weaker cue: it counts only this close to the date ("rates peaked in
# March"), as a verb further off often governs something else ("pushed back against a cut in January").
_WEAK_REACH = 5
# A deadline's word right before the date, and the present modals that make it one still to come:
# "passengers whose flights were cancelled can rebook until Dec. 20" (the nearer modal, not the "were"
# of the relative clause, is the clause's tense). Without the deadline word a modal says nothing of the
# date: "we can now reveal that on June 4 ..." looks back.
_DEADLINE_WORDS = frozenset({"until", "till", "by"})
_MODAL_WORDS = frozenset({"can", "cannot", "must", "should"})
# Modals that, before a bare verb, speak of a time still to come ("work should begin in September", "the
# line might reopen in June"); not before "have" ("should have opened in May" looks back) nor "not" (the
# negation is often a past duty: "should not have"). "could" and "can" are left out: "could not attend on
# Tuesday" and "can now reveal" look back or say nothing of the date.
_FUTURE_MODALS = frozenset({"should", "might", "must"})
_NOT_BARE_VERBS = frozenset({"have", "'ve", "not", "never"})
# Words that open a clause inside the date's clause: a regular past form between one and the date
# ("will be rebuilt after councillors voted on Tuesday", "the plan that members approved in May will
# cost ...") is that inner clause's tense, and the forward word beyond it belongs to the outer clause.
_SUBORDINATORS = frozenset({"after", "when", "who", "which", "that", "because", "although", "though"})
# Auxiliaries after which an irregular past form is a passive participle ("will be held on Tuesday"):
# the auxiliary, not the participle, gives the tense.
_PASSIVE_BE = frozenset({"be", "being"})
# Words after which a past form that is also a bare verb ("hit", "set", "cut" and the like) is the bare
# verb: "prices will hit shelves from April 12" looks ahead though "hit" is in BACK_WORDS; the modal (or
# the clause's other words, after "to") then decides. "did" is left out: "did hit" is a past.
_BARE_VERB_BEFORE = frozenset({"will", "'ll", "shall", "would", "should", "might", "must", "may", "can",
                               "could", "to"})
# Present forms of "be" before a regular participle make a present passive, no past: "the ranking is
# published on Monday", "when the figures are released on Friday" (a time clause's present often speaks
# of a time to come). The "-ed" form is then no cue; the clause's other words or the near-day rule decide.
_PRESENT_BE = frozenset({"is", "are", "am", "'s"})


def _tense(m: re.Match[str]) -> int:
    """+1 when the date's clause looks ahead, -1 when it looks back, 0 when it says neither.

    The words before the date are read first, nearest first, and the nearest
    cue wins ("rates fell in March and will be cut in June": "fell" for
    March, "will" for June); a clause stops at a sentence break, a semicolon or a comma.
    Auxiliaries and "next"/"last" count wherever they are, so "will be held"
    looks ahead though "held" is a past form; a regular past form only close
    to the date. Without a cue before it, the few words after it are read
    the same way ("In January, voters chose"), unless they open with "with": an
    absolute phrase ("3 April, with crews working extended shifts") has no
    finite verb, and its "-ed" adjective read as a past; nor with "to": an
    infinitive of purpose ("has until October 29 to explain what went
    wrong") has no tense, and the past inside what it governs ("went") is
    no cue for the date. A start date a past decision
    set (`_plan_start`) says neither: the nearer occurrence is taken.
    """
    found = _tense_before(m)
    if found < 0 and (_plan_start(m) or _moved_to(m)):
        return 0  # "agreed to cut output from January 1": the past is the decision's, not the date's
    if found:
        return found
    text = m.string
    start = m.end() + 1 if text.startswith(",", m.end()) else m.end()  # "In January, voters chose"
    stop = _CLAUSE_BREAK.search(text, start, start + _CUE_CHARS)
    end = stop.start() if stop else start + _CUE_CHARS
    after = [w.casefold() for w in _CLAUSE_WORDS.findall(text, start, end)]
    if after[:1] == ["with"]:
        return 0  # "27 March and 3 April, with crews working extended shifts": a verbless phrase, no tense
    if after[:1] == ["to"]:
        return 0  # "until October 29 to explain what went wrong": an infinitive's own clause, not the date's
    if len(_clause_before(m)) > 1:
        after = _coordinated_cut(after)
    found = _cue(_the_last_dropped(_next_day_dropped(after)), _WEAK_REACH)
    return found or (-1 if _period_by_its_end(m) else 0)


# Conjunctions that join a second predicate to the clause a date ends ("set the hearing for Dec. 4 and
# freed him on bail").
_COORDINATORS = frozenset({"and", "but", "or", "then"})


def _coordinated_cut(words: list[str]) -> list[str]:
    """``words`` after a date (case-folded, in text order) up to the first coordinating conjunction.

    The words after a date stand for its clause's verb only when the date
    opens the clause ("In January, voters chose"). A date that ends a
    predicate ("the judge fixed the trial for Oct. 9 and released her on
    bail") is that predicate's adjunct; the verb after "and" is a second
    predicate's and says nothing of the date's side: read as the date's
    cue, "released" sent a coming hearing to the year before.
    """
    cut = next((k for k, w in enumerate(words) if w in _COORDINATORS), len(words))
    return words[:cut]


# Words before "last" that make it the verb ("will last until", "is expected to last until"), not the
# "last" of "last June".
_LAST_VERB_BEFORE = frozenset({
    "to", "will", "'ll", "shall", "would", "could", "can", "may", "might", "should", "must"})


def _the_last_dropped(words: list[str]) -> list[str]:
    """``words`` (in text order) with "last" blanked where it names no past time.

    "The first closures come on January 18 and the last on July 30": the
    last closure is no past cue for either day. Nor is the verb: "the strike
    will last until March 21" or "is due to last until 21 March", in a paper
    of 9 March, is a strike still to come; read as "last March" it went to
    the March of the year before.
    """
    return ["" if w == "last" and k and words[k - 1] in _LAST_FOLLOWS else w for k, w in enumerate(words)]


_LAST_FOLLOWS = _LAST_VERB_BEFORE | {"the"}

# What "next" names when it is a day counted from another one ("the next day", "the next working day",
# "next-day delivery"), not from publication.
_NEXT_DAY_WORDS = frozenset({"day", "morning", "afternoon", "evening", "night"})
_NEXT_DAY_QUALIFIERS = frozenset({"working", "business"})


def _next_day_dropped(words: list[str]) -> list[str]:
    """``words`` (in text order) with "next" blanked where it counts a day from another day.

    "78.3% of letters reached their destination the next working day in the
    year to March 31": the next working day is the one after each letter was
    posted, a delivery standard, and says nothing of which side of the
    published date March 31 falls on; read as a forward cue it sent a year
    already reported to the March still to come. "Next week", "next March",
    "the next hearing" keep their "next".
    """
    out = list(words)
    for k, word in enumerate(words):
        if word != "next":
            continue
        rest = words[k + 1:k + 3]
        if rest[:1] and rest[0] in _NEXT_DAY_QUALIFIERS:
            rest = rest[1:]
        if rest[:1] and rest[0] in _NEXT_DAY_WORDS:
            out[k] = ""
    return out


# Nouns of a period that a report names by its end ("the year to March 31", "the three months to June",
# "the 12 months to the end of September", "the quarter ending June 30"): `_period_by_its_end`.
_PERIOD_NOUNS = frozenset({"year", "months", "quarter", "weeks", "half", "period", "twelvemonth"})
_PERIOD_ENDS = frozenset({"to", "ending", "ended", "through"})


def _period_by_its_end(m: re.Match[str]) -> bool:
    """True when the date ends a reporting period named by it: "in the year to March 31".

    A period named by its last day is one whose figures are being reported,
    so it is over: "In the three months to June, 83.7% of letters arrived"
    and "reached their destination ... in the year to March 31" speak of the
    June and the March just gone. Used only when the clause has no tense of
    its own (`_tense`): "expects inflation of 3% in the year to June" keeps
    its forward "expects".
    """
    words = _clause_before(m)
    return len(words) >= 2 and words[-1] in _PERIOD_ENDS and words[-2] in _PERIOD_NOUNS


# Participles that look ahead as a verb ("is scheduled for March") but describe a noun after a
# determiner ("had undergone a scheduled check in September"), where they say nothing of the tense.
_ATTRIBUTIVE_PARTICIPLES = frozenset({"scheduled", "expected", "planned", "set"})
_DETERMINERS = frozenset("a an the its their his her our your my this that these those".split())


def _attributive_dropped(words: list[str]) -> list[str]:
    """``words`` (in text order) with each participle used as an adjective blanked out.

    "It had undergone a scheduled maintenance check in September", said in
    November, looks back ("had"); the nearer "scheduled" is the check's
    adjective, not the clause's verb, and read as one it sent the month to
    next September. Such an adjective is a weaker cue than any verb of the
    clause before the date, so it counts only when none gives a tense
    (`_tense_before`).
    """
    return ["" if w in _ATTRIBUTIVE_PARTICIPLES and k and words[k - 1] in _DETERMINERS else w
            for k, w in enumerate(words)]


def _clause_start(text: str, end: int) -> tuple[int, list[str]]:
    """Where the clause that runs up to ``end`` starts, and its words (as written) before ``end``."""
    cut, words = _clause_start_read(text, end)
    return cut, list(words)


@shared
def _clause_start_read(text: str, end: int) -> tuple[int, tuple[str, ...]]:
    """`_clause_start`, read once per date while an article is extracted (see `_words_before_read`)."""
    lo = max(0, end - _CUE_CHARS)
    # An ages appositive is left out whole, its commas and its words ("aged" is no past verb, and its
    # numbers would push the clause's verb out of reach).
    inside = [(a.start(), a.end()) for a in _AGES_APPOSITIVE.finditer(text, lo, end)]
    cut = max((b.end() for b in _CLAUSE_BREAK.finditer(text, lo, end)
               if not any(a <= b.start() < z for a, z in inside)), default=lo)
    words = tuple(w[0] for w in _CLAUSE_WORDS.finditer(text, cut, end)
                  if not any(a <= w.start() < z for a, z in inside) and not _bound_prefix(w))
    return cut, words


# Prefixes a hyphen binds to the verb after them ("re-sat", "co-hosted", "pre-booked", "over-ran").
_VERB_PREFIXES = frozenset({"re", "co", "pre", "mis", "de", "un", "over", "under", "out"})


def _bound_prefix(word: re.Match[str]) -> bool:
    """Whether ``word`` is a prefix hyphened to the next word: the two are one verb, read as its stem.

    "The paper will be re-sat by every pupil on 9 May" split into "re" and
    "sat": the "re" stood between the participle and its "be", so "sat" read
    as a past verb and the coming May went to the year before. Dropping the
    prefix leaves "be sat", a passive participle as in "will be held".
    """
    text, end = word.string, word.end()
    return (word[0].casefold() in _VERB_PREFIXES and text.startswith("-", end)
            and text[end + 1:end + 2].isalpha())


# Particles that make "set" a phrasal verb of its own ("panic set in", "the convoy set off", "they set up a
# fund"): its past and present are one form, so "set" before one is no forward cue as "set to"/"set for" is.
_SET_PARTICLES = frozenset({"in", "off", "out", "up", "down", "about", "aside", "alight", "fire", "sail"})


def _phrasal_set_dropped(words: list[str]) -> list[str]:
    """``words`` (in text order, case-folded) with each "set" of a phrasal verb blanked out.

    "Panic set in on Friday", written on the Monday after, looks back: read
    as "set for Friday" it sent the day to the Friday still to come.
    """
    return ["" if w == "set" and k + 1 < len(words) and words[k + 1] in _SET_PARTICLES else w
            for k, w in enumerate(words)]


def _names_collapsed(words: list[str]) -> list[str]:
    """``words`` (as written, in text order) with each run of capitalized words cut to its first two.

    A name or title counts as a given name and a surname however many words
    it takes: "will face Prime Minister Gideon Marsh in parliament for the
    first time on Wednesday" holds its "will" as close to the day as "will
    face Gideon Marsh in parliament ...", but counted word by word the four
    of the title and name pushed the verb out of ``_CUE_REACH`` and the
    coming Wednesday went to the one before. The run's first words are
    kept, so a cue that opens a sentence stays where it was.
    """
    return [w for k, w in enumerate(words)
            if not (k > 1 and w[:1].isupper() and words[k - 1][:1].isupper() and words[k - 2][:1].isupper())]


# Articles: they add words, not distance, between a verb and its date (`_reach_cut`).
_ARTICLES = frozenset({"a", "an", "the"})


def _reach_cut(words: list[str], reach: int) -> int:
    """How many of ``words`` (nearest the date first) ``reach`` words cover, articles not counted.

    "will give a free lecture on the new findings at the town hall on
    Wednesday" holds its "will" as close to the day as "will give free
    lecture on new findings at town hall on Wednesday": each noun phrase's
    "a" or "the" pushed the verb out of ``_CUE_REACH``, and a coming
    Wednesday went to the one before, as `_names_collapsed` found for the
    words of a name. Only within the date's own clause: past a word that
    opens it as a subordinate one ("will pay ... after dismissing the
    manager on Monday", "believed to be from a plane that vanished with
    the crew on Saturday"), the verb beyond is an outer clause's, and every
    word counts as before.
    """
    counted = [k for k, word in enumerate(words) if word not in _ARTICLES]
    cut = counted[reach] if len(counted) > reach else len(words)
    if any(w in _SUBORDINATORS for w in words[:cut]):
        return min(reach, len(words))
    return cut


def _words_before(text: str, end: int) -> list[str]:
    """The last ``_CUE_REACH`` words of the clause up to ``end`` (articles not counted), case-folded."""
    return list(_words_before_read(text, end))


@shared
def _words_before_read(text: str, end: int) -> tuple[str, ...]:
    """`_words_before`, read once per place while an article is extracted.

    Several tense rules ask for the words before the same date (the
    clause's tense, a possessive day's verb, a day of saying), each reading
    the clause again. The answer is a tuple, shared by every caller; each
    gets a list of its own.
    """
    written = list(_clause_start_read(text, end)[1])
    words = _phrasal_set_dropped([w.casefold() for w in _names_collapsed(written)])
    return tuple(words[len(words) - _reach_cut(words[::-1], _CUE_REACH):])


def _clause_before(m: re.Match[str]) -> list[str]:
    """The last ``_CUE_REACH`` words of the date's clause before it, case-folded."""
    return _words_before(m.string, m.start())


# Participles that open a clause continuing the one before the comma ("..., starting with the match on
# Saturday"): the clause has no verb of its own (`_tense_before`).
_CONTINUING = frozenset({"starting", "beginning"})
# "is to" / "are to" before a verb looks ahead ("the museum is to reopen on Saturday"), as "will" does; not
# "is to blame", which judges something done.
_TO_BE = frozenset({"is", "are", "am"})


def _modal_to(words: list[str]) -> list[str]:
    """``words`` (in text order) with the "to" of "is to reopen" read as "will" (see ``_TO_BE``)."""
    return ["will" if w == "to" and k and words[k - 1] in _TO_BE
            and (k + 1 == len(words) or words[k + 1] != "blame") else w for k, w in enumerate(words)]


# Words after a possessive weekday that make its sentence's verb a future one ("Saturday's concert will be
# held in the square"); fewer than ``FORWARD_WORDS``, as a bare "be" or "ahead" after the day may
# describe a day gone by ("Saturday's defeat may be the last straw").
_FUTURE_AFTER = frozenset({
    "will", "'ll", "shall", "due", "scheduled", "slated", "set", "expected", "planned"})


# Nouns of what an event leaves behind: "the cost of Monday's move will fall on suppliers" puts the cost,
# not the move, ahead; the move is as likely done as still to come.
_SEQUEL_NOUNS = frozenset({
    "cost", "costs", "aftermath", "fallout", "impact", "effect", "effects", "consequences", "repercussions",
    "result", "results", "outcome", "damage", "lessons"})
# The noun a possessive date is the object of: "the fallout from Tuesday's vote", "the cost of Monday's move".
_OBJECT_OF = regex(r"\b([A-Za-z]+)\s+(?:of|from)\s+$")


def _future_after(m: re.Match[str]) -> bool:
    """A possessive date ("Saturday's visit") whose verb after it looks ahead, before any past form.

    Such a day has no verb before it in its clause: only the verb after
    the noun it qualifies says whether the visit is to come. Not when the
    day's noun hangs on a noun of consequence ("the cost of Monday's move
    will find its way to suppliers", said on the Wednesday): the verb is
    the cost's, and read as the move's it sent a past Monday to the coming
    one; the -3..+3 rule decides instead.
    """
    text = m.string
    head = _OBJECT_OF.search(text, max(0, m.start() - _CUE_CHARS), m.start())
    if head is not None and head[1].casefold() in _SEQUEL_NOUNS:
        return False
    start = m.end()
    stop = _CLAUSE_BREAK.search(text, start, start + _CUE_CHARS)
    words = _modal_to([w.casefold() for w in
                       _CLAUSE_WORDS.findall(text, start, stop.start() if stop else start + _CUE_CHARS)])
    words = _attributive_dropped(words)
    for word in words[:_CUE_REACH]:
        if word in _FUTURE_AFTER:
            return True
        if word in BACK_WORDS:
            return False
    return False


# Articles and possessives (and a noun's "'s"): an "-ed" form right after one is its noun's adjective,
# no verb. Not "her" (also an object: "saw her crowned in May") nor "that" and "this" (also pronouns
# that open a clause: "that closed in May").
_ATTRIBUTE_AFTER = frozenset({"a", "an", "the", "its", "their", "his", "our", "your", "my"})


def _ed_adjectives_dropped(words: list[str]) -> list[str]:
    """``words`` before a date (in text order) with each "-ed" form right after an article blanked out.

    "Brackenlea has been given a revised completion date of Sept. 30", said
    in April: "revised" stood within the weak reach of the date and read as
    a past verb, and a deadline still to come went to the September before.
    After "a", "the" or a possessive it describes the noun ("the delayed
    opening in June", "its amended deadline of 4 May"); the clause's verb,
    if any, is elsewhere. The participles `_attributive_dropped` reads as a
    forward adjective ("the planned strike") are left to it.
    """
    return ["" if w.endswith("ed") and w not in _ATTRIBUTIVE_PARTICIPLES and k
            and (words[k - 1] in _ATTRIBUTE_AFTER or words[k - 1].endswith(("'s", "’s")))
            else w for k, w in enumerate(words)]


def _clause_tense(words: list[str]) -> int:
    """The tense a clause's words before a date give (see ``_tense_before``), 0 when none.

    "The last" is the final one of a series ("the last branch shutting on
    June 30"), not "last June": it says nothing of the date's side.
    """
    words = _ed_adjectives_dropped(_the_last_dropped(_next_day_dropped(_modal_to(words))))
    before = _attributive_dropped(words)
    found = _cue(before[::-1], _CUE_REACH, deadline=bool(before) and before[-1] in _DEADLINE_WORDS)
    if found or before == words:
        return found
    return 1  # only "the planned strike in January": the adjective still looks ahead


def _tense_before(m: re.Match[str]) -> int:
    """The tense the words of the date's clause before it give (see ``_tense``), 0 when none.

    A clause that opens with a participle continuing the one before it
    ("will take charge of the team, starting with the match on Saturday")
    has no verb of its own: the tense of the clause before the comma is its
    tense, else the Saturday of a coming match went to the one before.
    """
    found = _clause_tense(_absolute_participles_dropped(_clause_before(m)) + _deadline_lead(m))
    if found:
        return found
    cut, words = _clause_start(m.string, m.start())
    if words and words[0].casefold() in _CONTINUING and cut > 0 and m.string[cut - 1] == ",":
        return _clause_tense(_words_before(m.string, cut - 1))
    return -1 if _day_of_saying(_clause_before(m)) else 0


def _absolute_participles_dropped(words: list[str]) -> list[str]:
    """A clause opening with "with" (an absolute phrase) without its regular "-ed" forms.

    "..., with patients allowed two pens per prescription from Monday": after
    "with" and a noun the participle is no finite verb, so it tells no past
    (read as one, a limit starting on the coming Monday went to the Monday
    before). Forward and irregular past words still count.
    """
    if not words or words[0].casefold() != "with":
        return words
    return [w for w in words if not (w.casefold().endswith("ed") and w.casefold() not in FORWARD_WORDS
                                     and w.casefold() not in BACK_WORDS
                                     and w.casefold() not in _SCHEDULE_PARTICIPLES)]


def _deadline_lead(m: re.Match[str]) -> list[str]:
    """A deadline's word the date's own match opens with ("until September", "by June"), as a clause word.

    A month's pattern takes its preposition into the match, so the clause
    before it ends one word short: "has now been handed until September to
    finish the job" read "handed" as the clause's last word, a regular past
    form close to the date, and a deadline still to come went to the
    September before. Read with its "until", the clause is a deadline's
    (`_cue`): the "-ed" form is a state lasting up to the date, no past.
    """
    lead: str | None = m.groupdict().get("lead")
    word = (lead or "").strip().casefold()
    return [word] if word in _DEADLINE_WORDS else []


# Past reporting verbs ("said", "told"): in _NOT_BACK, as the day after them is often what was said
# ("said the vote will be held on Friday"). Only a day in a phrase right after the verb is the saying's.
_REPORTING = frozenset({
    "said", "told", "added", "noted", "announced", "stated", "explained", "wrote", "warned", "confirmed"})
# Words that open the phrase dating the saying: "said on Thursday", "said in a statement on Thursday",
# "said late on Thursday", "told reporters after the vote on Thursday".
_SAYING_PHRASE = frozenset({"on", "in", "at", "during", "after", "late", "early", "earlier", "via", "from"})


# Words that open what was said, or a deadline in it, between the verb and the day: the day is then the
# reported content's, not the saying's ("wrote on X that Anthropic has until 6:01 PM ET on Friday").
_REPORTED_OPENERS = frozenset({"that", "until", "till", "by", "before", "whether", "if", "to"})
# The phrase dating a saying is short: "said in a statement on", "told reporters after the vote on".
_SAYING_REACH = 6


def _day_of_saying(words: list[str]) -> bool:
    """The clause's words before a date (case-folded) end in a reporting verb and the phrase that dates it.

    "The company said in a statement on Thursday", written on the Monday
    after, reports a saying, which is past: with no other cue the -3..+3
    rule sent the day to the coming Thursday. The verb must be followed by
    a preposition ("said on", "said in a statement on"), or by one word and
    a preposition ("told reporters on"); "said the council meets on
    Thursday" puts the day in what was said, and no forward word may stand
    between ("said on Monday it will close on Thursday" is caught before).
    """
    for i in range(len(words) - 1, -1, -1):
        if words[i] in _REPORTING:
            rest = words[i + 1:]
            if len(rest) > _SAYING_REACH or any(w in FORWARD_WORDS or w in _REPORTED_OPENERS for w in rest):
                return False  # "wrote on X that it has until 6pm on Friday": the day is in what was said
            return bool(rest) and (rest[0] in _SAYING_PHRASE
                                   or (len(rest) > 1 and words[i] == "told" and rest[1] in _SAYING_PHRASE))
    return False


# Words that may stand before a day that opens its clause: "On Monday the board voted", "Late on Sunday
# the wall gave way". Not "by": a deadline's word keeps the -3..+3 rule (`_ahead_before`).
_OPENING_WORDS = frozenset({"on", "late", "early"})
# Where a sentence or a clause opens: the text's or a line's start, a comma, or a stop that is no
# abbreviation's ("7 a.m. Thursday" goes on).
_SENTENCE_OPEN = regex(r"(?:^|\n|,|(?<!\b[a-z]\.[a-z])[.!?][\"”’]?)\s*$")


def _opening_tense(m: re.Match[str]) -> int:
    """The tense of a clause the date opens ("On Monday the authority closed 14 airports"), else 0.

    A weekday is placed by the words of its clause before it (`_tense_before`);
    one that opens its clause has none, so the -3..+3 rule sent a past Monday,
    told on the Saturday after, to the coming one. Its clause's verb comes
    after it, read as `_tense` reads the words after a date ("In January,
    voters chose"). A reporting verb first ("On Friday the company said it
    would close the plant") is the saying, which is past, not what was said.
    """
    before = _clause_before(m)
    if len(before) > 2 or any(w not in _OPENING_WORDS for w in before):
        return 0
    text = m.string
    cut, words = _clause_start(text, m.start())
    if words[:1] and not words[0][0].isupper():
        return 0  # "reopen at 7 a.m. on Thursday": the stop of "a.m." ends no sentence
    if not words and not _SENTENCE_OPEN.search(text, max(0, cut - _CUE_CHARS), cut):
        return 0
    start = m.end() + 1 if text.startswith(",", m.end()) else m.end()
    stop = _CLAUSE_BREAK.search(text, start, start + _CUE_CHARS)
    end = stop.start() if stop else start + _CUE_CHARS
    after = _coordinated_cut([w.casefold() for w in _CLAUSE_WORDS.findall(text, start, end)])
    said = next((k for k, w in enumerate(after) if w in _REPORTING), None)
    if said is not None:
        return _cue(_the_last_dropped(after[:said]), _WEAK_REACH) or -1
    return _cue(_the_last_dropped(after), _WEAK_REACH)


def _back_before(m: re.Match[str]) -> bool:
    """A past auxiliary or irregular form anywhere in the clause before the date ("had expected to"); a
    passive participle ("will be held") is none."""
    words = _clause_before(m)
    return any(w in BACK_WORDS and not (k and words[k - 1] in _PASSIVE_BE) for k, w in enumerate(words))


def _ahead_before(m: re.Match[str]) -> bool:
    """A forward word anywhere in the clause before the date ("is set to last until Thursday" is no past
    clause though "last" is nearest), or a deadline's word right before it: "warned that the firm had
    until Friday" reports a deadline still to come in the past tense of reported speech.

    Only the words after the clause's last subordinator count (`_inner_clause`): in "it would not give
    a figure when the paper asked on Friday" the "would" is the outer clause's, and the inner clause's
    own past ("asked") dates the day, as `_cue` already reads it.
    """
    words = _clause_before(m)
    deadline = bool(words) and words[-1] in _DEADLINE_WORDS
    return deadline or any(w in FORWARD_WORDS for w in _inner_clause(words))


def _inner_clause(words: list[str]) -> list[str]:
    """``words`` (a clause before a date, in text order) after the last word that opens a clause in it.

    "would not give a more recent figure when the Advertiser asked on
    Friday", in a paper dated Monday: the forward "would" governs the
    refusal, and the day belongs to the "when" clause, whose "asked" looks
    back. Read over the whole clause, the "would" kept the -3..+3 rule, and
    the other sources' days then moved the Friday gone by to the coming one.
    """
    cut = max((k for k, w in enumerate(words) if w in _SUBORDINATORS), default=-1)
    return words[cut + 1:]


# A present "be" right before an "-ing" verb that names the date ("are meeting on Wednesday", "is flying
# out Friday"): a present progressive dated by a day is an arrangement still to come. Only when the verb
# is next to the day (or its "on"): "is recovering in hospital after the attack on Tuesday" looks back.
_PROGRESSIVE_BE = frozenset({"is", "are", "am"})
_NOT_PROGRESSIVE = frozenset({
    "nothing", "something", "anything", "everything", "morning", "evening", "during"})


def _arranged(words: list[str]) -> bool:
    """The words (nearest the date first) open with "-ing" verb, present "be": "are meeting (on)"."""
    k = 1 if words[:1] == ["on"] else 0
    if len(words) < k + 2:
        return False
    verb = words[k]
    return (verb.endswith("ing") and len(verb) > 5 and verb not in _NOT_PROGRESSIVE
            and words[k + 1] in _PROGRESSIVE_BE)


def _cue(words: list[str], reach: int, deadline: bool = False) -> int:
    """The tense the words give, nearest the date first (see ``_tense``); only ``reach`` words count.

    ``deadline``: a deadline's word stands right before the date, so a present modal looks ahead,
    and a regular "-ed" form is no cue: before "until" it is most often a state that lasts up to the
    date ("remains closed until 27 November", "is suspended until", "stays banned until"), which says
    nothing of the date's side; a past clause still has its auxiliary or irregular form ("was", "did").
    """
    weak = 0
    if _arranged(words):
        return 1
    for i, word in enumerate(words[:_reach_cut(words, reach)]):
        if weak and word in _SUBORDINATORS:
            return weak
        if word in _COORDINATORS and i and words[i - 1] in _PRESENT_AUXILIARIES:
            return weak  # "opened an inquiry last Wednesday and has given it until October 29": see below
        if word in FORWARD_WORDS or (deadline and not weak and word in _MODAL_WORDS):
            return 1
        if (not weak and word in _INTENT_TO and i and words[i - 1] == "to"
                and not any(w in BACK_WORDS for w in words[i + 1:reach])):
            return 1
        if not weak and word in _FUTURE_MODALS and i and words[i - 1] not in _NOT_BARE_VERBS:
            return 1
        if word in BACK_WORDS:
            if i + 1 < len(words) and words[i + 1] in _PASSIVE_BE:
                continue  # "will be held": a participle
            if i + 1 < len(words) and words[i + 1] in _BARE_VERB_BEFORE:
                continue  # "will hit shelves from April 12": a bare verb, the modal decides
            return -1
        if (i < _WEAK_REACH and word in _SCHEDULE_PRESENT
                and not (i + 1 < len(words) and words[i + 1] in _DETERMINERS)):  # "his starts": a noun
            return 1
        if (i < _WEAK_REACH and word in _SCHEDULE_PARTICIPLES and i and words[i - 1] != "with"
                and not (i + 1 < len(words) and words[i + 1] in _DETERMINERS)):  # "the beginning": a noun
            return 1
        if (not weak and not deadline and i < _WEAK_REACH and word.endswith("ed")
                and word not in _NOT_BACK and word not in _ADJECTIVE_ED and word not in _CONVENING
                and not (i + 1 < len(words) and words[i + 1] in _PRESENT_BE)):  # "is published": present
            weak = -1
    return weak


# Words right before a date that name when something starts: "cut output from January 1", "starting
# March 2", "effective April 1", "as of June 1", "with effect from July 1".
_START_WORDS = frozenset({"from", "starting", "beginning", "effective", "commencing"})
# An infinitive in the clause before a start word: "to" right before a lower-case word ("to pump", "to
# raise"); not "to 20 million barrels" (a level), "to Paris" (a place) nor "to about 20" (a hedge).
_INFINITIVE = regex(r"\bto\s+(?P<verb>[a-z]+)\b(?!['’])")
_NOT_VERBS = frozenset({
    "million", "billion", "trillion", "thousand", "hundred", "about", "around", "nearly", "almost", "roughly",
    "some", "over", "under", "more", "less", "fewer", "just", "below", "above", "one", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten", "work", "date", "day", "level", "levels"})
# Month names and the decision words that date the decision itself ("In March the board voted to raise fees
# from April 1"): such a clause is about a past that has its own date, and keeps the past reading.
_MONTH_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "year"})


def _plan_start(m: re.Match[str]) -> bool:
    """A start date a past decision set: "agreed yesterday to pump less from January 1".

    The clause's past form ("struck a deal", "voted") is the decision's
    tense; its infinitive ("to pump", "to raise") and the start word right
    before the date ("from", "starting", "effective", "as of") put the date
    after the decision, so the past form says nothing of the date's side.
    A clause with no infinitive after its past form ("rose 5% from January 1",
    "was cut to 20 million barrels from March 1") keeps its past reading, and
    so does one that dates the decision by a month ("In March the board voted
    to raise fees from April 1").
    """
    cut, written = _clause_start(m.string, m.start())
    words = [w.casefold() for w in written][-_CUE_REACH:]
    if not words or not (words[-1] in _START_WORDS or words[-2:] == ["as", "of"]):
        return False
    if any(w.casefold() in _MONTH_WORDS for w in written):
        return False
    found = [t for t in _INFINITIVE.finditer(m.string, cut, m.start()) if t["verb"] not in _NOT_VERBS]
    if not found:
        return False
    between = [w.casefold() for w in _CLAUSE_WORDS.findall(m.string, found[-1].end(), m.start())]
    return not any(w in BACK_WORDS or (w.endswith("ed") and w not in _NOT_BACK) for w in between)


# Verbs that move an event to a new day ("rescheduled for", "postponed to", "pushed back to"): a past or
# perfect form of one dates the decision, and the day right after its preposition is the new one.
_MOVING_VERBS = frozenset({
    "rescheduled", "re-scheduled", "rearranged", "re-arranged", "postponed", "moved", "deferred", "delayed",
    "pushed", "put", "brought", "switched", "shifted", "reset", "re-fixed", "refixed"})
# The preposition that names the new day, right before it.
_MOVED_TO = frozenset({"for", "to", "until", "till"})


def _moved_to(m: re.Match[str]) -> bool:
    """A day an event was moved to: "has been rescheduled for 9 December", "pushed the vote back to May 3".

    The clause's past form is the move's tense; the new day may lie on
    either side of it, so it is read as a day with no tense (the nearer
    occurrence), as a plan's start date is (`_plan_start`). Only a day right
    after "for"/"to"/"until" counts: in "postponed on 9 December" the day is
    the decision's own and keeps the past reading.
    """
    _, written = _clause_start(m.string, m.start())
    words = [w.casefold() for w in written][-_CUE_REACH:]
    if not words or words[-1] not in _MOVED_TO:
        return False
    return any(w in _MOVING_VERBS for w in words[:-1])


# A present perfect's auxiliary: the verb is past but a day in its clause dates its object, often to come.
_PRESENT_HAVE = frozenset({"has", "have", "'ve"})


def _far_past(m: re.Match[str]) -> bool:
    """The weekday's clause holds a past verb beyond the cue's reach and nothing that looks ahead.

    "The trawler went down about 18 nautical miles north-west of the point
    in the early hours of Tuesday", written on the Saturday after: the
    place and the part of day put "went" past ``_CUE_REACH`` (and
    "evacuated 23 homes in the lower part of the street on Monday morning"
    its "-ed" form past ``_WEAK_REACH``), so the clause gave no tense and the
    -3..+3 rule sent a day gone by to the coming one. A weekday has no
    calendar position of its own, and a whole clause told in the past with
    no forward word, modal or deadline anywhere in it is about a day gone by.
    A past form read as an adjective (after a determiner: "the closed
    beaches"), a passive participle ("will be held"), a present passive ("is
    published"), a reporting verb ("said the vote on Friday") or a verb that
    calls an event ("called a meeting for Friday") is no such verb; a present
    "is"/"are" in the clause ("residents of flooded homes are asked to
    register on Monday"), a present perfect ("volunteers have signed up for
    a clean-up on Saturday": the day is its object's) or a deadline ("has
    suspended flights until Friday") leaves the rule to decide, and so does
    an absolute phrase ("..., with patients allowed two pens from Monday"):
    its participle after "with" and a noun is no finite verb and tells no
    tense.
    """
    _, written = _clause_start(m.string, m.start())
    words = _phrasal_set_dropped(_modal_to([w.casefold() for w in written]))
    if not words or words[-1] in _MOVED_TO or words[0] == "with":
        return False
    if any(w in FORWARD_WORDS or w in _MODAL_WORDS or w in _FUTURE_MODALS or w in _INTENT_TO
           or w in _SCHEDULE_PRESENT or w in _SCHEDULE_PARTICIPLES or w in _ATTRIBUTIVE_PARTICIPLES
           or w in _REPORTING or w in _NOT_BACK or w in _CONVENING or w in _MOVING_VERBS or w in _PRESENT_BE
           or w in _PRESENT_HAVE or w in _DEADLINE_WORDS for w in words):
        return False
    for k, word in enumerate(words):
        before = words[k - 1] if k else ""
        if before in _DETERMINERS or before in _PASSIVE_BE or before in _PRESENT_BE:
            continue
        if word in BACK_WORDS and word not in ("last", "since"):
            return True
        if word.endswith("ed") and not word.endswith("eed") and len(word) > 4 and word not in _ADJECTIVE_ED:
            return True
    return False
