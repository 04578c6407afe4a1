"""Every regular expression the extractors use, compiled once, one comment each.

Keeping them in one place makes the grammar of what we recognise reviewable
as a whole, and lets the extractors share pieces (number words, month names).
Sections are owned by kind; each pattern's comment says what it matches and why.
Patterns are made with :func:`sourcediff.regexcache.regex`, which is
``re.compile`` without the compiling at each start: after editing a pattern,
``python -m sourcediff.regexcache`` refreshes the table (a test says when).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sourcediff.regexcache import regex


def words_alternation(words: Iterable[str]) -> str:
    """A non-capturing group matching any of the literal ``words``, for case-sensitive patterns.

    Same matches as ``(?:w1|w2|...)`` in the same order of preference, written
    as one branch per first character ("s(?:aid|ays|ay)|t(?:old|ells)"). The
    regex engine tries the alternatives of a group one by one wherever it
    gets to them, and two words that start differently can never both match
    at one place, so the grouped form finds the same word with one test per
    first character instead of one per word (hundreds, for the alias table).
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    branches = [re.escape(first) + (f"(?:{'|'.join(rests)})" if rests != [""] else "")
                for first, rests in groups.items()]
    return f"(?:{'|'.join(branches)})"


# ---------------------------------------------------------------------------
# numbers and money (numbers.py, money.py)
# ---------------------------------------------------------------------------
# <numbers-money>
# Pieces shared by the patterns below (plain strings, prefixed _N_ so other sections never collide).
_N_UNITS = (r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
            r"fifteen|sixteen|seventeen|eighteen|nineteen")
_N_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_N_ONES = r"one|two|three|four|five|six|seven|eight|nine"
# A spelled-out cardinal below a hundred: "two", "seventeen", "forty-eight", "forty eight".
_N_WORD = rf"(?:(?:{_N_TENS})(?:[-\s](?:{_N_ONES})\b)?|(?:{_N_UNITS}))"
# Digits as written in English or German: "48", "1,200", "3.5", "3,5", "1.200.000", "1.200,50"; and
# groups of three set apart by a thin, narrow no-break, figure or no-break space ("4\u202f500",
# "12\u2009000"), as style guides for science and some newsrooms write them (amounts.parse_digits
# drops the space). A plain space never groups: "aged 4 500 people" is no figure.
_N_DIGITS = (r"(?<![\d.,])\d{1,3}(?:[\u00a0\u2007\u2009\u202f]\d{3}(?!\d))+(?:\.\d+)?(?![\w,])"
             r"|\d+(?:[.,]\d+)*")
# Multipliers after a number: words, newsroom abbreviations (m, bn, mln, tn), German (Mio., Mrd.) and
# Indian (crore = 10 million, lakh = 100,000, "lakh crore" = a trillion, "thousand crore" = 10 billion).
_N_SCALE = (r"(?:thousand|lakhs?)\s+crores?|"
            r"(?:hundred\s+)?(?:thousand|million|billion|trillion)|hundred|dozen|crores?|lakhs?|lacs?|"
            r"(?-i:Millionen|Milliarden|Million|Milliarde|Billionen|Mio\.?|Mrd\.?|Tsd\.?)|"
            r"mln|mn|bln|bn|trn|tn|(?-i:[mMbBkK])")
# ISO 4217 codes we recognise, upper case only ("TRY" and "won" are also words). Trade and wire copy gives a
# local currency by its code beside the dollars ("US$12,500 (NPR 1.7 million)"), so the codes of the other
# currencies the word readers know are here too; "PHP" (a programming language) is left out.
_N_ISO = (r"(?-i:USD|EUR|GBP|JPY|CNY|RMB|CHF|CAD|AUD|INR|HKD|SEK|NOK|DKK|RUB|BRL|MXN|KRW|ZAR|SGD|NZD|PLN|TRY|"
          r"NPR|PKR|LKR|BDT|IDR|THB|MYR|VND|NGN|KES|EGP|AED|SAR|QAR|ILS|CZK|HUF|RON|ISK|ARS|CLP|COP|UAH|TWD)")

# Nigerian papers write the naira as a capital N set close to the figure ("N45bn", "N2.5 trillion", "N5,000").
# Read so only before a multiplier or digits grouped in thousands, and not after a letter, digit, hyphen or
# slash, so that "N95 masks", "the N1 road", "grade N2" and a code such as "A-N2" stay no money.
_N_NAIRA = (r"(?<![\w$.\-/])(?-i:N)(?=\d{1,3}(?:,\d{3})+(?![\d,])"
            r"|\d+(?:\.\d+)?\s?(?:bn|billion|trillion|tn|million|mn|m)(?![A-Za-z]))")
# A spelled-out cardinal from 101 to 999: "a hundred and forty-three", "two hundred sixty". Read as one
# figure (amounts._word_value), or "a hundred and forty-three votes" is 43 votes, a wrong value.
_N_HUNDREDS = rf"\b(?:an?|{_N_ONES})\s+hundred\s+(?:and\s+)?{_N_WORD}\b"

# One number as written, with an optional currency before it and a multiplier after it: "$200m",
# "US$1.2bn", "€3,5 Mio.", "USD 5 million", "forty-eight", "a dozen", "half a dozen", "a million".
# "a quarter of a million pounds", "three-quarters of a billion" are a share of the multiplier, as "half a
# million" is (amounts._word_value): read whole, not as the "a million" at their end, a wrong value.
NUM_ATOM = regex(
    rf"(?:(?P<cur>US\$|U\.S\.\s?\$|\$US|A\$|AU\$|C\$|CA\$|CAN\$|HK\$|NZ\$|S\$|R\$|\$|€|£|¥|₹|₦|(?-i:Rs)\.?\s?"
    rf"|{_N_NAIRA}"
    rf"|{_N_ISO}\s?))?"
    rf"(?P<num>{_N_DIGITS}|{_N_HUNDREDS}"
    rf"|\b(?:half\s+|(?:a|three)[\s-]quarters?\s+of\s+)?an?(?=\s+(?:hundred|thousand|million|billion|dozen)\b)"
    rf"|\b{_N_WORD}\b)"
    rf"(?:(?P<sp>\s?|-)(?P<scale>{_N_SCALE})(?![A-Za-z]))?",
    re.IGNORECASE,
)
# "a decade" (and "a decade-long search") is ten years as surely as "ten years" is: its "a" is the figure 1
# (amounts._decades). Not "a century" (also a hundred runs in cricket), nor "a year", "a week": too often
# rates ("$5 a year").
NUM_A_DECADE = regex(r"\b(?P<num>a)(?=\s+(?:decades?|fortnight)(?![A-Za-z]))", re.IGNORECASE)
# "at least a minute", "up to a year", "nearly an hour": a bound or a near hedge makes the "a" of a unit of
# time the figure 1 of a span ("at least one minute", "58 minutes" in another outlet), as for "a decade".
# Only after such a hedge: a bare "a year" or "an hour" is as often a rate ("$5 a year", "40 miles an
# hour"); "about"/"around" are prepositions as often as hedges ("a film about a day in her life"); and
# A bound makes "a century" a span too ("no impact for at least a century", "nearly a century of
# records"): the bare "a century" stays unread (NUM_A_DECADE), as a cricketer's hundred is one too.
# "more than a week", "less than a month" bound nothing near one (any number of weeks is more than one),
# while a figure read "more than 1" is judged as one just above it, a rival of "almost three weeks".
# "(a) little more than a year", "slightly over a week" are "just over a year": the degree word keeps
# them near one, as "just" does. "In under an hour" says how long a thing took, so after "in" the bound is
# a span's ("50 minutes" elsewhere fits it); a bare "under a year" is left unread. "In less than a month"
# is left out: it dates a second event after a first as often ("the second arrest in less than a month"),
# and reading it moved an ECB+ topic's alignment (notes/gaps50.md).
NUM_A_HEDGED_SPAN = regex(
    r"\b(?:at\s+least|nearly|almost|roughly|up\s+to|just\s+(?:over|under)|in\s+under"
    r"|(?:little|slightly)\s+(?:over|under|more\s+than|less\s+than))\s+"
    r"(?P<num>an?)(?=\s+(?:(?:full|whole)\s+)?(?:second|minute|hour|day|week|month|year|century)(?![A-Za-z]))",
    re.IGNORECASE)
# "closed for a week", "jailed for a year", "suspended for an hour": after "for" the "a" of a unit of time
# is the figure 1 of a span too, how long a thing lasted (another outlet writes "seven days", "12 months").
# Not "for a second time" (an ordinal), "for a week's work" or "for a year-long review" (the unit describes
# a noun), nor "for a day or two" (a rough range, not one day).
NUM_A_FOR_SPAN = regex(
    r"\bfor\s+(?P<num>an?)(?=\s+(?:(?:full|whole)\s+)?(?:minute|hour|day|week|month|year)(?![\w'’-])"
    r"(?!\s+or\s))",
    re.IGNORECASE)
# "a year of free credit monitoring", "a month's free parking", "a week of paid leave": a unit of time
# before what is offered free or paid measures that offer, a span of one unit (another outlet writes "12
# months of free cover", "four weeks' free parking"); a rate ("$5 a year") is never followed by "of free".
# Only before such a word: a bare "after a year of talks" is a span too, but reading it drew a lead's
# passage into a claim it had no business in and cost a story's alignment (benchmarks/notes/
# databreach_story.md); after "than" ("more than a month of free ...") it bounds nothing near one, as
# NUM_A_HEDGED_SPAN leaves "more than a week" unread; after a figure or "once"/"twice" the "a" stays a
# rate's (NUM_FORTNIGHT_RATE_BEFORE, checked where it is read).
# "delayed by a year", "extended by a month", "pushed back by a week": after "by" the "a" of a unit of time is
# the figure 1 of the span a thing moved by (another outlet writes "12 months", "seven days"); so after a
# verb of how long ("took an hour", "lasted a day", "spent a year in jail", "waited a week"), and after
# "within" ("within a month" meets another outlet's "within 30 days"; as an aligner key it re-seated a
# passage of that outlet in a claim it had no business in, so it keys none: amounts.within_one_unit,
# benchmarks/notes/facts61.md and facts64.md, planesearch). Not "by a year-long review" (the
# unit describes a noun), nor "by a day or two" (a rough range), nor "by a day of strikes" (a noun's
# measure, as "after a year of talks" is left unread: NUM_A_SPAN_OF); "a year ago", "once a year" and "£5 a
# year" have none of these words before the "a". "Second" is left out ("took a second look").
NUM_A_BY_SPAN = regex(
    r"\b(?:by|within|(?:took|takes?|taking|lasted|lasts?|lasting|spent|spends?|spending|waited|waits?"
    r"|waiting))\s+(?P<num>an?)(?=\s+(?:(?:full|whole)\s+)?(?:minute|hour|day|week|month|year)(?![\w'’-])"
    r"(?!\s+(?:or|of)\s))",
    re.IGNORECASE)
NUM_A_SPAN_OF = regex(
    r"(?<![\w'’-])(?<!\bthan\s)(?P<num>an?)(?=\s+(?:(?:full|whole)\s+)?(?:day|week|month|year)"
    r"(?:\s+of|['’]s)\s+(?:free|paid|unpaid|complimentary)\b)",
    re.IGNORECASE)
# "a minute and a half", "an hour and a half": the "a" of a unit of time with a half after the unit is the
# figure 1.5 of a span (amounts._decades), as another outlet writes "90 minutes" or "94 seconds". Unlike a
# bare "an hour" (a rate as often, "40 miles an hour"), the trailing half leaves no other reading. One word
# may stand between the article and the unit ("a further year and a half", "a gruelling hour and a half"),
# and "another year and a half" is the same span: read only as "a", such a span was no figure at all while
# another outlet's "18 months" was read.
# A quarter or three quarters after the unit is the same figure: a wire's "an hour and a quarter" before
# high water is a local paper's "75 minutes", "a year and three quarters" another's "21 months" (`quarter`
# and `three` name which; amounts._decades reads 1.25 and 1.75).
NUM_A_SPAN_AND_HALF = regex(
    r"\b(?P<num>an?|another)(?=\s+(?:[a-z]+\s+)?(?:second|minute|hour|day|week|month|year)\s+and\s+"
    r"(?:a\s+half|a\s+(?P<quarter>quarter)|(?P<three>three)[\s-]quarters?)(?![\w-]))",
    re.IGNORECASE)
# Words that name a timed result right before a two-field "17:42" (extract/elapsed.py): "a course record of
# 16:59", "a winning time of 17:42", "clocked 4:07", "stopped the clock at 17:42". There it is minutes and
# seconds, never a time of day (extract/times.py).
RESULT_TIME_BEFORE = regex(
    r"(?:\brecord\s+(?:time\s+)?of|\b(?:winning|finishing|race|personal[- ]best|best)\s+time\s+of"
    r"|\bin\s+a\s+time\s+of|\bclocked|\bstopp(?:ed|ing)\s+the\s+clock\s+at)\s+$", re.IGNORECASE)
# A unit of length right before the "a" makes the span a speed's divisor ("40 miles an hour and a quarter of
# the wagons were empty"): no span.
NUM_SPAN_SPEED_BEFORE = regex(r"\b(?:miles|kilomet(?:er|re)s|km|metres|meters|feet|yards)\s+$", re.IGNORECASE)
# The half (or quarter) after the unit of "a day and a half": part of that span's mention, so that it reads
# as written.
NUM_AND_A_HALF_AFTER = regex(r"\s+and\s+(?:a\s+half|a\s+quarter|three[\s-]quarters?)(?![\w-])", re.IGNORECASE)
# "half an hour", "a quarter of an hour", "three-quarters of an hour", "half a day": a fraction of one unit of
# time is that share of it (amounts._fraction_spans), as another outlet writes "30 minutes" or "15 minutes".
# Group `num` is the fraction with its article(s); the unit after it is read as after any figure.
NUM_FRACTION_SPAN = regex(
    r"(?<![\w-])(?P<num>half\s+an?|(?:a|one|three)[\s-]quarters?\s+of\s+an?)"
    r"(?=\s+(?:second|minute|hour|day|week|month|year)(?![A-Za-z]))", re.IGNORECASE)
# "nearly a mile", "more than a foot of rain", "under an inch", "more than a tonne of ivory": after a word of
# degree the "a" of a length or a weight is the figure 1 (amounts._a_lengths), as a metric paper's "1.5 km"
# is a tabloid's "nearly a mile" and a wire's "1,140 kg" its "more than a tonne". A bare "a mile" or "a ton"
# is left unread: "a foot soldier", "a mile-long queue", "a ton of questions" are idioms as often. The pound
# is left out: "under a pound" is as often money.
# "Just" is no hedge, but "just a foot below the surface" states the length as plainly: after "just" the
# unit must be followed by a word placing something by it ("below", "from", "deep"), so that "just a foot
# soldier" and "just a ton of paperwork" stay unread.
# "Within" bounds a distance as "under" does: a zone drawn "within a mile of the plant" is another outlet's
# "within 1.5 km", and, like "within 1.5 km", it is read as the plain figure (the zone's radius).
# "half a mile", "a quarter of a mile", "three-quarters of a mile", "half a tonne": a fraction of one unit of
# length or weight is that share of it (amounts._a_lengths), as another outlet writes "800 metres" or "0.5
# tonnes"; left unread, the tabloid's distance was no fact at all. Group `num` is the fraction with its
# article(s); the unit after it is read as after any figure. The pound is left out (money as often), as in
# NUM_A_LENGTH below; "half a dozen", "half a million" are NUM_ATOM's.
NUM_FRACTION_LENGTH = regex(
    r"(?<![\w-])(?P<num>half\s+an?|(?:a|one|three)[\s-]quarters?\s+of\s+an?)\s+"
    r"(?=(?:miles?|kilomet(?:er|re)s?|metres?|meters?|foot|feet|inch(?:es)?|yards?"
    r"|(?:metric\s+)?tonnes?|(?:metric\s+)?tons?|kilo(?:gram(?:me)?)?s?)(?![\w-]))",
    re.IGNORECASE)
NUM_A_LENGTH = regex(r"\b(?:nearly|almost|about|around|roughly|approximately|over|under|than|up\s+to|within|"
                     r"(?P<just>just)|close\s+to)\s+(?P<num>an?)\s+(?=(?:miles?|kilomet(?:er|re)s?|metres?|meters?|foot|inch|yard"
                     r"|(?:metric\s+)?tonnes?|(?:metric\s+)?tons?|kilo(?:gram(?:me)?)?s?)\b"
                     r"(?(just)\s+(?:below|beneath|under|above|from|away|deep|down|high|long|wide|tall|short|off)\b|))",
                     re.IGNORECASE)
# What before "a fortnight" makes it a rate or a frequency, not a span: a figure ("£200 a fortnight",
# "£1.2m a fortnight") or "once"/"twice"/"times" (amounts._decades leaves such an "a" unread).
NUM_FORTNIGHT_RATE_BEFORE = regex(r"(?:\d(?:\s?(?:m|bn|k|million|billion))?|\b(?:once|twice|times))\s+$",
                                  re.IGNORECASE)
# Where NUM_ATOM's number may begin, read on the lower-cased text: a digit, or the first letter of a number
# word, of "half" or of "a"/"an" before a multiplier; one character per match, so every such place is found.
# NUM_ATOM tries ~80 case-insensitive alternatives at every character it is searched from, the costliest
# scan of the extractors; amounts.scan_amounts tries it only from NUM_CURRENCY_MAX characters before these.
# Written to open with a character class, so the engine skips to digits and to the letters a number word can
# open with: the plain \d|\b(?=half\b|...)[a-z] tried every character. After a letter, the \b is read as
# (?<!\w[a-z]) and the words ahead as a lookahead from that letter inside a lookbehind; tests/
# test_pattern_rewrites2.py holds the two forms equal.
_N_FIRST_LETTERS = "".join(sorted({w[0] for w in f"{_N_UNITS}|{_N_TENS}|half|an".split("|")}))
NUM_START = regex(
    rf"[\d{_N_FIRST_LETTERS}](?:(?<=\d)|(?<!\w[a-z])"
    rf"(?<=(?=half\b|an?\s+(?:hundred|thousand|million|billion|dozen)\b|a\s+quarter\s+of\s+an?\s|{_N_WORD}\b)"
    rf"[a-z]))")
# The longest currency NUM_ATOM reads before the number: "U.S. $".
NUM_CURRENCY_MAX = 6
# "three and a half years", "2 and a half hours": a half added to the figure before it. Also a quarter or
# three quarters ("two and three-quarter lengths", "six and a quarter miles") and a vulgar fraction set
# right after the digits, as racing, property and recipe pages write it ("2¾ lengths", "3½-mile chase",
# "6¼ furlongs"): the figure another outlet writes 2.75 or "two and three-quarter".
NUM_AND_A_HALF = regex(
    r"(?:\s+and\s+(?:a\s+(?P<half>half)|a\s+(?P<quarter>quarter)|(?P<three>three)[\s-]quarters?)\b"
    r"|(?<=\d)(?P<vulgar>[½¼¾])(?![\d½¼¾]))"
    rf"(?:\s(?P<scale>{_N_SCALE})(?![A-Za-z]))?", re.IGNORECASE)
# What joins two numbers into a range: "10-12", "10 – 12", "10 to 12", "two or three", "and" (after between),
# and a suspended hyphen before the word ("18- to 20-year-olds", "three- or four-bedroom homes").
NUM_RANGE_SEP = regex(r"-?\s+(?P<word>to|or|and|bis)\s+|\s?[-–—]\s?", re.IGNORECASE)
# "between" / "zwischen" right before a range, so "and" may join its two ends.
NUM_BETWEEN_BEFORE = regex(r"\b(?:between|zwischen)\s+$", re.IGNORECASE)
# "from" right before a number: "from 10 to 12" reports a change between two values, never a range.
NUM_FROM_BEFORE = regex(r"\b(?:from|von)\s+$", re.IGNORECASE)
# "by" right before a number: "jumped by £67 to £553" states a change and the level it reaches, when the
# second figure is far above the first (amounts._range_low); "cut by 10 to 15 per cent" stays a range.
# "in (yearly) steps of" / "in increments of" name the step as "by" does: "rising in steps of $5 to $60".
NUM_BY_BEFORE = regex(
    r"\b(?:by|(?:steps?|increments?)\s+of)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|just|more\s+than|over|less\s+than)\s+)?$",
    re.IGNORECASE)
# ... unless a verb of extent leads it: "ranging from 5 to 15 km", "varied from 2 to 4" state one range.
NUM_RANGING_FROM_BEFORE = regex(
    r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|spann(?:ed|ing)|spans?|anywhere|somewhere)\s+from\s+$",
    re.IGNORECASE)
# A "from" that continues a list after a comma or "and": "prices ranged from 30 to 90 euros in Arlo, from 25
# to 80 pounds in Bede and from 40 to 99 francs in Cray" — the extent verb of its sentence's first pair
# (NUM_RANGING_FROM, looked for earlier in the sentence) governs every pair of the list.
NUM_LISTED_FROM_BEFORE = regex(r"(?:,|\band)\s+from\s+$", re.IGNORECASE)
NUM_RANGING_FROM = regex(
    r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|spann(?:ed|ing)|spans?)\s+from\b", re.IGNORECASE)
# A change verb right before "up to": "was revised up to 61", "the loan goes up to £90m", "is moving up to
# 5%" move a figure up, they set no ceiling. The bare verb is left out: after a modal ("could go up to £90m")
# the figure is the most it may reach, a ceiling.
NUM_UP_TO_VERB_BEFORE = regex(
    r"\b(?:revised|raised|rose|risen|climbed|jumped|increased|went|gone|moved|ticked|edged|bumped|"
    r"goes|going|rises|rising|raises|raising|climbs|climbing|jumps|jumping|moves|moving|increases|increasing|"
    r"ticks|ticking|edges|edging|bumps|bumping)\s+$",
    re.IGNORECASE)
# The same with an object between a transitive change verb and "up to": "revised June's gain up to 204,000",
# "pushed the rate up to 5%". One to three plain words, none a modal, a linking or a preposition word:
# "raised fears of cuts of up to 500" or "revised, could reach up to 90" keep their ceiling.
NUM_UP_TO_VERB_OBJECT_BEFORE = regex(
    r"\b(?:revised|raised|lifted|pushed|bumped|moved|nudged)"
    r"(?:\s+(?!(?:of|could|may|might|would|will|can|should|to|that|which|and|or|with|for|by|as)\b)"
    r"[A-Za-z][\w'\u2019]*){1,3}\s+$",
    re.IGNORECASE)
# The period a change took, between its new level and the old one: "fell to 2,150 during the pilot from
# 3,640", "rose to 4.2% over the year, from 7.9%", "to 5,400 in the spring, from". A place there ("in the city
# from 40 towns") is no period: after "in", "last" or "this" only words ending on a unit of time or a trial.
_UPDATE_PERIOD = (r"(?:,?\s+(?:(?:during|throughout|over)(?:\s+[^\s\d,.;:!?]+){1,3}"
                  r"|(?:in|last|this)(?:\s+[^\s\d,.;:!?]+){0,2}?\s+(?:year|years|month|months|week|weeks|"
                  r"quarter|quarters|period|half|season|spring|summer|autumn|fall|winter|decade|trial|pilot)))?")
# A bare figure whose clause names its unit as the subject: "Average weekly hours were unchanged at 36.1",
# "the working week's hours held at 37.5" measure hours as "36.1 hours" does. The word before the unit is
# the subject's own, not a figure or a preposition: "waiting longer than 18 weeks is 40,310" counts people.
# A participle may follow the unit ("sick days taken fell to 2,150"), and the figures of the change the verb
# starts measure the same unit: "days fell to 2,150 during the pilot from 3,640", "days fell by 41 per cent,
# from 3,640 to 2,150" (another outlet writes "from 3,640 days to 2,150 days").
NUM_SUBJECT_UNIT_BEFORE = regex(
    r"\b(?!(?:than|of|for|over|under|about|around|after|before|within|in|to|by|from|some|few|many|several|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|the|a|an)\b)[A-Za-z]+\s+"
    r"(?P<unit>hours|minutes|days|weeks|months)(?:\s+(?:taken|lost|missed|worked|recorded))?\s+"
    r"(?:were|was|are|is|stood|held|remained|stayed|averaged|"
    r"(?:rose|fell|climbed|dropped|(?:edged|ticked)\s+(?:up|down))(?:\s+to)?)"
    r"(?:\s+(?:unchanged|steady|flat|level))?(?:\s+at)?"
    r"(?:(?:\s+(?:to|by|from))?\s+[\d.,]*\d(?:\s*%|\s+per\s+cent)?" + _UPDATE_PERIOD
    + r",?\s+(?:from|to)){0,2}"
    r"\s+$",
    re.IGNORECASE)
# A verb whose particle is "over" ("handing over $650m", "turned over 3,000 files"): the figure is what
# changes hands, not a floor; "took over" and "paid over" stay hedges ("paid over $5m" is more than $5m).
NUM_OVER_PARTICLE_VERB_BEFORE = regex(r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning)\s+$",
                                      re.IGNORECASE)
# "Four arrested over 6.8 million pound raid", "charged over £5m fraud", "a row over $2bn": after a word of
# blame or dispute "over" means "about" before a sum, never "more than" (a sum is not arrested or argued
# over by amount). Counts keep the floor: "police arrested over 300 people" is more than 300. So after a
# sanction ("faces ban over £38,000 expenses", "a suspension over £9,800 of claims", "censured over"); not
# after a fine, whose "fined over £5m" is more than £5m.
NUM_OVER_ABOUT_BEFORE = regex(
    r"\b(?:arrest(?:ed|s)?|charged|jailed|convicted|sentenced|detained|questioned|quizzed|investigated|"
    r"probed?|inquiry|investigation|rows?|disputes?|clash(?:es)?|anger|outrage|fury|protests?|concerns?|fears|"
    r"scandal|sacked|suspended|sued|suing|lawsuit|resign(?:s|ed)|quits?|"
    r"ban(?:s|ned)?|suspensions?|sanction(?:s|ed)?|censured?|expelled|expulsion|reprimand(?:s|ed)?|"
    r"disciplined|rebuked?|impeach(?:ed|ment))\s+$",
    re.IGNORECASE)
# "a little over a year", "slightly over two hours": "over" after a word of degree is a hedge (just above the
# figure), not the "over" of a span ("over two days", numberunits._with_unit).
NUM_DEGREE_OF_OVER_BEFORE = regex(r"\b(?:little|slightly)\s+$", re.IGNORECASE)
# A verb of covering right before "under" ("buried under 34cm of snow", "lay under two metres of water",
# "submerged under 3ft of floodwater"): "under" is then where a thing is, beneath a depth of something, and
# the figure is that depth as stated, not a ceiling ("less than 34cm") that another outlet's 31cm would fit.
NUM_UNDER_COVERED_BEFORE = regex(
    r"\b(?:buried|covered|submerged|sunk|sank|lay|lying|lies|trapped|hidden|smothered|blanketed|entombed|"
    r"disappeared|vanished)\s+$", re.IGNORECASE)
# A negation right before "below"/"above" ("did not drop below 31", "never rose above 5%"): the figure
# is then the bound the value stayed on the other side of, a floor or a ceiling.
NUM_NEGATED_BOUND_BEFORE = regex(r"(?:\bnot|\bnever|n't)(?:\s+[a-z]+)?\s+$", re.IGNORECASE)
# A hedge right before an amount; the group's text is looked up in amounts._QUALIFIERS.
NUM_QUALIFIER_BEFORE = regex(
    r"\b(?P<q>up\s+to|as\s+(?:much|many)\s+as|no\s+more\s+than|not\s+more\s+than|at\s+most|a\s+maximum\s+of|"
    r"maximum\s+of|maximum|capped\s+at|at\s+least|a\s+minimum\s+of|minimum\s+of|minimum|no\s+(?:less|fewer)\s+than|"
    r"not\s+(?:less|fewer)\s+than|about|around|roughly|nearly|near|almost|some|an\s+estimated|estimated|"
    r"approximately|close\s+to|circa|more\s+or\s+less|(?:just|well|far)\s+(?:over|under|above|below)|"
    r"(?:many|much|far|well)\s+more\s+than|more\s+than|over|upwards\s+of|in\s+excess\s+of|above|north\s+of|"
    r"(?:much|far|well)\s+less\s+than|less\s+than|under|fewer\s+than|below|"
    r"bis\s+zu|rund|etwa|ca\.|knapp|mehr\s+als|über|weniger\s+als|unter|mindestens|höchstens)\s+$",
    re.IGNORECASE,
)
# A currency named after the amount: "200 million dollars", "5 million euros", "3,5 Mio. €", "10 USD"; a
# sum in hundredths, "53 cents", "53.8 pence", and "53.8p" written on to its digits (never "7 p.m."); the
# cent sign on the digits only before what the sum is per ("11c a litre", "add 5c to a pint"):
# "11C" is a temperature, and "Article 5c" a label, so a lower-case "c" alone is no currency.
# A word of price right before a figure ("selling for 85c", "costs 60c", "as little as 40c"): a lower-case
# "c" on its digits is then cents even when no "a litre" follows, as a price in a sentence is written.
PRICE_BEFORE = regex(r"(?<![A-Za-z])(?:for|costs?|costing|priced\s+at|paid|pays?|charged?|charges|"
                     r"as\s+little\s+as)\s+$", re.IGNORECASE)
# A single article right before a figure ("the 240m tanker", "a 90m span"): the figure measures one thing.
ARTICLE_BEFORE = regex(r"(?<![A-Za-z])(?:a|an|the)\s+$", re.IGNORECASE)
# A dimension named right before a figure, hedged or not ("wave heights of 9m", "a depth of up to 40m",
# "a span of about 90m"): what follows measures a length, never a count of millions.
DIMENSION_BEFORE = regex(
    r"(?<![A-Za-z])(?:heights?|depths?|lengths?|widths?|waves?|swells?|span|altitudes?|elevations?|draught|"
    r"diameter|thickness)\s+(?:of\s+)?(?:(?:up\s+to|about|around|nearly|almost|some|over|more\s+than)\s+)?$",
    re.IGNORECASE)
# A dimension adjective right after a figure ("a 9m high wall", "waves 12m tall"), no compound ("long-term").
DIMENSION_AFTER = regex(r"\s*(?:high|tall|deep|long|wide)\b(?!-)", re.IGNORECASE)
# The word after a figure, if it is a plural noun ("5m people", "2m viewers"): a count of things.
PLURAL_AFTER = regex(r"\s+(?:[A-Za-z]+s|people|men|women|children)\b", re.IGNORECASE)
NUM_CURRENCY_AFTER = regex(
    rf"\s?(?P<cur>(?:(?:US|U\.S\.|American|Australian|Canadian|Hong\s+Kong|New\s+Zealand|Singapore)\s+)?"
    rf"(?:dollars?|dlrs)|euros?|pounds?\s+sterling|pounds?|sterling|yen|yuan|renminbi|rupees?|"
    rf"(?:Swiss\s+)?francs?|Franken|roubles?|rubles?|won|Dollar|Pfund|cents?|pence|penny|(?<=\d)(?-i:p)(?!\.[A-Za-z])|"
    rf"(?<=\d)(?-i:c)(?=\s+(?:a|an|per|each|off|to\s+(?:a|an|the))\s)|"
    rf"(?:Turkish\s+)?lira|lire|naira|"
    rf"(?:Israeli\s+)?shekels?|zlot(?:y|ys|ies)|(?:Swedish\s+)?kronor|(?:Norwegian\s+)?kroner|ringgit|baht|"
    rf"rupiah|(?:UAE\s+)?dirhams?|(?:Saudi\s+)?riyals?|€|£|{_N_ISO})(?![A-Za-z])",
    re.IGNORECASE,
)
# What a price is per, right after "pounds" ("25 pounds a tonne", "3 pounds per kilo", "40 pounds a
# share"): a sum per unit of what is sold or traded, which no weight is stated per. Not "per acre" or "per
# person" (a crop's or a diet's weight), nor "per square inch" (a pressure).
POUNDS_PRICE_PER_AFTER = regex(
    r"\s+(?:a|an|per)\s+(?:tonne|kilo(?:gram(?:me)?)?|kg|litre|liter|barrel|share|megawatt[\s-]hour|MWh)\b",
    re.IGNORECASE)
# A word of money in the clause of a bare "N pounds" ("the bill rose from 410,000 pounds", "fined 70 pounds",
# "sold for 412,000 pounds"): what is costed, paid, owed, raised or priced there is a sum, not a weight.
POUNDS_MONEY_WORD = regex(
    r"\b(?:cost(?:s|ing|ed)?|bills?|paid|pay(?:s|ing|ments?|out)?|repa(?:y|id|ys)|spen(?:d|ds|t|ding)|"
    r"budgets?|fin(?:e|es|ed)|grants?|worth|pric(?:e|es|ed|ing)|fees?|charg(?:e|es|ed|ing)|"
    r"rais(?:e|es|ed|ing)|savings?|owe[sd]?|owing|funding|compensation|salary|wages?|earn(?:s|ed|ing|ings)?|"
    r"income|donat(?:e|ed|ions?)|pledges?|rewards?|bonus|prize|revenues?|profits?|debts?|tax|levy|"
    r"rents?|refunds?|fares?|tickets?|sold|bought|purchased?|valued|valuation)\b",
    re.IGNORECASE)
# A word of weight in the same clause ("weighed 7 pounds", "lost 40 pounds", "71 pounds 4 ounces", "a 20 lb
# catch", "32 pounds per square inch"): "N pounds" stays a weight or a pressure whatever money is named.
POUNDS_WEIGHT_WORD = regex(
    r"\b(?:weigh\w*|lbs?|ounces?|oz|stones?|kilo(?:gram(?:me)?s?|s)?|kgs?|tonnes?|tons?|heav(?:y|ier|iest)|"
    r"light(?:er|est)|overweight|obese|lost|los(?:e|ing)|gain(?:ed|ing|s)?|shed|catch|caught|landed|baby|"
    r"born|body|lift(?:s|ed|ing)?|carried|load|cargo|haul|pressure|psi|square)\b",
    re.IGNORECASE)
# "of" after "N pounds" names what weighs that much ("40 pounds of cocaine"), unless what follows it is
# only money ("600,000 pounds of his assets", "50,000 pounds of public funds"), up to two words on.
POUNDS_WEIGHT_OF_AFTER = regex(
    r"\s+of\b(?!(?:\s+[\w'\u2019-]+){0,2}?\s+(?:assets|cash|money|funds|savings|investments?|debts?|"
    r"damages|compensation|revenues?|profits?|earnings|losses|takings|proceeds|wages|donations|"
    r"public\s+money|taxpayers['\u2019]?)\b)", re.IGNORECASE)
# Where a clause ends around a bare "N pounds": a sentence's stop, a semicolon, a line break.
POUNDS_CLAUSE_END = regex(r"[.!?](?=\s)|[;\n]")
# Up to four words right after a figure, looked up in the table of currency names (currencies.name_after):
# "1,150 kronor", "2 million Mexican pesos", "300 South African rand".
CURRENCY_WORDS_AFTER = regex(r"[ \u00a0-](?P<words>[A-Za-z][A-Za-z-]*(?: [A-Za-z][A-Za-z-]*){0,3})")
# Exchange rates (rates.py). A passage is searched for them only when RATE_HINT finds a word they need.
# A currency's move to a level: "fell 1.2% to", "slipped to" (RATE_MOVE_TO).
_RATE_MOVE = (r"\b(?:fell|falling|falls|rose|rising|rises|slipped|slipping|slid|sliding|dropped|dropping|"
              r"climbed|climbing|weakened|weakening|strengthened|strengthening|sank|sinking|tumbled|tumbling|"
              r"jumped|jumping|eased|easing|firmed|firming|recovered|rallied|plunged|plunging|edged\s+"
              r"(?:up|down|higher|lower))(?:\s+\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent))?\s+to\s")
# RATE_HINT's branches: a figure "to"/"per"/"against", a price bought with a figure, a pair "EUR/USD",
# "against the dollar at", a move to a level. rates.py searches each only where its cue is there.
RATE_HINT_PARTS = tuple(regex(part, re.IGNORECASE) for part in (
    r"\d(?:p\s|\s(?:[a-z]+\s)?)(?:per|to|against)\s", r"\b(?:bought|buys|buy|fetch(?:ed|es)?|worth)\s\d",
    r"\b[A-Z]{3}\s?/\s?[A-Z]{3}\b", r"\bagainst\s+the\s+[a-z]+\s+(?:at|to)\s", _RATE_MOVE))
RATE_HINT = regex("|".join(p.pattern for p in RATE_HINT_PARTS), re.IGNORECASE)
_RATE_NUM = r"(?P<num>(?<![\d.,])\d{1,6}(?:\.\d+)?)(?![\d%]|[.,]\d)"
# What a figure is not when it is a rate: a percentage or a point move ("EUR/USD dropped 1.2 per cent").
_NOT_RATE_AFTER = r"(?!\s?(?:%|per\s?cent|percent|points?\b|bp\b|basis\s+points?))"
# "11.42 per euro", "11.46 crowns to the euro", "1.08 dollars against the euro", "87p to the euro"
# (a figure in pence: `minor`).
RATE_PER = regex(rf"{_RATE_NUM}(?:(?P<minor>p)|\s(?P<quote>[a-z]+))?"
                 rf"\s(?:per|to\s+the|to\s+one|to\s+an?|against\s+the)\s"
                 rf"(?P<base>[a-z]+)\b", re.IGNORECASE)
# A currency sign right before a rate's figure, "€1.15 to the pound", "US$1.09 per euro": the rate's quote.
RATE_SIGN_BEFORE = regex(r"(?<![A-Za-z])(?P<sign>(?:[A-Za-z]{1,3}\.?)?[$€£¥₹])\s?$")
# "the euro bought 11.4 crowns", "one dollar fetched 150 yen", "a euro is worth 11.4 crowns".
RATE_BUYS = regex(rf"\b(?:the|one|an?|each)\s(?P<base>[a-z]+)\s(?:bought|buys|buy|fetched|fetches|fetch|"
                  rf"(?:is|was)\s+worth|worth)\s{_RATE_NUM}\s(?P<quote>[a-z]+)\b", re.IGNORECASE)
# "EUR/SEK trading at 11.42", "EUR/USD 1.08": the pair's second code per its first.
# A move in per cent on the way is skipped: "EUR/USD dropped 1.2 per cent to 1.0715" is 1.0715.
RATE_PAIR = regex(rf"\b(?P<base>[A-Z]{{3}})\s?/\s?(?P<quote>[A-Z]{{3}})\b"
                  rf"(?:\s+(?:[a-z]+|\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent))){{0,4}}\s+{_RATE_NUM}{_NOT_RATE_AFTER}")
# "The euro fell 1.2% to $1.0715", "and slipped to 0.9380 Swiss francs": a currency's move to a price in
# another currency, written with its sign or its name (`sign`, `quote`); the moving currency (the base) is
# the subject before the verb (RATE_SUBJECT_BEFORE). Never a sum ("to $4.2 billion").
RATE_MOVE_TO = regex(
    _RATE_MOVE + rf"(?P<sign>(?:[A-Za-z]{{1,3}}\.?)?[$€£¥₹])?\s?{_RATE_NUM}{_NOT_RATE_AFTER}"
    r"(?!\s?(?:bn|m|k|million|billion|trillion|thousand)\b)"
    r"(?:(?=\s(?P<quote>[A-Za-z]+(?:\s[a-z]+)?)))?", re.IGNORECASE)  # looked at, not taken: "and eased to"
# The subject right before a move's verb, after "the" or at the sentence's start (matched against the
# sentence so far): "The euro ", "In London the Swiss franc also ", "Sterling "; never "shares priced in
# dollars ".
RATE_SUBJECT_BEFORE = regex(r"(?:^|\b[Tt]he\s+)(?P<subject>(?:[A-Z][a-z]+\s)?[A-Za-z]+)\s+"
                            r"(?:(?:also|then|briefly|later)\s+)?$")
# "the crown is down 1.1% against the euro at 11.46": the rate after the pair's base.
RATE_AGAINST_AT = regex(
    rf"\bagainst\s+the\s+(?P<base>[a-z]+)\s+(?:at|to)\s+{_RATE_NUM}(?!\s?(?:%|per\s?cent))", re.IGNORECASE)
# "0.8% against the euro": a percentage that moves one currency against another; the base may carry
# its country ("against the US dollar", "against the Swiss franc"), in capitals whatever the case.
RATE_MOVE_AFTER = regex(
    r"\s+against\s+the\s+(?:(?P<country>(?-i:U\.?S\.?|[A-Z][a-z]+))\s+)?(?P<base>[a-z]+)\b", re.IGNORECASE)
# How far back, and up to which punctuation, a rate's sentence may name its quote currency.
RATE_QUOTE_REACH = 160
RATE_CLAUSE_END = regex(r"[.;!?]\s|\n")
RATE_WORD = regex(r"[A-Za-z]+")
# Runs of identifiers (identifiers.py): "lot numbers 5312 through 5329", "Lots: 5312-5329".
IDENT_HINT = regex(r"\b(?:numbers|nos\.)\s+\d{3}|[A-Z][a-z]+s:\s+\d{3}")
_IDENT_RUN = r"(?P<low>\d{3,})(?![\d.,])\s*(?:-|–|to|through|thru)\s*(?P<high>\d{3,})(?![\d.,]\d|%)"
IDENT_NUMBERS = regex(rf"\b(?P<thing>[a-z]+)\s+(?:numbers|nos\.)\s+{_IDENT_RUN}")
# A flight's code after the word flight: "flight CV418", "Flight BA 117", "flight number IB3166". The
# airline's two-character code (two letters, or a letter and a digit) is required: "flight 93" may be "UA93".
CODE_FLIGHT = regex(r"\b(?P<thing>[Ff]light)s?\s+(?:number\s+)?"
                    r"(?P<code>(?P<prefix>[A-Z]{2}|[A-Z]\d|\d[A-Z])[\s-]?(?P<digits>\d{1,4})[A-Z]?)(?![\w.,]\w)")
IDENT_LIST = regex(rf"\b(?P<thing>[A-Z][a-z]+s):\s+{_IDENT_RUN}")
# Vague magnitudes: "dozens", "hundreds of millions", "tens of thousands"; money when "of dollars" follows.
NUM_VAGUE = regex(
    r"\b(?:(?P<mult>tens|hundreds)\s+of\s+)?(?P<base>dozens|hundreds|thousands|millions|billions|trillions)"
    r"(?P<of>\s+of)?(?![A-Za-z])",
    re.IGNORECASE,
)
# What makes a figure's "pc" a distance in parsecs, not a British per cent: a bracketed distance in
# light-years after it ("12.6 pc (41 ly)") or "away" ("a star 12.6 pc away").
_IN_LIGHT_YEARS = (r"(?:\s*\(\s*(?:about\s+|some\s+|~\s?)?\d[\d.,]*\s*(?:(?-i:ly)\b|light[\s-]years?\b)"
                   r"|\s+away\b)")
# A percentage sign or word after a number: "12%", "12 percent", "12 per cent", "12pc" (UK papers, lower
# case only: "5 PC" is a computer), "12pct" (wires), "2 percentage points" ("2 ppts", "0.5pp", lower case
# only as "pc" is), "50 basis points" ("50bp", "50 bps"); hyphenated as an adjective too, "a
# two-percentage-point rise", "a 25-basis-point cut".
NUM_PERCENT_AFTER = regex(
    r"(?:\s|-)?(?P<unit>%|percentage[\s-]points?|basis[\s-]points?|bps?\b|per\s?cent\b|pct\b|(?-i:pc)\b"
    rf"(?!{_IN_LIGHT_YEARS})|ppts?\b"
    r"|(?-i:pp)\b|Prozent\b|Prozentpunkte\b)",
    re.IGNORECASE,
)
# A bare "points" after a figure ("4.9 points", "more than three points"), read as percentage points only
# where the sentence says so (numberpercents._bare_points): never "percentage points" or "points of".
PCT_BARE_POINTS_AFTER = regex(r"[\s-]+(?:points?|pts)\b(?![\s-]+(?:of|per)\b)", re.IGNORECASE)
# A passage about shares of a whole (numberpercents._bare_points): a percent, "percentage", a vote, a poll,
# turnout or a share of something; "0.27 points" there is a share's gap, not a tally.
PCT_SHARE_PASSAGE = regex(
    r"\d\s?%|\bper\s?cent\b|\bpercent(?:age)?\b|\bvot(?:e|es|ed|ers?)\b|\bpoll(?:s|ing)?\b|\bturnout\b"
    r"|\bshare\s+of\b|\b(?:vote|market)\s+share\b|\bswing\b", re.IGNORECASE)
# A percent that measures an electoral swing ("a swing of 9.5%", "a 9.5% swing"): a swing is the average
# move of two parties' shares, so outlets that print "%" mean the percentage points others write out.
PCT_SWING_BEFORE = regex(
    r"\bswing\s+(?:of|at)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+)?$",
    re.IGNORECASE)
PCT_SWING_AFTER = regex(r"[\s-]+swing\b", re.IGNORECASE)
# Words that place a swing in an election (not a market's or a mood's swing).
PCT_SWING_ELECTORAL = regex(
    r"\b(?:vot(?:e|es|ed|ers?)|polls?|elect(?:ion|ions|oral)|by-?elections?|majority|seats?|constituency"
    r"|ballots?|candidates?)\b", re.IGNORECASE)
# Points of a market index ("the index fell 0.4%, or 31.5 points"): never percentage points.
PCT_INDEX_PASSAGE = regex(r"\b(?:index|indices|indexes|benchmark)\b", re.IGNORECASE)
# An explicit change in percentage points earlier in the sentence: "a gap of 5.8 percentage points, up from
# 4.9 points" says the second figure's unit once, on the first.
PCT_POINTS_EARLIER = regex(r"\d\s?(?:-|\s)?(?:percentage[\s-]points?\b|ppts?\b|(?-i:pp)\b)", re.IGNORECASE)
# A rate or share moving by a figure just before it: "pass rates jumped by more than", "turnout fell",
# "its share dropped by": a move of a percentage in points (the rate names the scale).
PCT_RATE_MOVE_BEFORE = regex(
    r"\b(?:rates?|turnout|share)\s+(?:[a-z]+\s+){0,2}?(?:up|down|rose|risen|fell|fallen|jumped|climbed|"
    r"gained|dropped|slid|slipped|declined|grew|increased|decreased|surged|plunged|soared|tumbled|sank)"
    r"\s+(?:up\s+|down\s+)?(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+"
    r"|around\s+|less\s+than\s+|under\s+)?$", re.IGNORECASE)
# A proportion "N in M" after its first figure: "nine in ten (children)", "one in 5", "3 in 100", "one in
# 25", the odds idiom "one in a million", "one in a billion", and with "every" before the base ("seven in
# every ten", "two in every 100", "six in every hundred": the bare hundred or thousand only after "every",
# as "in hundred" is no English); the second figure is not followed by a unit or
# a percent ("3 in 10 minutes", "2 in 10%") or a third figure. A comma or a full stop after it ends the
# clause unless a digit follows ("1 in 1,000,000." closes its sentence; "1 in 2.5" is no proportion).
# numbers._proportion decides which bases make a share.
NUM_PROPORTION_AFTER = regex(
    r"\s+in\s+(?:every\s+)?(?P<den>two|three|four|five|six|seven|eight|nine|ten|a\s+hundred|a\s+thousand"
    r"|(?<=every\s)(?:hundred|thousand)"
    r"|a\s+million|a\s+billion|a\s+trillion|\d{1,3}(?:,\d{3})+|\d+)"
    r"(?![\w%-]|[,.]\d|\s+(?:per\b|percent\b|minutes?\b|hours?\b|days?\b|weeks?\b|months?\b|years?\b|seconds?\b"
    r"|games?\b|matches\b|starts\b|attempts\b|tries\b|\d))",
    re.IGNORECASE)
# A fraction of a percentage point in words: "half a percentage point", "a quarter of a percentage point",
# "three-quarters of a percentage point", "a half-percentage-point cut"; "a half-point"/"quarter-point"
# only before a change of a rate ("a quarter-point cut"), as a bare "half-point" is a score.
PCT_FRACTION_POINT = regex(
    r"\b(?:(?P<frac>half|(?:a\s+)?quarter|three[\s-]quarters)(?:\s+of)?\s+a\s+percentage[\s-]points?"
    r"|(?P<adj>half|quarter|three[\s-]quarters?)[\s-]+percentage[\s-]points?"
    r"|(?P<short>half|quarter)[\s-]points?(?=\s+(?:rate\s+)?(?:cuts?|hikes?|rises?|increases?|reductions?|moves?)\b))",
    re.IGNORECASE,
)
# A hedge before a fraction in words ("nearly", "more than", "up to"), read by amounts.hedge_before, and
# the fraction itself (numberpercents.fraction_share reads their values).
_FRACTION_HEDGE = (r"(?P<hedge>(?:just\s+|well\s+)?(?:nearly|almost|about|around|roughly|some|"
                   r"more\s+than|over|less\s+than|under|up\s+to)\s+)?")
# A fraction in words: one part ("a fifth", "an eighth") or several ("two-thirds", "three-fifths",
# "seven tenths"); numberpercents keeps only a numerator below its denominator.
_FRACTION_WORD = (r"(?P<frac>(?:a|one)\s+half|half|(?:a|one)\s+(?:third|quarter|fifth|sixth|tenth)"
                  r"|(?:an|one)\s+eighth"
                  r"|(?:two|three|four|five|six|seven|eight|nine)[\s-](?:thirds|quarters|fifths|sixths|eighths"
                  r"|tenths))")
# A change by a fraction in words: "cut the risk by nearly a quarter", "fell by half", "by two-thirds". Not
# "by half a percentage point" (PCT_FRACTION_POINT), "by a quarter of", "by half past", "by half that" or
# "by half-time".
PCT_FRACTION_SHARE = regex(
    r"\bby\s+" + _FRACTION_HEDGE + _FRACTION_WORD
    + r"(?![\w-]|\s+(?:a|an|of|that|this|the|past|again|time)\b)",
    re.IGNORECASE,
)
# A share of a whole written as a fraction in words: "up to a tenth of its turnover", "nearly half of all
# voters", "two-thirds of the staff". Only before a determiner of the whole (an article, a possessive,
# "all"), never a span of time ("half of the season", "a quarter of an hour") or part of a larger figure
# ("a quarter of a million"); the word before is checked by numberpercents (an ordinal makes "the second
# half of the year" a part of a year).
PCT_FRACTION_OF = regex(
    r"(?<![\w-])" + _FRACTION_HEDGE + _FRACTION_WORD
    + r"\s+of\s+(?:its|their|his|her|our|the|all)\s+(?!(?:way|time|century|decade|year|month|week|day|night|"
    r"hour|season|match|game|race|term|period|session|quarter|half)s?\b)(?=\w)",
    re.IGNORECASE,
)
# A hedged fraction in words that stands alone as a share, set off by punctuation: "with just over a third,
# some €600 million, from the state", "nearly half." The hedge ("just over", "nearly", "more than")
# makes the fraction a quantity; bare "over"/"under" need "just" or "well" ("over a quarter" is as often a
# period of time), and a bare fraction ("a third,") is left unread ("a third, smaller bid").
PCT_FRACTION_HEDGED = regex(
    r"(?<![\w-])(?P<hedge>(?:(?:just|well)\s+)?(?:nearly|almost|about|around|roughly|more\s+than|less\s+than|"
    r"up\s+to)\s+|(?:just|well)\s+(?:over|under)\s+)" + _FRACTION_WORD
    + r"(?=\s*(?:[,;:)]|\.(?!\d)|$))",
    re.IGNORECASE,
)
# A unit of measure after a number, attached, spaced or hyphenated ("48 hours", "48-hour", "10km", "5 tons"),
# the technical press's spaced hour sign ("a 30 h deep clean", "isolated for 48 h": lower case, after a
# figure and a space, never before a word, so "5 h" stays hours and "Route 5 H" or "5 hp" stay unread),
# seconds written onto a timing figure ("+4.321s", "a 2.4s stop", "a 5s penalty": a decimal, or one or two
# digits after a space, a plus or a bracket, never ending in 0, so "the 1990s", "her 20s" and "737s" stay
# decades, ages and aircraft),
# or a concentration in water or air ("3.6 ng/mL", "287 µg/m³", "287 micrograms per cubic metre"; a
# tabloid's "40 micrograms of toxin in every litre" is 40 micrograms per litre, and "62 micrograms of
# nitrogen dioxide per cubic metre" is 62 µg/m³: a substance of up to three words named between), or a
# count of bacteria or cells in a sample's volume ("12 CFU/100 mL", "12 colonies per 100 millilitres"; a
# paper names what was counted between: "2,400 colony-forming units of E. coli per 100 millilitres"),
# optionally "more"/"fewer"/"additional" between and a rate after ("barrels per day", "barrels a day");
# speeds come first so that "190 km/h" and "190kph" never read as the distance "190 km", nor a meteor's
# or a rocket's "17 km/s" as "17 km"; an area written with its power sign ("3 km²", "3 km2", a gallery's
# "14,000 m²") or in square metres or feet ("sq m", "sq ft") is an area, never a length, as is the short
# "sq" before a unit spelled out, a paper's usual style ("0.8 sq miles", "40 sq metres"), and so is the
# hyphenated compound a writer puts before the noun it sizes ("a 12,500-square-metre hall", "9,000-sq-ft").
# A size of data (extract/datasize.py): "800GB", "1.2 TB", "500 megabytes", "4 GiB"; abbreviations in
# capitals only ("mb" and "Gb" are millibars and gigabits), never before "/s" or "ps" (a rate of transfer).
_N_DATA_UNIT = (r"(?:(?-i:[KMGTP]i?B|kB)|(?:kilo|mega|giga|tera|peta|kibi|mebi|gibi|tebi|pebi)?bytes?)"
                r"(?!\s?/\s?s\b|ps\b)")
# A pressure as the technical and weather press write it: "face pressures of up to 9 bar", "a 1,013 mbar
# low", "980 hPa", "350 kPa", "a 700 MPa press", "32 psi" (compat.py converts between them). "bar" only in
# lower case, after a space and before no word or hyphen ("12 bars" are pubs, "a 12-bar blues" music);
# the short forms keep their case ("MPa" is no "mpa"). Nor before a noun of the bar a pub serves from:
# "1,200 bar staff lost their jobs" counts staff, it measures no pressure.
_N_PRESSURE = (r"(?:(?<=\d\s)(?-i:bar)(?![\w'’-]|\s+blues\b|\s+(?:staff|workers?|employees|owners?|managers?|"
               r"tenders?|keepers?|stools?|tabs?|snacks?|meals?|bills?|counters?|areas?|crawls?|jobs?)\b)"
               r"|millibars?|(?-i:mbar|hPa|kPa|MPa|psi)"
               r"|(?:hecto|kilo|mega)pascals?)")
# The British body weight, "lost three stone", "weighs 15 stone": lower case and singular only ("20 stones"
# are pebbles), and never before a noun it describes ("three stone lions"): only a stop or a function word
# may follow. Joined to its figure by a hyphen it is a weight before the noun it describes ("a 20-stone man",
# "the seven-stone mastiff"), but for what is set with stones ("a three-stone diamond ring").
_N_STONE = (r"(?-i:stone)(?=\s*(?:[.,;:!?)]|$|\s(?:in|since|after|over|from|behind|and|or|but|at|by|during|"
            r"while|when|before|this|last|to|heavier|lighter)\b)"
            r"|(?<=\d-stone|[a-z]-stone)\s+(?!(?:diamond|engagement|eternity|gold|silver|platinum|ring|rings|"
            r"setting|pendant|necklace|earrings?|bracelet|brooch|tiara|wall|walls|circle|circles|arch|bridge|"
            r"cottage|house|barn|building)\b)[A-Za-z])")
# One word between a count and its unit of time that leaves the span that many of the unit: "five working
# days", "14 Earth days", "four agonising minutes", "six long weeks", "eight bone-dry months", "three
# painful years". A kind of day, a listed adjective of time or weather, or a describing word by its shape
# (-ing/-ful/-ous/-ic/-ble, a lower-case hyphenated compound). A tabloid's coloured span is the span a wire
# gives in bare figures. Only before a unit of time and only after a space, so a noun stays a count
# ("evacuated 2,000 residents hours before", "14 working groups", "3 light years", "40 Viking years").
# Hours a scheme pays for are written "30 free hours", "15 funded hours" or, in a tabloid's scare quotes,
# "30 “free” hours": one word in quotation marks before the unit is read as such a word too.
_SPAN_WORD = (
    r"(?:(?<=\s)(?:working|business|calendar|school|trading|(?-i:Earth)|long|short|whole|entire|hard|tough|"
    r"difficult|dry|wet|hot|cold|busy|dark|bleak|painful|anxious|tense|quiet|frantic|hectic|brutal|happy|"
    r"miserable|nervous|stressful|free|paid|unpaid|funded|(?-i:[a-z]{2,}(?:ing|ful|ous|ic|ble)|[a-z]+(?:-[a-z]+)+)"
    r"|[“\"‘'](?-i:[a-z]+(?:-[a-z]+)?)[”\"’'])\s+"
    r"(?=(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?)(?![A-Za-z])))"
)
# A device's specification as the gadget and trade press writes it (numberunits.unit_name spells them out):
# a battery's "5200mAh" ("5,200 milliamp-hours"), a camera's "200MP" ("200 megapixels"), a screen's
# "120Hz" (not a chip's or a radio band's "2.4GHz": one story names several of those), a charger's "80W"
# ("80 watts"), a screen's "6.7in" ("6.7 inches") and a battery life's "31h" ("31 hours"). The short
# forms keep their case and, but for "MP" and "Hz", stick to the digits: "6 in the morning", "an MP" and
# "W" for west stay unread.
_N_DEVICE_UNIT = (r"(?:(?-i:mAh)|milliamp(?:ere)?[\s-]hours?|(?-i:MP)(?![\w'’-])|megapixels?|"
                  r"(?-i:Hz)|hertz|watts?|(?<=\d)(?-i:W)(?![\w'’/-])|"
                  r"(?<=\d)(?-i:in)(?=[\s,;:)]|\.(?:\s|$)|$)|(?<=\d)(?-i:h)(?![\w'’.-]))")
# A sound's pitch in the science press (an animal's call, a sonar ping, a hearing test): "4.2 kHz" is
# "4,200 Hz" (compat.py converts them); a radio band's "2.4GHz" stays unread, as above.
# A holding of radio spectrum, its width in megahertz as a regulator's auction results give it ("won
# 140 MHz for $1.5 billion", "40MHz unsold", "(100 MHz),", "Lots were 10 MHz each."): what may follow the
# unit when the figure is an amount held, never a label. A band's or a chip's figure names the thing
# after it ("the 3.6GHz band", "a 2.4 GHz chipset", "1066MHz memory") and stays unread
# (extract/spectrum.py).
NUM_SPECTRUM_HELD_AFTER = regex(
    r"\s*(?:[.,;:!?)]|$|(?:of|for|in|each|apiece|and|or|to|at|from|between|was|were|is|are|went|go|goes|"
    r"left|unsold|remain|remains|remained|will|would|has|had|have|that|which|across|per)\b)",
    re.IGNORECASE,
)
# The words that make an article one about radio spectrum, where a figure in megahertz can be a holding.
SPECTRUM_TOPIC = regex(r"\b(?:spectrum|airwaves)\b", re.IGNORECASE)
# What follows a chipmaker's "nm" ("a 12nm process", "3 nm chips", "the 7nm-class node"): there it is a
# nanometre, the size a semiconductor process is named by, and not the sea's nautical mile ("12 nm off").
NUM_NM_CHIP_AFTER = regex(
    r"(?:-?class|-)?\s?(?:[a-z]+\s)?(?:process(?:es)?|nodes?|chips?|(?:micro)?processors?|technology|lithography|"
    r"wafers?|transistors?|fabs?|semiconductors?|silicon|manufacturing)(?![a-z])",
    re.IGNORECASE,
)
# A sound level (an airport's, a road's, a concert's noise): a paper writes "54 decibels", a trade or
# technical outlet "54 dB" or the A-weighted "54 dB(A)" / "54 dBA" (the weighting is how noise is always
# measured, so it names the same level). "dB" keeps its case: "DB" is a bank or a railway.
NUM_UNIT_AFTER = regex(
    r"(?:\s?-\s?|\s?)(?:(?:more|fewer|additional|extra|further|full|straight|consecutive)\s+)?"
    rf"{_SPAN_WORD}?"
    r"(?P<unit>(?-i:W)\s?/\s?kg|watts?\s+(?:per|a)\s+kilo(?:gram)?(?![A-Za-z])|km\s?/\s?hr?|km\s?/\s?s(?:ec)?|kph|kmph|kmh|mph|m/s|knots?|kts|(?-i:kn)|"
    r"(?:pico|nano|micro|milli)grams?(?:\s+of\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)?\s+(?:in\s+(?:every|each|a)|per)\s+"
    r"(?:milli|deci)?lit(?:er|re)|[pnµμum]g\s?/\s?[md]?l|"
    r"(?:pico|nano|micro|milli)grams?(?:\s+of\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)?\s+per\s+cubic\s+met(?:er|re)|[pnµμum]g\s?/\s?(?:m³|m3|cu\.?\s?m)|"
    r"ppm|ppb|parts?\s+per\s+(?:million|billion)|"
    r"(?:(?:[a-z]+(?:-[a-z]+)?\s+)?(?:units?|colonies|cells)\s+of\s+[a-z][a-z.-]*(?:\s+[a-z][a-z.-]*){0,2}?\s+"
    r"(?=per\s?(?:100\s?)?(?:(?:milli|deci|micro)lit|ml|dl|[µμu]l))|[a-z]+\s?)?"
    r"(?:per\s?|/\s?)(?:100\s?)?(?:(?:milli|deci|micro)lit(?:er|re)s?|ml|dl|[µμu]l)|"
    r"milliseconds?|(?-i:ms)(?![\w'’-])|seconds?|secs?|(?:(?<=\d\s)|(?<=\.\d)|(?<=\.\d\d)|(?<=\.\d\d\d)|(?<=[\s+(][1-9])|(?<=[\s+(][1-9][1-9]))"
    r"(?-i:s)(?![\w'’]|\.\w)|minutes?|mins?|hours?|hrs?|(?<=\d\s)(?-i:h)(?![\w'’-]|\.\w)|days?|weeks?|fortnights?|months?|"
    r"years?|yrs?|decades?|"
    r"centur(?:y|ies)|nautical\s+miles?|nmi|(?-i:nm)|square(?:\s+|-)(?:nautical\s+miles?|miles?|kilomet(?:er|re)s?|km|met(?:er|re)s?|feet|foot)|sq\.?[\s-]?(?:kilomet(?:er|re)s?|km)|km²|(?-i:km2)|sq\.?[\s-]?mi(?:les?)?|mi²|sq\.?[\s-]?(?:ft|feet|foot)|ft²|sq\.?[\s-]?(?:met(?:er|re)s?|m\b)|m²|(?-i:m2)\b|miles?|mi|"
    r"(?-i:m³|m3)|kilomet(?:er|re)s?|km|met(?:er|re)s?|(?-i:m)|centimet(?:er|re)s?|cm|millimet(?:er|re)s?|mm|nanomet(?:er|re)s?|feet|foot|ft|"
    r"inch(?:es)?|yards?|furlongs?|lengths?|acres?|hectares?|(?-i:Mha|kha|ha)|metric\s+tons?|(?:gross|deadweight)(?:\s+|-)(?:register(?:\s+|-))?ton(?:ne)?s?|(?:(?<=,\d{3}\s)|(?<=,\d{3}))(?-i:GRT|GT|grt|gt)(?![\w'’-])|(?:kilo|mega)-?ton(?:ne)?s?|tonnes?|tons?|(?-i:dwt|DWT)|(?-i:kt)(?![-'’])|(?-i:Mt(?![-'’]|\.?\s+(?!(?:The|This|That|These|Those|It|Its|A|An|In|On|At|By|For|But|And|He|She|They|We|There|Then)\b)[A-Z][a-z]))|(?-i:t)(?![-'’])|kilograms?|kilos?|kg|(?:milli|micro)grams?|(?-i:mg|mcg|[µμ]g)(?![\w'’/-])|grams?|(?-i:g)(?!\s*(?:networks?|phones?|masts?|signals?|coverage|connections?|services?|mobile))|pounds?|lbs?|"
    r"ounces?|oz|bpd|(?:bbl|b)\s?/\s?d|barrels?|bbl|gallons?|hectolit(?:er|re)s?|(?-i:hl)|(?:kilo|mega|giga|milli)?lit(?:er|re)s?|(?-i:ml|mL)|cubic\s+met(?:er|re)s?|(?:standard\s+)?cubic\s+f(?:ee|oo)t|cu\.?\s?ft|(?:mm|b)s?cf\s?/\s?d|[tb]cf|bcm|"
    r"(?-i:ML|Ml|GL)(?:\s?/\s?(?-i:d)|(?-i:D))?|"
    rf"{_N_STONE}|"
    r"(?:kilo|mega|giga|tera)watt[\s-]hours?|kwh|mwh|gwh|twh|(?:kilo|mega|giga)watts?(?:[\s-]peak)?|kwp|mwp|gwp|kwe|mwe|gwe|"
    r"kw|mw|gw|(?:kilo|mega|giga|tera)joules?|(?-i:kJ|MJ|GJ|TJ)(?![\w'’-])|(?:kilo)?volts?|(?-i:kV|KV)(?![\w'’-])|"
    rf"{_N_PRESSURE}|"
    rf"{_N_DATA_UNIT}|"
    rf"{_N_DEVICE_UNIT}|(?-i:kHz)|kilohertz|(?-i:MHz|GHz)|(?:mega|giga)hertz|"
    r"decibels?|(?-i:dB)(?:\s?\((?-i:A)\)|(?-i:A))?|"
    r"degrees?(?:\s+(?:Celsius|Fahrenheit|C|F))?(?!\s+(?:courses?|programmes?|programs?|students?|subjects?|"
    r"modules?|apprenticeships?|qualifications?|holders?|places|level|ceremon(?:y|ies))\b)|°[CF]?|°\s?(?-i:[NSEW])|(?<=\d)(?-i:C|F)|Celsius|Fahrenheit|"
    r"(?<=\d\s)(?-i:C|F)(?![\w'’-])|kelvins?|(?<=\d\s)(?-i:K)(?![\w'’-])|"
    rf"light[\s-]years?|(?-i:ly)(?![\w'’-])|parsecs?|(?-i:pc)(?={_IN_LIGHT_YEARS})|"
    r"lunar[\s-]distances?|(?-i:LD)(?![\w'’-])|"
    r"Stunden|Minuten|Tagen?|Wochen|Monaten?|Jahren?|Kilometern?|Tonnen)(?![A-Za-z])"
    r"(?:(?P<stuff>\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s+(?:per|a|an|each|every)\s+(?P<per>day|week|month|year|hour|second)"
    r"(?!\s+(?:earlier|ago|later|previously)\b)"
    r"|\s?/\s?(?P<per_short>yr|year))?"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
# ("31 degree courses", "400 degree students": an academic degree, never a unit, which NUM_UNIT's
# look-ahead after "degree" leaves a count of the courses or students.)
# A rate whose period follows the figure's conversion in brackets: "1.2 million gallons (4.5 million litres)
# of water a day", "80 km (50 miles) an hour". NUM_UNIT reads the period only right after the unit, so both
# figures were read as bare volumes or lengths, and met no other outlet's "4.5 million litres per day".
# NUM_RATE_AFTER_BRACKET is matched where the first unit ends, NUM_RATE_AFTER_CLOSE where the bracketed one
# ends (right before its ")"); the brackets hold one short conversion, no clause.
_RATE_TAIL = (r"(?:\s+of\s+(?P<stuff>[a-z]+(?:\s+[a-z]+)?))?\s+(?:per|a|an|each|every)\s+"
              r"(?P<per>day|week|month|year|hour|second)\b(?!\s+(?:earlier|ago|later|previously)\b)")
NUM_RATE_AFTER_BRACKET = regex(r"\s*\((?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?"
                               r"[\d.,]+\s?(?:(?:million|billion|thousand)\s+)?[a-z]+(?:\s[a-z]+)?\.?\)"
                               + _RATE_TAIL, re.IGNORECASE)
NUM_RATE_AFTER_CLOSE = regex(r"\)" + _RATE_TAIL, re.IGNORECASE)
# ("262,100 hours a year earlier" is last year's figure, not a rate: a period followed by "earlier",
# "ago", "later" or "previously" dates the figure and is never its "per".)
# (A flow may name its stuff before its period, as the general press writes it: "221 million litres of
# water a day" states the "litres a day" of "221 Ml/d"; numberunits._measure keeps that period for
# volumes only, as "1.8 million tonnes of coal a year" is the output another outlet writes "1.8m tonnes".)
# (A rider's or a rower's power to weight, "6.2W/kg" in the specialist press, "6.2 watts per kilogram" in a
# paper, is one measure; "W" in capitals and before "/kg" only, so a bare "6W" stays unread.)
# (A solar plant's capacity is its panels' peak rating, "48 MWp" or "48 megawatts peak" in the trade press:
# the megawatts a general paper writes "48MW". A trade outlet writes a yearly output "52 GWh/yr". The
# nuclear and power trade writes a plant's electrical capacity "1,150 MWe": the general press's megawatts.)
# (The oil trade's rate, "600,000 bpd", "1.8 million b/d", "0.65 million bbl/d", is "barrels a day": read
# as a bare count, the trade's figures never met a general paper's.)
# (A power line's or a substation's voltage is written "345 kV" in the utility trade, "345-kilovolt" in a
# paper; compat.py reads both as one voltage. Only "kV" and "KV": a lower-case "kv" is no unit anyone writes.)
# (An energy in joules, "12.6 MJ" or "12.6 megajoules" in the science press, is the "3.5 kWh" of another
# outlet; a short pulse in milliseconds, "8,400 ms", is "8.4 seconds" (compat.py converts both). "ms" and
# the joule prefixes are read in their SI case only.)
# (A lone lower-case "s" after a figure and a space is the SI second of the technical press: "25 min + 10 s
# increment", "a 9.58 s sprint"; "his 30s" and "the 1990s" have no space.)
# (A capital C or F right after the digits, "46.2C", is the British and Australian press's degrees.)
# (The Canadian and wire press set the scale letter apart, "minus 39.8 C (minus 39.6 F)", or name the scale
# without "degrees", "minus 42.3 Fahrenheit". A letter after a space is read as degrees only where
# numberunits.spaced_scale_ok finds a sign or a word of weather: "Zone 5 C" stays a label.)
# (A lower-case "kt" after a figure is the kilotonne of the commodity and trade press, "a 214kt quota",
# "a 15 kt yield": knots are written "kn", "kts" or "knots". "Kilotonnes" and "megatonnes" are spelled out
# too; numberunits and compat read them as thousands and millions of tonnes. The energy and climate press
# writes a plant's or a country's emissions "7.3 Mt of CO2" (capital M, lower-case t): megatonnes. "Mt"
# before a capitalised word is a mountain ("the 4,000 m Mt Sable"), never a unit; but a full stop and a word
# that opens sentences after it ("the average of 21.3 Mt. The figure ...") end a sentence on megatonnes.)
# (The farm and commodity press writes a crop's area "3.1 Mha" or "640 kha": millions and thousands of
# hectares, case as written: "MHA" and "KHA" are initialisms.)
# A sentence about a wind's, a ship's or an aircraft's speed, where a lower-case "kt" after a figure is
# the knot of the marine and aviation press ("gusting to 45kt", "cruising at 18 kt"), not a kilotonne
# (numberunits._with_unit). A ship or a boat alone is not enough: the fishing press weighs its catch.
NUM_KNOT_CONTEXT = regex(
    r"\b(?:winds?|windspeeds?|gust(?:s|ed|ing)?|breezes?|gales?|headwinds?|tailwinds?|crosswinds?|hurricanes?|"
    r"typhoons?|cyclones?|speeds?|airspeed|knots|mph|km/h|cruis(?:e|ed|es|ing)|steam(?:ed|ing)|"
    r"sail(?:ed|ing)\s+at|fl(?:ew|ying)\s+at|ground\s?speed)\b",
    re.IGNORECASE)
# (A ship's size in the shipping press is its gross tonnage, "a 38,000 GT bulker", "(9,400 GRT)", or "a
# 5,000-gross-ton freighter": the "38,000-tonne ship" of a general paper, as "dwt" is (numberunits). "GT"
# and "GRT" in capitals or, as much of the shipping press writes them (like its "dwt"), all lower case
# ("a 58,000 gt carrier"), never mixed; not before a letter, digit or hyphen: "a GT3", "the GT-R" are car
# names; and
# only after a figure written with a thousands comma, as tonnages are: "a GeForce 9600M GT", "the 8800 GT"
# are graphics chips.)
# (A lower-case "t" is the tonne of the trade and technical press: "18 t of ballast", "a 40 t load"; not
# before a hyphen or an apostrophe, "500 t-shirts".)
# (A degree sign with a capital compass point, "71.4°S", "12° N", is a latitude or longitude in degrees.)
# The sign of a temperature below zero right before its figure: "minus 280 degrees", "−170 °C", "-4C", also
# after a hedge ("about minus 170"). A hyphen counts only with no digit or letter before it: "10-15 degrees"
# is a range, "-4C" at the start of a clause or after a space is four below zero.
NUM_BELOW_ZERO_BEFORE = regex(r"(?:\bminus\s+|(?<![\w.,])[\u2212\u2013-]\s?)$", re.IGNORECASE)
# The sign of a bare figure below zero: "minus" or a real minus sign ("−52"), never a hyphen (a dash, a
# range).
NUM_SIGNED_BARE_BEFORE = regex(r"(?:\bminus\s+|(?<![\w.,])\u2212\s?)$", re.IGNORECASE)
# Words that make a figure in their sentence a temperature: a scale letter set apart ("minus 15 C") or a
# signed figure with no unit at all ("the wind chill reached minus 52", "lows of −30") is read as degrees
# only here.
NUM_TEMPERATURE_CUE = regex(
    r"\b(?:temperatures?|thermometers?|degrees?|wind\s?chills?|windchills?|celsius|fahrenheit|frost\w*|"
    r"freez\w*|cold(?:er|est)?|chill\w*|heat|hott?(?:er|est)?|warm(?:er|est|th)?|mercury|highs?|lows?)\b|°",
    re.IGNORECASE,
)
# (Capital "ML", "Ml" and "GL" are the water industry's megalitres and gigalitres, "/d" or "D" a day:
# "178Ml/d", "500 MLD"; lower-case "ml" is a millilitre and is read only in a concentration's volume.)
# NUM_UNIT_AFTER's megalitres and gigalitres written short, case kept (numberunits.unit_name folds case).
BIG_VOLUME_SHORT = regex(r"(?P<v>ML|Ml|GL)(?P<day>\s?/\s?d|D)?")
# A share in brackets right after a bare figure ("Yes 1,184,302 (52.4%)", "Labour 14,210 (41.3 per cent)"):
# the figure counts what the share is a part of. So does a signed change in brackets closing a table line or
# clause ("Harbour Party (HP): 96 (+12)", "Upland League: 41 (-12)"): a count that moved since the last one.
# The change may be written in words, up or down from the last count ("Alliance for Renewal: 99 (up from
# 98)", "Greens: 21 (down 3)"): the same count that moved, so the same line closing.
NUM_SHARE_BRACKET = regex(
    r"\s?\((?:about |around |nearly |almost |some )?\d{1,3}(?:\.\d+)?\s?(?:%|per\s?cent|percent)\)"
    r"|\s?\((?:[+\-\u2212\u2013]\s?|(?:up|down)\s+(?:from\s+)?)\d[\d,]*\)(?=\s*(?:$|[,;.]))"
)
# NUM_UNIT_AFTER's count in a sample's volume, lower-cased and singular ("colony per 100 millilitre",
# "cfu/100 ml", "per 100 ml"): what it counts is dropped, the volume kept (numberunits.unit_name), unless
# it is a unit of weight or energy (group `what`, NUM_PER_VOLUME_MEASURE): "5g per 100ml" is grams.
NUM_PER_VOLUME_UNIT = regex(
    r"(?:(?:[a-z]+ ){0,2}?(?:unit|colony|cell) of [a-z]+(?: [a-z]+){0,2} |(?P<what>[a-zµμ]+) ?)?"
    r"(?:per ?|/ ?)(?P<n>\d+)? ?(?P<vol>milli|deci|micro|m|d|u|µ|μ)(?:liter|litre|l)")
# The weight or energy a label states in a volume ("5g of sugar per 100ml", "30 kcal per 100ml"), lower case
# and singular, by the name numberunits.unit_name gives it: a rate that keeps both its units, so it meets
# neither a bare "5g" nor another outlet's "5mg per 100ml".
NUM_PER_VOLUME_MEASURE = regex(
    r"(?P<gram>g|gram)|(?P<milligram>mg|milligram)|(?P<microgram>[µμu]g|microgram)|(?P<kilogram>kg|kilogram)"
    r"|(?P<kcal>kcal|kilocalor(?:ie|y)|calor(?:ie|y)|cal)|(?P<kilojoule>kj|kilojoule)")
# "-year-old" after a number: an age ("a 45-year-old man").
# A hyphenated measure that modifies the noun after it: "a five-year deal", "a 2-yard touchdown"; group noun.
NUM_MODIFIED_NOUN = regex(r"\s+(?:[a-z]+-)?(?P<noun>[a-z]{3,})\b")
# The noun phrase a span is "of" ("a lock-up of six months", "a jail term of 12 years", "its ban of 90
# days"): what the span measures, as the noun a hyphenated span ("a 180-day lock-up") modifies.
NUM_SPAN_OF_HEAD = regex(
    r"\b(?:an?|the|its|their|his|her)\s+(?P<head>[a-z]{3,}(?:-[a-z]+)?(?:\s+[a-z]{3,}(?:-[a-z]+)?)?)\s+of\s+"
    r"(?:(?:about|nearly|almost|some|around|roughly|more\s+than|over|just\s+over|less\s+than|up\s+to)\s+)?$")
# A count written as a modifier: "a 300-bed hospital", "a 12-member jury"; group noun is what is counted.
# The noun it modifies may be named ("the 31-storey Quayside Heights tower", "a 12-member Senate panel").
# Two such modifiers may stand in a list before their noun ("the 57-lap, 308km race", "a 40-bed, 12-ward
# hospital"): the first is read as the second is, with no word of its own after it.
# The trades count in capitals as well: "a 1,700-TEU feeder ship" is "1,700 TEU" written as a modifier, as
# "a 300-bed hospital" is "300 beds". A capital unit (MW, DWT) is read as a unit before this.
NUM_COUNT_MODIFIER = regex(r"-(?P<noun>[a-z]{3,}|[A-Z]{3,5}(?![\w'’-]))(?:\s+(?P<next>[a-z]+|[A-Z][a-z]+)"
                           r"|(?=,\s+\d[\d,.]*(?:-[a-z]{2,}|[a-z]{1,3})\s+[a-z]))")
# Points written onto their figure, as standings and tables give them ("212pts", "a 9pts gap"): a count of
# points, as "212 points" is.
NUM_POINTS_ATTACHED = regex(r"(?P<unit>(?-i:pts?))(?![\w'’-])")
# Words that give a count its role in a story, by the role they give; see numbers.ROLE_WORDS.
NUM_ROLE_WORD = regex(
    r"\b(?:killed|killing|kills|dead|died|dies|die(?![\w-])|deaths?|toll|fatalities|fatality|mortalities|perished"
    r"|bodies|did\s+not\s+survive|didn[\'\u2019]t\s+survive|did\s+not\s+make\s+it(?=\s*(?:[.,;!]|$)|\s+out\s+alive)"
    r"|never\s+(?:came|made\s+it)\s+(?:back|home)|(?:did\s+not|didn[\'\u2019]t)\s+(?:come|make\s+it)\s+(?:back|home)"
    r"|injured|injuring|injuries|wounded|wounding|hurt|hospitali[sz]ed"
    r"|missing|unaccounted|trapped|entombed|arrested|arresting|arrests|detained|detaining|evacuated|evacuating|evacuees|displaced"
    r"|votes?|voted|staff|staffers|employees|workers|workforce|objections?|objectors?|objected|object"
    r"|(?:in|to)\s+(?:the\s+)?hospitals?|in\s+(?:police\s+)?custody)\b",
    re.IGNORECASE,
)
# Words of a clause that counts jobs lost, not a workforce: "500 staff will lose their jobs", "laid off 1,200
# workers", "cut 300 employees". Such a count keeps no noun role (roles.NOUN_ROLES).
NUM_ROLE_JOB_LOSS = regex(
    r"\b(?:los(?:e|es|ing|t)\s+(?:their\s+|its\s+)?jobs?|jobs?\s+(?:cuts?|losses)|laid\s+off|lay(?:s|ing)?\s+off"
    r"|layoffs?|redundan\w+|cut|cuts|cutting|ax(?:e|es|ed|ing)|shed|sheds|shedding|dismiss\w*|fired|sacked)\b",
    re.IGNORECASE)
# A future or planned verb of taking on people right before a count of a workforce: "will need 2,300
# staff", "is expected to employ about 900 workers", "plans to hire 400 employees", "would create a workforce
# of 1,200". The count is the staff a body will have, not the staff it has: another population than a
# workforce on the job now ("has 1,150 workers on the site"), so no rival of it (extract/roles.py: PLANNED).
# Searched on the count's own clause before it, anchored at its end.
NUM_ROLE_PLANNED = regex(
    r"\b(?:will|would|shall|(?:is|are)\s+(?:expected|set|due|likely|projected|forecast)\s+to"
    r"|(?:plans?|planning|aims?|expects?|hopes?)\s+to)"
    r"\s+(?:\w+ly\s+)?(?:need|employ|create|bring|have|hire|recruit|require|provide|support|add|generate"
    r"|take\s+on|open\s+with)"
    r"\s+(?:(?:up\s+to|about|around|some|roughly|nearly|almost|more\s+than|over|at\s+least)\s+)?"
    r"(?:(?:a|an)\s+(?:\w+\s+)?(?:workforce|staff)\s+of\s+)?$",
    re.IGNORECASE)
# A pronoun that counts nobody, as the subject of its clause: "none was taken to hospital", "No one was
# hurt", "nobody on board was injured", "none of the crew died", "not one of the town's 300 residents was
# hurt", "not a single passenger was injured" (numbers._zero_counts: the count 0). Up to four words,
# possessives and figures among them, may stand before the verb.
# The idiom for a score of zero ("the dreaded nul points", "finished on nil points"): a count of 0 points.
NUM_NIL_POINTS = regex(r"\b(?:nul|nil)\s+(?P<noun>points|pts)\b", re.IGNORECASE)
NUM_ZERO = regex(r"\b(?:no[\s-]one|nobody|none|not\s+(?:one|a\s+single))"
                 r"(?:\s+of\s+(?:them|those|the\s+(?P<noun>[a-z]+)\b(?!['’])))?\b"
                 r"(?=(?:\s+[\w'’,]+){0,4}?\s+(?:was|were|has|had|have|is|are|died|needed|required)\b)",
                 re.IGNORECASE)
# Words between such a pronoun and a role word that make the role another clause's ("No one knew how
# many were hurt", "nobody said whether anyone died").
NUM_ZERO_OTHER_CLAUSE = regex(r"\b(?:how|what|whether|if|that|why|who|which|whom|knew|knows|know|said|says"
                              r"|told|thought|believed|expected|could|would|can)\b", re.IGNORECASE)
# An adverb that narrows a role to its worst cases: "nobody was seriously hurt" states no count of the
# injured (three may have been treated for cuts), so it makes no zero.
NUM_ZERO_NARROWED = regex(r"\b(?:seriously|critically|badly|severely|gravely|fatally|life-threateningly)\s+$",
                          re.IGNORECASE)
# What ends the clause a count's role is looked for in: punctuation or a conjunction joining another figure.
# "64 were injured when eleven coaches derailed": a subordinate clause starts another statement too.
# A figure a clause's subject has changed to or stands at ("the death toll from the floods in the north
# has risen to 19", "the number of missing now stands at 40"): the role word heads the subject, which a long
# noun phrase may hold far from the figure, so the role is then looked for back to the clause's start.
NUM_ROLE_CHANGE_TO = regex(
    r"\b(?:(?:has|have|had)\s+)?(?:ris(?:en|es|e|ing)|rose|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|grow(?:n|s|ing)?"
    r"|grew|increas(?:ed|es|ing)|mount(?:ed|s|ing)?|swell(?:ed|s|ing)?|soar(?:ed|s|ing)?|f(?:a|e)ll(?:en|s|ing)?"
    r"|drop(?:ped|s)?|dropping|been\s+revised|revised|stand(?:s|ing)?|stood)"
    r"\s+(?:\w+\s+)?(?:to|at)\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE)
# A relative pronoun before a count opens a clause of its own about the noun before it: in "police arrested
# the builder who added two floors" the arrest is the builder's, not the floors' (roles.count_role).
NUM_ROLE_RELATIVE = regex(r"\b(?:who|whom|whose|which)\s", re.IGNORECASE)
# A figure that is the whole of a part named before it: "two of the 15 passengers", "none of the bus's 40
# passengers", "not one of Orvik's 310 villagers" (roles.count_role). "All of" and "both of" are left out:
# there the whole is the part.
NUM_WHOLE_OF_PART_BEFORE = regex(
    rf"\b(?:\d[\d,]*|{_N_WORD}|none|no[\s-]one|nobody|not\s+one|not\s+a\s+single|most|many|some|several"
    r"|half|few|a\s+third|a\s+quarter)\s+of\s+(?:(?:the|its|their|his|her|our|these|those)\s+)?"
    r"(?:[\w-]+['’]s\s+)?$",
    re.IGNORECASE)
# The noun phrase right after a figure that may hold its own role word: "the 11 injured", "the 40 injured
# passengers" (two words; the clause's verb after them is the part's, not the whole's).
NUM_OWN_PHRASE_AFTER = regex(r"^\s*[\w-]+(?:\s+[\w-]+)?")
NUM_ROLE_STOP = regex(
    r"[.;:!?()\"“”]|,\s|\s(?:and|but|while|whereas|with|after|before|when|because|where|until)\s",
    re.IGNORECASE)
# Two counts joined by "and"/"or" right after the first one's noun: "Thirty-four patients and two nurses
# died", "the deaths of 31 patients and two nurses", "arrested four men and two women". The "and" ends
# each figure's clause (NUM_ROLE_STOP), yet the conjuncts share one verb or one noun, so a figure with no
# role of its own takes its partner's (roles._conjunct_role). NEXT is matched right after a figure and
# finds the partner after it; PREV is searched before a figure and finds the partner before it. The noun
# is one or two words (checked plain by roles._plain_word).
_N_CONJ_FIGURE = rf"(?:\d[\d,]*(?:\.\d+)?|{_N_WORD})"
NUM_CONJUNCT_NEXT = regex(
    rf"\s+(?P<noun>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+(?:and|or)\s+(?P<fig>{_N_CONJ_FIGURE})\b",
    re.IGNORECASE)
NUM_CONJUNCT_PREV = regex(
    rf"(?<![\w,.-])(?P<fig>{_N_CONJ_FIGURE})\s+(?P<noun>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+(?:and|or)\s+$",
    re.IGNORECASE)
# The second conjunct as the subject of a verb of its own: "killed 12 people and 40 homes were destroyed"
# starts a new statement, whose figure the first clause's role does not reach (roles._conjunct_role).
NUM_CONJUNCT_OWN_VERB = regex(
    r"\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?\s+(?:were|was|are|is|have|has|had|will|would|could|should|may"
    r"|might|must|remain(?:s|ed)?)\b",
    re.IGNORECASE)
# The partner figure as the object of "of" ("the deaths of 31 patients and two nurses were avoidable"):
# the noun before "of" governs both conjuncts, whatever verb follows the second.
NUM_CONJUNCT_OF_BEFORE = regex(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)
# What may stand before a figure that opens its clause as its subject ("Some 12 men and three women were
# arrested"): determiners and hedges, no verb whose object the figure would be ("destroyed 40 homes and
# 12 people were hurt": the homes are not hurt).
NUM_CONJUNCT_SUBJECT_LEFT = regex(
    r"^\s*(?:(?:the|some|about|around|roughly|nearly|almost|over|more|than|at|least|another|a|further"
    r"|only|just|all|both|those|these|its|their|his|her|our|up|to)\s+)*$",
    re.IGNORECASE)
# Where a count of the dead or hurt was found, in the figure's own clause after it ("four died at the
# scene", "two were pronounced dead at the scene"): the count of one place, a part of the story's toll
# (extract/numberclassify.py: PART), which others give whole once the hospitals report.
NUM_AT_SCENE_AFTER = regex(r"\b(?:at|on)\s+the\s+(?:scene|spot)\b", re.IGNORECASE)
# "Net zero" (emissions) right before the word "zero": a policy's name, never the count 0 (amounts.is_noise).
NUM_NET_BEFORE = regex(r"\bnet[\s-]$", re.IGNORECASE)
# Digits with a leading zero and no decimal point ("000", "05"): the tail of a broken "2, 000", never a count.
NUM_LEADING_ZERO = regex(r"0\d+")
# "340 were injured, 85 of them seriously", "23 held, 14 of whom were charged", "80 posts, 12 of which are
# vacant", "214 sheep were killed, and 31 of those were on hill farms": a part of the count before.
NUM_PARTITIVE_AFTER = regex(r"\s+of\s+(?:them|whom|which|those|these)\b", re.IGNORECASE)
# A count picked out of a larger set by its place in a sequence: "the last two bodies were recovered", "the
# first 40 were checked", "the final three victims": a part of the whole (its toll, its stock), never a
# rival total of it (numbercontext.with_selected_part).
NUM_SELECTED_BEFORE = regex(r"\bthe\s+(?:first|last|final)\s+$", re.IGNORECASE)
# The same with "of them" left out, when a word of degree says which part: "31 injured, six critically".
NUM_PARTITIVE_DEGREE_AFTER = regex(r"\s+(?:critically|seriously|severely|badly|gravely)\b", re.IGNORECASE)
# A subject count's state as a degree of injury: "six were in critical condition", "two remain in a serious
# condition", "four are in intensive care" (numbercontext._condition_count): some of the injured, never all.
NUM_CONDITION_AFTER = regex(
    r"\s+(?:were|was|are|is|remain|remains|remained)(?:\s+(?:still|now|also|reportedly))?"
    r"\s+in\s+(?:(?:an?\s+)?(?:critical|serious|grave|stable|life-threatening|very\s+serious)"
    r"(?:\s+but\s+stable)?\s+condition|intensive\s+care|critical\s+care)\b",
    re.IGNORECASE)
# A count opening its sentence as the whole a later figure is part of: "Of the 31 injured, six were ...".
NUM_PARTITIVE_WHOLE_BEFORE = regex(r"(?:^|[.!?]\s+|\n\s*)of\s+(?:the|those|these)\s+$", re.IGNORECASE)
# ... and the words from that count to the comma before its part: its noun or role word, and a few words
# that place it ("Of the 310 boats in the county's fleet, 140 ..."), no clause break.
NUM_PARTITIVE_WHOLE_GAP = regex(r"[^\S\n]+[a-z][\w'’-]*(?:[^\S\n]+[a-z][\w'’-]*){0,6},[^\S\n]+",
                                re.IGNORECASE)
# A later item of a list whose counted noun only the first item names ("620 jobs in Ohio, 410 at the
# Texas site and 180 in Ireland"): a list separator right before the figure, a place preposition after it,
# or the agent or origin of a gapped clause ("26 prisoners were freed by Velmora and 10 by Dastrav", "40
# from Acme and 12 from Brell"), never a figure or a day after "by" ("a room 12 by 14", "12 by Friday").
NUM_LIST_ITEM_BEFORE = regex(r"(?:,\s*(?:and\s+)?|\s+and\s+)$")
# A colon opening a breakdown of the count before it ("faces 5 charges: three of fraud and two of theft"):
# its first item stands right after the colon; read only with an "of" complement (NUM_LIST_ITEM_OF_AFTER),
# since a place after a colon may count another noun ("at three sites: 120 in Ohio" counts jobs, not sites).
NUM_LIST_OPENING_BEFORE = regex(r":\s*$")
# A phase sets an item apart as a place does ("50 permanent jobs and about 600 during construction").
NUM_LIST_ITEM_AFTER = regex(
    r"\s+(?:(?:at|in|on|across|during)\s+\S|(?:by|from)\s+(?:the\s+)?"
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Christmas|Easter)\b)[A-Z])")
# A later item whose noun the first item names, told apart by what follows "of" ("14 counts of fraud and
# three of money laundering", "40 kilos of cocaine and 12 of heroin"): a bare lower-case word after "of",
# never a determiner, a pronoun, a hedge or a figure ("three of them", "two of the nine", "five of his
# aides", "one of about a dozen").
NUM_LIST_ITEM_OF_AFTER = regex(
    r"\s+of\s+(?!(?:the|a|an|them|those|these|this|that|their|his|her|its|our|your|my|whom|which|whose|"
    r"what|us|you|all|each|every|both|some|any|many|several|such|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|own|about|around|nearly|almost|roughly|approximately|some|more|less|fewer|over|under|up|at|just|"
    r"only|as)\b)[a-z]")
# A figure standing for the count before it, owned by the other side ("swapped 20 prisoners for nine of our
# own", "lost 30 jobs against 12 of their own"): "of <possessive> own" with no noun after it.
# What a count leaves or keeps of its noun, named once before ("shut 142 branches, leaving it with 318",
# "keeping 318 open"): numbercontext `_remainder`.
NUM_REMAINDER_BEFORE = regex(
    r"\b(?:leaving|leaves|leave|left|keeping|keeps|keep)\s+(?:(?:it|them|us|the\s+\w+|its\s+\w+|their\s+\w+)\s+)?"
    r"(?:with\s+)?(?:just\s+|only\s+)?$", re.IGNORECASE)
NUM_REMAINDER_AFTER = regex(r"\s+(?:open|remaining|left|operating|in\s+service)\b", re.IGNORECASE)
# A count's sum given after it without its noun ("410 flights a day, or 1,320 in total"): "in total",
# "in all", "all told", "altogether" after the figure. numbercontext `_total_of_count`.
NUM_TOTAL_AFTER = regex(r"\s+(?:in\s+total|in\s+all|all\s+told|altogether)\b", re.IGNORECASE)
# A part of a count named once before, given with where it came from ("512 points, taking 230 from the
# juries and 282 from the public vote"): "from" and a determiner or possessive after the figure, not a
# figure's start ("from 12 to 14") nor a date's. numbercontext `_sourced_part`.
NUM_SOURCED_PART_AFTER = regex(r"\s+from\s+(?:the|its|their|his|her|each|every|all)\s+(?!\d)[a-z]",
                               re.IGNORECASE)
# A part of a count named once before, set off by "including" or "among them" ("employs 2,400 people,
# including 650 at its depot"): the word right before the figure. numbercontext `_included_part`.
NUM_INCLUDED_BEFORE = regex(r"\b(?:including|among\s+them|among\s+those)\s+$", re.IGNORECASE)
# A finishing place's score, the noun given by a count before it ("Vesna finished second on 388", "third
# with 362", "trailing by 56 on 431"): a place or a margin, then "on"/"with" and the figure ending its clause.
# numbercontext `_standing_score`.
NUM_STANDING_SCORE_BEFORE = regex(
    r"\b(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d{1,2}(?:st|nd|rd|th))"
    r"(?:\s+place)?|(?:trail(?:s|ed|ing)?|behind)\s+by\s+\d[\d,]*)\s+(?:on|with)\s+$", re.IGNORECASE)
NUM_STANDING_SCORE_AFTER = regex(r"\s*(?:[.;,)]|\s+and\b|$)", re.IGNORECASE)
# A margin between two counts of one noun ("finished on 396 points, 39 behind", "trailing by 39", "39 more
# than the runner-up"): the gap, never a rival of either count. numbercontext `_margin`.
NUM_MARGIN_AFTER = regex(r"\s+(?:behind|clear|adrift|ahead\b(?!\s+of\s+schedule)|(?:more|fewer)\s+than)\b",
                         re.IGNORECASE)
NUM_MARGIN_BEFORE = regex(
    r"\b(?:trail(?:s|ed|ing)?|lead(?:s|ing)?|led|ahead|behind|clear|won|wins|winning|beat|beating|"
    r"beaten)\s+by\s+(?:just\s+|only\s+)?$", re.IGNORECASE)
# The subject of a gapped clause right before a bare figure that ends it, the verb and the noun left out
# after the first clause ("the carrier had 22 crew on board and the tanker 19.", "Rovers had 14 shots
# and United 9."): "and", "while", "but" or "whereas", then a subject of one to four words; never a
# preposition, a verb of state, a hedge, a month or a weekday among them ("and the other on June 19",
# "and the tally was 19", "and about 19"). numbercontext `_list_item`.
_GAP_STOP = (r"(?:on|in|at|by|for|to|from|of|with|since|until|till|before|after|about|around|some|nearly|"
             r"almost|over|under|only|just|than|as|was|were|is|are|had|has|have|be|been|being|rose|fell|"
             r"reached|totalled|totaled|stood|aged|age|ages|and|or|but|while|whereas|that|which|who|"
             r"January|February|March|April|May|June|July|August|September|October|November|December|"
             r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|"
             r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|No|Nos|number|page|chapter|"
             r"room|flight|route|bus|platform|gate|junction|section|article|rule|clause|level|grade|"
             r"round|race|stage|game|match|hole|lap|week|day|year|season|minute|hour)\b")
NUM_GAPPED_SUBJECT_BEFORE = regex(
    r"\s(?:and|while|but|whereas)\s+(?:(?:the|its|their|his|her|our)\s+)?"
    rf"(?!{_GAP_STOP})[A-Za-z][\w'’-]*(?:\s+(?!{_GAP_STOP})[A-Za-z][\w'’-]*){{0,3}}\s+$")
# ... and the end of that gapped clause right after the figure: a full stop, a semicolon, or the end.
NUM_GAPPED_CLAUSE_END_AFTER = regex(r"\s*(?:[.;](?!\d)|$)")
NUM_OWN_AFTER = regex(r"\s+of\s+(?:our|their|its|his|her|your|my)\s+own\b(?!\s+[a-z])")
# A plain enumeration of bare whole figures, three or more: "7, 14, 23, 36 and 51", "402, 417 and 430",
# "7, 14, 23, 38, 51 and": no unit, noun or decimal after any item; it ends at punctuation, the end, or a
# word that is no counted noun (a verb, "plus", "with", a preposition).
NUM_ENUMERATION = regex(
    r"(?<![\d.,:/-])\d{1,4}(?:(?:,\s\d{1,4})+,?\s+and\s+\d{1,4}|(?:,\s\d{1,4}){2,})(?![\d%]|[.,:/-]\d)"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:plus|with|were|are|was|is|and|in|on|at|for|from|to)\b)")
# The plural noun naming an enumeration's items, right before its first: "flights 402, ...", "all five
# white balls, 7, ..."; or the plural subject of a copula right before it: "The winning numbers drawn on
# Saturday were 7, ..."; or the singular subject right before "was"/"is", a noun for the whole list:
# "The winning combination was 7, ...".
NUM_ENUMERATION_NOUN = regex(
    r"(?:\b(?P<n>[A-Za-z]{3,}s),?\s+"
    r"|\b(?i:the|its|their|his|her|these|those)\s+(?:[\w-]+\s+){0,2}?(?P<s>[a-z]{3,}s)\b[^;!?]{0,40}?"
    r"\s+(?:were|are)\s+"
    r"|\b(?i:the|its|their|his|her|this|that)\s+(?:[\w-]+\s+){0,2}?(?P<c>[a-z]{3,})\s+(?:was|is)\s+)$")
# A decimal point with a space after it and digits and a multiplier ("$1. 6 billion"): a decimal broken
# by text extraction, whose value cannot be trusted either way.
NUM_BROKEN_DECIMAL = regex(r"\.\s\d+\s?(?:hundred|thousand|million|billion|trillion|bn|m)\b",
                                re.IGNORECASE)
# A vote tally: "7-2", "7–2", "seven-to-two", "5 to 4", optionally after "a vote of" (group lead)
# or before "vote/decision/ruling/majority/verdict" (group trail); "by 312 votes to 298", the way
# parliaments' divisions are reported, names the vote itself (group votes); see tallies.py.
# A side of a tally: a count, or a half-point score's side ("2.5", "2½", "10½": chess, points races).
# A tally's side: digits, a half-point score, or a number in words below a hundred ("forty-seven votes to
# 35", as a local paper spells a division a wire gives in digits). A tens word joined to a unit by a
# hyphen is one number, never a tally's two sides ("a vote of forty-two" is no 40-2).
_T_N = (rf"(?:\d{{1,2}}(?:\.5|½)|\d{{1,3}}|(?:{_N_TENS})(?:-(?:{_N_ONES})\b|(?!-(?:{_N_ONES})\b))"
        r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
        r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)")
TALLY = regex(
    rf"(?P<lead>\b(?:vote|votes|margin|split)\s+(?:of\s+)?)?"
    rf"(?<![\d.,:/-])\b(?P<a>{_T_N})\s?(?:-|–|—|\s?-?to-?\s?|\s?(?P<votes>votes?)\s+to\s?)\s?"
    rf"(?P<b>{_T_N})\b(?![\d.,:/-]\d)"
    r"(?P<trail>\s+(?:vote|votes|decision|ruling|majority|verdict|split|tally|win|victory|defeat|loss|draw)\b)?",
    re.IGNORECASE,
)
# Who cast a side's votes, named between its count and its side: "41 councillors in favour, 17 against",
# "212 members voting for and 187 against". A plural noun of voters only, so that "3 years for" or "12
# months in favour" (a span before the word, not a division) stays two loose figures.
_VOTERS = (r"(?:councill?ors|members|MPs|MEPs|senators|delegates|deputies|representatives|lawmakers|"
           r"legislators|peers|lords|shareholders|directors|governors|trustees|judges|justices|jurors|"
           r"commissioners|ministers|aldermen|assemblymen|assembly\s+members|board\s+members|voters|"
           r"residents|workers|staff|employees|players|clubs|nations|countries|states|parties|unions)")
# A division told side by side: "312 in favour and 298 against", "312 votes for, 298 against", "Ayes 312,
# noes 298", "312 ayes to 298 noes" (yeas and nays too): the for and against words make the pair a tally.
# A results line: a contest's label, a colon, then two names each with its figure and nothing after
# ("Round two: Harlow 53, Keswick 39.", "Full time: Rovers 2, United 1."). The label names a contest, so
# a fleet's "Boeing 737, Airbus 320" or a list of roads is no result.
_RESULT_NAME = r"[A-Z][\w'’-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w'’-]*){0,3}"
TALLY_RESULTS_LINE = regex(
    r"\b(?i:round|ballot|vote|votes|voting|result|results|score|final|tally|count|run-?off|poll|"
    r"half[- ]time|full[- ]time)(?:\s+[\w-]+){0,2}\s*:\s+"
    rf"(?P<na>{_RESULT_NAME})\s+(?P<a>\d{{1,4}}),\s+(?P<nb>{_RESULT_NAME})\s+(?P<b>\d{{1,4}})"
    r"(?=\s*(?:[.;]|$))"
)
TALLY_SIDES = regex(
    rf"(?<![\d.,:/-])\b(?P<a>{_T_N})\s+(?:{_VOTERS}\s+)?(?:votes?\s+|voting\s+)?(?:in\s+favou?r|for)\b,?\s+"
    rf"(?:and\s+|to\s+|with\s+)?(?P<b>{_T_N})\s+(?:{_VOTERS}\s+)?(?:votes?\s+|voting\s+)?against\b"
    rf"|\b(?:ayes|yeas)\b:?\s+(?P<a2>{_T_N}),?;?\s+(?:and\s+)?(?:noes|nays)\b:?\s+(?P<b2>{_T_N})\b(?![\d.,:/-]\d)"
    rf"|(?<![\d.,:/-])\b(?P<a3>{_T_N})\s+(?:ayes|yeas)\b,?\s+(?:and\s+|to\s+)?(?P<b3>{_T_N})\s+(?:noes|nays)\b"
    rf"|\b(?:for|in\s+favou?r)\s*:\s*(?P<a4>{_T_N})\s*[,;.]?\s+(?:[-*•]\s*)?(?:and\s+)?against\s*:\s*"
    rf"(?P<b4>{_T_N})\b(?![\d.,:/-]\d)"
    # The sides told as two clauses, each count the subject of its own verb: "688 players backed a walkout
    # and only 41 voted against", "34 councillors voted in favour of the plan, 17 against". The first verb
    # backs a measure, the second side is against it; a few words of the measure may stand between.
    rf"|(?<![\d.,:/-])\b(?P<a5>{_T_N})(?:\s+[a-z][\w'’-]*){{0,2}}?\s+"
    rf"(?:voted\s+(?:for|in\s+favou?r(?:\s+of)?|yes)|backed|supported|approved|endorsed)\b"
    rf"[^.;:!?\"“”\d]{{0,60}}?(?:,?\s+and|,)\s+(?:only\s+|just\s+)?"
    rf"(?P<b5>{_T_N})(?:\s+[a-z][\w'’-]*){{0,2}}?\s+(?:voted\s+)?against\b",
    re.IGNORECASE,
)
# A division told as a list or fact box, one side a line (a passage of its own): "For: 34" and then
# "Against: 17", "In favour: 34", "Yes: 312" / "No: 298", "Ayes - 312" / "Noes - 298"; a bullet may lead.
# Each pattern must match the whole line (fullmatch), so "For: 34 years he served" is no side.
TALLY_FOR_LINE = regex(rf"\s*(?:[-*•]\s*)?(?P<label>(?:for|in\s+favou?r|yes|ayes|yeas)\s*[:–-]\s*"
                       rf"(?P<n>{_T_N}))\.?\s*", re.IGNORECASE)
TALLY_AGAINST_LINE = regex(rf"\s*(?:[-*•]\s*)?(?:against|no|noes|nays)\s*[:–-]\s*(?P<n>{_T_N})\.?\s*",
                           re.IGNORECASE)
# Words just before a bare "7-2" that make it a tally: "ruled 7-2", "voted 5-4", "decided 6 to 3", or a
# vote word and a verb: "the vote was 6-3", "the ruling was 7–2", "the decision, 5-4,".
TALLY_CONTEXT = regex(r"\b(?:(?:ruled|voted|decided|approved|passed|rejected|upheld|struck\s+down|"
                           r"sided|split|affirmed|reversed|overturned|confirmed|holding|held|finding|found)"
                           r"\s+(?:it\s+)?"
                           r"|(?:vote|votes|voting|ballot|ruling|decision|verdict|majority|split|tally)"
                           r"(?:\s+(?:was|is|were|went|ended|stood|came\s+out|finished))?(?:\s+at)?\s*[,:]?\s+)$",
                           re.IGNORECASE)
# The vote's noun and its "was" with an aside between them: "The vote, taken after midnight, was 5-2", "the
# final tally, announced by the clerk, was 31 to 9". The aside is one comma-bounded phrase without a stop or a
# figure of its own (a figure there would be what the pair belongs to, not the vote), so "the vote, 5-2, was
# close" and a list of results stay as they were.
TALLY_ASIDE_CONTEXT = regex(r"\b(?:vote|votes|ballot|ruling|decision|verdict|tally|division)\s*,\s*"
                            r"[^,.;:!?\d()\[\]\"“”]{3,56},\s*(?:was|were|is|ended|stood|finished)(?:\s+at)?\s+$",
                            re.IGNORECASE)
# A division told after the measure it settled: "approving the plan 38 to 19", "passed the bill 52-48",
# "backed the merger nine to two". The object (one to three words, no preposition: "approved the sale
# of 2 to 3 hectares" is a range) stands between the vote verb and the pair, so TALLY_CONTEXT, which
# wants the verb right before it, misses it; TALLY_AFTER_OBJECT must follow (tallies._after_object).
# The day of the vote may stand between the object and the pair, and "by" before it ("approved the plan
# on Tuesday, 38 to 19", "backed the merger on 4 May by nine to two", "passed the bill yesterday 52-48"):
# a day is no preposition's object that could make the pair a range of something. A weekday may take its
# part of the day, as a council's evening meeting is told ("on Tuesday evening by 41-9").
# The object may name the measure by its sum ("approved the £386 million scheme", "passed the $4.2bn
# budget"): a sum is a word of the object, not a preposition's (_TALLY_OBJECT_WORD).
_TALLY_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?"
_TALLY_OBJECT_WORD = r"(?:[£$€¥]\d+(?:[.,]\d+)*(?:bn|m|k)?|[\w'’-]+)"
_TALLY_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_TALLY_WHEN = (rf"(?:\s+(?:on\s+)?(?:{_TALLY_WEEKDAY}|{_TALLY_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?"
               rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_TALLY_MONTH})|\s+(?:yesterday|today|last\s+night))?,?")
TALLY_OBJECT_CONTEXT = regex(
    r"\b(?:approv(?:ed|ing)|pass(?:ed|ing)|back(?:ed|ing)|adopt(?:ed|ing)|reject(?:ed|ing)|"
    r"endors(?:ed|ing)|carr(?:ied|ying)|ratif(?:ied|ying)|vot(?:ed|ing)\s+(?:down|through))"
    r"\s+(?:the|a|an|its|their|his|her|this|that)"
    rf"(?:\s+(?!(?:of|for|to|in|on|at|by|from|with|about|between|per)\b){_TALLY_OBJECT_WORD}){{1,3}}"
    rf"{_TALLY_WHEN}(?:\s+by)?\s+$",
    re.IGNORECASE,
)
# A division told after a passive vote verb and "by", with no object between them: "the levy was approved
# by 33-12", "the motion was carried on Monday by nine to two", "the bill was defeated by 52 to 48". "By"
# makes "backed by 2-3 lenders" or "rejected by 5 to 10 percent of members" look alike, so the pair must end
# the clause or go on about the vote (TALLY_AFTER_OBJECT), as after an object.
# The passive's agent may stand between the verb and the margin's "by": "the purchase was approved by full
# council by 26 to 13", "the plan was passed by councillors on Tuesday by 31 to 9". The second "by" names the
# margin; the agent is one to three words with no figure and no preposition, so "backed by 2-3 lenders" and
# "approved by 5 to 10 percent of members" are read as before (TALLY_AFTER_OBJECT still guards the pair).
_TALLY_NO_PREPOSITION = r"(?!(?:by|of|for|to|in|on|at|from|with|about|between|per|and|or)\b)"
_TALLY_AGENT = (rf"(?:\s+by\s+(?:(?:the|its|their)\s+)?{_TALLY_NO_PREPOSITION}[a-z][\w'’-]*"
                rf"(?:\s+{_TALLY_NO_PREPOSITION}[a-z][\w'’-]*){{0,2}}{_TALLY_WHEN})?")
TALLY_PASSIVE_CONTEXT = regex(
    r"\b(?:approved|passed|backed|adopted|rejected|endorsed|carried|ratified|defeated|voted\s+(?:down|through))"
    rf"{_TALLY_WHEN}{_TALLY_AGENT}\s+by\s+$",
    re.IGNORECASE,
)
# What may follow such a pair: the sentence goes on about the vote ("38 to 19 with three abstentions",
# "52-48 on Tuesday", "38 to 19 (67%)") or ends; a noun after it ("2 to 3 years", "5 to 10 percent")
# makes it a range.
TALLY_AFTER_OBJECT = regex(
    r"\s*(?:[,.;:()]|$)|\s+(?:with|on|in|after|at|and|as|before|following|despite|amid|during|late|"
    r"earlier|last|this|yesterday|today|tonight)\b",
    re.IGNORECASE,
)
# A tie told as one count both sides hold: "seven points apiece", "7 points each", "level on seven points",
# "tied at 6.5 points": the tally n-n (tallies.find). "points" only: "two goals each" may be two scorers'.
TALLY_LEVEL = regex(
    rf"(?<![\d.,:/-])\b(?P<n>{_T_N})\s+points?\s+(?:apiece|each)\b"
    rf"|\b(?:level|tied|all\s+square)\s+(?:on|at)\s+(?P<n2>{_T_N})\s+points?\b(?![\s-]+(?:clear|behind|ahead)\b)",
    re.IGNORECASE,
)
# Words before "N points each" that give each person points rather than tell a tie: "scored 21 points
# apiece" (two players' own scores), "were awarded two points each", "docked three points each".
TALLY_LEVEL_ACCRUED = regex(
    r"\b(?:scor(?:ed|ing|es?)|earn(?:ed|ing|s)?|got|gets?|getting|receiv(?:ed|es?|ing)|"
    r"award(?:ed|s|ing)?|given|gave|give|docked|deducted|added|add|adding|took|taking|"
    r"won|wins?|winning|collect(?:ed|s|ing)?|worth|cost)"
    r"(?:\s+(?:a|just|only|about|around|some|another|a\s+further))?\s+$", re.IGNORECASE)
# A rating told as a bare figure (extract/ratingfigures.py): "was rated 2790", "Elo 2790", "an Elo of 2790",
# "rated at 1450"; "rated 4.5 stars" is left to the star count (the figure must end its phrase there too).
RATED_FIGURE_BEFORE = regex(r"\b(?:rated(?:\s+at)?|elo(?:\s+rating)?(?:\s+of)?|an\s+elo\s+of)\s+$",
                            re.IGNORECASE)
# ... or after its holder's name, with a rating word elsewhere in the passage: "Ostrov's 2790", "Ana 2745,".
RATED_NAME_BEFORE = regex(r"\b(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]*?)(?:['’]s|['’]|:)?\s+$")
RATED_FIGURE_END = regex(r"\s*(?:[,;)]|\.(?!\d)|$|\s+(?:and|while|against)\b)")
RATING_WORD = regex(r"\b(?:ratings?|rated|elo)\b", re.IGNORECASE)
# A match's final score is a tally too: "beat Old Town 2-1", "won 3-0", "a 2-1 win" (the side may be named).
# The side may be named with a title before it and a country after it ("beating defending champion Ana Roe
# of Chile 2.5-1.5"); a match noun that ended or finished says the same ("the match ended level at 7-7",
# "the tiebreak finished 2.5-1.5", "the series had finished 3–3").
TALLY_SCORE_CONTEXT = regex(r"\b(?:beat|beating|defeated|defeating|thrashed|edged|won|win|wins|lost|drew|"
                            r"toppled|toppling|dethroned|dethroning|overcame|overcoming|outplayed|routed)"
                            r"(?:(?:\s+[a-z][\w'’-]*){0,3}(?:\s+[A-Z][\w'’.-]*){1,4}"
                            r"(?:\s+of(?:\s+[A-Z][\w'’.-]*){1,3})?)?\s+$"
                            r"|\b(?i:match|game|tiebreak|tie-break|tie|final|series|contest|play-?off|decider)\s+"
                            r"(?i:had\s+)?(?i:ended|finished|ending|finishing)"
                            r"(?:\s+(?i:level|all\s+square|tied))?(?:\s+(?i:at))?\s+$"
                            # A series told with its score after it: "took the series 2-1", "won the
                            # five-match series against Ireland 3-1".
                            r"|\b(?i:series)(?:\s+(?i:against|over|with|versus|vs?\.?)"
                            r"(?:\s+[A-Z][\w'’.-]*){1,3})?\s+$")
# A scoreline: the pair between the two sides' names, "Rovers 2-1 United", "Harlow Town 0–3 Keswick" (a
# results box, a caption, a headline). Only figures of one or two digits joined by a dash; a month or a
# weekday before is a span of days ("March 2-3 Paris"), a page, a route or a time zone is no side, and both
# names must be capitalised words.
_SCORELINE_NOT_NAME = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|"
    r"thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|page|pages|section|chapter|article|route|"
    r"room|rooms|ages?|grades?|years?|levels?|items?|nos?|numbers?|open|closed|to|from|and|or|"
    r"gmt|utc|bst|cet|cest|est|edt|pst|pdt|am|pm|et|pt)\b")
# The name right before the pair passes the test; up to three capitalised words may lead it.
TALLY_SCORELINE_BEFORE = regex(
    rf"(?<![\w'’.-])(?:[A-Z][\w'’.-]*\s+){{0,3}}(?!{_SCORELINE_NOT_NAME})[A-Z][\w'’.-]*\s+$")
TALLY_SCORELINE_PAIR = regex(r"\d{1,2}\s?[-–—]\s?\d{1,2}")
TALLY_SCORELINE_AFTER = regex(rf"\s+(?!{_SCORELINE_NOT_NAME})[A-Z][\w'’-]+")
# A quake's magnitude named before the figure: "magnitude 6.4", "a magnitude of 6.4", "a magnitude-6.4 quake".
NUM_MAGNITUDE_BEFORE = regex(r"\bmagnitude(?:\s+of)?[\s-]+$", re.IGNORECASE)
# ... or after it: "a 6.4-magnitude quake", "6.4 magnitude", "6.4 on the Richter scale".
NUM_MAGNITUDE_AFTER = regex(r"[\s-]?magnitude\b|\s+on\s+the\s+Richter\s+scale\b", re.IGNORECASE)
# ... or set off by a comma after the word, as an appositive: "the first estimate of the magnitude, 6.1,".
NUM_MAGNITUDE_APPOSITIVE = regex(r"\bmagnitude,\s+$", re.IGNORECASE)
# An ordinal that places an event in a sequence: "in the 87th minute", "on the 12th lap", "the 3rd round".
NUM_ORDINAL_EVENT = regex(
    r"(?:st|nd|rd|th)[\s-]+(?P<noun>minute|lap|round|inning|hole|stage|over|mile)\b", re.IGNORECASE)
# The same place in a sequence told by the noun and a cardinal: "on move 44" is "the 44th move", "by lap
# 12", "after move 61". Only after a preposition that places an event ("on", "at", "after", "by", "from",
# "until", "before"), so "Route 66", "Game 5 tickets" or "Chapter 11 filing" stay out.
NUM_EVENT_NOUN_BEFORE = regex(
    r"\b(?:on|at|after|by|from|until|before)\s+(?P<noun>move|lap|hole|inning|stage)\s+$", re.IGNORECASE)
# A match minute told as a cardinal after "on": "scored on 78 minutes" is "in the 78th minute" (the sports
# idiom; "on" never leads a length of time, "after 78 minutes" or "in 78 minutes" may be one and stay out).
NUM_MATCH_MINUTE_BEFORE = regex(r"\bon\s+$", re.IGNORECASE)
NUM_MATCH_MINUTE_AFTER = regex(r"\s*(?:minutes|mins)\b", re.IGNORECASE)
# A percent that states a change, not a level: "up 41% from a year ago", "rose 7%", "fell by about 3%"
# ("widened to 58.4%", "a margin of 58%" are levels).
PCT_CHANGE_BEFORE = regex(
    r"\b(?:up|down|rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|jumped|jumps|climbed|climbs|"
    r"gained|gains|dropped|drops|slid|slipped|declined|declines|grew|grows|increased|decreased|surged|"
    r"plunged|soared|tumbled|sank|advanced|lost|added|plunging|soaring|tumbling|sinking|dropping|climbing|"
    r"jumping|sliding|slipping|declining|growing|increasing|decreasing|surging|gaining|shrinking|shrank|"
    r"shrunk|contracted|contracting|expanded|expanding)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+|"
    r"more\s+than\s+|over\s+|around\s+)?$", re.IGNORECASE)
# A percent change a verb makes to its object: "lifted output by 6%", "cut sick days by 41%", "boosted
# its sales by 12 per cent", a headline's "trial lifts output 6%". The verb moves a thing (it never means a
# level as "owns" or "holds" does) and the object stands between it and the figure: up to four words with
# no punctuation and no preposition ("raised its stake to 26.5%", "raise pay for 62% of staff" are levels), so
# "cut 41% of jobs" (no object: a share) stays out; "by" may be left out only after an object, and with it
# the object may be missing ("prices were cut by 8%"). PCT_CHANGE_BEFORE's verbs ("rose 6%") need none.
_PCT_MOVE_VERB = (r"\b(?:lift(?:s|ed|ing)?|rais(?:e|es|ed|ing)|boost(?:s|ed|ing)?|cut(?:s|ting)?|"
                  r"reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|slash(?:es|ed|ing)?|trim(?:s|med|ming)?|"
                  r"increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|push(?:es|ed|ing)?\s+up|"
                  r"dr(?:ive|ives|ove|iving)\s+up)")
_PCT_OBJECT_WORD = (r"\s+(?!(?:by|to|for|from|of|at|in|on|with|than|and|or|as|into|per)\b)"
                    r"[A-Za-z][\w'’-]*")
_PCT_HEDGE = r"(?:about\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+|around\s+|just\s+)?$"
PCT_OBJECT_CHANGE_BEFORE = regex(
    rf"{_PCT_MOVE_VERB}(?:(?:{_PCT_OBJECT_WORD}){{0,4}}\s+by\s+|(?:{_PCT_OBJECT_WORD}){{1,4}}\s+){_PCT_HEDGE}",
    re.IGNORECASE)
# A percent followed by the period it is measured over is a growth rate, a change, whatever verb (if any)
# came before: "2.7% y/y", "0.3% m/m", "2.9 percent on the year", "2.7 percent from a year earlier".
PCT_PERIOD_CHANGE_AFTER = regex(
    r"\s*\(?(?:[ymq]/[ymq]|yoy|y-o-y|(?:year|month|quarter)[- ]on[- ](?:year|month|quarter)|"
    r"on\s+the\s+(?:year|month|quarter)|on\s+a\s+year\s+(?:earlier|ago|before)|"
    r"(?:from|than|compared\s+with|against)\s+a\s+year\s+(?:earlier|ago|before))\b",
    re.IGNORECASE)
# A percent with its direction or a comparative written after it states a change as plainly as "fell 1.4%"
# does: "1.4% down on a year ago", "1.1 percent lower", "8 per cent up on last year", "2% higher than in May",
# "food is 6.2 per cent dearer". "up", "down", "higher" and "lower" must end their phrase or lead a
# comparison, so "a 10% down payment", "20% up front" and "5 per cent higher education funding" stay levels;
# "3.4%, above the target" and "3.4%, down from 4.1%" (a comma first) are levels too. A comparison with
# "than" after "more", "fewer" or "less" is a change as well: "38% more than the winter before", "12 per cent
# fewer staff than in 2024".
PCT_CHANGE_AFTER = regex(
    r"\s+(?:(?:dearer|cheaper|costlier|pricier|(?:more|less)\s+expensive|greater|bigger|larger|smaller)\b"
    r"|(?:up|down|lower|higher)(?=\s*(?:[.,;:)]|$)|\s+(?:on|from|than|compared|against|over|year|since)\b)"
    r"|(?:more|fewer|less)\s+(?:[a-z]+\s+){0,2}?than\b)",
    re.IGNORECASE)
# A group's average age named before the figure: "(median age 55 years)", "a mean age of 61", "whose
# average age is 34", "median age, 47": a statistic of the group, not a bound of it nor one person's age.
NUM_AVERAGE_AGE_BEFORE = regex(
    r"\b(?:median|mean|average)\s+age(?:\s+(?:of|was|is|at\s+entry|at\s+baseline))?\s*[,:=]?\s+(?:of\s+)?$",
    re.IGNORECASE)
# An age a rule sets, named before the figure: "the retirement age of 67", "the pension age from 64 to
# 65", "the voting age to 16" (a person's "at the age of 24" is biography, left quiet).
NUM_AGE_BEFORE = regex(
    r"\b(?!the\b|at\b|of\b|an?\b)[a-z]+\s+age\s+(?:of\s+|from\s+|to\s+)?(?:\d{1,3}\s+to\s+)?$", re.IGNORECASE)
# People named by an age bound: "pensioners over 65", "children under five", "riders aged 65+".
_AGE_GROUP_NOUNS = (r"(?:people|persons|pensioners|seniors|senior\s+citizens|adults|children|kids|residents|"
                    r"those|anyone|everyone|passengers|riders|travell?ers|commuters|women|men|patients|drivers|"
                    r"workers|voters|teenagers|customers|users|employees|citizens|students|aged)")
# "over"/"under" between such a noun and the figure (the figure's own qualifier word).
NUM_AGE_GROUP_BEFORE = regex(rf"\b{_AGE_GROUP_NOUNS}\s+(?:aged\s+)?(?:over|under|above|below)\s+$",
                             re.IGNORECASE)
# An age group told as one plural noun: "Under-16s are exempt", "free for over-65s". The hyphen joins the
# bound to the figure and the plural "s" makes the pair a name for people, so no other noun is needed
# (and the "s" is no second: "the under-16s" were never sixteen seconds).
NUM_AGE_GROUP_PLURAL_BEFORE = regex(r"\b(?:under|over)-$", re.IGNORECASE)
NUM_AGE_GROUP_PLURAL_AFTER = regex(r"(?:s|['’]s)\b(?!-)")
# Such a noun right before "65+", or one after it ("(65+ and registered students)").
NUM_AGE_PLUS_BEFORE = regex(rf"\b{_AGE_GROUP_NOUNS}\s+$", re.IGNORECASE)
NUM_AGE_PLUS_AFTER = regex(rf"\+(?![\w+])(?:\s+(?:and|or|&)\s+(?:[\w-]+\s+){{0,2}}{_AGE_GROUP_NOUNS}\b)?",
                           re.IGNORECASE)
# "men and women between 40 and 69 when they signed up", "adults 18 to 64,": an age range right after the
# people it bounds (numberclassify._group_age_range), when no noun it could count follows it.
NUM_AGE_GROUP_RANGE_BEFORE = regex(rf"\b{_AGE_GROUP_NOUNS}\s+$", re.IGNORECASE)
NUM_AGE_GROUP_RANGE_AFTER = regex(
    r"(?:\s+years?(?:\s+old)?)?(?=\s*[,.;:!?)]|\s*$|\s+(?:when|who|whose|at|in|on|were|was|are|is|had|have|"
    r"from|during|and|but|took|joined|signed|enrolled|living)\b)", re.IGNORECASE)
# "aged 19 to 54", "aged between 19 and 54", "aged 34": the ages of the people just named.
NUM_AGED_BEFORE = regex(r"\baged\s+$", re.IGNORECASE)
# ... and the later ages of a list after one "aged": "two men, aged 37 and 52", "aged 18, 19 and 23".
NUM_AGED_LIST_BEFORE = regex(r"\baged\s+\d{1,3}(?:,\s*\d{1,3})*(?:,?\s+(?:and|&)\s+|,\s*)$", re.IGNORECASE)
# "The youngest of the group is 19", "the oldest, its leader, was 47": a figure that a superlative of age,
# earlier in its clause, says someone is; NUM_AGE_SUPERLATIVE_AFTER asks that no unit or noun follow it.
NUM_AGE_SUPERLATIVE_BEFORE = regex(
    r"\b(?:youngest|oldest)\b[^.;:!?\"“”]{0,60}?\b(?:is|was|are|were)\s+(?:only\s+|just\s+|now\s+)?$",
    re.IGNORECASE)
# "the youngest aged 3 and the oldest 79": the superlative right before the figure, its verb left out.
NUM_AGE_SUPERLATIVE_BARE_BEFORE = regex(r"\bthe\s+(?:youngest|oldest)(?:\s+aged)?,?\s+$", re.IGNORECASE)
# "a girl of three", "a man of 79": a person named by a noun, then "of" and the age (NUM_AGE_PERSON_OF_AFTER
# asks that the clause end there). A parent's noun ("a mother of three") counts children below
# numberclassify._PARENT_OF_MIN_AGE.
_AGED_PERSON_NOUNS = (
    r"girl|boy|man|woman|lad|child|toddler|tot|baby|pensioner|widow|"
    r"widower|teenager|grand-?dad|grandad|grandfather|grandmother|gran|granny|grandma|grandpa|mother|father|"
    r"mum|dad")
NUM_AGE_PERSON_OF_BEFORE = regex(
    r"\b(?:an?|the)\s+(?:[a-z]+\s+)?(?P<noun>" + _AGED_PERSON_NOUNS + r")\s+of\s+$", re.IGNORECASE)
NUM_AGE_SUPERLATIVE_AFTER = regex(r"\s*(?:[,.;:!?)]|$)|\s+(?:and|but|while|when)\b", re.IGNORECASE)
# After "a man of 24" the clause may go on with when or where it happened ("police held a woman of 31
# yesterday", "a boy of 12 on Tuesday", "a man of 40 from Leeds") or a relative clause ("a girl of six
# who ..."): the figure still ends the noun phrase, as none of these can be its unit or noun.
NUM_AGE_PERSON_OF_AFTER = regex(
    r"\s*(?:[,.;:!?)]|$)|\s+(?:and|but|while|when|who|from|yesterday|today|tonight|overnight|"
    r"(?:last|on|this)\s+(?:night|morning|afternoon|evening|weekend|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b", re.IGNORECASE)
# A unit shorter than a year right after an age's figure ("ranging in age from 10 months", "aged 6 weeks"):
# the figure is read with its own unit, not as years.
NUM_AGE_SHORT_UNIT_AFTER = regex(r"\s+(?:months?|weeks?|days?)\b", re.IGNORECASE)
# The upper end of an age range whose lower end has its own unit: "aged between 10 months and 36 years",
# "ranging in age from 6 weeks to 12 years"; the text before the upper figure, then "years" after it.
NUM_AGE_RANGE_END_BEFORE = regex(
    r"\b(?:aged|age)\s+(?:between\s+|from\s+)?\d{1,3}\s+(?:months?|weeks?|days?|years?)\s+(?:and|to)\s+$",
    re.IGNORECASE)
NUM_AGE_YEARS_AFTER = regex(r"\s+years?(?:\s+old)?\b", re.IGNORECASE)
# An age in apposition to a name: "Jane Doe, 34, a nurse" (the name's last word, then the figure in commas).
# A generational suffix may close the name ("John Hale Jr., 52,"), and so may a regnal number after a
# ruler's title ("King Osvald IV, 71,", "Pope Leo XIV, 71,"; not "Clause IV, 12,", "World War II, 80,");
# a dash may close the apposition as a comma does ("Annelise, 34 – known as Lissy –"). "now" or "then" may
# date the age ("Ivo Marsh, now 58, had", "Marsh, then 27, was arrested"): a story that spans decades gives
# a person's age at the time of an event so, and the figure was read as a bare count of nothing.
NUM_AGE_APPOSITION_BEFORE = regex(
    r"(?:\b[A-Z][a-z][\w'’-]*(?:\s+(?:Jr|Sr)\.?)?"
    r"|\b(?:King|Queen|Pope|Emperor|Empress|Tsar|Sultan|Prince|Princess|Duke|Duchess)\s+[A-Z][a-z]+\s+[IVX]{1,5}),\s"
    r"(?:(?:now|then)\s)?$")
NUM_AGE_APPOSITION_AFTER = regex(r",\s|\s[-\u2013\u2014]\s(?!\d)")
# The same apposition closing its sentence: "pulled out by a neighbour, Ama Boateng, 34." Only after a full
# name (two capitalized words, "O'Dwyer" one of them; "Kent, 34." may be a score) and a full stop that ends
# the sentence.
NUM_AGE_APPOSITION_END_BEFORE = regex(r"\b[A-Z][a-z][\w'’-]*\s+[A-Z](?:[a-z]|['’][A-Z])[\w'’-]*,\s$")
NUM_AGE_APPOSITION_END_AFTER = regex(r"\.(?:\s|$)")
# The same apposition opening a list entry or fact-box line: "Colm Asher, 41: nine-year sentence, robbery".
# Only after a full name (as above) and a colon that opens the entry's description; "Leeds United, 3: 1" is
# a score, kept out by asking for a word after the colon.
NUM_AGE_APPOSITION_COLON_AFTER = regex(r":\s+(?=[A-Za-z]|\d+[-\u2013\s]*(?:years?|months?)\b)")
# The same apposition after a person described, not named: "the marathon ace, 28, has", "his
# mother-of-two, 41, said". A noun phrase opened by a determiner, of words only, up to the comma. "One" and
# "another" pick out a person of a group the same way: "One guard, 56, was struck", "another victim, 19,".
NUM_AGE_APPOSITION_NOUN_BEFORE = regex(
    r"\b(?i:the|a|an|his|her|their|its|our|this|that|one|another)\s+(?:[A-Za-z'’-]+\s+){0,4}[a-z][a-z'’-]+,\s$")
# ... but not a superlative of a plural noun: "holds the most seats, 118, but", "won the fewest votes, 41,"
# give how many of that noun, a count (namedfigures reads it), however small, never the age of a person.
# The same apposition closing its sentence after a person described, not named: "and a local woman, 41.",
# "the dead included a Danish man, 70." Only when the noun is a word for a person (a boy, a woman, a
# father): "won by the visitors, 27." ends on a score, and a bare noun before a final figure may count it.
NUM_AGE_APPOSITION_END_NOUN_BEFORE = regex(
    r"\b(?i:the|a|an|his|her|their|one|another)\s+(?:[A-Za-z'’-]+\s+){0,3}(?i:" + _AGED_PERSON_NOUNS
    + r"),\s$")
NUM_AGE_APPOSITION_COUNTED_BEFORE = regex(
    r"\b(?i:most|fewest|least|more|fewer|(?:largest|highest|greatest|smallest|lowest)\s+number\s+of)"
    r"\s+[a-z][a-z'’-]*s,\s$")
# "one too many", "one too few", "one too far": the idiom after a spelled "one", no count of 1.
NUM_ONE_TOO_AFTER = regex(r"\s+too\s+(?:many|much|few|far|often|more)\b", re.IGNORECASE)
# "One" as the generic pronoun of a conditional in the present tense: "when one is killed, all of us lose",
# "if one has a licence" (numberclassify.pronoun_one). A past verb ("when one was killed") may count one.
NUM_ONE_GENERIC_BEFORE = regex(r"\b(?:when|whenever|if|once|unless|until)\s+$", re.IGNORECASE)
NUM_ONE_GENERIC_AFTER = regex(
    r"\s+(?:is|has|does|can|cannot|can't|must|should|may|might|needs|gets|becomes|loses|dies)\b",
    re.IGNORECASE)
NUM_AGE_AFTER = regex(r"-years?-olds?\b|\s+years?\s+old\b", re.IGNORECASE)
# An age in brackets after a full name, trade-press style: "Ana Ruiz (74) of Chile" (AGE_AFTER already takes
# it as a person's sign). Two capitalised words before the bracket, nothing but the figure inside.
NUM_AGE_PAREN_BEFORE = regex(r"\b[A-Z][a-z][\w'’-]*\s+[A-Z][a-z][\w'’-]*\s\($")
# ... and no list of tallies around it: "Norway (16), Chile (12)" counts medals, not years.
# What may follow the bracket: the clause's end or a word of apposition, not a noun it counts ("(12) stores").
NUM_AGE_PAREN_AFTER = regex(r"\)(?:\s*(?:[,.;:!?\u2013\u2014-]|$)|\s+(?:of|from|in|at|who|and|is|was|has|had|"
                            r"became|becomes|said|says|told|a|an|the|led|won|died|set|made|reached)\b)")
NUM_AGE_PAREN_LIST = regex(r"\)\s*(?:,|and\b)\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*\(\d")
NUM_AGE_PAREN_LIST_BEFORE = regex(r"\(\d{1,3}\)\s*(?:,|and\b)\s*(?:[A-Z][\w'’-]*\s+){1,3}\($")
# A person's age at a moment of their life, named by the phrase before the figure: "died at the age of 66",
# "set the record at age 61" (the age of a rule, "the voting age of 16", is NUM_AGE_BEFORE).
# "at the age of 9", "from the age of nine", "since age 11": the age a step of a life was taken at.
# "by the age of four", "before the age of five", "until the age of 18": the age a step is due by or
# lasts to, still a person's (or an animal's) age; only with "the age of", since a bare "by age" or
# "until age" heads a breakdown ("figures by age 65 and over") as often as an age.
NUM_AGE_AT_BEFORE = regex(r"\b(?:(?:at|from|since)\s+(?:the\s+age\s+of|age)"
                          r"|(?:by|before|until|till)\s+the\s+age\s+of)\s+$", re.IGNORECASE)
# "since he was 11", "ever since she was nine": how long a person has done a thing, told by the age
# they started at. NUM_AGE_SINCE_AFTER asks that the clause end or go on with a function word (under,
# with, and, when...), so "since he was 3 points down" (a count) stays what it was.
NUM_AGE_SINCE_BEFORE = regex(r"\bsince\s+(?:he|she|they|I|we|you)\s+(?:was|were)\s+(?:only\s+|just\s+)?$",
                             re.IGNORECASE)
NUM_AGE_SINCE_AFTER = regex(
    r"(?:\s*(?:[,;)]|[.!?](?:\s|$)|$)|\s+(?:and|but|when|under|with|at|in|on|for|to|as|"
    r"after|before|while|until|alongside|the|his|her|their)\b)", re.IGNORECASE)
# What someone was when something happened: "who was 61 when she climbed it", "he was 12 at the time",
# "Ana Ruiz was 30 when" (a full name: one capitalised word may be a sentence's "Turnout"), and the
# full name closing an apposition, "Her sister, Ana Ruiz, is 84." (the comma ends the apposition);
# NUM_AGE_WAS_AFTER asks that the clause end or go on with "when"/"at the time" (no unit or noun).
NUM_AGE_WAS_BEFORE = regex(
    r"(?:\b(?:who|[Ss]he|[Hh]e)|\b[A-Z][a-z]+\s+[A-Z][a-z'’-]+,?)\s+(?:was|is|were)\s+"
    r"(?:only\s+|just\s+|then\s+|still\s+|barely\s+)?$")
NUM_AGE_WAS_AFTER = regex(r"\s+(?:when|at\s+the\s+time)\b|\s*(?:[,;)]|[.!?](?:\s|$)|$)", re.IGNORECASE)
# A verb of reaching an age before a bare figure: "turned 90", "turns a remarkable 100", "reached the age of
# 90", "hit the ripe old age of 101", "lived to 104", "lived to be 99". NUM_AGE_REACHED_AFTER asks that the
# clause end or go on with a word of when or where ("turned 90 on Sunday", "reached the age of 90 in May"),
# so "turned 180 degrees" or "turned 3 points lower" stay what they were.
NUM_AGE_REACHED_BEFORE = regex(
    r"\b(?:(?:reach|hit|attain|turn|celebrat)(?:e|es|ed|s|ing)?\s+(?:the\s+)?(?:(?:ripe|grand)\s+)?(?:old\s+)?"
    r"age\s+of|turn(?:s|ed|ing)?(?:\s+an?\s+[a-z]+)?|li(?:ve|ved|ves|ving)\s+to(?:\s+be)?)\s+$",
    re.IGNORECASE)
NUM_AGE_REACHED_AFTER = regex(
    r"\s*(?:[,;)\u2013\u2014]|[.!?](?:\s|$)|$)|\s+(?:on|in|at|last|this|next|yesterday|today|tomorrow|and|"
    r"when|earlier|later|surrounded|with)\b", re.IGNORECASE)
# A life step a person took "at" a bare figure: "she took up climbing at 52", "he retired at 58, ...";
# the subject is a person's pronoun, the step a verb of a life's course, the figure ends its clause.
NUM_AGE_LIFE_AT_BEFORE = regex(
    r"\b(?:[Ss]he|[Hh]e|who)\s+(?:(?:had|has|was|were)\s+)?(?:(?:first|only|finally)\s+)?"
    r"(?:died|retired|married|took\s+up|started|began|learned|learnt|joined|emigrated|became|turned\s+pro"
    r"(?:fessional)?|qualified|graduated)\b[^.;:!?,\"“”]{0,40}?\s+at\s+$")
NUM_AGE_LIFE_AT_AFTER = regex(
    r"\s*(?:[,;)]|[.!?](?:\s|$)|$)|\s+(?:and|but|after|before|when|while|in)\b", re.IGNORECASE)
# One word after a number, for the counted noun ("two issues", "1,000 people").
# A compound's parts may be joined by an en dash, as typeset science and trade copy writes them ("24
# niobium–tin magnets", "six lead–acid batteries"): one word, so the noun after it is still read.
NUM_NEXT_WORD = regex(r"\s+(?P<word>[A-Za-z][A-Za-z'’.]*(?:[-–][A-Za-z]+)*)")
# An acronym in brackets glossing the modifiers before it, inside a count's noun phrase: "38
# ship-to-shore (STS) cranes", "12 intensive care (ICU) beds". Capitals only (an optional plural "s"), so
# "(file photo)" or "(pictured)" still ends the phrase.
NUM_ACRONYM_GLOSS = regex(r"\s+\([A-Z][A-Z0-9&]{1,7}s?\)(?=\s)")
# One item of a listed breakdown whose noun is said once, at the end: "twelve Indian, 7 Filipino and one
# British national", "40 Labour, 12 Green and three independent councillors". The capitalized word after
# the figure, when another figure follows it after a comma or "and"/"or", names the group counted.
NUM_LISTED_GROUP = regex(
    rf"\s+(?P<word>(?-i:[A-Z][a-z]+))(?=\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
    rf"(?:\d|(?:{_N_WORD}|an?)\b))", re.IGNORECASE)
# One item of a listed breakdown by kind, in lower case: "7 gold, 9 silver and 12 bronze medals", "four
# gold, two silver". The word after the figure names what the item counts when another figure with a
# word of its own follows after a comma or "and"/"or" (numbernouns._listed_kind).
NUM_LISTED_KIND = regex(rf"\s+[a-z]{{3,}}(?=(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)"
                        rf"(?:\d[\d,]*|{_N_WORD})\s+(?P<next>[a-z]{{3,}}))")
# The item before the last of such a list, left of its figure: "7 gold, 9 silver and " before "12 bronze".
NUM_LISTED_KIND_BEFORE = regex(rf"(?:\d|\b{_N_WORD})\s+(?P<prev>[a-z]{{3,}})"
                               r"(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$")
# Any one item of such a list ("9 silver"): a list of two kinds before a shared plural ("38 oil and 12 gas
# tankers") is two modifiers of one noun, so the last item needs two items before it
# (numbernouns._listed_kind).
NUM_LISTED_ITEM = regex(rf"(?:\d[\d,]*|\b{_N_WORD})\s+[a-z]{{3,}}\b")
# "of" after a vague magnitude: "thousands of people".
NUM_OF = regex(r"\s+of(?=\s)", re.IGNORECASE)
# "About 140 of us watched": a first-person group counts its people (newsletters, quoted witnesses);
# "them" and "those" may be things, so only "us".
NUM_OF_US_AFTER = regex(r"\s+of\s+us\b", re.IGNORECASE)
# A petition "signed by 2,400 people" counts its signatures, as another outlet's "4,200 signatures" does.
NUM_SIGNED_BY_BEFORE = regex(r"\bsigned\s+by\s+$", re.IGNORECASE)
# A measure written as an adjective between a count and its noun: "three 40-foot containers", "two
# 12-storey towers", "four 20-litre drums". The count counts the noun after it (numbernouns._counted_noun);
# the measure is a figure of its own. Letters after the hyphen: "3 5-0 wins" is a score, not a measure.
# A span of time is left out: "three 10-year sentences", "two 24-hour strikes" count periods, which other
# outlets state as one total ("30 years", "48 hours of strikes"), not things a rival count can name.
NUM_MEASURE_ADJECTIVE = regex(r"\s+\d[\d,.]*-(?!(?:second|minute|hour|day|week|month|year|decade)s?\b)"
                              r"[A-Za-z]+(?:-[A-Za-z]+)*(?=\s)")
# A pay grade between a count and its noun: "214 band 3 officers", "60 grade 7 officials", "1,200 Band 5
# nurses". The grade's figure is no count and no word of the noun phrase; the noun stands after it.
NUM_GRADE_BEFORE_NOUN = regex(r"\s+(?i:band|grade|tier)\s+\d{1,2}[a-z]?(?=\s+[a-z])")
# A model or type designation between a count and its noun: "23 VX-400 escalators", "12 A320 jets",
# "five F-35 fighters". Capitals and digits, at least one of each, starting with a capital; the noun
# stands after it, and the designation alone (read as the noun) never met another outlet's "23 escalators".
NUM_MODEL_BEFORE_NOUN = regex(r"\s+(?=[A-Z0-9-]*\d)[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*(?=\s+[a-z])")
# The grade's own figure, right after a count and its grade word ("214 band 3"): read by the count's noun.
NUM_GRADE_OF_COUNT = regex(r"\d[\d,]*\s+(?i:band|grade|tier)\s+$")
# "of the"/"of them" after a number: "two of the companies" counts companies; with the whole's own figure
# after the determiner, "14 of its 38 pistes" and "three of the five reactors" count pistes and reactors.
# A possessive is a determiner too ("2,100 of the region's 2,400 schools", "40 of Europe's biggest
# ports"), and the whole's figure may stand alone ("2,100 of 2,400 schools"): the part counts its noun.
# A person named by age owns things as a named one does: "27 of the 61-year-old's patents" counts patents
# (the age stays its own figure, read as an age, never the part's whole). A whole counted back from now or
# picked out by its place has "past", "last", "previous", "first" or "next" before its figure: "on 19 of the
# past 28 nights" and "in 9 of its last 12 games" count nights and games, as "19 of the 28 nights" does.
NUM_OF_DETERMINER = regex(
    r"\s+of\s+(?:(?:(?:the\s+)?(?:[A-Za-z][\w-]*|\d{1,3}-years?-old)['’]s"
    r"|the|these|those|its|their|his|her|our|your)"
    r"(?:\s+(?:(?:past|last|previous|first|next)\s+)?"
    r"(?:\d{1,3}(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty))?"
    r"|\d{1,3}(?:,\d{3})*)"
    r"(?=\s)", re.IGNORECASE)
# A month name just before a number: the number is a day of month ("Jan. 23", "February 26").
NUM_MONTH_BEFORE = regex(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|Januar|Februar|März|Juni|Juli|Oktober|Dezember)"
    r"\.?\s+$"
)
# A month name just after a number: a day of month ("26 February", "23rd of January", "5. März").
NUM_MONTH_AFTER = regex(
    r"(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|Januar|Februar|März|"
    r"Juni|Juli|Oktober|Dezember)\b"
)
# A clock after a number: "5:01", "5 p.m.", "5pm", "10 o'clock", "22 GMT", "17 Uhr".
NUM_CLOCK_AFTER = regex(
    r"(?::\d|\s?[ap]\.?\s?m\b|\s?o['’]clock|\s?(?:GMT|UTC|ET|EST|EDT|PT|PST|PDT|CET|BST)\b|\s?Uhr\b)",
    re.IGNORECASE,
)
# A clock before a number: the minutes of "5:01" or "5.01".
NUM_CLOCK_BEFORE = regex(r"\d[:]$")
# An ordinal suffix right after digits: "1st", "22nd", "3rd", "4th" (dates and ranks, not counts).
NUM_ORDINAL_AFTER = regex(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
# A non-space token that marks a URL, handle, hash or path: skip numbers inside it.
NUM_URLISH = regex(r"://|www\.|[@#/=_\\]")
# A name (a capital anywhere) before a number makes it a label ("Section 230", "Boeing 737", "iPhone 15").
# An upper-case three-letter word right before a figure ("GHS 5 billion"): amounts._code_before looks it up
# in the table of ISO 4217 codes. Not after a letter, digit, hyphen or slash ("A-GHS 5").
NUM_CODE_BEFORE = regex(r"(?<![\w\-/$])(?P<code>[A-Z]{3})\s$")
# A figure that ends in a multiplier word ("48 billion", "2.5bn", "300-million"), read on the figure's own
# text (numberclassify._is_label): a label never carries one. Single letters ("3K", "4B") are left out, as
# they end model names too.
NUM_WORD_SCALE_END = regex(r"\d[\s-]?(?:thousand|million|billion|trillion|mn|mln|bn|bln|tn|trn)$",
                           re.IGNORECASE)
NUM_LABEL_BEFORE = regex(r"(?:\b(?P<word>[a-z]*[A-Z][\w’'.-]*)|(?P<no>\bNos?\.|#))\s?$")
# A name given a share of a vote, before the figure: "gave Marwick 37 votes", "handed Labour 202 seats",
# "awarded Ortiz 12 points". The giving verb makes the name the receiver, not a model name ("Boeing 737");
# numberclassify._is_label reads it with NUM_GIVEN_AFTER.
NUM_GIVEN_TO_BEFORE = regex(r"\b(?:gave|give|gives|giving|handed|hands?|handing|awarded|awards?|awarding|"
                            r"granted|grants?|granting)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,3}$")
NUM_GIVEN_AFTER = regex(r"\s+(?:votes?|seats?|ballots?|points?|delegates?)\b", re.IGNORECASE)
# A lower-case word after a figure, its counted noun ("Wednesday 47 crew"): numberclassify._is_label.
NUM_LOWER_WORD_AFTER = regex(r"\s+[a-z]")
# Canonical money text read back: "USD 200000000", "ceiling USD 200000000", "USD 10000000-12000000".
MONEY_CANONICAL = regex(
    r"^(?:(?P<q>ceiling|floor|approx|above|below)\s+)?(?P<cur>[A-Z]{3}|[a-z]+)\s+(?P<amount>\d+(?:\.\d+)?)"
    r"(?:-(?P<high>\d+(?:\.\d+)?))?(?:\s+(?P<basis>with-fees|before-fees|before-tax|after-tax))?$"
)
# Canonical quantity text read back: "48 hour", "below 48 hour", "12%", "2", "10-12 barrel per day", "9 km/h".
QUANTITY_CANONICAL = regex(
    r"^(?:(?P<q>ceiling|floor|approx|above|below)\s+)?(?P<amount>\d+(?:\.\d+)?)(?:-(?P<high>\d+(?:\.\d+)?))?"
    r"(?:(?P<pct>%)|\s+(?P<unit>[a-z][a-z /]*[a-z]))?$"
)
# An amount that states a change, not a level: "an increase of £125m", "an overrun of £145 million", "rose
# by $2bn", "cut spending by about €40m" ("rose to £385m", "a budget of £385m" are levels); money.change_cue.
MONEY_CHANGE_BEFORE = regex(
    r"(?:\b(?:an?|the|its|this|that)\s+(?:[a-z]+\s+)?(?:increase|rise|overrun|overspend|jump|hike|cut|"
    r"reduction|drop|fall|shortfall)\s+of|\b(?:rose|risen|rises|rising|increased|increases|grew|grown|"
    r"climbed|jumped|fell|fallen|falls|dropped|declined|(?:went|gone|going|goes)\s+(?:up|down)|up|down|"
    r"cut|reduced|overran|overspent)(?:\s+[a-z]+){0,2}?\s+by)\s+(?:(?:about|nearly|almost|some|around|roughly|more\s+than|"
    r"over|just\s+over|less\s+than)\s+)?$", re.IGNORECASE)
# Words right before a duration that give it as time saved, not a length of time: "a saving of 35
# minutes", "saving 35 min", "will shave 40 minutes off", "knocks 20 minutes off", "cut the trip by 35
# minutes" (numberunits: the cue CHANGE, so a journey's 80, 45 and 35 minutes are two levels and a change).
NUM_SAVED_TIME_BEFORE = regex(
    r"(?:\b(?:an?|the|its)\s+(?:[a-z]+\s+)?(?:saving|reduction)\s+of"
    r"|\b(?:sav(?:e|es|ed|ing)|shav(?:e|es|ed|ing)|knock(?:s|ed|ing)?|slash(?:es|ed|ing)?|trim(?:s|med|ming)?)"
    r"|\b(?:cut|cuts|cutting|reduc(?:e|es|ed|ing)|shorten(?:s|ed|ing)?)\b(?:\s+[a-z]+){0,4}?\s+by)"
    r"\s+(?:(?:up\s+to|about|nearly|almost|some|around|roughly|more\s+than|over|just\s+over|less\s+than)\s+)?$",
    re.IGNORECASE)
# Words right before a count that give it as a change of a level, not the level: "fell by 38,000", "shrank
# by 2,100 patients", "a monthly fall of 38,000", ", down 83,000 on the month before", "is up 4,000". A bare
# "up"/"down" only after a clause break or a copula ("picked up 12 passengers", "rounded up 30 suspects"
# count people); "down to 7.4 million" and "up from 9" are levels (updates.py).
NUM_CHANGE_BEFORE = regex(
    r"(?:\b(?:an?|the|its|this|that)\s+(?:[a-z]+\s+)?(?:increase|rise|fall|drop|decrease|decline|reduction"
    r"|jump)\s+of"
    r"|(?:^|[,;(\u2013\u2014]|\b(?:is|was|are|were|been|now|also|still|slightly|sharply))\s*(?:up|down)"
    r"|\b(?:rose|risen|rises|increased|increases|grew|grown|grows|climbed|jumped|fell|fallen|falls|dropped"
    r"|declined|decreased|shrank|shrunk|shrinks|(?:went|gone|goes)\s+(?:up|down))(?:\s+[a-z]+){0,2}?\s+by"
    r"|\b(?:rose|fell|dropped|climbed|jumped|grew|shrank|declined))"
    r"\s+(?:(?:about|nearly|almost|some|around|roughly|more\s+than|over|just\s+over|less\s+than)\s+)?$",
    re.IGNORECASE)
# ... or after it: "£145m over budget", "$2bn above the original estimate", "€2.9bn more than the original
# budget", and against an earlier period: "will cost £11m more than this year", "$3bn less than in 2025".
MONEY_CHANGE_AFTER = regex(r"\s+(?:over|above|under|below|(?:more|less|higher|lower)\s+than)\s+"
                           r"(?:(?:the\s+|its\s+)?(?:original\s+|initial\s+)?(?:budget|estimate|forecast)\b"
                           r"|(?<=than\s)(?:(?:this|last|a|the\s+previous)\s+(?:year|month|quarter|week)"
                           r"|in\s+(?:19|20)\d\d)\b)", re.IGNORECASE)
# A noun right after an amount says what it is: "$200 million contract", "$14 billion in revenue".
# A figure and an opening parenthesis right before an amount: "110 billion euros ($143 billion)" converts.
MONEY_CONVERSION_BEFORE = regex(r"\d[\w.,\s-]{0,24}\(\s*(?:about|around|roughly|some|approx\.?)?\s*$")
# Between a sum and its hedged conversion set off by a comma or a dash: "€78 million, about $85 million",
# "11 million kronor \u2013 around $1.3 million", "£4m - roughly $5m" (money.py).
MONEY_APPOSED_CONVERSION = regex(r"(?:,|\s*[\u2013\u2014]|\s+--?)\s*(?:or\s+)?")
# The units a price is quoted per, as written in full or short (money.unit_cue names each one).
# One-letter short forms ("/l", "/t") only after a slash: "$20 a t-shirt" is no price per tonne.
PRICE_UNITS = (r"barrels?|bbls?|lit(?:er|re)s?|ltr|gallons?|gal|tonnes?|tons?|mt|kilo(?:gram(?:me)?)?s?|kg"
               r"|lbs?|ounces?|oz|mmbtu|mwh|kwh|therms?|bushels?|bu|shares?"
               r"|hectares?|ha|acres?|hectolit(?:er|re)s?|hl")
# The period a sum is stated for, right after it: "$4,650 a semester", "$9,300 per year", "$40/month"; not
# "a year earlier" or "a year ago" (a time, not a rate). In any case: a tabloid shouts it ("about £62 a
# MONTH"), and a sum that lost its period was a rival of every yearly sum of its claim.
MONEY_PERIOD_AFTER = regex(
    r"\s*(?:(?:(?:a|an|per|each|every)\s+|/\s?)(?P<period>year|yr|annum|semester|term|quarter|month|mo|week|wk|day"
    r"|night|hour|hr)\b(?!\s+(?:earlier|ago|before|after|later)\b)"
    r"|\s(?P<adverb>hourly|daily|nightly|weekly|monthly|quarterly|yearly|annually)\b)", re.IGNORECASE)
# The period a sum is stated for, written as an adjective before it: "an hourly rate of £12.50", "an annual
# salary of £26,000", "the monthly rent, £950", "a weekly £80"; one or two words of what the sum is may sit
# between ("an hourly minimum wage of"), then "of", "at" or nothing. Not "the annual report said £5m".
MONEY_PERIOD_BEFORE = regex(
    r"\b(?P<adverb>(?:[Hh]our|[Dd]ai|[Nn]ight|[Ww]eek|[Mm]onth|[Qq]uarter|[Yy]ear)ly|[Aa]nnual)"
    r"(?:\s+[a-z]+(?:\s+[a-z]+)?(?:\s+(?:of|at)|,))?\s+$")
# The period a sum is stated for, named as what the sum is the price of, earlier in its clause: "a full week
# of care will jump from £300 to £345", "a day at the nursery costs £69", "a week's stay is £800", "the fee
# for a full day, currently 60 pounds". The period is "a", "one", "each" or "every" (full, whole...) day,
# week, night, month or year, then "'s", "of", "at" or "in" (a comma after "for a day"), never right
# after a figure ("$3,450 a month, has handed back $9,600": the month is the $3,450's); then up to 50
# characters with no figure and no end of a clause, and at most one other sum the price moves from ("from
# £300 to"). Not a time the sum falls in ("In a week of chaos, the firm lost £5m").
MONEY_PERIOD_SUBJECT = regex(
    r"(?<![Ii]n\s)(?<![Oo]ver\s)(?<![Ww]ithin\s)(?<![Dd]uring\s)(?<![Aa]fter\s)(?<![\d%]\s)"
    r"(?:\b(?:[Aa]|[Oo]ne|[Ee]ach|[Ee]very)\s+(?:(?:full|whole|single|standard)\s+)?"
    r"(?P<period>day|week|night|month|year)(?:['’]s\b|\s+(?:of|at|in)\b)"
    r"|\b[Ff]or\s+(?:a|one|each|every)\s+(?:(?:full|whole|single|standard)\s+)?(?P<for>day|week|night|month|year),)"
    r"[^.;:!?()\d£$€]{0,50}?(?:[£$€]\d[\d,.]*\s+to\s+)?$")
# The period of a payment made every period, named by its adjective as the subject whose sum comes later in
# its clause: "The average annual premium for a high-risk home will go up from 634 pounds to 748 pounds",
# "the monthly rent at Carnbrook Court rose to £950". Only nouns of a payment made each period (a premium,
# fee, rent, salary, wage, bill, levy, subscription...), with at most one word between: "the annual report
# said profits rose to £5m" dates the report, it states no sum per year. Then up to 60 characters with no
# figure and no end of a clause, and at most one other sum the payment moves from ("from 634 pounds to").
MONEY_PERIOD_PAYMENT = regex(
    r"\b(?P<adjective>[Aa]nnual|[Yy]early|[Mm]onthly|[Ww]eekly|[Dd]aily)\s+(?:[a-z][a-z-]*\s+)?"
    r"(?:premiums?|fees?|rents?|salary|salaries|wages?|bills?|levy|levies|subscriptions?|charges?|payments?"
    r"|allowances?|pensions?|contributions?)\b"
    r"[^.;:!?()\d£$€]{0,60}?(?:(?:[£$€]\d[\d,.]*|\d[\d,.]*\s+(?:pounds|dollars|euros))\s+to\s+)?$")
# The unit a price is stated per, right after it: "$71.40 a barrel", "$71.40/bbl", "€1.85 per litre",
# "$3.20/MMBtu", "£4.50/kg", "$98 per tonne", "$5 a share"; not "a share of" (a part of something).
MONEY_UNIT_AFTER = regex(
    r"(?:\s*(?:a|an|per|each)\s+(?P<unit>" + PRICE_UNITS + r")|\s*/\s?(?P<short>" + PRICE_UNITS + r"|l|t))"
    r"(?![A-Za-z/-])(?!\s+of\b)", re.IGNORECASE)
MONEY_CUE_AFTER = regex(r"\s+(?:(?:in|of)\s+)?(?:(?:the|its|their|annual|new)\s+)?(?P<word>[a-z]+)\b")
# The next word of a noun compound after a money cue ("$30 million state grant": "grant"), in the same
# clause: one space or tab, lower case, no hyphen or apostrophe after it (money.money_cues).
MONEY_CUE_COMPOUND_NEXT = regex(r"[ \t]+(?P<word>[a-z]{3,})\b(?![-'’])")
# A fact box's label opening the line a sum starts: "Debt assumed: GBP 61m", "- Repair bill: about £2m";
# its head noun names what the sum is for (money.money_cues). Read with fullmatch on the line before the sum.
MONEY_CUE_LABEL = regex(
    r"[ \t]*(?:[-*\u2022][ \t]+)?(?P<label>[A-Z][a-z]{2,}(?:[ \t]+[a-z]{2,}){0,3})[ \t]*:[ \t]*"
    r"(?:(?:about|around|some|roughly|nearly|almost|over|under)[ \t]+)?"
)
# A noun right before an amount: "a contract worth $200 million", "revenue of $14 billion".
MONEY_CUE_BEFORE = regex(
    r"(?<!['’])\b(?P<word>[a-z]{3,})\s+(?:(?:is|was|are|were)\s+)?"
    r"(?:worth|valued\s+at|of|totall?ing|at)\s+$"
)
# What an amount includes, said right after it: "£36.4m with buyer's premium", "£4m ($5.1m) including
# fees", "£31m hammer", "£2m before tax" (money.basis_cue). Group with: the price with the fees; before:
# without them; pre/post: before or after tax. "Plus fees" is the price before them.
_FEES = r"(?:the\s+|a\s+)?(?:buyer(?:'s|’s|s'|s’|s)?\s+)?(?:premium|fees|commission|charges|vat)"
MONEY_BASIS_AFTER = regex(
    r"(?:\s*\([^()]{1,40}\))?,?\s+(?:(?P<with>(?:including|incl\.?|inclusive\s+of|with)\s+" + _FEES + r")"
    r"|(?P<before>(?:excluding|excl\.?|before|without|not\s+including|plus)\s+" + _FEES + r"|hammer\b)"
    r"|(?P<pre>before\s+tax|pre-tax)|(?P<post>after\s+tax))\b", re.IGNORECASE)
# ... or right before it, in its own clause: "a hammer price of £31m", "the hammer came down at £31m", "a
# pre-tax profit of £2m".
MONEY_BASIS_BEFORE = regex(r"\b(?:(?P<before>hammer)|(?P<pre>pre-tax|before-tax)|(?P<post>after-tax))\b"
                           r"(?:\s+[\w’']+){0,4}\s+$", re.IGNORECASE)
# What ends the clause an amount's basis is looked for in, before it.
MONEY_BASIS_STOP = regex(r"[.;:!?()\"“”]|,\s", re.IGNORECASE)
# People counted as anonymous sources, not a fact: "two people familiar with", "one person close to".
# A counted noun and the period it is counted in, right after a count: "54 strokes per minute", "120 beats a
# minute", "30 trains an hour" (numberclassify._count_rate_end): the rate keeps its noun and period. Not
# "12 players a week earlier" (a moment) nor "5 tickets a minute ago".
NUM_COUNT_RATE_AFTER = regex(r"\s+[a-z][a-z-]*\s+(?:per|a|an|each|every)\s+"
                             r"(?:second|minute|min|hour|day|night|week|fortnight|month|year)\b"
                             r"(?!\s+(?:earlier|later|ago|before|after|since|previously|beforehand|old|or)\b"
                             r"|\s+on(?:\s*[,.;]|\s+from\b|$))")
# A figure hyphenated onto its period ("a 60,000-a-year target", "its 500-per-day limit"): the rate an
# adjective makes of "60,000 a year", still a count; the hyphen does not join it to a word or code.
NUM_RATE_COMPOUND_AFTER = regex(r"-(?:a|an|per)-"
                                r"(?:second|minute|hour|day|night|week|fortnight|month|year)\b(?!-)")
# "had flown 23 times before", "was postponed three times": how often something happened, a count of
# occasions. Not a multiplier ("three times higher", "four times as many", "five times the size"), a
# product ("two times two") nor a rate ("three times a day").
NUM_TIMES_AFTER = regex(
    r"\s+times\b(?!\s+(?:more|less|fewer|higher|lower|bigger|larger|smaller|greater|faster|slower|longer|"
    r"shorter|as|the|that|than|what|over|a|an|per|each|every|its|their|his|her|our|this|[a-z]+er\b|\d|one|two|"
    r"three|four|five|six|seven|eight|nine|ten)\b)"
    r"(?![-\w])", re.IGNORECASE)
NUM_ATTRIBUTION_AFTER = regex(
    r"\s+(?:[\w-]+\s+){0,2}?(?:people|persons?|sources?|officials?|individuals?|insiders?|executives?)\s+"
    r"(?:familiar|close|knowledgeable|aware|briefed|speaking|with\s+(?:(?:direct|first-?hand)\s+)?knowledge|"
    r"who\s+(?:spoke|asked|requested|declined|insisted|was|were|are|is))\b",
    re.IGNORECASE,
)

# A speed unit written with a slash ("190km/h", "20m/s"), a power to weight ("6.2W/kg") or a flow of water
# ("178Ml/d") or a concentration ("62µg/m³", "5mg/l", a label's "5g/100ml", a sample's "12cfu/100ml"): not a
# path, so the URL check ignores it.
# A price per unit written with a slash ("$71.40/bbl", "€1.85/litre", "$3.20/MMBtu", "150p/litre") is no path
# either (money.unit_cue reads its unit).
NUM_SLASH_UNIT = regex(r"(?<=\d)(?:km\s?/\s?hr?|km\s?/\s?s(?:ec)?|m/s|(?-i:W/kg)|(?-i:ML|Ml|GL)/(?-i:d)"
                       r"|[pnµμum]g/(?:m³|m3|[md]?l)|(?:[µμum]?g|kcal|kj|cfu)/(?:100\s?)?(?:ml|dl|[µμu]l))"
                       r"(?![A-Za-z])"
                       r"|(?<=\d)p?/(?:" + PRICE_UNITS + r"|l|t"
                       r"|year|yr|month|mo|week|wk|day|night|hour|hr)(?![A-Za-z/])", re.IGNORECASE)
# A verb that brings a tally to the figure, the tally named between: "bring the number of infected farms
# confirmed this season to 27", "taking the total to 40", "raising the toll to 12", "pushes its tally of
# wins to nine". Group of ends right before what "the number of" counts, if named; no clause break between.
NUM_TALLY_TO = regex(
    r"\b(?:bring|brings|bringing|brought|take|takes|taking|took|taken|push|pushes|pushing|pushed"
    r"|rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|tak(?:e|es|ing)\s+up)"
    r"\s+(?:the|its|their|his|her|our|this\s+\w+[\'\u2019]s|[A-Z]\w+[\'\u2019]s)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:number|total|tally|toll|count)"
    r"(?P<of>\s+of)?(?:\s+[a-z\'\u2019-]+){0,8}?"
    r"\s+to\s+(?:(?:at\s+least|more\s+than|nearly|about|some|over|almost|around)\s+)?$", re.IGNORECASE)
# A verb that moves its object to a new level, the object named between: "slashes the council's working
# majority to 12", "cut the club's squad to 22", "reduces its fleet to 40". Group word is the object's head
# noun, right before "to" (or before a short "in <place>"); no clause break between.
NUM_OBJECT_TO = regex(
    r"\b(?:cut|cuts|cutting|slash(?:es|ed|ing)?|reduc(?:e|es|ed|ing)|trim(?:s|med|ming)?|shrink(?:s|ing)?"
    r"|shrank|lower(?:s|ed|ing)?|boost(?:s|ed|ing)?|increas(?:e|es|ed|ing)|swell(?:s|ed|ing)?)"
    r"\s+(?:the|its|their|his|her|our|[A-Z]\w+[\'\u2019]s)\s+(?:[a-z]+[\'\u2019]s\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?P<word>[a-z][a-z-]{2,})(?:\s+in\s+[a-z]+)?\s+to\s+"
    r"(?:(?:at\s+least|just|only|about|some|around|nearly|almost)\s+)?$")
# A head noun and "of" right before a figure that has no noun after it: "a workforce of 2,300",
# "a death toll of at least 12"; group word is the head noun.
# An index named by its acronym before "of" and a figure: "an AQI of 212", "a PMI of 48", "a BMI of 31".
# Capitals ending in I (for index), two to four letters, and nothing after the figure but the phrase's end.
NUM_INDEX_OF = regex(r"\b(?P<word>[A-Z]{1,3}I)\s+(?:reading\s+|score\s+)?of\s+$")
# The same acronym as a level verb's subject, right before the verb NUM_HEAD_VERB found ("the AQI stood
# at 212", "AQI has climbed to 212"): that pattern's noun is in lower case and leaves the acronym out.
NUM_INDEX_BEFORE_VERB = regex(r"\b[A-Z]{1,3}I\s+(?:(?:has|have|had|is|was)\s+(?:been\s+)?)?$")
NUM_HEAD_OF = regex(r"\b(?P<word>[a-z][a-z-]{2,})\s+of\s+$")
# A plural noun "among the" (or "one of the") a figure with no noun of its own: "all 14 town schools were
# among the 312 closed", "the two wards are among the 40 affected"; group word is what the figure counts.
NUM_AMONG_THE = regex(
    r"\b(?P<word>[a-z][a-z-]{2,}s)\s+(?:(?:were|are|was|is)\s+)?(?:among|one\s+of)\s+the\s+$")
# A singular noun set in apposition with "one of" a figure that has no noun of its own: "The shelter at
# the leisure centre, one of two opened on Tuesday", "a ward, one of 40 affected"; word is what it counts.
# The noun follows a determiner, and only a short phrase with no clause break stands before the comma.
NUM_ONE_OF_APPOSED = regex(
    r"\b(?i:the|a|an)\s+(?P<word>[a-z][a-z-]{2,})\b[^,.;:!?\"“”()\n]{0,60},\s+one\s+of\s+$")
# A subject named with its determiner that "is one of" a figure with no noun of its own: "The Saker is one
# of only three of the type still flying", "the mill was one of just two left in the county"; word is what
# the figure counts (the subject's own noun, a model's name too), as another outlet's "one of three
# airworthy Sakers" names it. Only a copula between, so the subject is the thing one of the group.
NUM_ONE_OF_SUBJECT = regex(
    r"\b(?i:the|a|an|this|that|its)\s+(?P<word>[A-Za-z][a-z-]{2,})\s+(?:is|was|remains|remained|became"
    r"|will\s+be|has\s+been|had\s+been)\s+one\s+of\s+(?:only\s+|just\s+|a\s+mere\s+)?$")
# A verb of change or level before a figure: "the toll rose to 12", "its staff has grown to 2,600",
# "the count stood at 45", "numbers reached 3,000", "was revised up to 61", "the gauge more than doubled to
# 48.3" (a multiple says how far, "to" the new level, as "rose to" does); group word is the noun before the
# verb, if any.
NUM_HEAD_VERB = regex(
    r"(?:\b(?P<word>[A-Za-z][a-z-]+)\s+(?:(?:has|have|had|is|was|are|were|had\s+been|has\s+been|have\s+been)\s+)?"
    r"(?:(?:more\s+than|nearly|almost|roughly|about|over)\s+(?=(?:doubled|tripled|trebled|quadrupled|halved)\b))?)?"
    r"(?:(?:rose|risen|rise[sn]?|fell|fallen|falls?|climbed|climbs?|increased|increases?|decreased|dropped|"
    r"drops?|jumped|jumps?|grew|grown|grows?|soared|slipped|declined|dipped|surged|swelled|shrank|shrunk|"
    r"doubled|tripled|trebled|quadrupled|halved|"
    r"cut|reduced|raised|lowered|revised|edged\s+up|edged\s+down)(?:\s+(?:up|down)(?:wards?)?)?\s+to"
    r"|(?:stood|stands|stand|put\s+it|estimated|put)\s+at"
    r"|reached|reaches|hit|topped|totall?ed|totals|numbered)\s+$"
)
# A count of people named by the relative clause after it: "72% of the 118 who responded", "the 300 who
# applied". "the" right before the figure, "who" right after; the clause's verb (an auxiliary may lead it)
# says whom it counts (numbercontext._relative_count).
NUM_RELATIVE_BEFORE = regex(r"\bthe\s+$", re.IGNORECASE)
NUM_RELATIVE_AFTER = regex(r"\s+who\s+(?:(?:had\s+been|have\s+been|had|have|has|were|was|are|is|did)\s+)?"
                           r"(?P<verb>[a-z]{3,})\b")
# A figure as a clause's subject: sentence start, or after "and", "but", "while", a comma or a semicolon,
# or a conjunction that opens a clause of its own ("after five were brought out", "when 30 fell ill"), or
# the rest of a whole named before ("the other two are Kambaran citizens", "the remaining six were freed"), or
# a part of it picked out by its place ("the first 40 were checked", "the last two were found on Friday"), or
# a part of a fleet or stock after "of which" ("90 trams, of which 14 are damaged").
NUM_SUBJECT_BEFORE = regex(r"(?:^|[.;:,—–(]|\b(?:and|but|while|whereas|of\s+whom|of\s+which|of\s+them"
                           r"|the\s+other|the\s+remaining|the\s+first|the\s+last|the\s+final"
                           r"|after|before|when|once|because|although|though))\s*$",
                                re.IGNORECASE)
# A verb right after a subject figure: "93 were admitted", "seven died", "three remain missing";
# group word is the participle or verb that says what the figure counts, or the noun after a form of "be"
# ("two were children"), with up to two capitalized words before it ("three are Sarendi nationals",
# "two were Red Cross volunteers").
# "148 have already been given a new date", "five will be released": an adverb or two and "been" may
# stand between the auxiliary and the participle; a past tense in -ed alone ("40 returned home") is a verb.
# A passive told as under way ("two were being treated", "four are still being held") has "being" before
# its participle: the participle, not "being", says what the figure counts. A participle may carry a
# hyphened prefix ("60 have been re-provided", "three were co-opted"): the whole word is the cue.
_N_SUBJECT_ADVERB = r"(?:\s+(?:still|also|later|now|reportedly|all|since|then|already|so\s+far|not|yet))"
# A partitive pronoun right after a subject figure, with the participle that picks the whole out ("nine of
# those rescued were crew", "58 of those counted were women"): it names no noun of its own, so
# NUM_SUBJECT_VERB is read after it. Without a participle ("Four of them are teenagers") the figure is a
# part of the count before it, which the part readers take (numbercontext), or counts nothing.
NUM_SUBJECT_PARTITIVE = regex(
    r"\s+of\s+(?:them|those|these)\s+(?:[a-z]{2,}ed|found|seen|held|hurt|taken|caught|shot|known)"
    r"(?=\s+(?:were|was|are|is|remain|remained|have|had|has|will|would))", re.IGNORECASE)
NUM_SUBJECT_VERB = regex(
    r"\s+(?:(?:(?:were|was|are|is|remain|remained|remains)"
    r"|(?:have|had|has)" + _N_SUBJECT_ADVERB + r"{0,2}\s+been"
    r"|(?:will|would|could|may|might|should|must|can)\s+(?:not\s+)?be)"
    + _N_SUBJECT_ADVERB + r"{0,2}(?:\s+being)?\s+(?:[A-Z][a-z]+\s+){0,2}"
    r"(?P<part>(?:(?:re|co|pre|de|un|mis|over|under)-)?[a-z]{3,})"
    r"|(?P<verb>died|drowned|perished)"
    r"|(?P<past>(?:[a-z]{2,}ed|came|went|fled|left|ran|swam|got|fell|flew|drove|rode|sank|stood|spent|kept"
    r"|held|won|lost|took|made|broke|fought|sat|slept|woke|wrote|chose|grew|gave|met|paid|sold|bought|found"
    r"|began|brought|caught|led|sent|struck|threw|told|became|ate|drank|saw|knew)(?=\s+[a-z]|[.,;]|$)))\b"
)
# Where a subject figure's clause places it, when no participle follows its "be": "12 were still on board",
# "65 remain with the firm", "171 were still in post". Group place is the noun that ends the phrase, so
# "two were in a critical condition, in hospital" is left to its role words (numbernouns._placed_cue).
NUM_SUBJECT_PLACE = regex(
    r"\s+(?:were|was|are|is|remain|remained|remains)" + _N_SUBJECT_ADVERB + r"{0,2}\s+(?:in|on|with|aboard)"
    r"\s+(?:(?:the|a|an|their|its)\s+)?(?P<place>[a-z]{3,})(?=\s*[.,;]|\s+(?:in|on|at|by|after|when|and)\b|\s*$)"
)
# The figure right after a fact-box label, perhaps with a currency: "41", "$4.5m", "US$4.5m", "800GB".
NUM_BOX_FIGURE = regex(r"(?:US\$|[$€£¥])?\d")
# What may follow a figure that ends a noun phrase: punctuation, the end, or a function word.
NUM_PHRASE_END = regex(r"\s*(?:$|[.,;:!?)\]\"”’'—–]|-\s|\s(?P<word>[A-Za-z]+)\b)")

# ---------------------------------------------------------------------------
# times and dates (times.py, dates.py)
# ---------------------------------------------------------------------------
# <times-dates>
# Pieces shared by several patterns below (plain strings, not compiled).
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
# A clause about an earlier event of the story's kind, up to a count's start: "the first fatal avalanche since
# January 2019, when two skiers were killed", "in 2015, when 40 people died", "six years ago, when ...". Its
# toll is that event's, not the story's (extract/roles.py: PAST); searched on the text before the count.
NUM_ROLE_PAST_WHEN = regex(
    rf"\b(?:(?:in|since|of)\s+(?:(?:early|late|mid-?)\s*)?(?:{_MONTH_FULL}\s+)?(?:1[89]|20)\d{{2}}"
    r"|(?:\w+|\d+)\s+(?:years?|decades?)\s+(?:ago|earlier|before))"
    r",?\s+when\b[^.;!?]*$",
    re.IGNORECASE)
# A fact-box or table line's label, from the line's start (after a list bullet) to the separator right
# before its figure: "Ambulances diverted on day one: 41", "- Deaths: 12", "Injured — 41", "Arrests\t5".
# Words of letters, and a day of the month before its month ("Doses given since 9 November: 2,150");
# other digits make it a date, a time or a name ("Opened in 1987: 41"); group label; read by
# extract/labels.py.
NUM_BOX_LABEL = regex(
    rf"[ \t]*(?:[-*•▪·–—]\s+)?(?P<label>[A-Za-z][A-Za-z'’]*"
    rf"(?:[ -](?:[A-Za-z'’]+|\d{{1,2}}(?=\s{_MONTH}\b))){{0,7}})"
    r"\s*(?::|\s[—–-]|\t)\s*")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|2[01]\d\d)"
# What joins the two days of one month's range: "4-19", "4 – 19", "4 to 19" ("and" is left out: "on 4 and
# 19 March" is two days as often as a range).
_DAY_TO = r"(?:\s?[-–]\s?|\s+(?:to|until|till|through)\s+)"
_ZONE = (
    r"(?:(?:Eastern|Pacific)(?:\s+(?:Standard|Daylight))?(?:\s+[Tt]ime)?"
    r"|(?:Central|Mountain)(?:\s+(?:Standard|Daylight))?\s+[Tt]ime"
    # Canada's and Alaska's clocks written out: "1:17 a.m. Atlantic time", "Newfoundland Standard Time".
    r"|(?:Atlantic|Newfoundland|Alaska)(?:\s+(?:Standard|Daylight))?\s+[Tt]ime"
    r"|British\s+Summer\s+Time|Central\s+European(?:\s+Summer)?\s+Time|UK\s+time|local\s+time"
    r"|UTC|GMT|Zulu|[ECMP][SD]?T|BST|CES?T|EES?T|WES?T|IST|JST|KST|HKT|SGT|AE[SD]T|AWST|NZ[SD]T|MSK|Z"
    # A place's clock, "11:50 New York time", "09:30 Tokyo time": one or two capitalized words (never a
    # weekday or month: "Friday time" is no zone) and a lower-case "time", even in IGNORECASE patterns.
    rf"|(?-i:(?!{_WEEKDAY}\b|{_MONTH_FULL}\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+time))"
)
_AMPM = r"(?:[ap]\.?\s?m\b\.?)"

# The hour of a 12-hour clock, 1-12 or 01-09, not after a digit, colon, point, comma or currency sign: the
# plain form (?<![\d:.,$£€])(?P<hour>1[0-2]|0?[1-9]) with each alternative opening with its digit and the
# lookbehind after it (widened over it), in the plain form's order. A pattern opening with a lookbehind is
# tried at every character; this one lets the engine skip to the digits (the whole-article scan of
# times.keeps_24h 5x faster over the seeds; tests/test_pattern_rewrites.py holds the two equal).
_NOT_AFTER_HOUR = r"[\d:.,$£€]"
_HOUR_12 = "|".join((rf"1(?<!{_NOT_AFTER_HOUR}1)[0-2]", rf"0(?<!{_NOT_AFTER_HOUR}0)[1-9]",
                     *(rf"{d}(?<!{_NOT_AFTER_HOUR}{d})" for d in "123456789")))
# A 12-hour clock: "5:01 p.m.", "5:01p.m.", "5.01pm", "10 a.m.", "10am", "12 noon"; group ap carries a/p.
# The closing point belongs to the clock only when "a.m." is dotted: in "just after 4am." it ends the
# sentence, and a clock read as "4am." is not found in another reader's "just after 4am".
TIME_12H = regex(
    rf"(?P<hour>{_HOUR_12})(?:[:.](?P<minute>[0-5]\d))?\s?(?P<ap>[ap])(?:\.\s?m\b\.?|\s?m\b)"
    rf"(?:\s+(?P<zone>{_ZONE})\b)?",
    re.IGNORECASE,
)
# A 24-hour clock with a colon: "17:01", "22:01 GMT", "09:30 CET"; not part of "12:30:45" or "3:2", unless a
# zone follows the seconds: "second contact at 10:52:08 UTC", "the quake struck at 03:17:42 GMT" is a clock
# to the second (read to the minute), while a bare "2:03:45" is a race or a film's running time.
# The hour is the plain (?<![\d:.,$£€])(?P<hour>[01]?\d|2[0-3]) read from its first digit, so the engine skips
# to digits: a digit not after _NOT_AFTER_HOUR, then a second digit after 0/1 or 0-3 after 2. A one-digit
# and a two-digit hour never both reach the colon, so the order they are tried in changes nothing
# (tests/test_pattern_rewrites2.py holds the two forms equal).
TIME_24H_COLON = regex(
    rf"(?P<hour>\d(?<!{_NOT_AFTER_HOUR}\d)(?:(?<=[01])\d|(?<=2)[0-3])?):(?P<minute>[0-5]\d)"
    rf"(?::[0-5]\d(?=\s?{_ZONE}\b))?(?![\d:])(?:\s?(?P<zone>{_ZONE})\b)?"
)
# What follows a live blog entry's opening stamp: the markup closing it ("**11:42**"), maybe a dash or
# colon, then the entry's first word, capitalized ("11:42 Thirteen years.", "11:42 - The judge ...").
# After a dash or colon the entry may go on in lower case, as timelines do ("07:31 – first wave arrives").
ENTRY_TEXT_AFTER = regex(r"\**[ \t]*(?:[-–—:|][ \t]*[\"“'‘]?[A-Za-z]|[\"“'‘]?[A-Z])")
# The half of the day right after a 12-hour clock written without a.m./p.m. ("since 4:12 this morning",
# "at 3:15 in the afternoon"): it says which of the two the clock is (extract/times.py).
TIME_HALF_OF_DAY_AFTER = regex(r"\s+(?:this|in\s+the)\s+(?P<part>morning|afternoon|evening)\b", re.IGNORECASE)
# The word right before a clock time that makes it one ("talks at 10:00", "from 9:30", "until 11:00"),
# searched in the few characters before it (extract/times.py, for articles that keep the 24-hour clock).
# The other end of a clock range ("10:00-18:00", "10:00 to 18:00", "between 10:00 and 18:00"): an hour that
# cannot be a 12-hour one puts the range, and so its other end, on the 24-hour clock (times._ranged_24h).
TIME_RANGE_END_AFTER = regex(
    r"\s*(?:-|\u2013|\u2014|\s(?:to|until|till|and)\s)\s*(?P<hour>\d{1,2}):[0-5]\d(?![\d:])", re.IGNORECASE)
TIME_RANGE_START_BEFORE = regex(
    r"(?<![\d:])(?P<hour>\d{1,2}):[0-5]\d\s*(?:-|\u2013|\u2014|\s(?:to|until|till|and)\s)\s*$", re.IGNORECASE)
TIME_PREPOSITION_BEFORE = regex(
    r"\b(?:at|from|until|till|to|by|before|after|since|around|about|between|and)\s+$", re.IGNORECASE)
# A clock named as the time of an event ("the 10:30 start", "the 19:45 kick-off", "the 07:12 train"): the
# article's own word for that event's time, read like "at 10:30" in an article that keeps the 24-hour clock.
TIME_THE_BEFORE = regex(r"\bthe\s+$", re.IGNORECASE)
TIME_EVENT_NOUN_AFTER = regex(
    r"\s+(?:start|kick-?off|deadline|meeting|session|sitting|briefing|hearing|departure|train|flight|"
    r"service|bulletin|opening|launch|showing|performance|curfew)s?\b", re.IGNORECASE)
# The event a bare clock is the time of, named right before its "at": "a press briefing at 11:30", "the
# hearing at 9:45". Such a clock is a time of day even with no a.m./p.m. (times._clock_matches: halves).
TIME_EVENT_NOUN_AT = regex(
    r"\b(?:briefing|conference|meeting|session|sitting|hearing|ceremony|vigil|rally|funeral|speech|"
    r"statement|announcement|address)\s+at\s+$", re.IGNORECASE)
# A 24-hour clock with a dot ("17.01 GMT", "14.00 hrs"): only with a zone or "hrs", so 3.5 stays a number.
TIME_24H_DOT = regex(
    rf"(?<![\d:.,$£€])(?P<hour>[01]?\d|2[0-3])\.(?P<minute>[0-5]\d)(?!\d)"
    rf"\s?(?:(?P<zone>{_ZONE})\b|(?:hrs|hours|h)\b)"
)
# A British dotted 12-hour clock with its half of the day written after it ("at 2.30 this afternoon",
# "from 9.15 in the morning"): the phrase is its a.m./p.m., and the time preposition before it (checked in
# extract/times.py) keeps a figure ("fell 3.45 this morning") a number.
TIME_DOT_HALF_OF_DAY = regex(
    r"(?<![\d:.,$£€])(?P<hour>1[0-2]|0?[1-9])\.(?P<minute>[0-5]\d)(?!\d)"
    r"(?P<zone>)(?=\s+(?:this|in\s+the)\s+(?:morning|afternoon|evening)\b)",  # no zone: read as local
    re.IGNORECASE,
)
# Military style "1700 GMT" / "2201 UTC": four digits only when a zone follows, or "local time" (a wire's
# "at 0340 local time": no year or count is followed by it), or when the hour's leading zero follows "at"
# ("evacuated at 0115, when"): no year, count or amount is written 0115, and "at" sets a clock.
TIME_4DIGIT = regex(r"(?<![\d:.,$£€])(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)"
                    r"(?:\s?(?P<zone>GMT|UTC|local\s+time)\b|(?<=\b[Aa]t\s0\d\d\d)(?![\d,.]\d|\s?%))")
# Clock words: "noon", "midnight" (optionally "12 noon"); "noon" inside "afternoon" is excluded by \b.
# "At midday" and "12 midday" are noon too (a salute fired "at midday", "at noon", "at 12:00"), and so is
# "until midday", the end of a span ("they have until midday on Friday to leave": a deadline another outlet
# writes "by noon" or "12:00 CET"); a bare or hedged "midday" ("around midday", "by midday") stays the part
# of day PART_OF_DAY reads.
TIME_WORD = regex(rf"\b(?:12\s+)?(?P<word>[Nn]oon|[Mm]idnight|"
                  rf"(?:(?<=[Aa]t\s|12\s)|(?<=[Uu]ntil\s))[Mm]idday)\b"
                  rf"(?:\s+(?P<zone>{_ZONE})\b)?")
# Minutes counted from a clock word: "one minute past midnight", "a minute past midnight", "a quarter
# to noon", "half past midnight", "ten minutes before midnight". Only noon and midnight: "ten past six"
# has no a.m./p.m. ("a minute" and "an minute" read as one; times._minute_count).
_CLOCK_MINUTES = (r"(?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                  r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|"
                  r"five|six|seven|eight|nine))?|thirty|forty|forty[- ]five|fifty)")
TIME_WORD_OFFSET = regex(
    rf"\b(?:(?P<quarter>(?:a\s+)?quarter)|(?P<half>half)|(?P<count>{_CLOCK_MINUTES})\s+minutes?)"
    rf"\s+(?P<dir>past|after|to|before)\s+(?P<word>noon|midnight)\b(?:\s+(?P<zone>{_ZONE})\b)?",
    re.IGNORECASE)
# A clock told in words with its half of day after it: "half past eleven in the morning", "a quarter to
# nine in the evening", "ten o'clock this morning", "twenty past seven at night". Without the half of day
# ("ten past six") it has no a.m./p.m. and is left unread; a count of minutes without "minutes" is read only
# for the five-minute steps a clock is told in ("five past", "twenty-five to"), so "from one to two in the
# afternoon" is no clock.
_HOUR_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
TIME_WORD_HOUR = regex(
    rf"\b(?:(?:(?P<quarter>(?:a\s+)?quarter)|(?P<half>half)|(?P<count>{_CLOCK_MINUTES})\s+minutes?"
    r"|(?P<step>five|ten|twenty|twenty[- ]five))\s+(?P<dir>past|after|to)\s+"
    rf"(?P<hour>{_HOUR_WORDS})|(?P<oclock>{_HOUR_WORDS})\s+o['’]clock)"
    r"\s+(?:(?:this|in\s+the)\s+(?P<part>morning|afternoon|evening)|at\s+(?P<night>night))\b"
    rf"(?:\s+(?P<zone>{_ZONE})\b)?",
    re.IGNORECASE)
# The same clock with no half of day, set "at" its moment and closing its clause: "reached the shore at a
# quarter to five.", "left at ten past six, police said". A 12-hour writer's clock, read with its half of
# day unknown (ClockTime.halves) as "on Monday at 11:50" is. Only after "at" and before the clause's end, so
# that "ten to one" (odds) and "from five to ten" (a range) stay unread.
TIME_WORD_HOUR_BARE = regex(
    r"(?<=\bat\s)(?:(?P<quarter>(?:a\s+)?quarter)|(?P<half>half)|(?P<step>five|ten|twenty|twenty[- ]five))"
    rf"\s+(?P<dir>past|after|to)\s+(?P<hour>{_HOUR_WORDS})(?:\s+(?P<zone>{_ZONE})\b)?(?=\s*(?:[.,;:!?)]|$))",
    re.IGNORECASE)
# Betting words before such a clock make it a price: "the odds stood at ten to one", "priced at five to two".
TIME_WORD_ODDS_BEFORE = regex(
    r"\b(?:odds|bet|bets|betting|priced|price|prices|chances?|bookmakers?|bookies)\b", re.IGNORECASE)
# A live blog's or a timeline's note of the zone every bare clock in it keeps: "All times GMT", "All
# times local (CET)", "All times Paris time (CET)", "All times Mountain (MST)" (the zone's name, then its
# abbreviation in brackets). The zone word is checked against the zone table.
TIMES_DECLARED = regex(
    r"\ball\s+times\s+(?:are\s+)?(?P<local>(?:[A-Z][\w'-]*\s+){1,2}time\s+|local\s+(?:time\s+)?)?"
    r"(?:(?-i:[A-Z][a-z]+)\s+(?=\())?\(?(?P<zone>(?-i:[A-Z]{2,5}))\)?(?![A-Za-z])",
    re.IGNORECASE,
)
# A parenthesised second clock right after a time: " (22:01 GMT)", " (1701 GMT)", " (10 p.m. BST)".
# The day a wire sets a clock and its conversion on, either side of the parenthesis: "6 a.m. local time
# on Tuesday (2100 GMT on Monday)", "21:47 UTC on 16 November (06:47 local time on 17 November)".
_CLOCK_DAY = (rf"(?:,?\s+(?:on\s+)?(?:{_WEEKDAY}|today|yesterday|tomorrow"
              rf"|\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})"
              rf"(?:,?\s+(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}))?)?")
TIME_PAREN = regex(
    rf"{_CLOCK_DAY}\s*\(\s*(?P<hour>[01]?\d|2[0-3])(?:[:.]?(?P<minute>[0-5]\d))?\s?(?P<ap>[ap]\.?\s?m\b\.?)?"
    rf"\s?(?P<zone>{_ZONE}){_CLOCK_DAY}\s*\)",
    re.IGNORECASE,
)
# Canonical clock text read back: "17:01", "22:01Z", "17:01 America/New_York = 22:01Z" (utc "?" if unknown).
TIME_CANONICAL = regex(
    r"^(?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?:(?P<z>Z)|\s+(?P<zone>[A-Za-z_]+(?:/[A-Za-z_+\-0-9]+)*)"
    r"\s*=\s*(?:(?P<uh>[01]\d|2[0-3]):(?P<um>[0-5]\d)Z|\?))?$"
)
# "Overnight" before a noun of lodging or visiting names a kind of visit, not a night: "6 million overnight
# visitors", "overnight stays rose 4%", "an overnight guest" count or describe stays over any nights, where
# "after overnight rain" and "the overnight minimum" do name the night before (kept).
_OVERNIGHT_KIND = (r"(?!\s+(?:stays?|visitors?|visits?|guests?|tourists?|trips?|accommodation|lodgings?)"
                   r"(?![\w'’-]))")
# A part of day: "Friday evening", "late Tuesday", "early Thursday morning", "this afternoon", "last night",
# "tonight", "overnight"; group day is the weekday/today word, part the period, edge early/late.
# The lookahead names every letter a match can open with (edge, day or alone): the engine tries the
# rest of the pattern only there, not at every word start (perf41: a third of the time, the same matches).
PART_OF_DAY = regex(
    rf"\b(?=[EeLlMmTtWFSYyOo])(?:(?P<edge>[Ll]ate|[Ee]arly)\s+(?:on\s+)?)?"
    rf"(?:(?P<day>{_WEEKDAY}|[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]his|[Ll]ast)"
    rf"(?:\s+(?P<part>morning|afternoon|evening|night|overnight))?"
    rf"|(?P<alone>[Tt]onight|[Oo]vernight{_OVERNIGHT_KIND}|(?<![Aa]t\s)(?<!12\s)[Mm]idday))\b"
)
# A part of day named without a day word: "early afternoon", "late evening", "mid-morning", "late at night",
# "in the early hours", "at dawn", "before first light", "by nightfall"; "an early night" is an idiom, and
# dawn/dusk need a preposition ("the dawn of a new era"). Groups: edge+part, late (at night), hours, light.
PART_EDGE = regex(
    r"\b(?:(?P<edge>[Ee]arly|[Ll]ate|[Mm]id)(?:-|\s+|(?<=[Mm]id))(?P<part>morning|afternoon|evening)"
    r"|(?P<late>[Ll]ate)(?:-|\s+)night|(?P<lateat>[Ll]ate)\s+at\s+night"
    r"|(?P<hours>(?:early|small|wee)\s+hours)"
    r"|(?:[Aa]t|[Bb]efore|[Aa]fter|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Ss]ince|[Aa]round|[Nn]ear|[Tt]owards?)\s+"
    r"(?P<light>dawn|daybreak|first\s+light|dusk|nightfall))\b"
)
# Canonical part of day read back: "2026-02-27 evening", "evening", "2026-11-19 early afternoon".
PART_CANONICAL = regex(r"^(?:(?P<day>\d{4}-\d\d-\d\d)\s+)?(?P<part>[a-z]+(?:[ -][a-z]+)?)$")

# ISO dates and canonical ranges: "2026-02-26", "2026-02-23..2026-02-27".
DATE_ISO = regex(r"(?<![\d-])(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
                      r"(?:\.\.(?P<y2>\d{4})-(?P<m2>0[1-9]|1[0-2])-(?P<d2>0[1-9]|[12]\d|3[01]))?(?![\d-])")
# What after "Month D to N" makes N a count, not the range's last day: a plural noun or a unit ("sentenced on
# March 3 to 12 years", "pleaded guilty on August 3 to 11 counts", "cut on May 2 to 4 per cent"); a range
# goes on with a comma, a year, "in", "this"... Short words ending in s that are no nouns are left out.
_NOT_A_COUNT_AFTER = (r"(?!\s+(?:(?!(?:this|is|was|as|has|his|its|across|plus|always|perhaps|thus)\b)"
                      r"[a-z][a-z'’-]*[a-z]s|year|month|week|day|hour|minute|per|percent)\b|\s*%)")
# What joins the years and the months of one term: "eight years and six months", "two years, four months".
YEARS_MONTHS_JOIN = regex(r",?\s+(?:and\s+)?|,\s*")
# What joins the weeks and the days, or the days and the hours, of one duration: only "and" ("a week and two
# days"); a comma there more often starts a clause ("for a week, two days after the fire").
TERM_AND_JOIN = regex(r"\s+and\s+")
# A year named relative to the article's own right after a day of a month: "1 March next year", "on June 3
# this year" (group relyear); one date, not a day and a separate year that agrees with any other day of it.
# Never across a comma or before a possessive ("on 1 March, next year's budget"). A bare month with such a
# year is DATE_MONTH_REL_YEAR.
_REL_YEAR = r"(?:\s+(?P<relyear>[Nn]ext|[Tt]his|[Ll]ast)\s+year\b(?!['’]s\b))"
# US style: "Jan. 23, 2025", "February 26", "Thursday, Feb. 26, 2026", "February 26-27, 2026",
# "March 1 next year".
# A range may also open with "between" and join its days with "and" ("between June 9 and 11",
# "between 9 and 11 June 2027"): without it, "9 and" was left out and the range read as its last day
# alone. "and" joins days only after "between": "on 9 and 11 June" is two days, not three.
_BETWEEN_AND = r"(?(btw)\s+and\s+|(?!))"
DATE_MDY = regex(
    rf"\b(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:(?P<btw>[Bb]etween\s+)(?={_MONTH}\s+{_DAY}\s+and\s+{_DAY}\b))?"
    rf"(?P<month>{_MONTH})\s+(?P<day>{_DAY})"
    rf"(?:(?:{_DAY_TO}|{_BETWEEN_AND})(?P<day2>{_DAY})\b{_NOT_A_COUNT_AFTER})?\b"
    rf"(?:,?\s+(?P<year>{_YEAR})\b|{_REL_YEAR})?(?![-–:.]?\d)"
)
# UK style: "23 January 2025", "Thursday 26 February", "26th Feb 2026", "26-27 February",
# "1 March next year".
DATE_DMY = regex(
    rf"\b(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:(?P<btw>[Bb]etween\s+)(?=(?:the\s+)?{_DAY}\s+and\s+{_DAY}\s+(?:of\s+)?"
    rf"{_MONTH}))?(?:the\s+)?(?<![\d.,$£€:])(?P<day>{_DAY})(?:(?:{_DAY_TO}|{_BETWEEN_AND})(?P<day2>{_DAY}))?\s+(?:of\s+)?"
    rf"(?P<month>{_MONTH})(?:,?\s+(?P<year>{_YEAR})|{_REL_YEAR})?\b"
)
# A day of a month spelled as an ordinal word: "the first of April", "the twenty-first of June 2027". The
# article and "of" are required, so "the first of three hearings" or "a second April" stay out. Groups day2,
# wd, btw never match: they keep DATE_DMY's groups so one resolver reads both. Never before a possessive
# ("the first of May's ...").
_DAY_WORD = (r"(?:(?:twenty|thirty)[\s-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
             r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
             r"|nineteenth|twentieth|thirtieth")
DATE_DMY_WORDS = regex(
    rf"\b[Tt]he\s+(?P<day>{_DAY_WORD})\s+of\s+(?P<month>{_MONTH_FULL})(?P<day2>(?!))?(?P<wd>(?!))?(?P<btw>(?!))?"
    rf"(?:,?\s+(?P<year>{_YEAR})|{_REL_YEAR})?\b(?!['’]s\b)"
)
# A numeric date: "11/28/2026", "28/11/26", "28.11.2026" (dotted only with a four-digit year, so version
# numbers "2.10.14" stay out). Three parts only: fractions and scores ("3/4", "3/1") have two. Neither side
# may touch a word, a slash, a dot, a dash or a digit, which keeps out URL paths, lot codes ("L11/28/26A"),
# phone numbers and dotted version strings. Groups a, b (first two parts, order decided in dates.py), year.
# The first digit comes before the lookbehind (which then spans it: the same condition on the character
# before), so the engine skips to digits instead of trying the lookbehind at every character of an article.
DATE_NUMERIC = regex(
    r"(?P<a>\d(?<![\w/.\-:$£€#]\d)\d?)(?:/(?P<b>\d{1,2})/(?P<y2>\d{2}|(?:19|20)\d\d)"
    r"|\.(?P<bd>\d{1,2})\.(?P<y4>(?:19|20)\d\d))(?![\w/]|-\w|[.:,]\d)"
)
# A US time zone, which tells that an article writes numeric dates month first: "EST", "Pacific time",
# and the short "ET"/"CT"/"PT"/"MT" only right after a clock ("1 p.m. ET"; alone they are other words).
US_ZONE = regex(
    r"\b(?:[ECMP][SD]T|(?:Eastern|Central|Mountain|Pacific)\s+(?:(?:Standard|Daylight)\s+)?[Tt]ime)\b"
    r"|(?:\d|[ap]\.?m\.?)\s*[ECMP]T\b"
)
# What just before a numeric date makes it a code, not a date: "lot 11/28/26", "batch no. 12.05.2026".
DATE_NUMERIC_CODE_BEFORE = regex(
    r"\b(?:lot|batch|code|serial|model|part|ref|item|version|v|no|number|#)s?\.?\s*(?:no\.?\s*|number\s*)?"
    r"[:#]?\s*$",
    re.IGNORECASE,
)
# The dated end of a range whose start has no year, read right after the start: " to 19 March 2026",
# " and March 19, 2026", "–May 2026" (the start takes its year: "From 4 March to 19 March 2026").
# The end's year may be relative, as one day's is ("between January 16 and May 22 next year"): the
# range's one year is written once, at its end, either way.
# Groups day+month (UK order), month2(+day2) (US order or a bare month), year or relyear.
DATE_RANGE_END = regex(
    rf"\s*(?:[-–—]|to\b|until\b|till\b|through\b|thru\b|and\b)\s*(?:the\s+)?"
    rf"(?:(?P<day>{_DAY})\s+(?:of\s+)?(?P<month>{_MONTH})|(?P<month2>{_MONTH})(?:\s+(?P<day2>{_DAY})(?!\d))?)"
    rf",?\s+(?P<year>{_YEAR})\b"
)
# A month and year: "July 2025", "January, 2026", "Sept. 2024".
DATE_MONTH_YEAR = regex(rf"\b(?=[JFMASOND])(?P<month>{_MONTH})\.?,?\s+(?P<year>{_YEAR})\b")
# The date preposition right before "May" or "March" that makes the word a month ("in May last year",
# "since March of next year"), searched in the few characters before it (datecalendar._month_rel_year).
DATE_PREPOSITION_BEFORE = regex(
    r"\b(?:in|on|since|until|by|from|during|before|after|to|early|late|mid|of)[\s-]+$", re.IGNORECASE)
# The year words ending a month's mention ("April last year"), for the year key it shares (align/features).
DATE_IN_RELATIVE_YEAR = regex(r"\b(?:last|this|next)\s+year$")
# A bare month name; the extractor keeps "May"/"March" only after a date preposition (they are also words),
# or after "the end of", "the start of" ("by the end of March": the month is the date a source gives).
DATE_MONTH = regex(
    r"\b(?P<lead>(?:[Ii]n|[Oo]n|[Ss]ince|[Ll]ast|[Nn]ext|[Tt]his|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id-?"
    rf"|[Tt]hrough|[Dd]uring|[Bb]efore|[Aa]fter|(?:[Tt]he\s+)?(?:[Ee]nd|[Ss]tart|[Bb]eginning|[Mm]iddle)\s+of)\s+)?"
    rf"(?P<month>{_MONTH_FULL})\b(?!\s+\d)"
)
# A holiday that falls on one day of the calendar every year ("from New Year's Day", "on Christmas Eve",
# "the Boxing Day sales"): the writer names that day as surely as "1 January" (datecalendar._holiday).
# Holidays that move (Easter, "Black Friday", Thanksgiving) and national days that differ by country
# ("Independence Day") are left out.
DATE_HOLIDAY = regex(
    r"\b(?P<holiday>New\s+Year['’]s\s+(?:Day|Eve)|Christmas\s+(?:Day|Eve)|Boxing\s+Day"
    r"|(?:St\.?|Saint)\s+Patrick['’]s\s+Day|(?:St\.?|Saint)\s+Valentine['’]s\s+Day|Valentine['’]s\s+Day"
    r"|Hallowe['’]?en)\b"
)
# A month of the year before, this or the next: "June last year", "in March of last year", "May next
# year" (datecalendar._month_rel_year). Longer than the bare month and the relative year it holds, so it
# wins over both: the writer named one month, not a month of the current year and a whole other year.
DATE_MONTH_REL_YEAR = regex(
    rf"\b(?P<month>{_MONTH_FULL})(?:\s+of)?\s+(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+year\b(?!['’]s\b)")
# A season: "summer 2025", "the summer of 2025", "last summer", "this winter", "next spring", "over the
# summer", "in the autumn"; group lead is a preposition the raw text leaves out, rel may be "the".
DATE_SEASON = regex(
    r"\b(?:(?P<lead>[Ii]n|[Oo]ver|[Dd]uring|[Tt]hroughout|[Bb]y|[Uu]ntil|[Ss]ince|[Tt]hrough|[Bb]efore|[Aa]fter)"
    r"\s+(?=[Tt]he\s))?(?:(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Tt]he)\s+)?"
    r"(?P<season>[Ss]ummer|[Ww]inter|[Ss]pring|[Aa]utumn|[Ff]all)"
    r"(?:\s+(?:of\s+)?(?P<year>(?:1[89]|2[01])\d\d))?\b"
)
# "of" and a word after a season make it a name or an event ("the fall of Rome", "the winter of discontent").
DATE_SEASON_OF = regex(r"\s+of\s+[^\d\s]")
# A year after a date preposition or "dated": "in 2024", "since 2019", "a letter dated 1943"; a bare
# number is not a date. "for" only after a word that schedules ("scheduled for 2027", "programmed for
# 2027", "due for 2028", "targeted for 2029"): "for 2000 people" is a count.
_SCHEDULED_FOR = "|".join(rf"(?<=\b{w}\s)for" for w in (
    "scheduled", "planned", "programmed", "programed", "slated", "due", "earmarked", "timetabled",
    "pencilled", "penciled", "budgeted", "set"))
# "pencilled in for 2029": the usual British form puts "in" between the verb and "for"; only the pencil
# verbs, since "came in for 2000 tickets" and the like are counts.
_SCHEDULED_FOR += "|" + "|".join(rf"(?<=\b{w}\sin\s)for" for w in ("pencilled", "penciled"))
# A target is set for a year or for people: "targeted for 2029" is a date only where no noun follows the
# figure ("aid targeted for 2031 families" is a count).
_TARGETED_FOR = "|".join(rf"(?<=\b{w}\s)for(?=\s+\d{{4}}\b(?!\s+[a-z]))" for w in ("targeted", "targetted"))
# "until at least 2031" names the year "until 2031" does, the bound set between them; a count may follow
# the bound too ("until at least 2000 people have left"), so only where the clause ends or goes on with a
# joining word or a preposition after the year, never a noun.
_YEAR_ENDS_CLAUSE = (r"(?=\s+\d{4}\b(?:\s*(?:[,.;:)!?–—]|$)|\s+(?:and|or|but|when|while|as"
                     r"|after|before|because|unless|if|for|to|in|on|at|from|the|it|its|their|was|were|is|are|has"
                     r"|have|had)\b))")
_UNTIL_AT_LEAST = r"[Uu]ntil\s+at\s+least" + _YEAR_ENDS_CLAUSE
# "as long ago as 2019", "as early as 2015", "as far back as 1968" date a thing as "in 2019" does (the
# words only stress how far back); "as early as 2000 fans" is a count, so the same guard as "until at least".
_AS_FAR_BACK_AS = r"[Aa]s\s+(?:long\s+ago|early|far\s+back)\s+as" + _YEAR_ENDS_CLAUSE
# "records that go back to 1958", "data dating back to 1890", "a series stretching back to 1961" date where
# a record starts as "since 1958" does; only after a verb of reaching back ("fell back to 1500 points" is a
# level) and with the same guard as "until at least" ("goes back to 2000 members" is a count).
_BACK_TO = "(?:" + "|".join(rf"(?<=\b{w}\s)back\s+to" for w in (
    "go", "goes", "going", "went", "gone", "date", "dates", "dating", "dated", "stretch", "stretches",
    "stretching", "stretched", "reach", "reaches", "reaching", "reached", "extend", "extends", "extending",
    "extended", "run", "runs", "running", "trace", "traces", "traced")) + ")" + _YEAR_ENDS_CLAUSE
# "throughout 2025", "in the whole of 2025", "for all of 2025" name the year "in 2025" does; "all of" and
# "the whole of" may also take a count ("all of 2000 seats"), so only where no lower-case noun follows.
_WHOLE_OF = (r"(?:[Tt]he\s+)?[Ww]hole\s+of"
             r"(?=\s+\d{4}\b(?!\s+(?!(?:and|or|but|when|while|as|after|before|until"
             r"|by|for|with|at|on|to|from|the|it|its|their|was|were|is|are|has|have|had)\b)[a-z]))"
             r"|(?<![\w-])[Aa]ll\s+of(?=\s+\d{4}\b(?!\s+(?!(?:and|or|but|when|while|as|after|before|until"
             r"|by|for|with|at|on|to|from|the|it|its|their|was|were|is|are|has|have|had)\b)[a-z]))")
# "costs will stay high into 2028", "the talks ran well into 2027" name the year a state lasts into, as
# "until 2028" does; "cut into 2000 pieces" is a count, so the same guard as "until at least".
_INTO = r"[Ii]nto" + _YEAR_ENDS_CLAUSE
# The first letters of its leads ("for" after "scheduled" and the like) before the alternation (#13).
DATE_YEAR = regex(rf"\b(?=[IiSsBbUuTtDdAafWw])(?P<lead>{_INTO}|[Ii]n|[Ss]ince|[Bb]y|{_UNTIL_AT_LEAST}"
                  rf"|{_AS_FAR_BACK_AS}|{_BACK_TO}|[Uu]ntil"
                  rf"|[Tt]hroughout|[Tt]hrough|[Dd]uring|[Bb]efore|[Aa]fter|{_WHOLE_OF}"
                  rf"|[Dd]ated|{_SCHEDULED_FOR}|{_TARGETED_FOR})\s+(?P<year>(?:1[89]|2[01])\d\d)\b(?![-–.,]?\d)")
# A year before 1800 after a date preposition: "begun in 1214", "consecrated in 1262.", "since 1588, when".
# Buildings, wars and founding dates reach back centuries, but "in 1500 homes" or "after 1200 votes" is a
# count, so the year needs its clause to end or go on with a joining word, never a noun after it.
DATE_YEAR_HISTORIC = regex(
    r"\b(?P<lead>[Ii]n|[Ss]ince|[Uu]ntil|[Bb]efore|[Aa]fter|[Dd]ated)\s+(?P<year>1[0-7]\d\d)\b(?![-–.,]?\d)"
    r"(?=\s*(?:[,.;:)!?–—]|$)|\s+(?:and|or|but|when|while|as|after|before|until|by|under|for|with|at|on|to"
    r"|from|the|it|he|she|they|its|their|was|were|had|has)\b)")
# A third of a year: "early 2027", "mid-2027", "late 2026", "the end of 2026", "the middle of 2027".
DATE_YEAR_EDGE = regex(
    r"\b(?:[Tt]he\s+)?(?P<edge>[Ee]arly|[Mm]id|[Mm]iddle|[Ll]ate|[Ee]nd|[Ss]tart|[Bb]eginning)(?:-|\s+)(?:of\s+)?"
    r"(?P<year>(?:1[89]|2[01])\d\d)\b(?![-–.,]?\d)"
)
# A run of whole months named by its first and last: "from April to June", "between October and December
# 2026", "April-June", "the January to March 2028 quarter", "from October 2026 to March 2027", "between
# April and June this year": one period, not two months (extract/dateperiods.month_range). "and" joins a
# range only after "between" ("in April and June" is two months); a day on either month ("from 1 June until
# September", "April to June 30") is left to the day patterns.
DATE_MONTH_RANGE = regex(
    rf"(?<!\d\s)\b(?:(?P<lead>[Ff]rom|[Bb]etween)\s+)?(?P<month>{_MONTH_FULL})(?:,?\s+(?P<year1>{_YEAR}))?"
    rf"(?P<sep>\s?[-–]\s?|\s+(?:to|until|till|through|and)\s+)(?P<month2>{_MONTH_FULL})\b(?!\s*\d{{1,2}}\b)"
    rf"(?:,?\s+(?P<year>{_YEAR})\b(?![-–.,/]?\d)|\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b)?"
)
# A period named by its length and last month: "the three months to September", "the 12 months to June 2027",
# "the six months ending December", "the year to March", "the financial year to March", "the quarter to
# September", "the half-year to June" (extract/dateperiods.months_to). A noun needs its "the": "moved the
# vote from next year to March" names no period.
DATE_MONTHS_TO = regex(
    r"\b(?:(?:[Tt]he\s+)?(?P<count>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])"
    r"\s+months|[Tt]he\s+(?P<noun>(?:(?:financial|fiscal)\s+)?year|quarter|half[-\s]year))"
    rf"\s+(?:to|ending|ended|through)\s+(?:the\s+end\s+of\s+)?(?P<month>{_MONTH_FULL})\b(?!\s*\d{{1,2}}\b)"
    rf"(?:,?\s+(?P<year>{_YEAR})\b(?![-–.,/]?\d))?"
)
# A quarter or half of a calendar year: "the second quarter of 2027", "second quarter of calendar 2027",
# "Q2 2027", "the first half of next year", "H1 2026", bare "Q3"; never a fiscal or financial one.
DATE_YEAR_PART = regex(
    r"(?<!fiscal )(?<!financial )\b(?:(?P<nth>first|second|third|fourth|final|last|latter|1st|2nd|3rd|4th)\s+"
    r"(?P<unit>quarter|half)|(?P<letter>[QH])(?P<n>[1-4]))\b"
    r"(?:\s+(?:of\s+)?(?:the\s+)?(?:calendar\s+(?:year\s+)?)?(?P<year>(?:1[89]|2[01])\d\d)\b(?![-–.,]?\d)"
    r"|\s+of\s+(?:(?P<rel>this|next|last)\s+year|the\s+(?:current\s+)?year)\b)?",
    re.IGNORECASE,
)
# A year as a noun's modifier: "a 1988 law", "the 2019 election", after a possessive too: "Okafor's 2019
# record", "the club's 2021 accounts" (years.py).
# The noun may be a name: a machine's make and model ("the 1944 Pembrook Saker", "a 1962 Jaguar") or a
# named event ("the 1966 World Cup") is dated the same way, and another outlet writes "built in 1944".
# Such a year is part of the thing's designation, which recurs across passages stating other facts about
# it: the aligner takes no key from it (years.names_a_thing, as a storey's "fourth floor" gives none).
DATE_YEAR_MODIFIER = regex(
    r"\b(?P<lead>[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[A-Za-z]+['’]s)\s+(?P<year>(?:1[89]|20)\d\d)"
    r"(?=\s+(?:[a-z]|[A-Z][a-z]))")
# What stands either side of such a year before a name (years.names_a_thing): a determiner or a
# possessive right before it, and a capitalized word right after it.
DATE_YEAR_NAME_LEAD = regex(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[A-Za-z]+['’]s)\s+$")
DATE_YEAR_NAME_AFTER = regex(r"\s+[A-Z][a-z]")
# A year after a capitalized name and "of": "the Act of 1964", "the Treaty of 1919"; group lead is left out.
# Or after a noun that names a dated event or act: "Ghana's formal claim of 2019", "the floods of 1953",
# "the summer of 1976". A bare "of 2019" stays unread ("a total of 2019", "a crowd of 1900" are counts),
# so only nouns that are never counted in units follow the year are listed.
_YEAR_OF_NOUNS = (r"claim|request|demand|election|referendum|floods?|crash|crisis|war|revolution|riots?"
                  r"|law|treaty|accord|reform|ruling|judge?ment|decision"
                  r"|strikes?|earthquake|storm|drought|pandemic|epidemic|outbreak|merger|takeover|census"
                  r"|amendment|class|uprising|coup|invasion|massacre|expedition|raid"
                  # a schedule's own date: "an opening date of 2027", "a deadline of 2035"
                  r"|date|deadline")
# A market event whose noun may be followed by a count ("a sale of 2000 shares", "an issue of 1500 bonds")
# names its year only when the year closes the clause: "the record sale of 2024.", "the auction of 2019,".
_YEAR_OF_CLOSING_NOUNS = r"sale|auction|issue|offering|listing|flotation|default|bailout|buyback"
DATE_YEAR_OF = regex(rf"\b(?P<lead>(?:[A-Z][a-z]+|(?:{_YEAR_OF_NOUNS})"
                     rf"|(?:{_YEAR_OF_CLOSING_NOUNS})(?=\s+of\s+(?:1[89]|20)\d\d\s*(?:[,;:)!?–—]|\.(?!\d)|$)))"
                     r"\s+of)\s+(?P<year>(?:1[89]|20)\d\d)\b(?![-–.,]?\d)")
# A year glued to "pre-" or "post-": "pre-2005 stock", "post-2020 leases", "back to pre-2008 levels". The
# words name the year the way "built before 2005" and "after 2020" do (DATE_YEAR's "before" and "after"
# leads), so another outlet's "before 2005" meets it; read as no date, the year stood in one source alone.
DATE_YEAR_PREFIXED = regex(r"(?<![\w-])(?P<lead>[Pp]re-|[Pp]ost-)(?P<year>(?:1[89]|20)\d\d)\b(?![-–.,]?\d)")
# A year in brackets after a name: "following Ravelstone (2017)", "Tarrow Bridge (1998)" is that name's
# year, another outlet's "with Ravelstone in 2017" (years.py). Only a capitalized word right before the
# bracket and the year alone inside it: "(2019-20)", "(2019 figures)", "(p. 2019)" stay unread.
DATE_YEAR_BRACKETED = regex(r"\b(?P<lead>[A-Z][\w'’-]*\s+\()(?P<year>(?:1[89]|20)\d\d)(?=\))")
# A year in brackets closing a line or sentence after a figure: a record line's "Previous record: Ana
# Ruiz, 4 years / $95M (2025)" or a table row's "Attendance: 41,200 (2019)." names the year the figure
# was set, as "her $95 million deal from 2025" does (years.py). Only the line's or sentence's end may
# follow: "1,200 (2019) visitors" or "visitor numbers (2019) fell" stay unread.
DATE_YEAR_BRACKETED_FIGURE = regex(
    r"(?P<lead>[$€£]?\d[\d.,]*(?:[A-Za-z]{1,3}\b|%)?[ \t]+\()(?P<year>(?:1[89]|20)\d\d)"
    r"(?=\)[ \t]*(?:[.;]|\n|$))")
# A year closing a record line or a credit after a name and a comma: "Old record: 2:04.37, Lars
# Brenning, 2019", "Photograph: Ines Varo, 2019." names the year of the name's deed, as "set by Brenning
# in 2019" does (years.py). Only a capitalized word before the comma and nothing after the year but the
# line's or sentence's end: "Leeds, 2000 fans" and "Rovers, 1900 and 2100" stay unread.
DATE_YEAR_AFTER_NAME = regex(r"\b(?P<lead>[A-Z][\w'’-]*,[ \t]+)(?P<year>(?:1[89]|20)\d\d)\b(?![-–.,]?\d)"
                             r"(?=[ \t]*(?:[.;)]|\n|$))")
# The year a ship, plane or building was made, written without a date preposition: "built 2011" (a
# spec list's "113,000 dwt, built 2011"), "launched 1998", "completed 1967", "founded 1902", and the compound
# "the 2011-built tanker". A ride, a statue or a machine is dated the same way by when it was put in place:
# "installed 2019", "- Erected: 1887", "Unveiled: 2004".
# A bound of such a year reads the same way: "homes built up to 2018", "built until 1975", "completed by
# 2031". Only these verbs, and not before a lower-case word other than a joining word or a verb's auxiliary
# ("homes built up to 2018 can get help"): a figure there is a count ("sold 2011 tickets", "built 2011
# homes", "built up to 2018 homes"). A fact box's line starting with such a label dates its thing the same way
# ("Commissioned: 1968", "- Opened: 2009"): the label names the event, so only event participles count
# there ("Jobs: 2000" stays a count; benchmarks/notes/factbox.md). A life's steps date a person the same
# way in a biography's box or aside: "Born: 1931", "Marriage: 1958", "(widowed 1990)", "married 1958".
# A building's or a machine's later steps close its box the same way ("Decommissioned: 1994", "Closed:
# 2003", "Restored: 2015"): the label is an event participle as "Built" is, and a box that gave its opening
# year and not its closing one hid the very year another source may state otherwise.
_DATING_LABELS = (r"Built|Launched|Commissioned|Opened|Founded|Established|Completed|Inaugurated|Constructed"
                  r"|Installed|Erected|Unveiled"
                  r"|Decommissioned|Demolished|Closed|Retired|Restored|Rebuilt|Renovated|Refurbished|Automated"
                  r"|Born|Died|Married|Marriage|Widowed")
DATE_YEAR_BUILT = regex(
    r"(?:\b(?P<lead>(?:[Bb]uilt|[Ll]aunched|[Cc]ommissioned|[Bb]orn|[Mm]arried|[Ww]idowed|[Dd]ied|[Cc]ompleted"
    r"|[Cc]onstructed|[Ff]ounded|[Ee]stablished|[Ii]naugurated|[Ii]nstalled|[Ee]rected|[Uu]nveiled)"
    r"(?:\s+(?:up\s+to|until|till|by))?)\s+"
    rf"|(?:(?<=\n)|(?<![\s\S]))[ \t]*(?:[-*•▪·–—][ \t]+)?(?P<label>(?:{_DATING_LABELS})(?:[ \t]+in)?:)[ \t]*"
    r"|\b(?=(?:1[89]|20)\d\d-(?:built|launched)\b))"
    r"(?P<year>(?:1[89]|20)\d\d)\b(?![-–.,]?\d)(?!\s+(?!(?:and|or|but|by|in|at|for|with|to"
    r"|can|could|will|would|may|might|must|should|are|were|is|was|have|has|had)\b)[a-z])")
# A fact box's line whose label names an occurrence by its place in a series dates it with a bare year:
# "Last big break: 2017, about 1,270 sq km", "- Previous eruption: 1913", "First held: 1921", "Next
# election: 2029." Such a label ("last", "previous", "first", "next", "latest" and one to three lower-case
# words) asks "when", as DATE_YEAR_BUILT's participles do, so the year is read as the occurrence's date. A
# label of a counted thing ("Last year's total: 2017", "Previous attendance: 1900", "First-day sales:
# 2000") asks "how many": a word of counting or a plural noun in it leaves the figure to the count readers,
# and so does a figure that goes on ("Last count: 2017 homes").
_COUNTING_LABEL_WORDS = (r"total|totals|count|number|tally|score|figure|figures|crowd|attendance|turnout"
                         r"|record|sales|votes|jobs|people|deaths|cases|year's|years")
DATE_YEAR_SERIES_LABEL = regex(
    r"(?:(?<=\n)|(?<![\s\S]))[ \t]*(?:[-*•▪·–—][ \t]+)?"
    r"(?P<label>(?:Last|Previous|First|Next|Latest|Most[ \t]+recent)"
    rf"(?:[ \t]+(?!(?:{_COUNTING_LABEL_WORDS})\b)[a-z][a-z'’-]*){{1,3}}:)[ \t]*"
    r"(?P<year>(?:1[89]|20)\d\d)\b(?![-–.,]?\d)(?=[ \t]*(?:[,.;)]|\n|$))")
# A year that heads a line of a timeline or key-dates list ("2029: first review of the levy", "- 2031:
# plant closes"): the year is the date of what the line says. A line that counts ("2000: jobs lost") is
# left to the count readers, as DATE_YEAR_SERIES_LABEL leaves its labels of counting.
DATE_YEAR_TIMELINE = regex(
    r"(?:(?<![\s\S])|(?<=\n)|(?<=\n[-*•▪·–—][ \t]))(?P<year>(?:1[89]|2[01])\d\d)"
    rf"(?=:[ \t]+(?!(?:{_COUNTING_LABEL_WORDS})\b)[A-Za-z])")
# The years that open and close a span: "from 1978 to 2001", "between 1990 and 1994", "from 1978 until
# he retired", "from 2009-2012" (years.py). A span's start has no date preposition DATE_YEAR knows, and
# its end's "to"/"and" is no date word on its own ("rose to 2000" is a count), so each end is read here
# only beside the other: the start needs a connector after it, the end the start before it (group lead).
# An open span's start is a year too: "passenger service from 2029", "the rule applies from 2027, the
# ministry said", "from 2028 onwards"; its clause must end there or go on with a joining word ("from 2000
# people" stays a count, and so does a change's "up from 2000.", "down from 1850," or "fell from 2004 as
# well").
_SPAN_LINK = r"(?:\s+(?:to|until|till|through|and)\s+|\s*[-–]\s*)"
_CHANGE_BEFORE_FROM = ("up", "down", "fell", "rose", "dropped", "climbed", "grew", "jumped", "slipped",
                       "declined", "increased", "decreased", "fallen", "risen", "slid", "sank", "soared",
                       "surged", "plunged", "edged", "cut", "reduced", "raised", "lifted")
_OPEN_SPAN_END = (r"(?<=[Ff]rom\s\d{4})"
                  + "".join(rf"(?<![{w[0].upper()}{w[0]}]{w[1:]}\sfrom\s\d{{4}})"
                            for w in _CHANGE_BEFORE_FROM)
                  + r"(?:\s*(?:[,.;:)!?–—]|$)"
                  r"|\s+(?:onwards?|on|and|or|but|when|while|as|at|with|under|after"
                  # or the next clause's subject, opened by a determiner or a pronoun no count takes:
                  # "From 2031 the fee will double", "from 2031 it rises" ("a"/"an" are left out: "from
                  # 2000 a month" is a rate)
                  r"|the|its|their|his|her|our|this|these|those|it|he|she|they|we)\b)")
DATE_YEAR_SPAN_START = regex(
    rf"\b(?P<lead>[Ff]rom|[Bb]etween)\s+(?P<year>(?:1[89]|20)\d\d)\b"
    rf"(?=\s+(?:to|until|till|through)\b|{_SPAN_LINK}(?:1[89]|20)\d\d\b(?![-–.,]?\d)|{_OPEN_SPAN_END})")
DATE_YEAR_SPAN_END = regex(
    rf"\b(?P<lead>(?:[Ff]rom|[Bb]etween)\s+(?:1[89]|20)\d\d{_SPAN_LINK})(?P<year>(?:1[89]|20)\d\d)\b"
    r"(?![-–.,]?\d)")
# A span of modern years written without "from": "Period of the inquiry: 2016 to 2021", "in 2016-2021",
# "during 2016–19" (years.py). Each end is one year, as in "from 2016 to 2021", so that the outlet that
# writes the span bare meets the one that writes "from". Only after a label's colon or a preposition of
# time: "to" alone is no date word ("cut 2000 to 1500" are counts), and "over 2000-2500" is a count.
# Two years in a row ("2027-28") are one season or fiscal year (DATE_YEAR_PERIOD), no span.
_BARE_SPAN_LEAD = (r"(?:(?<=:\s)|(?<=\b[Ii]n\s)|(?<=\b[Dd]uring\s)|(?<=\b[Tt]hroughout\s)"
                   r"|(?<=\b[Cc]overing\s)|(?<=\b[Ss]panning\s))")
_BARE_SPAN_LINK = r"(?P<link>\s+(?:to|until|till|through)\s+|\s?[-–]\s?)"
DATE_YEAR_BARE_SPAN_START = regex(
    rf"{_BARE_SPAN_LEAD}(?P<first>(?:1[89]|20)\d\d)(?={_BARE_SPAN_LINK}(?P<last>(?:1[89]|20)?\d\d)\b"
    r"(?![-–.,/]?\d))")
DATE_YEAR_BARE_SPAN_END = regex(
    rf"{_BARE_SPAN_LEAD}(?P<lead>(?P<first>(?:1[89]|20)\d\d){_BARE_SPAN_LINK})(?P<last>(?:1[89]|20)?\d\d)\b"
    r"(?![-–.,/]?\d)")
# The year an agreement runs to: "a three-year deal to 2028", "a contract running to 2030", "his lease
# to 2031" (years.py). "To" alone is no date word ("rose to 2000" is a count), but after a term's noun it
# can only name the year the term ends; group lead is the words before the year, left out of the raw.
# A licence, a permit, a concession or a franchise is a term too, and its verb may be in the present with
# an adverb before it: "the operating licence now runs to 2047", "a permit extended to 2040". So with
# "from": "Okafor's $120 million deal from 2024", "a lease from 2019" names the year the deal was made
# or starts, whatever word follows (DATE_YEAR_SPAN_START wants the clause to end or join there).
DATE_YEAR_TERM_END = regex(
    r"\b(?P<lead>(?:deal|contract|agreement|extension|lease|mandate|tenure|term|licen[cs]e|permit"
    r"|concession|franchise)s?(?:\s+(?:now|still|currently))?"
    r"(?:\s+(?:running|lasting|runs|lasts|that\s+runs|which\s+runs|(?:was\s+|is\s+|been\s+)?extended))?"
    r"\s+(?:to|from))\s+(?P<year>(?:1[89]|20)\d\d)\b(?![-–.,]?\d)",
    re.IGNORECASE)
# The year a plan is moved to: "brought forward by a year, to 2027", "pushed back to 2029", "the opening
# was postponed until 2028", "delayed the launch to 2030" (years.py); an end moved later is one too
# ("extends the life of the site, which had been due to close in 2027, to 2052": the new closing year).
# "To" alone is no date word ("rose to 2000" is a count), but after a verb that moves a date, within its
# clause, it names the new year; the year must end its clause or go on with a joining word ("moved to 2018
# so that newer homes can join"), never a noun ("delayed to 2028 homes" is no date), and "up to" is a
# ceiling ("turnout moved up to 2027") rather than a date.
# Group lead is the words before the year, left out of the raw.
DATE_YEAR_RESCHEDULED = regex(
    r"\b(?P<lead>(?:(?:brought|bring(?:s|ing)?|push(?:e[sd]|ing)?|put(?:s|ting)?|pull(?:s|ed|ing)?)"
    r"\s+(?:forward|back|up|out)|(?:mov(?:e[sd]?|ing)|postpon(?:e[sd]?|ing)|reschedul(?:e[sd]?|ing)"
    r"|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|shift(?:s|ed|ing)?|slip(?:s|ped|ping)?|slid(?:es|ing)?"
    r"|extend(?:s|ed|ing)?))"
    r"\b[^.;:!?\n]{0,60}?(?<!\bup)\s(?:to|until|till))\s+(?P<year>(?:19|20)\d\d)\b(?![-–.,]?\d)"
    r"(?=\s*(?:[,.;:)!?–—]|$)|\s+(?:and|or|but|when|while|as|after|before|because|amid|at|on|in|from|the|it"
    r"|its|their|was|were|had|has|have|is|so|which|if|unless|at\s+the\s+earliest)\b)",
    re.IGNORECASE)
# A decade: "the 1960s", "the 1990s" (a ten-year range); "the '90s" is left out.
DATE_DECADE = regex(r"\b(?P<decade>(?:1[89]|20)\d0)s\b")
# A historic span of years, read whole: a reign or a life "from 1135 to 1154", "(1135–54)", "(1086-1142)",
# or a dating "to 1390–1420".
# The "from" form needs years before 1800 (a later "from 1978 to 2001" is two years, above) and its clause
# to end or go on with a joining word, never a noun ("from 1200 to 1500 people" is a count); the
# parenthesized form needs nothing but its brackets, a second year after the first (years.py).
_HISTORIC_AFTER = (r"(?=\s*(?:[,.;:)!?–—]|$)|\s+(?:and|or|but|when|while|as|after|before|until|by|under"
                   r"|for|with|at|on|to|from|the|it|he|she|they|its|their|was|were|had|has)\b)")
DATE_YEAR_HISTORIC_SPAN = regex(
    r"\b(?P<lead>[Ff]rom)\s+(?P<first>1[0-7]\d\d)\s+(?:to|until|till)\s+(?P<last>1[0-7]\d\d)\b(?![-–.,]?\d)"
    + _HISTORIC_AFTER + r"|(?<=\()(?P<pfirst>1\d\d\d|20\d\d)\s?[-–]\s?(?P<plast>(?:1\d|20)?\d\d)(?=\))"
    # "dated to 1390–1420", "built in 1610-1625": a dashed span of years before 1800 after a preposition.
    r"|(?:(?<=\bto\s)|(?<=\bin\s)|(?<=\bfrom\s)|(?<=\bof\s)|(?<=\bbetween\s))"
    r"(?P<dfirst>1[0-7]\d\d)[-–](?P<dlast>(?:1[0-7])?\d\d)\b(?![-–.,]?\d)" + _HISTORIC_AFTER)
# A century: "the 12th century", "the twelfth century", "12th-century coins" (years.py); "the" or the
# hyphen is needed ("a second century" is a batsman's), and "BC" after it is left unread.
_CENTURY_WORDS = (r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
                  r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
                  r"|twenty-first")
DATE_CENTURY = regex(
    rf"(?:(?<=\b[Tt]he\s)|(?=\S+-century\b))(?P<nth>[1-9]\d?(?:st|nd|rd|th)|{_CENTURY_WORDS})"
    r"[-\s]century\b(?!\s+(?:BC|BCE|B\.C\.)\b)", re.IGNORECASE)
# A year given as approximate after a word that dates a thing: "c. 1140", "circa 1460", "hidden around
# 1140", "built about 1350" (years.py: the year). "Around 1500" alone is as often a count, so "around"
# and "about" need the dating participle before them and the historic clause end after (group lead).
_DATING_PARTICIPLES = (r"hidden|buried|built|made|founded|struck|minted|written|deposited|painted|carved"
                       r"|erected|laid|lost|abandoned|begun|completed|established|composed|dated|cast")
# After "c.", "ca." or "circa" (never a count's hedge in a dated description) a participle that
# describes the thing may follow the year as well: "a panel of c.1648 measuring 64cm", "c. 1650 showing".
DATE_YEAR_CIRCA = regex(
    r"\b(?P<lead>(?P<clead>[Cc]\.|[Cc]a\.|[Cc]irca)|(?:" + _DATING_PARTICIPLES
    + r")\s+(?:in\s+)?(?:around|about|roughly|approximately)(?=\s))\s*"
    r"(?P<year>1\d\d\d|20[0-2]\d)\b(?![-–.,]?\d)"
    r"(?(clead)(?:" + _HISTORIC_AFTER + r"|(?=\s+[a-z]+(?:ing|ed)\b))|" + _HISTORIC_AFTER + ")")
# A year that straddles two calendar years: an academic, fiscal or sports season's "2027-28", "2027/28",
# "2027-2028", "FY2027-28", "fiscal 2027-28" (years.py keeps only a second year right after the first).
DATE_YEAR_PERIOD = regex(
    r"(?<![\d/.\-–])\b(?:(?:FY|[Ff]iscal(?:\s+[Yy]ear)?)\s?)?(?P<first>(?:19|20)\d\d)\s?[-–/]\s?"
    r"(?P<second>(?:19|20)?\d\d)\b(?![-–/.]?\d)")
# A company's fiscal year: "fiscal 2025", "fiscal year 2025", "FY2025", "FY 2025".
DATE_FISCAL_YEAR = regex(r"\b(?:[Ff]iscal(?:\s+[Yy]ear)?\s+|FY\s?)(?P<year>(?:19|20)\d\d)\b")
# A weekday, optionally "last"/"next"/"this", or followed by the week it falls in ("Thursday next week",
# "Monday of last week": one day, not a weekday and a week); holiday names ("Black Friday", "Good Friday")
# are excluded.
# The word boundary and the start of a weekday or of "last", "next", "this" and a space come before the
# ten lookbehinds (all zero-width at one place, so their order changes no match): tried at every character,
# the lookbehinds cost most of the dates' scans (#13). After the first letter (one cheap test) the whole
# start ("Thurs", "this ") turns away "the", "to", "said" before the lookbehinds run (perf44).
DATE_WEEKDAY = regex(
    r"\b(?=[LlNnTtMWFS])(?=(?:[Ll]ast|[Nn]ext|[Tt]his)\s|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    rf"(?<!Black )(?<!Good )(?<!Cyber )(?<!Super )(?<!Ash )(?<!Holy )(?<!Maundy )"
    rf"(?<!Easter )(?<!Man )(?<!Girl )(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?"
    rf"(?P<weekday>{_WEEKDAY})(?!s\b)\b"
    r"(?(rel)|(?:\s+(?:of\s+)?(?P<week>[Nn]ext|[Ll]ast|[Tt]his)\s+week\b(?!['’]s\b))?)"
)
# A weekday that a second one follows in a pair ("Saturday and Sunday", "Friday 6 or Saturday 7"), matched
# at the end of the text before the second: the second is read as the first's following such day.
WEEKDAY_PAIR_LEAD = regex(
    rf"(?:\b(?:[Ll]ast|[Nn]ext|[Tt]his)\s+)?\b{_WEEKDAY}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s+(?:and|or|&)\s+$"
)
# The day of the month right after a weekday ("Saturday 21 and Sunday 22 November", the month written
# once at the end); not a clock ("Saturday 10:30"), a decimal, or a count ("Saturday 21 people").
WEEKDAY_DAY_AFTER = regex(
    r"\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:.,]\d)(?=\s*(?:,|and\b|or\b|&|-|–|$))"
)
# A range of weekdays: "Monday through Friday", "Tuesday to Saturday", "Monday-Friday", "Mondays to Fridays".
DATE_WEEKDAY_RANGE = regex(
    rf"\b{_WEEKDAY}s?\s*(?:through|thru|to|until|till|[-–—])\s*{_WEEKDAY}s?\b"
)
# What marks a weekday range as a schedule (opening hours, a phone line's hours), not two days of one week:
# a clock range ("8 a.m. to 6 p.m.", "9am-5pm", "09:00-17:00") or a word of opening hours and contact.
SCHEDULE_CUE = regex(
    r"\b\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\b\.?)?\s*(?:to|until|till|[-–—])\s*"
    r"\d{1,2}(?:[:.]\d\d\s?(?:[ap]\.?m\b)?|\s?[ap]\.?m\b)"
    r"|\b(?:open|opens|opening|hours|staffed|available|hotline|helpline|call|contact|phone|reach|reached)\b",
    re.IGNORECASE,
)
# A weekday used as an adjective before a plural noun, after a determiner, a possessive or "and"/"or"
# ("the firm's Sunday routes", "evening and Sunday services", "its Saturday shifts"): a kind of day of every
# week, not a day to date. After a verb or "on" the weekday is a date ("said Tuesday officials ..."), and
# so is the second of a pair ("on Saturday and Sunday mornings").
ATTRIBUTIVE_WEEKDAY = regex(
    r"(?:\b(?:the|its|their|our|his|her|your|my)\s+|(?<!day\s)\b(?:and|or)\s+|['’]s\s+)"
    rf"(?P<day>{_WEEKDAY})\s+(?!(?:is|was|has|this|thus|as|us|yes|always|perhaps|news|its|his|hers|less|"
    r"across|plus|whereas|unless|besides|towards|afterwards|sometimes)\b)[a-z]{2,}s\b"
)
# "The last Friday before Christmas", "the first Monday of the month": a weekday placed by a period or an
# event named after it, not the week before or after the article (which "last Friday" alone names).
ORDINAL_WEEKDAY = regex(
    rf"\b[Tt]he\s+(?P<day>(?:[Ll]ast|[Nn]ext|[Ff]irst)\s+{_WEEKDAY})\s+(?:before|after|of|in)\b"
)
# A capitalized word right after a bare month makes it a name ("August Wilson"), not a date.
DATE_NAME_AFTER = regex(r"\s+[A-Z][a-z]")
# "from" right before a bare month: "from September Easterby will be a stop" starts a period there, where
# the month leads a clause whose subject is a place; datecalendar._bare_month still drops the months that
# are also given names ("a letter from June Carter").
DATE_FROM_BEFORE = regex(r"\b[Ff]rom\s+$")
# A leading date preposition that a date mention's raw text leaves out ("in July" -> "July").
DATE_LEAD = regex(r"(?:in|on|since|until|by|through|throughout|during|over|before|after)\s+",
                       re.IGNORECASE)
# Relative days and periods: "today", "earlier this week", "last month", "in recent days", "overnight",
# "early next year", "mid-next year", "the end of the month", "the start of next week", "last quarter".
# The first letters of its words, ahead of the alternation: most word starts are turned away at once (#13).
DATE_RELATIVE = regex(
    r"\b(?=[elmtsbnpiyo])(?P<words>(?:earlier|later|early|late)\s+this\s+(?:week|month|year)"
    r"|(?:early|late|mid-?)\s*(?:next|last)\s+(?:week|month|year)"
    r"|(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?:the|this|next|last)\s+(?:week|month|quarter|year)"
    r"|(?:this|last|next|past)\s+(?:week|month|quarter|year|weekend)"
    r"|in\s+recent\s+(?:days|weeks|months)"
    rf"|today|tomorrow|yesterday|tonight|overnight{_OVERNIGHT_KIND}|last\s+night"
    r"|this\s+(?:morning|afternoon|evening))\b(?!['’]s\b)",
    re.IGNORECASE,
)

# A modal's negation before "overnight" at its clause's end makes it "at once", not the night before:
# "we cannot fix the roads overnight", "the backlog won't be cleared overnight", "it could not be done
# overnight". A negated past event ("the rain did not stop overnight") keeps its night.
DATE_OVERNIGHT_AT_ONCE_BEFORE = regex(
    r"\b(?:cannot|can['’]t|could\s+not|couldn['’]t|will\s+not|won['’]t|would\s+not|wouldn['’]t|"
    r"(?:is|are)\s+not\s+going\s+to|(?:does|do)\s+not\s+happen|(?:doesn|don)['’]t\s+happen)\b"
    r"[^.;:!?\"“”]*$",
    re.IGNORECASE,
)
DATE_OVERNIGHT_AT_ONCE_AFTER = regex(r"\s*(?:[.,;:!?\"”’)]|$)")

# A capitalized word just before a capitalized "Today" (DATE_NAMED_TODAY_AFTER tells the sentence from a
# title-case headline): the word is a title's first part ("Harbour Today", "USA Today", "the Today
# programme"), not a day.
DATE_NAMED_TODAY_BEFORE = regex(r"(?<![\w'’-])[A-Z][\w&.'’-]*\s$")
# A lower-case word after that "Today": a sentence goes on ("Harbour Today will host"), where a title-case
# headline ("Strike Begins Today") capitalizes its next word or ends.
DATE_NAMED_TODAY_AFTER = regex(r"[,:]?\s+[a-z]")

# A day counted back from the published one: "three days ago", "a week ago today", "two weeks ago",
# "a fortnight ago yesterday" (daterelative._ago). Only days and weeks: "a year ago" is mostly a
# comparison's base ("up 4% from a year ago"), and "months ago" or "years ago" name no day a source could be
# compared on. A bound before it ("more than a week ago") leaves no day either, so the resolver drops those.
# A year counted back from the published one: "was set four years ago", "opened 12 years ago", "about
# 30 years ago" (daterelative._years_ago): at year precision, the published year less the count, which
# another source may write as the year itself ("the 2023 record"). Only a count of two or more written
# alone: "a year ago" is mostly a comparison's base, and a count that is half of a range ("three or four
# years ago", "30-40 years ago") or a decimal's tail ("1.5 years ago") names no one year. A bound or a hedge
# other than "about" before it is kept in the match so that the resolver can read it as a bound ("more than
# four years ago", "nearly ten years ago") or drop it ("just", "within"). Decades count ten years each: "a
# decade ago", "two decades ago", "almost a decade ago".
DATE_YEARS_AGO = regex(
    r"(?<![\d.,\-–/])(?<!\bor\s)(?<!\bto\s)(?<!\band\s)"
    r"\b(?:(?P<hedge>about|around|roughly|approximately|some|more\s+than|over|at\s+least|less\s+than|under|"
    r"within|nearly|almost|up\s+to|just|barely|only)\s+)?"
    rf"(?P<count>\d{{1,3}}|{_N_WORD}|an?)\s+(?P<unit>years?|decades?)\s+ago\b(?!['’]s\b)",
    re.IGNORECASE,
)

# A day of the month as a bare ordinal after a preposition of time: "due to meet again on the 15th", "pay
# the bill by the 28th." (extract/dateordinalday.py). Nothing it could number may follow ("the 21st century",
# "on the 18th green", "the 5th of May"): only a clause's end or a word that opens what comes next.
DATE_ORDINAL_DAY = regex(
    r"\b(?P<lead>[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|[Ss]ince)\s+the\s+"
    r"(?P<day>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)\b"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|or|at|when|if|but|with|to)\b)"
)
DATE_AGO = regex(
    r"\b(?:(?P<bound>more\s+than|over|at\s+least|less\s+than|under|within)\s+)?"
    rf"(?P<count>\d{{1,2}}|an?|{_N_WORD})\s+(?P<unit>days?|weeks?|fortnights?)\s+ago"
    r"(?:\s+(?P<day>today|yesterday|tomorrow)\b(?!['’]s\b))?\b",
    re.IGNORECASE,
)

# --- publication stamps (stamps.py) ---
# Words and separators that may stand between a stamp word and its clock or date: weekdays, months, digits,
# "at"/"on", a.m./p.m., zone abbreviations, "hrs" ("Updated: Thursday, May 2, 2013, 1:32 PM").
_STAMP_FILLER = (rf"(?:[\s,|@/:.\-–—()+]|\d+(?:st|nd|rd|th)?|\b(?:at|on)\b|{_WEEKDAY}|"
                 r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b|" rf"{_MONTH}|[ap]\.?m\b\.?|"
                 r"(?-i:\b[A-Z]{2,4}\b)|\bhrs\b)*")
# A byline's stamp word before a clock time or date: "Updated 4:08 p.m. ET", "Published on: Fri, 11 Nov 2011
# at", "Last updated at", "posted in Local News on".
STAMP_BEFORE = regex(
    r"\b(?:updated|published|posted|modified|created)\b(?:\s+in\s+[^.!?\n]{1,40}?\s+on\b)?"
    + _STAMP_FILLER + r"$",
    re.IGNORECASE,
)
# A date as bylines write it, year optional for month names: "May 2, 2013", "Fri Aug 2, 2013", "MON 22 JUL
# 2013", "7 July 2012", "06/06/13", "2013-09-26", "Jul. 7".
_STAMP_DATE = (rf"(?:(?:{_WEEKDAY}|\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun))\.?,?\s+)?"
               rf"(?:{_MONTH}\.?\s+{_DAY}(?:,?\s+{_YEAR})?|{_DAY}\s+{_MONTH}\.?,?\s+{_YEAR}"
               r"|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d\d-\d\d)")
# A fact box's field label opening its line, maybe after a list bullet: "Date and time: ", "- When: ",
# "Incident date: " (stamps.box_field_at). One to four words, the first capitalized, then a colon.
BOX_FIELD_LABEL = regex(r"[ \t*•>-]*[A-Z][a-z]+(?:[ \t]+(?:[a-z]+|&)){0,3}:[ \t]*")
# A day with its year, as a date mention's raw text must hold to be a byline's: "June 6th, 2013", "06/06/13".
STAMP_FULL_DATE = regex(rf"\b{_DAY}\b.*\b{_YEAR}\b|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{4}}-\d\d-\d\d")
# A byline date right before a clock time: "May 2, 2013, 1:32 PM", "December 15, 2008 at 1:00pm".
STAMP_DATE_BEFORE = regex(rf"(?P<date>{_STAMP_DATE})[\s,|@\-–—]*(?:at\s+)?$", re.IGNORECASE)
# A byline date right after a clock time: "8:13 AM PDT 8/2/2013", "9:53 AM, MON 22 JUL 2013".
STAMP_DATE_AFTER = regex(rf"^[\s,|@\-–—]*{_STAMP_DATE}", re.IGNORECASE)
# A clock time right before a date: "8:44AM BST 16 Sep 2013", "22:07 GMT, 7 July 2012".
STAMP_CLOCK_BEFORE = regex(
    rf"\d{{1,2}}[:.]\d\d\s?(?:{_AMPM})?\s?(?:{_ZONE}|UK)?[\s,|@\-–—]*$", re.IGNORECASE)
# "ago" right after a span of time: "30 years ago", "two weeks ago" (numbers.py).
NUM_AGO_AFTER = regex(r"\s+ago\b", re.IGNORECASE)
# A quote's introduction by the source of a reply ("The party's reply comes from ", "Reaction from "):
# the person named right after it speaks (quotes._reply_from).
INTRO_REPLY_FROM = regex(
    r"\b(?:repl(?:y|ies)|responses?|reactions?|answers?|word|rebuttal|retort)\b"
    r"(?:\s+(?:comes?|came|is|was|has come))?\s+from\s+",
    re.IGNORECASE,
)
# What may stand between "from" and the name: lower-case role words or a capitalized body's possessive
# ("deputy leader ", "the union's general secretary "), no comma or clause.
INTRO_ROLE_GAP = regex(r"(?:(?:the|its|their|[A-Z][\w'’.-]*['’]s|[a-z][a-z-]*)\s+){0,5}")
# A colon right before a quote's opening mark ("Jane Roe, chair of the trust: “..."), quotes.py.
COLON_QUOTE = regex(r":[ \t]*(?=[\"“‘'«„])")
# A live blog's entry stamp that opens a line ("19:26 Five bidders ...", "7.42pm Six ..."): the
# sentence starts after it, so a capitalized figure there is a sentence's first word, not a name.
ENTRY_STAMP = regex(rf"[ \t]*\d{{1,2}}[:.]\d\d\s?(?:{_AMPM})?\s?(?:{_ZONE})?", re.IGNORECASE)
# A clock time that opens a line and the entry after it ("23:30 The county says ...", "**10:50** Crews ...",
# "21:40 - Police ...", "7.42pm Six ..."): a live blog's entry stamp (stamps.entry_starts). Groups h, m, ap.
ENTRY_LINE = regex(r"^[ \t*#>_]*(?P<h>\d{1,2})[:.](?P<m>\d\d)(?:[ \t]?(?P<ap>[ap]\.?m\b\.?))?"
                   r"(?=(?:\*\*|__|\*|_)?[ \t]+(?:[-–—:|][ \t]+)?[\w\"“'‘])", re.IGNORECASE | re.MULTILINE)
# A clock time a live blog entry states after its opening stamp ("16:45 The briefing starts at 17:15", "07:10
# The warning took effect at midnight"): a colon clock, an hour with a.m./p.m., noon or midnight (stamps.py).
ENTRY_OWN_CLOCK = regex(rf"\b\d{{1,2}}:\d\d\b|\b\d{{1,2}}(?:[.:]\d\d)?\s?{_AMPM}|\b(?:noon|midnight)\b",
                        re.IGNORECASE)
# A clock time right after a date: "June 6th, 2013 7:38pm", "14 March 2021, 09:30 (GMT+02:00)".
STAMP_CLOCK_AFTER = regex(r"^[\s,|@\-–—]*(?:at\s+)?\d{1,2}[:.]\d\d", re.IGNORECASE)
# A clock time set before a briefing, as its modifier: "at its 5pm briefing", "a 10 a.m. news conference",
# "the 6pm update". The determiner before the clock (BRIEFING_CLOCK_BEFORE) makes it attributive.
BRIEFING_CLOCK_AFTER = regex(
    r"\s+(?:(?:news|press|media|daily|evening|morning|latest)\s+)?"
    r"(?:briefing|conference|update|bulletin|statement|announcement)s?\b", re.IGNORECASE)
BRIEFING_CLOCK_BEFORE = regex(r"\b(?:its|their|his|her|our|a|an|the)\s+$", re.IGNORECASE)
# A clock set before what names a scheduled service (stamps.clock_names_service): "from" or "to" and a place
# ("the 07:52 from Pellbury"); two places joined by "to" and a service noun ("the 07:52 Pellbury to Ashcombe
# Junction service"); or a noun of a carrier, after up to four capitalised words and one more word ("the
# 6.15am fast train", "the 10:40 Orley flight"). A bare "service" or "departure" needs the two places: "the
# 11am Remembrance service" is an event of the story. Case matters: the places are capitalised.
_SERVICE_WORD = r"(?:[^\S\n]+[A-Z][\w'’.-]*)"
SERVICE_CLOCK_AFTER = regex(
    r"(?:[^\S\n]+(?:from|to)[^\S\n]+[A-Z]"
    rf"|{_SERVICE_WORD}{{1,4}}[^\S\n]+(?:to|-|–|—){_SERVICE_WORD}{{1,4}}(?:[^\S\n]+[a-z]+)?[^\S\n]+"
    r"(?:service|train|departure|express|sailing|ferry|flight|bus|coach)s?\b"
    rf"|{_SERVICE_WORD}{{0,4}}(?:[^\S\n]+[a-z]+)?[^\S\n]+(?:train|express|sailing|ferry|flight|bus|coach)s?\b)")
# A verb of saying right before a part of day, which then dates the saying: "hospital staff said last
# night", "the council confirmed on Monday evening", "told reporters late on Saturday afternoon". The
# verb's object may stand between (up to three words, "told the Tarrow Courier", not "told him to leave");
# "on", "late", "early" may lead.
PART_SAID_BEFORE = regex(
    r"\b(?:said|says|told(?:[^\S\n]+(?!(?:to|that)\b)[\w'’]+){0,3}|added|confirmed|announced|warned|insisted|stated)"
    r"(?:[^\S\n]+(?:on|late|early|later|earlier))*[^\S\n]+$", re.IGNORECASE)
# A possessive after a part of day makes it the time of a noun ("said last night's crash"), not of the saying.
PART_POSSESSIVE_AFTER = regex(r"['’]s?\b")
# A stamp word written as a participle in running prose, with the thing published before it: "in a release
# published at 10:00 CET", "The figures were published at 8:30 a.m.", "the estimate for Q3, published at
# 10am". The stamp word is lower case and follows a word of the sentence (a comma between allowed); a
# byline's "2026, updated 16:30" (a figure before it), "| Published 05:50" and "last updated at" stay stamps.
STAMP_PARTICIPLE_BEFORE = regex(
    r"(?<![\w'’])(?!(?:last|first|originally)\b)[A-Za-z][\w'’-]*,?\s+$", re.IGNORECASE)
# A word before a date or clock that puts it in running prose ("on May 2, 2013", "at 5:01 p.m."), so it
# is an event's time, not a byline: prepositions and verbs of saying.
STAMP_PROSE_BEFORE = regex(
    r"(?-i:\b(?:on|at|by|since|until|till|from|to|of|before|after|in|around|about|near|between|and|or|"
    r"circa|as|than|through|said|says|announced|reported|dated|during|for|that))[\s,]*$")

# ---------------------------------------------------------------------------
# quotes, people and organizations (quotes.py, entities.py)
# ---------------------------------------------------------------------------
# <quotes-entities>

# Any character that may open or close a quotation (straight, curly, low-9, guillemets).
QUOTE_CHAR = regex(r"[\"“”„«»‘’']")
# A single quote that elides letters or digits ('90s, ’em, ’til, rock 'n' roll): never a quote mark.
ELISION = regex(r"[‘’'](?:\d0s\b|\d\d\b|em\b|til\b|n[‘’']|cause\b)", re.IGNORECASE)
# A sentence end outside quotations: terminal punctuation, closing marks, space, then a capital or opener.
SENTENCE_END = regex(r"[.!?…]+[”\"’')\]]*\s+(?=[“\"‘'(\[]?[A-Z0-9])")
# Verbs of saying that attribute words to a speaker ("said", "told", "wrote", "argued", ...), and the
# manner verbs tabloids put after a quote in their place ("“It was a fence post,” she laughed.").
_SPEECH_VERBS = """
    said says say told tells wrote writes added adds continued continues stated states
    argued argues warned warns noted notes explained explains insisted insists claimed claims
    posted tweeted declared declares announced announces asked asks replied responded
    acknowledged admitted emphasised emphasized stressed observed predicted predicts cautioned
    countered suggested urged vowed recalled accused concluded testified alleged
    pleaded pleads promised promises pledged pledges conceded concedes remarked reiterated quipped joked
    repeated repeats
    fumed fumes raged rages blasted blasts slammed slams revealed reveals
    laughed laughs chuckled chuckles sighed sighs beamed beams gushed gushes grinned grins
    smiled smiles enthused enthuses exclaimed exclaims sobbed
""".split()
# (Grouped by first letter, see words_alternation: the scan runs over every paragraph of every article.)
SPEECH_VERB = regex(rf"\b{words_alternation(_SPEECH_VERBS)}\b")
# "according to X": attribution with the speaker after it.
ACCORDING_TO = regex(r"\b[Aa]ccording to\s+")
# A relative clause that ends a speaker phrase ("an official who declined to be named").
RELATIVE_CLAUSE = regex(r"\s+(?:who|whom|whose|which|that)\b.*$", re.DOTALL)
# A scraped Twitter/X embed: post text, maybe an ellipsis and links, then "— Name (@handle) Month D, YYYY".
SOCIAL_EMBED = regex(
    r"(?P<body>\S.*?)\s*+(?:(?:…|\.\.\.)\s*+)?(?:(?:https?://|pic\.twitter\.com/)[^\s—–]++\s*+)*+"
    r"(?:[—–]|--?)\s*+(?P<name>[^()—–\n]{2,80}?)\s*\(@(?P<handle>\w{1,30})\)\s*"
    r"(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})\s*$",
    re.DOTALL,
)
# One word token of a name phrase: capitalized words with inner apostrophes/hyphens, abbreviations, initials.
NAME_TOKEN = regex(r"[\w][\w'’.&-]*")
# Space inside one line: names never run across a line or paragraph break.
_Q_SP = r"[^\S\n]"
# Capital letters of the Latin alphabets ("Étienne", "Øyvind", "Łukasz"), for the name patterns below.
_UP = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper() and c.isalpha())
# A run of capitalized words (with name particles and known abbreviations) on one line: raw names.
# A hyphened particle joins its surname to the given name ("Tariq al-Hadi", "Omar bin-Salem").
CAP_RUN = regex(
    rf"(?<![\w@#'’])(?:(?:Sen|Rep|Gov|Gen|Lt|Col|Dr|Mr|Mrs|Ms|Sgt|Adm|Capt|Maj|Prof|Pres|Sec|St|Jr|Sr)\.|[A-Z]\.(?:[A-Z]\.)*|"
    rf"[{_UP}][\w'’&-]*[\w])(?:{_Q_SP}(?:(?:de|da|di|du|van|von|der|den|bin|al|del|la|le|dos){_Q_SP}|(?:al|el|bin|ibn|abu|ben)-)?"
    r"(?:(?:Sen|Rep|Gov|Gen|Lt|Col|Dr|Mr|Mrs|Ms|Sgt|Adm|Capt|Maj|Prof|Pres|Sec|St|Jr|Sr)\.|[A-Z]\.(?:[A-Z]\.)*|"
    rf"[{_UP}][\w'’&-]*[\w]|[A-Z]))*"
)
# An acronym in parentheses after the name it defines, "Department of Defense (DOD)"; read backwards.
ACRONYM_DEF = regex(r"\s\((?P<acr>[A-Z][A-Za-z&.]{1,9})\)")
# A word that may belong to a defined name: capitalized, or a connector ("of", "for", "the").
NAME_OR_CONNECTOR = regex(r"[A-Z][\w'’&.-]*|of|for|and|the|on|a|de|du|des|to")
# Head words that make a capitalized run an institution (plain words; orgs.ORG_WORDS is built from them).
ORG_HEAD_WORDS = (
    "Department Ministry Agency Commission Committee Council Bureau Institute Center Centre Corporation "
    "Corp. Inc. Inc Company Association Foundation University College Bank Fund Party Union Organization "
    "Organisation Authority Administration Board Court Forum Service Office Laboratory Labs Group Holdings "
    "Technologies Systems Partners Alliance Coalition Federation Society Academy Parliament Assembly "
    "Airlines Airways Army Navy Command Guard Trust Water Energy Power Gas Utilities Securities Insurance "
    "Pharmaceuticals Motors Industries Enterprises Capital Media Communications Railways Ltd plc PLC LLC "
    "LLP GmbH Hospital Clinic Infirmary Police Health Trains Buses Ferries Products Brands Logistics Rescue "
    "Brigade League"
)
_Q_HEADS = words_alternation(sorted(ORG_HEAD_WORDS.split(), key=len, reverse=True))
# A capitalized word inside an organization's name (no trailing period, so a sentence end stops the name).
_Q_CAPW = r"(?:[A-Z][\w'’&-]*|U\.S\.|U\.K\.)"
# An organization named by its kind, on one line: caps (joined by "and"/"&": "Competition and Markets
# Authority") ending in an institutional head word, with an optional "of/for/on ..." tail ("Department of
# Health and Social Care").
# An institution that is an organisation only with its "of" tail ("Museum of Natural Sciences", "Gallery of
# Fine Arts"): a bare "Ashcombe Museum" is a building a story is set in, named in most of its sentences, and
# read as an organisation it joined sentences on the museum's name alone (heist lost two value pairs).
INSTITUTION_HEAD_WORDS = (
    "Museum Gallery Galleries Library Archives Observatory Planetarium Aquarium Conservatory")
_Q_INSTITUTIONS = words_alternation(sorted(INSTITUTION_HEAD_WORDS.split(), key=len, reverse=True))
_Q_TAIL = (rf"(?:{_Q_SP}+(?:the|a|an))?(?:{_Q_SP}+(?:[A-Z][\w'’&-]*|and)){{0,6}}"
           rf"{_Q_SP}+[A-Z][\w'’&-]*")
# A day or month after the connector dates the sentence, it names no part of the body: "Calder Crown
# Court on Tuesday" was one organisation, which agreed only with another "... on Tuesday" and left a
# plain "Calder Crown Court" unique.
_Q_NOT_DAY = (rf"(?!{_Q_SP}+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April"
              r"|May|June|July|August|September|October|November|December)\b)")
ORG_PHRASE = regex(
    rf"(?<![\w'’])(?:{_Q_CAPW}{_Q_SP}+(?:(?:and|&){_Q_SP}+)?){{0,6}}"
    rf"(?:(?:{_Q_HEADS})(?![\w&])(?:{_Q_SP}+(?:of|for|on){_Q_NOT_DAY}{_Q_TAIL})?|(?:{_Q_INSTITUTIONS}){_Q_SP}+of{_Q_TAIL})"
)
# An institution's head and "of" right before a capitalised run: the run is the rest of the institution's
# name ("Museum of Natural Sciences", "University of Eastern Carolina"), never a person.
INSTITUTION_OF_BEFORE = regex(
    rf"\b(?:{_Q_HEADS}|{_Q_INSTITUTIONS}){_Q_SP}+(?:of|for){_Q_SP}+(?:the{_Q_SP}+)?$")
# A leading possessive word before an organization's name ("Britain's Competition and Markets Authority").
LEADING_POSSESSIVE = regex(r"^[A-Z][\w-]*['’]s?\s+")
# A capitalized word right after a match: a policy-area head ("Energy Secretary") is then a title, not a name.
CAP_AFTER = regex(rf"{_Q_SP}+[A-Z]")
# A dateline opening a paragraph, agency in parentheses: "AUSTIN, Texas (TPA) -", "LONDON, Nov 19 (XYZ) –".
DATELINE_OUTLET = regex(
    rf"^{_Q_SP}*[A-Z][A-Z.'’ -]{{1,40}}(?:,{_Q_SP}+[A-Z][\w.]*(?:{_Q_SP}+[\w.]+){{0,3}})*"
    rf"{_Q_SP}+\((?P<outlet>[A-Z][A-Za-z]{{1,9}})\){_Q_SP}*[-–—]",
    re.MULTILINE,
)
# A wire dateline around a date: the upper-case place (and region) opening its line before it, "(Agency) -"
# after it: "KASTEL, Nov 12 (Baltra News Agency) -", "DOLNI BROD, Ostrevia, Nov 15 (CPA) -".
DATELINE_PLACE_BEFORE = regex(rf"^{_Q_SP}*[\"“]?[A-Z][A-Z.'’ -]{{1,40}}"
                              rf"(?:,{_Q_SP}+[A-Z][\w.]*(?:{_Q_SP}+[\w.]+){{0,3}})*,{_Q_SP}+$")
DATELINE_AGENCY_AFTER = regex(rf"{_Q_SP}*\([A-Z][\w&.'’ -]{{0,40}}\){_Q_SP}*[-–—]")
# The two characters before a word in mid-sentence: a lower-case letter or a comma, then a space.
MID_SENTENCE = regex(r"[a-z,;] $")
# "and" right after a name: the name is joined to the next one ("Food and Drug Administration").
AND_AFTER = regex(r"\s+(?:and|&)\s")
# A locative preposition (or a verb of travel and "to"/"from") right before a name: a place, not a person.
LOCATIVE_BEFORE = regex(
    r"(?:\b(?:in|at|near|outside|inside|across|throughout|around|towards?|into|via)"
    r"|\b(?:flew|flown|fly|flies|travell?ed|travels?|went|goes|moved|returned|headed|drove|driven|sailed|"
    r"came|comes|relocated|fled|evacuated|arrived|bound)\s+(?:back\s+)?(?:to|from|in)"
    r"|\b\d{1,3},\s+from)\s+$"
)
# A photo credit or byline after a name ("Markus Schreiber / Associated Press", "Jane Doe contributed").
CREDIT_AFTER = regex(r"\s*(?:/|\|)\s*[A-Z]|\s+contributed\b|\s+reported from\b")
# A line that names the article's own staff, not people in the story: a byline alone on its line
# ("By Sam Reyes", "By Ana Ruiz and Lee Park, Staff writers", "By Sarah Penhaligon in Madrid") and
# a wire service's credit line ("(Reporting by Lucia Mendez; Editing by Ruth Keane)"). A byline's
# names are two to four capitalised words each; what follows them is a comma and a role without
# figures or a full stop, or "in" and a place; then perhaps the date, as bylines write it ("By Jess
# Nguyen | 14/01/2026", "By Ana Ruiz, 2026-01-14"). "By Monday evening 37 ambulances had been
# diverted" and "By Christmas Eve, the shelters were full." are sentences, not bylines.
_BYLINE_NAME = r"[A-Z][\w'\u2019.-]*(?:[ \u00a0]+[A-Z][\w'\u2019.-]*){1,3}"
STAFF_LINE = regex(
    r"[ \t]*(?:By[ \t]+" + _BYLINE_NAME + r"(?:(?:,[ \t]*|[ \t]+and[ \t]+)" + _BYLINE_NAME + r")*"
    r"(?:[ \t]*(?:,|\||\u2014|\u2013|-)[ \t]*[A-Za-z][A-Za-z '&\u2019-]{0,60}"
    r"|[ \t]+in[ \t]+[A-Z][A-Za-z '\u2019-]{0,40})?"
    r"(?:[ \t]*(?:,|\||\u2014|\u2013|-)[ \t]*(?i:" + _STAMP_DATE + r"))?"
    r"|\(?[ \t]*(?:Additional[ \t]+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ff]act-checking)"
    r"[ \t]+by[ \t]+[^\n]{0,300})[ \t]*$"
)
# A line of text: paragraphs when no passages say where they are.
LINE = regex(r"[^\n]+")
# What may stand between an attribution and the second half of a split quote (“A,” she said on Monday, “B”).
SPLIT_GAP = regex(r"^(?:(?:in|on|at|to|during|from|after|before)\b[^,;]{0,40}|\w+(?: \w+)?)$")
# Leading words that join a clause to its subject ("while a Pentagon official said").
JOINERS = regex(
    r"^(?:and|but|while|as|which|who|that|because|since|so|when|after|although|though|"
    r"whereas|where|even|then|also|if|meanwhile)\s+",
    re.IGNORECASE,
)
# Words after a subject and before its verb, cut off ("Amodei on Thursday said", "X has also said"). An -ly
# word right before a capitalized name, or one word before it, describes the name instead ("a visibly shaken
# Jane Roe said", "a clearly emotional John Doe told"): the subject is still to come, so it is no tail.
SUBJECT_TAIL = regex(
    r"\s+(?:on|in|at|during|earlier|later|late|last|this|yesterday|today|also|previously|then|again|now|"
    r"further|once|has|had|have|would|will|could|[a-z]+ly\b(?!(?:\s+[a-z][a-z-]*)?\s+[A-Z]))\b.*$",
    re.DOTALL,
)
# A single capital letter: an initial whose period does not end a sentence.
INITIAL = regex(r"[A-Z]")
# A word of a quotation, for counting its length (inner apostrophes and hyphens kept).
QUOTE_WORD = regex(r"[^\W_]+(?:['’\-][^\W_]+)*")
# Any letter or digit: text before a quote in its sentence that weaves the quote in.
WORDISH = regex(r"\w")
# A comma right after the quoted words, inside or outside the closing mark (“Yes,” she said).
TAIL_COMMA = regex(r"[”\"’']?\s*,|,")
# A leading article before an organization's name.
LEADING_ARTICLE = regex(r"^(?:The|A|An)\s+")
# A lower-case company role between an organization and a person ("Pentagon spokesman Sean Parnell").
ROLE_THEN_NAME = regex(r"\s(?:spokes(?:man|woman|person)|chief executive|founder|co-founder)\s+[A-Z]")
# The same after a name of two words or more, where the role word also marks the end of the body's name:
# "Carellia Air boss Jane Roe", "Norvik Rail chief Jane Roe". Not offices a state or a team gives
# ("president", "leader", "coach"): "South Korean president", "New Zealand coach" name no body.
ROLE_THEN_NAME_AFTER_BODY = regex(
    r"\s(?:spokes(?:man|woman|person)|chief executive|chief|boss|founder|co-founder|chairman|chairwoman|"
    r"chairperson)\s+[A-Z]")
# A lower-case role word right before a name: the name is a person ("spokesman Sean Parnell", "Acme boss
# Jane Roe", "Union chief Jane Roe", "transport minister Jane Roe"). Only offices a person holds: a lower-case
# noun never heads the name of a body after it, so the run that follows is the holder's name. After an
# ``office`` word the name needs two words: "Mob boss Vincent \"The Chin\" ..." has a nickname next. The
# role may be set off by a comma as an appositive title ("said the country's foreign minister, Jane Roe."):
# the name then needs two words too. Public offices and the experts a story quotes ("central bank governor
# Jo Ode", "economist Jo Ode") are offices too: a given name no list holds was no person after them, so a
# "he said" after the quote went to whoever the article had named before.
# A role may also run on past "for" or "of" into the brief it holds ("cabinet member for housing Jo Ode",
# "director of public health Jo Ode"): the brief's lower-case words sit between the role and the name,
# and, as after an office word, the name needs two words. An article or a possessive there ("spokesman
# for the Harbour Trust") makes what follows a body, not the brief before a name.
ROLE_BEFORE = regex(
    r"(?:^|\s)(?:spokes(?:man|woman|person)|chief executive|founder|co-founder|chairman|chairwoman|"
    r"president|director|official|(?P<office>chairperson|boss|chief|head|leader|minister|secretary|manager|"
    r"coach|governor|mayor|commissioner|ambassador|treasurer|economist|analyst|strategist|adviser|advisor)|"
    r"member|councillor|councilor)"
    r"(?P<brief>\s+(?:for|of)(?:\s+(?!(?:the|a|an|its|his|her|their|our|this|that)\b)[a-z][a-z-]*){1,3})?(?<!\bmember)(?<!councillor)(?<!\bcouncilor)"
    r"(?P<comma>,)?\s+$"
)
# An office whose title runs on past "of" ("Minister of State Tariq al-Hadi", "Secretary of Defense Jo
# Ode"): the capitalized run after it opens with the rest of the title, then the name.
OFFICE_OF_BEFORE = regex(
    r"\b(?:Minister|Secretary|Commissioner|Chancellor|Minister-President)[^\S\n]+of[^\S\n]+$")
# An age in apposition right after a name ("Jane Roe, 34, from ...", "Jane Roe, aged 71;", "Jane Roe (34)"):
# people are given ages, organizations and places are not.
AGE_AFTER = regex(r",[^\S\n]+(?:aged[^\S\n]+)?\d{1,3}(?:[,;]|\.(?!\d))|[^\S\n]+\(\d{1,3}\)")
# An age written as a compound adjective right before a name, maybe with a trade noun between ("19-year-old
# Jo Roe", "the 71-year-old shepherd Jo Roe"): people are described so, bodies are not. Two digits at
# most: a building or a firm ("the 150-year-old Mill") reaches ages no person has.
AGE_BEFORE = regex(r"(?<![\w-])\d{1,2}-year-old(?:[^\S\n]+[a-z][a-z-]*){0,2}[^\S\n]+$")
# A relative clause on a name's kin right after it (", whose family has run the farm", ", whose wife"):
# only a person has a family or a spouse; a firm's or a club's "whose" takes shares, owners or fans.
KIN_RELATIVE_AFTER = regex(
    r",[^\S\n]+whose[^\S\n]+(?:own[^\S\n]+|late[^\S\n]+)?(?:family|husband|wife|partner|son|sons|daughter|"
    r"daughters|mother|father|parents|children|brother|brothers|sister|sisters|grandfather|grandmother|"
    r"grandparents|kids|fiancée?)\b")
# An appositive noun phrase right after a name (", a bus driver", ", the retired teacher who"): its
# lower-case words, of which entities.py takes the head for a person descriptor.
DESCRIPTOR_APPOSITIVE_AFTER = regex(
    r",[^\S\n]+(?:a|an|the)[^\S\n]+(?P<words>[a-z][\w-]*(?:[^\S\n]+[a-z][\w-]*){0,3})")
# A verb of saying right before a name, in an inverted attribution ('..." said Jane Roe.').
SAID_BEFORE = regex(r"\b(?:said|says|added|explained|recalled|wrote|asked)[^\S\n]+$")
# The name closes its clause after an inverted attribution: a punctuation mark or the line's end.
CLAUSE_END_AFTER = regex(r"[^\S\n]*(?:[,.;:!?]|$)", re.MULTILINE)
# "claimed responsibility/credit" after a name: a deed owned, not words said (groups claim attacks).
CLAIMED_DEED = regex(r"claim(?:ed|s)[^\S\n]+(?:responsibility|credit)\b")
# A word written in lower case (an article's vocabulary: "while", "so", "unique" are words there).
LOWER_WORD = regex(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
# The lower-case word right before a name, maybe hyphenated ("grandmother", "mum-of-two"): a descriptor?
WORD_BEFORE = regex(r"(?<![\w'’-])(?P<word>[a-z][a-z-]*)[^\S\n]+$")
# A person noun set off by a comma before a name, after a determiner ("His mother, Jane Roe, said"):
# entities.py takes it for a descriptor when a comma closes the apposition after the name too.
DESCRIPTOR_COMMA_BEFORE = regex(
    r"(?<![\w'’-])(?:his|her|their|my|our|its|the)[^\S\n]+(?P<word>[a-z][a-z-]*),[^\S\n]+$", re.IGNORECASE)
# The comma that closes an appositive name (", Jane Roe, spoke"): the name is set off on both sides.
APPOSITION_CLOSE_AFTER = regex(r"[^\S\n]*,")
# Initials only ("J.", "J.R."): allowed inside a person's name although upper case.
INITIALS = regex(r"(?:[A-Z]\.)+")
# A social-media handle right after a name ("Sean Parnell (@SeanParnellASW)").
HANDLE_AFTER = regex(r"\s*\(@\w+\)")


def alias_pattern(names: list[str]) -> str:
    """Any of the given names as a whole word, longest first, case-sensitive (built from alias data).

    The names are grouped by first letter (:func:`words_alternation`): same matches, one test per
    first character instead of one per name.
    """
    body = words_alternation(sorted(names, key=len, reverse=True))
    return rf"(?<![\w.@#]){body}(?![\w]|\.\w)"


def alias_matcher(names: list[str]) -> re.Pattern[str]:
    """:func:`alias_pattern`, compiled (names learned from an article: compiled each time)."""
    return re.compile(alias_pattern(names))


# Where a sentence starts: the text's or a line's start, or after a sentence end (and a closing mark).
# A live blog's entries open with their clock time ("20:40 Minister Jo Ode is closing the debate."): a
# line's sentence starts after it.
_SENTENCE_START = r"(?:(?:^|\n\s*)(?:\d{1,2}[:.]\d\d(?:\s?[ap]\.?m\.?)?\s+)?|[.!?…:;][”\"’']?\s+)"
# What may stand before a sentence's subject: a sentence end or line start, an opening adverbial ("On
# Monday, "), then capitalized title words ("Interior Minister "): a name there can be "he" or "she" later.
# An age and a trade noun may open the name in apposition to the opening phrase ("The youngest rower,
# 19-year-old apprentice Jo Roe, was ..."): the name is still what the sentence is about.
SUBJECT_LEAD = regex(
    _SENTENCE_START + r"(?:[A-Z][^,.!?;:\n]{0,64},\s+)?(?:\d{1,2}-year-old\s+(?:[a-z][a-z-]*\s+){0,2})?"
    r"(?:[A-Z][\w'’.-]*\s+){0,5}$"
)
# "more" between a count and its noun ("two more climbers are still missing"), read past as "further" and
# "additional" are ("two further bodies"): the count's noun follows it. Not "more than", a comparison.
NUM_MORE_BEFORE_NOUN = regex(r"[^\S\n]+more(?=[^\S\n]+(?!than\b)[a-z])")
# "such" between a figure and its noun ("41 such operations", "three such cases"): a determiner, not the
# noun; read as a function word it ended the noun phrase and the figure counted nothing. "such as" lists.
NUM_SUCH_BEFORE_NOUN = regex(r"[^\S\n]+such(?=[^\S\n]+(?!as\b)[a-z])")
# An inverted sentence whose subject follows its verb ("Also in the van was ", "Among the injured were
# ", "Joining them was "): the name after the verb is who the sentence is about, whom "he" or "she" means.
# The verb may be present ("Among those laid off is ") and a described role may stand in apposition before
# the name ("Among the dead is the club's treasurer, retired nurse "): the name is still the subject.
INVERTED_SUBJECT_LEAD = regex(
    _SENTENCE_START + r"(?:Also|Among|Joining|Alongside|Aboard|With\s+them)\b[^,.!?;:\n\"“”]{0,48}?"
    r"\s(?:was|were|is|are)\s+"
    r"(?:(?:the|an?|his|her|their|its)\s+[^,.!?;:\n\"“”]{1,40}?,\s+(?:[a-z][\w-]*\s+){0,2})?"
    r"(?:[A-Z][\w'’.-]*\s+){0,3}$"
)
# A reporting clause put after what was said (", said councillor ", ", says Dr "): the name after the verb is
# who said it, the sentence's subject, whom a later "she said" can mean. Lower-case role words and titles may
# stand between; a preposition or a joiner may not ("said a friend of " names the friend, not the person).
REPORTING_SUBJECT_LEAD = regex(
    r",[^\S\n]+(?:said|says)[^\S\n]+"
    r"(?:(?!(?:of|by|to|for|with|about|at|in|on|from|and|or|that)\s)(?:[a-z][\w'’-]*|[A-Z][\w'’.-]*)\s+){0,4}$"
)
# What closes the name of such a clause: a comma (", who chairs ...") or the sentence's end. A name with more
# words after it is the object of what was said (", said the result gave Ms Roe a mandate").
REPORTING_SUBJECT_END = regex(r"[^\S\n]*(?:[,;]|[.!?](?:\s|$)|$)")
# The same with lower-case role words between the capitalized ones and the name ("Union chief ", "NRH
# chief executive "): the role words are checked against speakers.ROLE_NOUNS, so "Police arrested " is none.
# After an opening adverbial ("In Eskton, retired welder ") the role words may open the subject themselves;
# so they may after an opening time written without a comma ("Last night central bank deputy chief ").
# A courtesy title may stand between the role words and the name ("Lead researcher Dr ").
_SUBJECT_TIME_LEAD = (r"(?:Last\s+(?:night|week|month|year)|Yesterday|Earlier|Later|Today|Tonight|Meanwhile"
                      r"|This\s+(?:morning|afternoon|evening|week)"
                      r"|On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+")
SUBJECT_ROLE_LEAD = regex(
    _SENTENCE_START
    + r"(?:[A-Z][^,.!?;:\n\"“”]{0,40},\s+(?:[A-Z][\w'’.&-]*\s+){0,4}|" + _SUBJECT_TIME_LEAD
    + r"(?:[A-Z][\w'’.&-]*\s+){0,4}|(?:[A-Z][\w'’.&-]*\s+){1,4})"
    r"(?P<roles>(?:[a-z][a-z-]*\s+){1,4})(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sir|Dame|Rev)\.?\s+)?$"
)
# A coordinated clause whose subject is a person with a role: "The pass rate rose, and head teacher " /
# ", but union official Dr ": the role words are checked as SUBJECT_ROLE_LEAD's are.
CLAUSE_ROLE_LEAD = regex(
    r",\s+(?:and|but|while|whereas)\s+(?P<roles>(?:[a-z][a-z-]*\s+){1,4})"
    r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sir|Dame|Rev)\.?\s+)?$"
)
# The word right before a person's name, for the pronoun it shows ("grandmother Margaret Doyle", "Mrs"),
# or before it as an apposition's head noun ("his daughter, Jo Roe,"; "the club's chairman, Ed Bly").
PRONOUN_WORD_BEFORE = regex(r"\b(?P<word>[A-Za-z]+(?:-[A-Za-z]+)*)[.,]?\s+$")
# A possessive right after a name, joined to it ("Roe, her voice shaking", "Roe and his team"); a bare
# "gave Roe her blessing" is left out, since "her" there may be the subject's.
PRONOUN_POSSESSIVE_AFTER = regex(r"(?:,\s*|\s+(?:and|with)\s+)(?P<pron>his|her)\b")
# A live blog entry's time stamp opening a subject phrase ("14:40 Brennick prosecutors say"): no part of it.
SUBJECT_STAMP_LEAD = regex(r"^\s*\d{1,2}[:.]\d\d(?:\s?[ap]\.?m\.?)?\s+(?=[A-Z])")
# A segment of a subject phrase that is an age ("44", "aged 71"): an appositive to step over.
AGE_SEGMENT = regex(r"(?:aged\s+)?\d{1,3}", re.IGNORECASE)
# A relative pronoun opening a segment ("who flew to ...", "whose son ..."): it describes the name before.
RELATIVE_START = regex(r"(?:who|whose|whom|which)\b", re.IGNORECASE)


# A person appositive after a name: ", a senior fellow", ", the company's chief executive", ", who ...",
# or a title without an article that says of, for or at what ("deputy chair of the works council", "head of
# sales", "spokesman for the charity", "professor at the institute").
_APPOSED_ROLE = (
    r"(?:fellow|professor|spokes(?:man|woman|person)|analyst|director|executive|economist|researcher|"
    r"official|lawyer|attorney|senator|president|founder|co-founder|chief|adviser|advisor|author|"
    r"scientist|chair(?:man|woman)?|manager|partner|head|secretary|minister|leader|member|editor|"
    r"reporter|correspondent|CEO|strategist|expert|historian|diplomat|ambassador|governor|mayor|general|"
    r"commander|officer|engineer|investor|owner|student|teacher|doctor|nurse|activist|candidate|coach|trainer|"
    r"captain|(?:pro-)?(?:vice-)?chancellor|provost|dean|rector|registrar)"
)
# A compound office joined by hyphens ("Jo Roe, secretary-general of the ...", "editor-in-chief of")
# is its head word's role: without it the bare appositive read no role, and an unlisted given name was
# no person, so "he said" after it went to the capitalized words of the body's name.
# A body's name in the possessive opens an appositive as "its" does: "Jane Roe, Tolvane Mining's chief
# executive, said", "Jane Roe, Ashworth's pro-vice-chancellor".
_NAMED_OWNER = r"(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s"
PERSON_APPOSITIVE = regex(
    rf",\s+(?:who\b|(?:a|an|the|its|his|her|their|{_NAMED_OWNER})\s+(?:[\w'’-]+\s+){{0,4}}?{_APPOSED_ROLE}\b"
    rf"|(?:[a-z][\w'’-]*\s+){{0,2}}?{_APPOSED_ROLE}(?:-[a-z]+){{0,2}}\s+(?:of|for|at)\b)"
)

__all__ = ["re"]

# --- updates: a figure the writer gives as superseded or as the latest (extract/updates.py) ---

# A change verb: what a figure "rose", "was revised", "fell" from or to. ("Cut" is left out: read as one,
# "cut December's to 176,000 from 212,000" became an update that hid another outlet's 167k as a second
# later value, no longer a divergence: jobsreport verdicts 0.97 -> 0.94.)
_UPDATE_VERB = (r"(?:rose|risen|rises|rising|climbed|climbs|jumped|jumps|increased|increases|grew|grown|"
                r"surged|soared|swelled|fell|fallen|falls|dropped|declined|revised|revising|raised|raising|"
                r"lowered|lowering|updated|upgraded|downgraded|went\s+up|gone\s+up|edged\s+(?:up|down)|"
                r"ticked\s+(?:up|down)|shrank|shrunk|decreased)")
# A hedge that may stand between the cue words and the figure ("rose to more than 60").
_UPDATE_HEDGE = r"\s+(?:(?:at\s+least|more\s+than|nearly|about|some|over|almost|around)\s+)?$"
# Words right before a figure that give it as the latest one: "rose to", "has risen overnight to", "was
# revised up to", "rose 12% to", "now stands at", "has reached", ", later", "April's (was) down to", "had 412
# pupils a decade ago and now have just 238" (the figure the clause before gave, at present).
UPDATE_LATER_BEFORE = regex(
    r"(?:\b" + _UPDATE_VERB + r"(?:\s+\S+){0,4}?\s+to"
    r"|\bnow\s+(?:stands?\s+at|stood\s+at|at|is|put\s+at|totals?|(?:has|have)(?:\s+(?:just|only))?)"
    r"|\b(?:has|have)\s+(?:now\s+)?reached"
    r"|\b(?:but|and)\s+later|,\s*later"
    r"|(?:['\u2019]s|\b(?:was|were|is|are|now))\s+(?:now\s+)?down\s+to)" + _UPDATE_HEDGE,
    re.IGNORECASE)
# Words right before a figure that give it as superseded: "up from", "rose from", "revised down from", "cut
# April's gain to 49,800 from" (the old figure after the new one, however long the object),
# "down 38,000 on September's", "first reported", "police initially said", "first priced at", "originally
# budgeted at", "originally", "will take 45 minutes instead of 80", "rather than 12", "an
# earlier toll of", "the previous estimate was"
# (a noun between: "the first of two" is an ordinal). Not "the previous record/best/high of": an old
# record is a fixed figure of its own that every source states unchanged, not an earlier report of the
# new one (a tabloid's "£38.7m record" against "the previous best of £35.7 million" read as an update
# hid the divergence).
# A record's noun: "the previous record/best/high/peak/low of" (not an update cue, above).
_RECORD_NOUN = r"(?:records?|best|highs?|highest|lows?|lowest|peaks?)\b"
UPDATE_EARLIER_BEFORE = regex(
    r"(?:\b(?:up|down|" + _UPDATE_VERB[3:-1] + r")(?:\s+\S+){0,3}?\s+from"
    r"|\b" + _UPDATE_VERB + r"(?:\s+\S+){0,3}?\s+to\s+(?:[$£€]|US\$)?[\d.,]+\S*"
    r"(?:\s+(?:million|billion|bn|m))?" + _UPDATE_PERIOD + r",?\s+from"
    r"|\b(?:up|down|" + _UPDATE_VERB[3:-1] + r")\s+[\d.,]+\w*\s+on\s+(?:the\s+)?[\w-]+['\u2019]s"
    r"|\b(?:first|initially|originally|previously|earlier)(?:,?\s+[\w'’-]+){0,3}?\s+(?:reported|said|put|"
    r"gave|given|estimated|stood|counted|announced|confirmed|stated|was|were)(?:\s+(?:at|as|that))?"
    r"|\b(?:first|initially|originally|previously)\s+(?:priced|costed|valued|budgeted|forecast|projected)\s+at"
    r"|\b(?:initially|originally|previously)"
    r"|\b(?:instead\s+of|rather\s+than)"
    r"|\b(?:an?|the|its|their)\s+(?:earlier|previous|initial|original|prior|first)"
    r"(?:\s+(?!" + _RECORD_NOUN + r")[\w'’-]+){1,2}?\s+(?:of|at|was)"
    r")" + _UPDATE_HEDGE,
    re.IGNORECASE)

# --- intervals between events (extract/intervals.py) ---

# A span of time measured from an event: "(about) an hour after", "two days later", "hours before",
# "within 30 minutes of", "half an hour later", "a quarter of an hour later" (not its "an hour later" alone,
# an hour where the writer said 15 minutes), "an hour and a half after". The amount is digits, a number
# word below a hundred ("fourteen minutes later", "twenty-two minutes after": read only up to twelve, the
# rest left "minutes later" to be read as a vague few minutes), "a"/"an", "a few"/"several", or nothing
# before a plural unit ("hours before"); a
# larger unit's amount may lead it ("82 hours and 35 minutes after", "two days and six hours later").
INTERVAL = regex(
    r"\b(?:(?P<q>about|around|roughly|nearly|almost|approximately|some|just|only|less\s+than|more\s+than|"
    r"over|under|up\s+to|at\s+least|within|barely)\s+)?"
    rf"(?:(?P<big>\d{{1,3}}|an?|{_N_WORD})\s+"
    rf"(?P<bigunit>days?|hours?|minutes?),?\s+(?:and\s+)?(?=\d|an?\s|{_N_WORD}))?"
    rf"(?P<n>(?:half\s+an?|(?:a|one|three)[\s-]quarters?\s+of\s+an?|an?|{_N_WORD}|a\s+few|"
    r"several|a\s+couple\s+of|\d+(?:\.\d+)?)(?:\s+|-))?"
    r"(?P<unit>seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?)"
    r"(?P<half>\s+and\s+a\s+half)?"
    r"\s+(?P<rel>after|before|later|earlier|of)\b",
    re.IGNORECASE)
# A slip of one unit of time told with an article: "pushed back by a year", "delayed by a month", "slipped
# by about a week", "postponed by one year" (intervals.delays). Group `amt` is the span as written, `n` its
# article ("a", "an", "one"), `q` a hedge. A numeral ("by six months") is read as any figure already.
SLIP_BY_ONE = regex(
    r"\b(?:delay(?:ed|s)?|(?:push|put|set|mov)(?:e|es|ed|ing)?\s+back|pushed\s+back|postpone[ds]?|"
    r"defer(?:red|s)?|held\s+up|slip(?:ped|s)?|overr[au]n|late)\s+by\s+"
    r"(?:(?P<q>about|around|almost|nearly|roughly|approximately)\s+)?"
    r"(?P<amt>(?P<n>an?|one)\s+(?P<unit>day|week|fortnight|month|year)(?![\w-]))", re.IGNORECASE)
# The same slip told after the span: "will open a year late", "is a month behind schedule", "one year behind
# the original programme". "Behind" needs its schedule ("a year behind his brother" is an age); "later" is
# another word ("a year later than planned" is read by intervals._AGAINST_PLAN). A bound is left unread in
# both: "more than a year behind schedule" holds a 14-month and an 18-month delay alike, so it would join
# two outlets' rival figures as one.
ONE_UNIT_LATE = regex(
    r"(?<![\w'’-])(?<!\bthan\s)(?<!\bover\s)(?<!\bleast\s)(?:(?P<q>about|around|almost|nearly|roughly)\s+)?"
    r"(?P<amt>(?P<n>an?|one)\s+(?P<unit>day|week|fortnight|month|year))\s+"
    r"(?:late\b|behind\s+(?:the\s+)?(?:original\s+|planned\s+)?"
    r"(?:schedule|timetable|programme|program|plan|time)\b)", re.IGNORECASE)
# A journey's length between two steps, written as a duration: "took just five days to get from base camp
# to the top", "took them 11 hours to reach the shore" (intervals._journeys). Group amt is the span as
# written, group way what the journey went to or between (after its verb), up to the sentence's end.
JOURNEY_TIME = regex(
    r"\btook\s+(?:(?:her|him|them|us|me|it)\s+)?(?P<amt>(?:(?P<q>about|around|roughly|nearly|almost|"
    r"approximately|some|just|only|less\s+than|more\s+than|over|under|at\s+least|barely)\s+)?"
    rf"(?P<n>an?|{_N_WORD}|\d+(?:\.\d+)?)(?:\s+|-)"
    r"(?P<unit>minutes?|hours?|days?|weeks?|months?)(?P<half>\s+and\s+a\s+half)?)\s+to\s+"
    r"(?:get|go|travel|climb|walk|sail|drive|fly|reach|make\s+it|cross)\b(?P<way>[^.;:!?\n]{0,80})",
    re.IGNORECASE)
# A warning's lead time, the span before an event written as a duration (intervals._leads): "a lead time of
# 14 minutes", "14 minutes' warning", "a 20-minute warning", "an hour's notice of the flood", "had 12 minutes
# to take cover". Group amt is the span as written (hedge, amount, unit), the mention's text. "Notice" is a
# lead only before the event it warns of ("of", "before"): a bare "with 48 hours' notice" or "on 30 days'
# notice" is a notice period, the span other outlets write "48 hours to leave" (a plain duration).
_LEAD_AMOUNT = (r"(?P<amt>(?:(?P<q>about|around|roughly|nearly|almost|approximately|some|just|only"
                r"|less\s+than|more\s+than|over|under|up\s+to|at\s+least|barely)\s+)?"
                rf"(?P<n>an?|{_N_WORD}|\d+(?:\.\d+)?)(?:\s+|-)"
                r"(?P<unit>seconds?|minutes?|hours?|days?)(?P<half>\s+and\s+a\s+half)?)")
LEAD_TIME = regex(
    r"\blead[\s-]+times?\s+of\s+" + _LEAD_AMOUNT.replace("?P<", "?P<a_") + r"\b"
    r"|\b" + _LEAD_AMOUNT
    + r"(?:['’]s?)?\s+(?:of\s+)?(?:advance\s+|early\s+)?"
    r"(?:warning|notice(?=\s+(?:of|before)\b)|lead[\s-]+time)\b"
    r"|\b" + _LEAD_AMOUNT.replace("?P<", "?P<b_") + r"\s+to\s+(?:take\s+cover|take\s+shelter|seek\s+shelter"
    r"|find\s+shelter|get\s+to\s+(?:a\s+)?shelter|evacuate|flee|escape|get\s+out)\b",
    re.IGNORECASE)
# The event an interval is measured from: up to three words after "after"/"before"/"of", an article or a
# possessive first ("the quake", "the polls closed", "his arrest"); a clause break or a function word ends it.
INTERVAL_ANCHOR = regex(
    r"\s+(?:(?:the|a|an|his|her|their|its|this|that)\s+)?(?P<words>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2})")
# A canonical interval: "approx 1 hour after quake", "0-30 minute after blast", "2 day after".
INTERVAL_CANONICAL = regex(
    r"(?P<q>[a-z]+\s+)?(?P<amount>\d+(?:\.\d+)?)(?:-(?P<high>\d+(?:\.\d+)?))?\s+(?P<unit>[a-z]+)"
    r"\s+(?P<rel>after|before)(?:\s+(?P<anchor>.+))?")

# A relative named by a given name alone at a sentence's start: "Her dad Milo, a retired postman, flew ...",
# "His younger sister Mina watched ...": the name is followed by a comma or a lower-case word (not a surname).
# It is searched over whole articles: the two lookaheads, both implied by every match, turn away at once the
# positions that hold neither white space nor a possessive's capital, then those where no possessive follows.
KIN_NAMED_SUBJECT = regex(
    r"(?=[\sHTMO])(?=\s*(?:His|Her|Their|My|Our)\s)"
    r"(?:^|(?<=[.!?\n])\s+|(?<=[.!?][\"”’'])\s+)(?:His|Her|Their|My|Our)\s+(?:[a-z][a-z-]*\s+){0,2}?"
    r"(?P<kin>[a-z]+)\s+(?P<name>[A-Z][a-z]+)(?=,|\s+[a-z])", re.M)
# The same relative tied to a named person by a possessive: "Tomas's mum Brenda, 48, cried ...", "Ada Rowe's
# younger brother Ned said ...". The owner's name (one to three capitalized words) is no speaker; the lone
# given name after the kin noun is, as after "Her dad".
KIN_OWNER_NAMED_SUBJECT = regex(
    r"(?:^|(?<=[.!?\n])\s+|(?<=[.!?][\"”’'])\s+)[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}['’]s\s+"
    r"(?:[a-z][a-z-]*\s+){0,2}?(?P<kin>[a-z]+)\s+(?P<name>[A-Z][a-z]+)(?=,|\s+[a-z])", re.M)
# A condition's threshold right before a figure: "once fees exceed about", "if inflation tops", "should the
# price rise above", "unless takings fall below" (extract/thresholds.py). The condition word and the verb of
# passing share one clause (no sentence end, colon or semicolon between them).
FIGURE_THRESHOLD_BEFORE = regex(
    r"\b(?:once|if|unless|should|whenever)\b[^.;:!?]{0,80}?\b(?:exceeds?|exceeding|tops?|surpass(?:es)?|"
    r"(?:rises?|rising|goes|go|going|climbs?|climbing|falls?|falling|drops?|dropping|dips?|dipping|gets?)"
    r"\s+(?:above|over|below|under|beyond|past))\s+(?:(?:about|around|roughly|some|approximately)\s+)?$",
    re.IGNORECASE)
