"""What one figure without currency is: a percent, a measure, an age, a magnitude, a count, or nothing.

``classify`` and the tests it runs on one figure and the words around it
(labels, ages, "no one", modifiers, large figures). Split out of numbers.py
because it decides one figure alone; the figures read through the figure
before them are numbercontext's, and the scan over a passage is numbers.py's.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.extract import patterns as P
from sourcediff.extract.amounts import (
    STOP_WORDS,
    Amount,
    attached_after,
    is_noise,
    is_plural,
    left_match,
    singular,
)
from sourcediff.extract.numberbase import _OPENING_QUOTES, Found
from sourcediff.extract.numbernouns import _NOT_HEADS, BORES, _counted_noun, _words_after, headed_count
from sourcediff.extract.numberpercents import CHANGE, _bare_points, _percent, _proportion
from sourcediff.extract.numberunits import (
    _idiomatic_one,
    _with_unit,
    signed_degrees,
    spaced_scale_ok,
    unit_name,
)
from sourcediff.extract.orgs import given_names
from sourcediff.extract.roles import count_role, role_cue
from sourcediff.extract.scenecounts import SCENE, SCENE_ROLES
from sourcediff.extract.spectrum import spectrum_held
from sourcediff.extract.updates import EARLIER, update_cue
from sourcediff.model import Kind
from sourcediff.values import APPROX, Quantity

# Capitalized words that may stand right before a figure without making it a label ("In 12 states").
_FUNCTION_WORDS = frozenset(
    "the these those in on at for about around nearly some all only just by with from after before over "
    "under more less and but of to up as least almost roughly approximately another its their his her our "
    "my your than while when since until during within per each every there here it they we he she i you "
    "were was are is another additional another both a an".split())


def _is_label(text: str, a: Amount) -> bool:
    """ "Section 230", "Boeing 737", "No. 10": a capitalized name right before digits makes them a name."""
    if a.qualifier:
        return False
    if a.spelled:
        return (text[a.num_start].isupper() and not _sentence_start(text, a.num_start)
                and not _shouted(text, a))
    m = left_match(P.NUM_LABEL_BEFORE, text, a.start, 32)
    if m is None:
        return False
    if P.NUM_WORD_SCALE_END.search(text, a.num_start, a.num_end):
        # "XYZ 48 billion", "Ridgeco 2.5bn": no model or section number carries a multiplier; a code the
        # currency readers do not know stands before a sum, and the sum is still a figure
        return False
    if m["no"]:
        return True
    if a.high is None and P.NUM_TIMES_AFTER.match(text, a.num_end):
        # "orbited the Moon 1,200 times", "has visited Paris 14 times": a count of occasions, and the
        # name before it is what they were of (the verb's object). A model or section number is never
        # followed by "times" ("Boeing 737", "Section 230"), so the name labels nothing here.
        return False
    word = m["word"].rstrip(".")
    if P.NUM_GIVEN_AFTER.match(text, a.num_end) and left_match(P.NUM_GIVEN_TO_BEFORE, text, a.start, 64):
        return False  # "gave Marwick 37 votes": the name receives the votes, it labels nothing
    if word.lower() in _FUNCTION_WORDS or word.endswith(("'s", "’s", "s'", "s’")):
        # a possessive ("Labour's 202 seats", "the Greens' 14 councillors") owns the count, labels nothing
        return False
    if word.lower() in _WEEKDAYS and _counts_after_weekday(text, a):
        return False
    return not (_sentence_start(text, m.start("word")) and _sentence_adverb(word))


# A weekday names a day, never a thing with a number ("Boeing 737"): "By Wednesday 47 crew had fallen ill"
# counts crew, as "By then 47 crew" does. Only when the figure cannot be the day of a month (above 31) or a
# lower-case word follows it (the counted noun), so a bare "Friday 13" is left alone.
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _counts_after_weekday(text: str, a: Amount) -> bool:
    """True when the figure after a weekday is a count: above 31, or followed by a lower-case word."""
    return a.low > 31 or P.NUM_LOWER_WORD_AFTER.match(text, a.num_end) is not None


# Words that open a sentence as an adverb of the whole clause, so a figure right after them is a count
# ("Overall 415 jobs will go"), not a name's number ("Boeing 737"). Words ending in "-ally" count too.
_SENTENCE_ADVERBS = frozenset(
    "overall altogether together elsewhere meanwhile today yesterday tonight now currently already still "
    "then also instead nationwide worldwide statewide countrywide citywide combined again so yet "
    "separately domestically".split())


def _sentence_adverb(word: str) -> bool:
    """ "Nationally 1,130 staff": a capital that only opens the sentence, on an adverb, names nothing.

    A capitalized word right before digits was taken for a model or section
    name, so a sentence opened by an adverb lost its figure, and the outlet
    that wrote "Nationally 1,130 staff are affected" had no count to agree
    with the others' "1,130 staff". Names ending in "-ally" are rare; a
    place or person before a figure ("Italy 2", "Kelly 3") keeps its reading.
    """
    low = word.lower()
    return low in _SENTENCE_ADVERBS or (len(low) > 6 and low.endswith("ally"))


def _shouted(text: str, a: Amount) -> bool:
    """ "flattening FOUR parked cars": a number word in capitals for emphasis, before a lower-case word.

    Tabloids set a figure in capitals mid-sentence; a name that holds a
    spelled number ("Apollo Eleven", "Channel Four News") capitalizes it
    only at its first letter, or goes on in capitals. Without this the
    emphasised figure was taken for a name and never read, and the outlet
    that shouted it had nothing to agree with.
    """
    word = text[a.num_start:a.num_end]
    if len(word) < 2 or not word.isupper():
        return False
    after = text[a.num_end:a.num_end + 24].split()
    return bool(after) and after[0][0].islower()


def _sentence_start(text: str, pos: int) -> bool:
    """True at a sentence's first word, also right after a live blog entry's opening clock stamp."""
    before = text[:pos].rstrip()
    if not before or before[-1] in ".!?:;\"“”'‘’([—–-":
        return True
    line = before[before.rfind("\n") + 1:]
    return len(line) <= 16 and P.ENTRY_STAMP.fullmatch(line) is not None


def _magnitude(text: str, a: Amount) -> Found | None:
    """A quake's magnitude however written ("magnitude 6.4", "6.4-magnitude", "6.4 on the Richter scale")."""
    if a.spelled or a.high is not None:
        return None
    after = P.NUM_MAGNITUDE_AFTER.match(text, a.num_end)
    if after is None and left_match(P.NUM_MAGNITUDE_BEFORE, text, a.num_start, 24) is None and not (
            _appositive_magnitude(text, a)):
        return None
    end = after.end() if after else a.num_end
    value = Quantity(a.low, "magnitude", a.qualifier)
    return Found(Kind.NUMBER, a.start, end, value, "number:magnitude")


def _appositive_magnitude(text: str, a: Amount) -> bool:
    """A figure with a decimal set off by a comma right after "magnitude": "the magnitude, 6.1, was revised".

    The decimal keeps out a count that merely follows the word across a comma.
    """
    return "." in text[a.num_start:a.num_end] and left_match(
        P.NUM_MAGNITUDE_APPOSITIVE, text, a.num_start, 24) is not None


def _vague_count(text: str, a: Amount) -> Found | None:
    of = P.NUM_OF.match(text, a.num_end)
    if of is None or P.NUM_UNIT_AFTER.match(text, of.end()) is not None:
        # "thousands of gallons", "hundreds of metres": a vague measure, no head count. Read as a count
        # of gallons it was the only count in a lead that also told "4,000 dead fish", and took the
        # fish count's place in the claim's count fact, hiding another outlet's rival figure.
        return None
    plural = [w for w in _words_after(text, of.end()) if is_plural(w)]
    if not plural:
        return None
    value = Quantity(a.low, None, APPROX, a.high)
    cues = (singular(plural[0]), *role_cue(count_role(text, a.num_start, a.num_end)))
    return Found(Kind.NUMBER, a.start, a.num_end, value, "number:count", cues)


def _match_minute(text: str, a: Amount) -> Found | None:
    """ "on 78 minutes" as the ordinal "78th minute": which minute of play, not how long.

    A match report writes "scored on 78 minutes" where another writes "in
    the 78th minute". Read as a duration, the cardinal never met the
    ordinal, so two outlets' 76th and 78th minute of one goal were two
    unrelated figures and the clash went unseen.
    """
    after = P.NUM_MATCH_MINUTE_AFTER.match(text, a.num_end)
    if (after is None or a.spelled or a.high is not None or a.qualifier or a.num_end - a.num_start > 3
            or left_match(P.NUM_MATCH_MINUTE_BEFORE, text, a.start, 8) is None):
        return None
    return Found(Kind.NUMBER, a.start, after.end(), Quantity(a.low, None, None, None), "number:ordinal",
                 ("minute",))


# How far before a figure "signed by" is looked for (the hedge is inside the figure's span).
_SIGNED_REACH = 16


def classify(text: str, a: Amount) -> Found | None:
    """What a figure without currency is: a percent, a measure, an age, a count, or nothing worth checking."""
    if a.currency is not None:
        return None
    if a.vague:
        return _vague_count(text, a)
    pct = P.NUM_PERCENT_AFTER.match(text, a.num_end)
    if pct:
        return _percent(text, a, pct)
    proportion = _proportion(text, a) or _bare_points(text, a)
    if proportion is not None:
        return proportion
    ordinal = P.NUM_ORDINAL_EVENT.match(text, a.num_end)
    if ordinal and not a.spelled and a.high is None and not a.qualifier:
        # "the 87th minute": which minute, not how many; two sources' minutes of one goal compare
        value = Quantity(a.low, None, None, None)
        return Found(Kind.NUMBER, a.start, ordinal.end(), value, "number:ordinal", (ordinal["noun"].lower(),))
    minute = _match_minute(text, a)
    if minute is not None:
        return minute
    event = left_match(P.NUM_EVENT_NOUN_BEFORE, text, a.start, 24)
    if event and not a.spelled and a.high is None and not a.qualifier and a.num_end - a.num_start <= 3:
        # "on move 44" is "the 44th move": which move, compared as the ordinal form is
        value = Quantity(a.low, None, None, None)
        return Found(Kind.NUMBER, event.start("noun"), a.num_end, value, "number:ordinal",
                     (event["noun"].lower(),))
    group = _plural_age_group(text, a)
    if group is not None:
        return group
    if is_noise(text, a) or pronoun_one(text, a):
        return None
    magnitude = _magnitude(text, a)
    if magnitude is not None:
        return magnitude
    threshold = _threshold_age(text, a)
    if threshold is not None:
        return threshold
    in_years = P.NUM_AGE_SHORT_UNIT_AFTER.match(text, a.num_end) is None  # not "from 10 months"
    average = _average_age(text, a) if in_years else None
    if average is not None:
        return average
    if in_years and (_apposed_age(text, a) or _named_age(text, a) or _superlative_age(text, a)
                     or _person_of_age(text, a) or _reached_age(text, a)
                     or _life_age(text, a) or left_match(P.NUM_AGED_BEFORE, text, a.start, 12)
                     or left_match(P.NUM_AGED_LIST_BEFORE, text, a.start, 40)):
        return _age(a.start, a.num_end, a.low, a.qualifier, a.high)
    if in_years and _group_age_range(text, a):
        return _age(a.start, a.num_end, a.low, None, a.high)
    years = P.NUM_AGE_YEARS_AFTER.match(text, a.num_end)
    if (years and not a.qualifier and a.high is None
            and left_match(P.NUM_AGE_RANGE_END_BEFORE, text, a.start, 60) is not None):
        # "aged between 10 months and 36 years": the upper end is an age like "a 36-year-old", not a span
        return _age(a.start, years.end(), a.low)
    age = P.NUM_AGE_AFTER.match(text, a.num_end)
    if age:
        return _age(a.start, age.end(), a.low, a.qualifier, a.high)
    unit = P.NUM_UNIT_AFTER.match(text, a.num_end)
    if unit and not spaced_scale_ok(text, a, unit):
        unit = None  # "Zone 5 C": a letter set apart, no sign and no weather about it
    if unit:
        if _idiomatic_one(text, a) or (len(unit["unit"]) == 1 and _is_label(text, a)):
            return None  # "Category 4C", "Model 3F": a label, not degrees
        if not spectrum_held(text, a, unit, unit_name(unit["unit"])):
            return None  # "the 3.6GHz band", "a 2.4 GHz chip": a name, not an amount of spectrum
        return _with_unit(text, a, unit)
    if not a.year_like and (modifier := _count_modifier(text, a)) is not None:
        return modifier
    if not a.year_like and a.high is None and (pts := P.NUM_POINTS_ATTACHED.match(text, a.num_end)):
        points = Quantity(a.low, None, a.qualifier, None)
        return Found(Kind.NUMBER, a.start, pts.end(), points, "number:count", ("point",))
    if a.year_like or _is_label(text, a):
        return None
    if attached_after(text, a.num_end) and not P.NUM_RATE_COMPOUND_AFTER.match(text, a.num_end):
        return None
    if P.NUM_ATTRIBUTION_AFTER.match(text, a.num_end):
        return None
    if not a.year_like and a.high is None and P.NUM_TIMES_AFTER.match(text, a.num_end):
        # "had flown 23 times before": a count of occasions ("times" is a function word to the noun
        # reader, as in "three times higher", which the pattern leaves out).
        occasions = Quantity(a.low, None, a.qualifier, None)
        return Found(Kind.NUMBER, a.start, a.num_end, occasions, "number:count", ("time",))
    if not a.spelled and a.high is None and P.NUM_OF_US_AFTER.match(text, a.num_end):
        # "140 of us watched": people, as "140 people watched" counts them (digits only: "the two of us")
        people = Quantity(a.low, None, a.qualifier, None)
        return Found(Kind.NUMBER, a.start, a.num_end, people, "number:count", ("person",))
    noun = _counted_noun(text, a)
    if noun == "person" and P.NUM_SIGNED_BY_BEFORE.search(text, max(0, a.start - _SIGNED_REACH), a.start):
        noun = "signature"  # "signed by 2,400 people": the people are a petition's signatures
    if noun is None and (measured := _subject_unit(text, a)) is not None:
        return measured
    cues = (noun,) if noun is not None else headed_count(text, a)
    role = count_role(text, a.num_start, a.num_end, near=cues is None)
    if cues is None and role is None:
        if (degrees := signed_degrees(text, a)) is not None:
            return degrees
        if not _large_figure(text, a):
            return None
        cues = ()
    value = Quantity(a.low, None, a.qualifier, a.high)
    change = _change_cue(text, a)
    if change:  # "a fall of 2,500": the head noun names the change, not what it counts
        cues = tuple(c for c in cues or () if c not in _CHANGE_NOUNS)
    cues = (cues or ()) + role_cue(role) + change + _at_the_scene(text, a, role)
    return Found(Kind.NUMBER, a.start, _count_rate_end(text, a, noun), value, "number:count", cues)


def _count_rate_end(text: str, a: Amount, noun: str | None) -> int:
    """Where a count ends: after "strokes per minute" when its noun is counted in a period, else its figure.

    "About 54 strokes per minute" read as "about 54" lost what the figure
    measures; a reader (and the scorer's gold) sees the rate only with its
    noun and period. The cue stays the noun, so "54 strokes" elsewhere still
    meets it; only the mention's text grows.
    """
    if noun is None or a.high is not None:
        return a.num_end
    m = P.NUM_COUNT_RATE_AFTER.match(text, a.num_end)
    return m.end() if m else a.num_end


def _subject_unit(text: str, a: Amount) -> Found | None:
    """ "Average weekly hours were unchanged at 36.1": the clause's subject is the unit the figure measures.

    Another outlet writes "held at 36.1 hours"; read as a bare count the figure
    would have nothing to meet.
    """
    m = left_match(P.NUM_SUBJECT_UNIT_BEFORE, text, a.start, 64)
    if m is None or a.year_like:
        return None
    unit = singular(m["unit"].lower())
    value = Quantity(a.low, unit, a.qualifier, a.high)
    return Found(Kind.NUMBER, a.start, a.num_end, value, f"number:{unit}")


def _at_the_scene(text: str, a: Amount, role: str | None) -> tuple[str, ...]:
    """(SCENE,) for a count of the dead or hurt its clause places at the scene ("four died at the scene").

    Only in the figure's own clause after it: "At the scene, rescuers said
    four had died" counts the toll. Whether the count is a part of the toll
    is the article's to say (scenecounts.settle).
    """
    if role not in SCENE_ROLES:
        return ()
    right = text[a.num_end:a.num_end + _SCENE_REACH]
    stop = P.NUM_ROLE_STOP.search(right)
    if stop:
        right = right[:stop.start()]
    return (SCENE,) if P.NUM_AT_SCENE_AFTER.search(right) else ()


# How far after a count its "at the scene" may stand, in characters ("were pronounced dead at the scene").
_SCENE_REACH = 48


# Head nouns of a change ("a monthly fall of 38,000"): what happened to the count, not what it counts.
_CHANGE_NOUNS = frozenset({"increase", "rise", "fall", "drop", "decrease", "decline", "reduction", "jump"})
# How far before a count its change words may stand ("a monthly fall in the list of"), in characters.
_CHANGE_REACH = 48


def _change_cue(text: str, a: Amount) -> tuple[str, ...]:
    """(CHANGE,) for a count that states a change ("fell by 38,000", ", down 83,000 on the month"), else ().

    A list's monthly fall and the list itself are two figures, as a sum's
    overrun and its cost are (money.change_cue): a change is never a rival
    of a level (`compat.same_thing`), and one passage's change and level are
    each its single value of their kind (`compat.role_key`), so two outlets'
    changes meet where both also give the new level.
    """
    if P.NUM_CHANGE_BEFORE.search(text, max(0, a.start - _CHANGE_REACH), a.start):
        return (CHANGE,)
    return ()


def pronoun_one(text: str, a: Amount) -> bool:
    """ "No one was hospitalised", "not one was hurt": "one" after "no" or "not" is never the count 1.

    "Not one of the 300 residents was hurt" is nobody ("not one but two
    blasts" is a contrast, no count of one either).

    Nor is the "one" of "one too many" ("every crash on this road is one
    too many"): an official's idiom made a toll of one that every outlet
    quoting it stated beside its real toll, so no source had a single toll.

    Nor is the generic "one" of a present-tense condition ("when one is
    killed, all of us lose", "if one has a permit"): a mourner's maxim
    made a toll of one against the other outlets' count of the dead.

    Without this a role word in the clause ("hospitalised", "hurt") made the
    pronoun a count of one injured, the opposite of what the writer said, and
    a rival to any other source's count of that role.
    """
    if not (a.spelled and a.low == 1 and a.high is None) or a.qualifier:
        return False
    if P.NUM_ONE_TOO_AFTER.match(text, a.num_end):
        return True  # "every crash is one too many": an idiom, never a toll of one
    if (P.NUM_ONE_GENERIC_AFTER.match(text, a.num_end)
            and P.NUM_ONE_GENERIC_BEFORE.search(text, max(0, a.start - 12), a.start)):
        return True  # "when one is killed, all of us lose": anyone, never a toll of one
    before = text[max(0, a.start - 8):a.start].split()
    return bool(before) and before[-1].lower().rstrip("-").lstrip(_OPENING_QUOTES) in ("no", "not")


def _large_figure(text: str, a: Amount) -> bool:
    """A figure of thousands written with a separator or a multiplier ("87,000", "3.5 million").

    Such a figure is a count even when its noun stands elsewhere ("the
    unions put turnout at 3.5 million", "87,000 in the capital"): scores,
    pages and sections are small numbers, and years were set aside before.
    The figure a change started "from" is the old value, not the fact.
    So is a range of two such figures ("at between 15,000 and 20,000"): an
    estimate given as a range is as much a count as its midpoint, and the
    judge already lets a figure inside it agree (compat._figures_agree).
    A multiplier in words counts as well ("more than two million of which
    were sold" is a tabloid's "2.1 million"), but not after "a" or "one":
    "thanks a million", "one in a million" are idioms, not counts.
    """
    written = text[a.num_start:a.num_end]
    before = text[max(0, a.start - 6):a.start].split()
    if a.spelled and (not a.scaled or written.split()[0].casefold() in _IDIOM_MULTIPLIER_HEADS):
        return False
    return (a.low >= 1000 and (before[-1:] != ["from"] or _earlier_level(text, a))
            and (a.scaled or "," in written or "\u202f" in written or "\u00a0" in written))


# The words before a multiplier in words that make an idiom rather than a count ("a million thanks").
_IDIOM_MULTIPLIER_HEADS = frozenset({"a", "an", "one"})


def _earlier_level(text: str, a: Amount) -> bool:
    """ "Shrank by 38,000 from 7.46 million", "up again, from 298,900": the level a change started from.

    A "from" figure of some other shape ("from 2,000 sites") is a starting
    point of anything; after a change it is the level the story's figure
    stood at before, which outlets state as such ("September's 7.46m"), so
    it is read, with its earlier cue (extract/updates.py).
    """
    return update_cue(text, a.start) == EARLIER



def _group_age_range(text: str, a: Amount) -> bool:
    """ "Men and women between 40 and 69 when they joined": a range of ages bounding the people before it.

    A study or a scheme names its people by an age range; outlets write
    "aged 40 to 69", "40-69 years" or "between 40 and 69" right after the
    people. Only a whole-number range of plausible ages, right after a noun
    of people and followed by no noun it could count ("adults between 40
    and 69 hospitals" is no age), is read as one.
    """
    return (a.high is not None and not a.qualifier and not a.year_like and a.currency is None
            and a.low == a.low.to_integral_value() and a.high == a.high.to_integral_value()
            and 0 < a.low < a.high < 120
            and left_match(P.NUM_AGE_GROUP_RANGE_BEFORE, text, a.start, 40) is not None
            and P.NUM_AGE_GROUP_RANGE_AFTER.match(text, a.num_end) is not None)


def _named_age(text: str, a: Amount) -> bool:
    """ "The pension age from 64 to 65", "a voting age of 16": the word age names the figure."""
    return (not a.qualifier and a.high is None and 0 < a.low < 120
            and left_match(P.NUM_AGE_BEFORE, text, a.start, 40) is not None)


# The least bare "at N" read as an age after a life step ("she retired at 58"): smaller figures after
# "at" are as often a clock ("he left at 5", "she started at 9").
_LIFE_AT_MIN = 13


# The verb says the figure is an age, so the bound is the oldest documented age (a little over 120), not
# the looser bound of the readers that guess an age from its place.
_REACHED_MAX_AGE = 125


def _reached_age(text: str, a: Amount) -> bool:
    """ "Turned 90", "reached the age of 90", "lived to 104": the age a person reached, told by the verb.

    Birthday and obituary stories give one age as "turned 90" in one outlet
    and "her 90th birthday" (ordinals.birthday_ages) or "aged 90" in another; read as
    bare figures of nothing, "turned 90" was dropped and "reached the age of
    90" too (NUM_AGE_BEFORE leaves "the age of" to "at the age of"). Only a
    whole figure with nothing after it but the clause's end or a word of when
    or where (NUM_AGE_REACHED_AFTER): "turned 180 degrees" names its unit.
    """
    return (not a.qualifier and a.high is None and a.low == a.low.to_integral_value()
            and 0 < a.low <= _REACHED_MAX_AGE and P.NUM_AGE_REACHED_AFTER.match(text, a.num_end) is not None
            and left_match(P.NUM_AGE_REACHED_BEFORE, text, a.start, 50) is not None)


def _life_age(text: str, a: Amount) -> bool:
    """ "Died at the age of 66", "who was 61 when she climbed it", "she took up climbing at 52": an age.

    Biographies date a step of a life by the person's age then. The phrase
    must say so: "at the age of"/"at age" before the figure; "who/she/he
    was N" with the clause ending or going on with "when"; or a life-course
    verb ("retired", "took up", "died") of a person's pronoun, then "at N"
    ending the clause, N at least _LIFE_AT_MIN. A bare "at 52" elsewhere is
    an index level or a clock, and stays what it was. The head-noun reader
    must never take "the age of 24" for a count of ages (tests), and "died
    at the age of 66" is no toll of 66 dead.
    """
    if a.qualifier or a.high is not None or a.low != a.low.to_integral_value() or not 0 < a.low < 120:
        return False
    return life_step_age(text, a.start, a.num_end, a.low)


def life_step_age(text: str, start: int, end: int, years: Decimal) -> bool:
    """True when the figure of ``years`` at ``text[start:end]`` is an age dated by a life step (`_life_age`).

    The aligner asks too (align.score_pairs): its pair model was trained
    without these ages, and an outlet writes the same step's age in words
    ("in her fifties") or not at all, so as a passage's term the age drew
    the sentence from its partners (summit story: align 0.78 -> 0.71).
    """
    if left_match(P.NUM_AGE_AT_BEFORE, text, start, 24) is not None:
        return True
    if (P.NUM_AGE_WAS_AFTER.match(text, end) is not None
            and left_match(P.NUM_AGE_WAS_BEFORE, text, start, 30) is not None):
        return True
    if (years < 120 and P.NUM_AGE_SINCE_AFTER.match(text, end) is not None
            and left_match(P.NUM_AGE_SINCE_BEFORE, text, start, 30) is not None):
        return True  # "trained at the club since he was 11 under his coach": the age he started at
    return (years >= _LIFE_AT_MIN and P.NUM_AGE_LIFE_AT_AFTER.match(text, end) is not None
            and left_match(P.NUM_AGE_LIFE_AT_BEFORE, text, start, 90) is not None)


def _superlative_age(text: str, a: Amount) -> bool:
    """ "The youngest of the group is 19 and the oldest ... is 47": what the youngest or oldest is, is an age.

    Only a whole figure with nothing after it but the clause's end or a
    conjunction: "the oldest bridge is 120 metres long" names its unit, and
    "the youngest was 19 years old" is read by NUM_AGE_AFTER.
    """
    return (not a.qualifier and a.high is None and a.low == a.low.to_integral_value() and 0 < a.low < 120
            and P.NUM_AGE_SUPERLATIVE_AFTER.match(text, a.num_end) is not None
            and left_match(P.NUM_AGE_SUPERLATIVE_BEFORE, text, a.start, 90) is not None)


# The least figure after a parent's noun read as an age: "a mother of three" counts her children, "a
# grandmother of 79" is her age (few have forty children or grandchildren).
_PARENT_OF_MIN_AGE = 40
_PARENT_NOUNS = frozenset({"mother", "father", "mum", "dad", "grandfather", "grandmother", "gran", "granny",
                           "grandma", "grandpa", "granddad", "grandad", "grand-dad"})


def _person_of_age(text: str, a: Amount) -> bool:
    """ "A girl of three", "the oldest 79": an age told by a person's noun or a bare superlative before it.

    Tabloids and broadcasters write a patient's age "a girl of three" or "a
    grandad of 79", and a list of patients "the youngest aged 3 and the
    oldest 79"; read as bare figures they counted nothing, or a count of
    nothing, so they never met another outlet's "a three-year-old" or
    "aged between three and 79". Only a whole figure that ends its clause
    (NUM_AGE_SUPERLATIVE_AFTER: "a man of 40 years' service" stays out), and
    after a parent's noun only a figure of at least _PARENT_OF_MIN_AGE. After
    a person's noun the clause may go on with a time, a place of origin or a
    relative clause (NUM_AGE_PERSON_OF_AFTER: "held a woman of 31 yesterday").
    """
    if a.qualifier or a.high is not None or a.low != a.low.to_integral_value() or not 0 < a.low < 120:
        return False
    if left_match(P.NUM_AGE_SUPERLATIVE_BARE_BEFORE, text, a.start, 30) is not None:
        return P.NUM_AGE_SUPERLATIVE_AFTER.match(text, a.num_end) is not None
    person = left_match(P.NUM_AGE_PERSON_OF_BEFORE, text, a.start, 40)
    if person is None or P.NUM_AGE_PERSON_OF_AFTER.match(text, a.num_end) is None:
        return False
    return person["noun"].lower() not in _PARENT_NOUNS or a.low >= _PARENT_OF_MIN_AGE


AVERAGE_AGE_SLOT = "number:age-average"


def _average_age(text: str, a: Amount) -> Found | None:
    """ "(median age 55 years)", "a mean age of 61": a group's average age, in a slot of its own.

    Read as a plain age, a study's median age fell inside the age range it
    recruited ("aged 40-69") and joined that fact: a statistic of the group
    is neither a bound of it nor anyone's age, so it meets only another
    outlet's average age (the same kind, "median" or "mean", as its cue).
    """
    if a.spelled or a.high is not None or not 0 < a.low < 120:
        return None
    before = left_match(P.NUM_AVERAGE_AGE_BEFORE, text, a.start, 40)
    if before is None:
        return None
    years = P.NUM_AGE_YEARS_AFTER.match(text, a.num_end)
    kind = before.group(0).split()[0].lower()
    return Found(Kind.NUMBER, a.start, years.end() if years else a.num_end,
                 Quantity(a.low, "year", a.qualifier, None), AVERAGE_AGE_SLOT,
                 ("age", "median" if kind == "median" else "mean"))


def _age(start: int, end: int, low: Decimal, qualifier: str | None = None,
         high: Decimal | None = None) -> Found:
    """A person's age in years over ``start:end``: every age reader gives it one slot and cue, so all meet."""
    return Found(Kind.NUMBER, start, end, Quantity(low, "year", qualifier, high), "number:age", ("age",))


def _plural_age_group(text: str, a: Amount) -> Found | None:
    """An age group told as one plural noun: "Under-16s are exempt", "free for over-65s": that age.

    British papers write the "children under 16" of a wire so; the figure is
    glued to its bound by a hyphen, which the noise test reads as part of a
    word, so it was dropped and the outlets' thresholds never met. The bound
    and the plural "s" around the figure make it a name for people, the same
    threshold as "pensioners over 65" (``_threshold_age``), with no other
    noun needed; the "s" is no second.
    """
    if (a.spelled or a.qualifier or a.high is not None or not 0 < a.low < 120
            or not text[a.num_start:a.num_end].isdigit()):
        return None
    if (P.NUM_AGE_GROUP_PLURAL_AFTER.match(text, a.num_end) is None
            or left_match(P.NUM_AGE_GROUP_PLURAL_BEFORE, text, a.num_start, 8) is None):
        return None
    return _age(a.num_start, a.num_end, a.low)


def _threshold_age(text: str, a: Amount) -> Found | None:
    """An age bound that names a group of people: "pensioners over 65", "(65+ and students)", "seniors 65+".

    Read as the age the bound names, without its "over": an outlet writing
    "over 65", another "65+" and a third "aged 65 and over" give one
    threshold, the age at which a discount or a rule starts, and none of them
    says anyone is older than 65. Without this the bare figure counted nothing
    and was dropped, so two outlets' thresholds were never compared.
    """
    if a.spelled or a.high is not None or not 0 < a.low < 120 or a.low != a.low.to_integral_value():
        return None
    if P.NUM_UNIT_AFTER.match(text, a.num_end) or _counted_noun(text, a) is not None:
        return None  # "workers over 40 hours", "riders over 12 stops": a measure or a count, not an age
    if a.qualifier in ("above", "below") and left_match(P.NUM_AGE_GROUP_BEFORE, text, a.num_start, 48):
        return _age(a.num_start, a.num_end, a.low)
    plus = P.NUM_AGE_PLUS_AFTER.match(text, a.num_end)
    if a.qualifier or plus is None:
        return None
    if plus.end() > a.num_end + 1 or left_match(P.NUM_AGE_PLUS_BEFORE, text, a.start, 40):
        return _age(a.num_start, a.num_end + 1, a.low)
    return None


def _apposed_age(text: str, a: Amount) -> bool:
    """ "Jane Doe, 34, a nurse": a whole figure set off by commas right after a name is the person's age.

    So is one after a person described by a noun phrase ("the marathon ace, 28, has", tabloid
    style): a bare figure between commas after "the ... noun" is no count or measure, which would
    name their unit or noun. The apposition may close the sentence after a full name ("rescued by a
    neighbour, Ama Boateng, 34."): wire copy ends a sentence so, and the age was lost. A list entry may
    open so ("Colm Asher, 41: nine-year sentence"): trade pages list the people of a story one a line,
    name and age before a colon, and the age was read as a bare count of nothing.
    A person described by a word for a person may close the sentence too ("the dead were a local
    man, 52, and a Danish woman, 47."): a list of victims ends so, and its last age was lost.
    """
    return (not a.spelled and not a.qualifier and a.high is None and a.low == a.low.to_integral_value()
            and 0 < a.low < 120 and text[a.num_start:a.num_end].isdigit()
            and ((P.NUM_AGE_APPOSITION_AFTER.match(text, a.num_end) is not None
                  and (left_match(P.NUM_AGE_APPOSITION_BEFORE, text, a.start, 40) is not None
                       or (left_match(P.NUM_AGE_APPOSITION_NOUN_BEFORE, text, a.start, 80) is not None
                           and left_match(P.NUM_AGE_APPOSITION_COUNTED_BEFORE, text, a.start, 60) is None)))
                 or (P.NUM_AGE_APPOSITION_END_AFTER.match(text, a.num_end) is not None
                     and (left_match(P.NUM_AGE_APPOSITION_END_BEFORE, text, a.start, 60) is not None
                          or left_match(P.NUM_AGE_APPOSITION_END_NOUN_BEFORE, text, a.start, 80) is not None))
                 or _listed_age(text, a)
                 or _line_end_age(text, a)
                 or _bracketed_age(text, a)))


def _listed_age(text: str, a: Amount) -> bool:
    """ "Nadia Ferrow, 52: six-year sentence, fraud": a list entry's person, age, colon, then what of her.

    Trade pages and fact boxes list a story's people one a line so; the age
    was read as a bare count of nothing and the age fact lost the source.
    The name must open with a known given name ("Harford Town, 2: 1 up" is a
    score, "Platform Kestrel, 12:" a label) and a word or a term of years
    follow the colon.
    """
    if P.NUM_AGE_APPOSITION_COLON_AFTER.match(text, a.num_end) is None:
        return False
    name = left_match(P.NUM_AGE_APPOSITION_END_BEFORE, text, a.start, 60)
    return name is not None and name.group().split()[0] in given_names()


# The labels of a case summary's or fact box's lines that name one person ("Defendant: <name>, 34").
_PERSON_LABELS = frozenset({
    "defendant", "accused", "victim", "deceased", "suspect", "offender", "claimant", "plaintiff",
    "appellant", "respondent", "witness", "driver", "patient", "survivor"})


def _line_end_age(text: str, a: Amount) -> bool:
    """ "Defendant: Nadia Ferrow, 52": a fact box's line that ends on a full name and a figure.

    Case summaries and fact boxes give a person's age so, one line per
    person with no full stop; the age was read as a bare count of nothing
    and the age fact lost the source. The name must open with a known given
    name, as a list entry's must (`_listed_age`), or the line's label name a
    person's part in the story ("Accused:", "Victim:"): "Harford Town, 2"
    closing a line is a score.
    """
    if text[a.num_end:].split("\n", 1)[0].strip():
        return False
    name = left_match(P.NUM_AGE_APPOSITION_END_BEFORE, text, a.start, 60)
    if name is None:
        return False
    label = text[text.rfind("\n", 0, name.start()) + 1:name.start()].strip()
    return (name.group().split()[0] in given_names()
            or (label.endswith(":") and label[:-1].strip().casefold() in _PERSON_LABELS))


def _bracketed_age(text: str, a: Amount) -> bool:
    """ "Ana Ruiz (74) of Chile": a whole figure alone in brackets right after a full name is her age.

    Trade and sports pages write ages so; a list of such brackets ("Norway (16), Chile (12)")
    is a table of tallies and is left alone.
    """
    return (P.NUM_AGE_PAREN_AFTER.match(text, a.num_end) is not None
            and left_match(P.NUM_AGE_PAREN_BEFORE, text, a.start, 60) is not None
            and P.NUM_AGE_PAREN_LIST.match(text, a.num_end) is None
            and left_match(P.NUM_AGE_PAREN_LIST_BEFORE, text, a.start, 60) is None)


# Nouns that label a part before or after a figure ("stage 14 of the race", "the first phase of 12"), and
# so head no count there (numbernouns._NOT_HEADS), but that count the parts of the thing they modify when a
# hyphen joins them to the figure: "a 14-stage campus", "a three-phase plan", "a 12-round fight". Left out,
# one outlet's "14-stage campus" met nothing of another's "14 sound stages". Not "term": "a two-term
# council member" describes a person, and read as a count it moved the seating of an election story.
# The units of a building's capacity are counted the same way: "a 420-place primary school" is 420
# places as "a 300-bed hospital" is 300 beds ("place" labels a rank, "first place", only before or after
# a bare figure), as "a six-platform station" is six platforms. ("a 120-room hotel", "a 96-page report"
# were read already: the design counts, designcounts.py.)
_COUNTED_PARTS = frozenset({"stage", "phase", "round", "place", "platform"})


def _count_modifier(text: str, a: Amount) -> Found | None:
    """ "a 300-bed hospital", "a 12-member jury": a count written as a modifier, of the noun it joins."""
    if a.qualifier or a.high is not None or a.year_like or (a.spelled and a.low == 1):
        return None
    m = P.NUM_COUNT_MODIFIER.match(text, a.num_end)
    noun = m["noun"].lower() if m is not None else ""
    if (m is None or (m["next"] or "").lower() in STOP_WORDS or is_plural(noun)
            or (noun in _NOT_HEADS and noun not in _COUNTED_PARTS) or noun in BORES
            or _is_label(text, a)):
        return None
    value = Quantity(a.low, None, None, None)
    return Found(Kind.NUMBER, a.start, m.end("noun"), value, "number:count", (noun,))
