"""A story's own conversion of a local clock to UTC, lent to the same local clock in other sources.

A wire writes "at 6 a.m. local time (0400 GMT)"; a regional paper, "at 6am";
a live blog kept in GMT, "04:00 GMT". The first is one mention holding both
readings (extract/times.py), so it fits the bare 6am and the 04:00 GMT alike;
but a bare clock is "floating" and fits only its own reading, so 6am and
04:00 GMT never fit, and complete linkage (compare._Clusters) keeps the GMT
one out of the fact the wire's clock joined: one outlet's statement of the
start time ends as a fact of its own.

The story has said what its 6 a.m. is, though. A floating clock whose local
reading some source converts to exactly one UTC instant takes that instant
for the comparison (`bridged`), so it meets the GMT time and still meets any
other floating clock of its reading. A clock written in a named place's time
("7 a.m. Koslavian time") takes it only when the conversion named the same
place: a story told across two zones converts each its own way. A reading
converted to two instants ("6 p.m. ET", "6 p.m. PT") lends nothing.

A clock its writer calls "local time" ("5.35am local time") is in the
story's zone even when no source converts that reading: when every
conversion in the story gives one offset (4:35 a.m. is 0335 GMT: UTC+1) and
none names a place, the clock takes that offset (`_one_offset`), so a tabloid's
"5.35am local time" meets the wire's 0335 GMT as the hour apart it is. A bare
"5.35am" takes nothing: it may be told in a reader's zone, unless its own
source converts some local clock to UTC (no place named): a wire that writes
"landed at 9:40 a.m. local time (0740 GMT)" and "took off at 8:05 a.m." has
shown which clock it tells its times in, so its 8:05 meets a trade site's
06:05 UTC.

The judge compares the bridged values and reports the mentions as written:
a source that wrote "6am" is never shown as having written a GMT time.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Sequence

from sourcediff.model import Mention
from sourcediff.regexcache import regex
from sourcediff.text import fold
from sourcediff.values import ClockTime

# The place a clock's time is told in: one or two capitalised words before a lower-case "time"
# ("Varenian time", "New York time"); "local time" names none.
_PLACE_TIME = regex(r"\b(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+time\b")


# A clock its writer says is in the story's local time: "5.35am local time", "04:35 (local time)".
_LOCAL_TIME = regex(r"\blocal\s+time\b", re.IGNORECASE)
# Minutes in a day: offsets and instants wrap round midnight.
_DAY = 24 * 60


def _place(m: Mention) -> str | None:
    """The place a clock mention names for its local reading, folded; None for none or "local"."""
    local_part = m.raw.split("(", 1)[0]  # "6 a.m. Varenian time (0400 GMT)": the words before the conversion
    found = _PLACE_TIME.search(local_part)
    return fold(found["place"]) if found else None


# A clock's UTC reading in brackets after its local one: "10 a.m. (1000 GMT)", "9am (09:00 UTC)".
_BRACKETED_UTC = regex(r"\(\s*\d{1,2}[:.]?\d{2}\s*(?:GMT|UTC)\b")


def _converted(m: Mention) -> bool:
    """A clock whose local reading and UTC instant differ, or that writes both: a stated conversion.

    A wire in a zone at UTC's own hour (a British winter) still writes "10
    a.m. (1000 GMT)": two readings, the local one equal to the instant. It
    says which clock the story is told in as surely as "11 a.m. (1000 GMT)"
    does, so a regional paper's bare "10am" takes that instant and meets it;
    read as one zoned clock, it lent nothing and the two stayed apart.
    """
    v = m.value
    return (isinstance(v, ClockTime) and v.utc is not None
            and (v.hour * 60 + v.minute != v.utc or _BRACKETED_UTC.search(m.raw) is not None))


def bridged(ms: Sequence[Mention]) -> list[Mention]:
    """``ms`` with floating clocks given the UTC instant the story converts their reading to.

    Only a reading converted to one instant lends it; index i of the result
    is mention i of ``ms`` (the judge maps its groups back to the originals).
    """
    instants: dict[tuple[int, int], set[int]] = defaultdict(set)
    places: dict[tuple[int, int], set[str | None]] = defaultdict(set)
    for m in ms:
        if _converted(m):
            assert isinstance(m.value, ClockTime) and m.value.utc is not None
            reading = (m.value.hour, m.value.minute)
            instants[reading].add(m.value.utc)
            places[reading].add(_place(m))
    if not instants:
        return list(ms)
    offset = _one_offset(instants, places)
    local_sources = {m.source for m in ms if _converted(m) and _place(m) is None}
    out = []
    for m in ms:
        v = m.value
        if isinstance(v, ClockTime) and v.utc is None:
            told_local = m.source in local_sources or _LOCAL_TIME.search(m.raw) is not None
            utc = _lent(m, v, instants, places, offset if told_local else None)
            if utc is not None:
                # Still a local reading: another floating clock meets it on that reading only, never on
                # its UTC one (ClockTime.local), or a bare 1pm would "agree" with a bridged 2 p.m. CET.
                m = dataclasses.replace(m, value=dataclasses.replace(v, utc=utc, local=True))
        out.append(m)
    return out


def _lent(m: Mention, v: ClockTime, instants: dict[tuple[int, int], set[int]],
          places: dict[tuple[int, int], set[str | None]], offset: int | None) -> int | None:
    """The UTC instant a floating clock takes: its reading's one conversion, else the story's local offset.

    ``offset`` is given (by `bridged`) only for a clock its writer calls
    "local time" ("5.35am local time") or one whose own source converts a
    local clock to UTC: any other bare "5.35am" may be told in a reader's zone.
    """
    reading = (v.hour, v.minute)
    if len(instants.get(reading, ())) == 1:
        place = _place(m)
        if place is None or place in places[reading]:
            (utc,) = instants[reading]
            return utc
        return None
    if offset is not None:
        return (v.hour * 60 + v.minute - offset) % _DAY
    return None


def _one_offset(instants: dict[tuple[int, int], set[int]], places: dict[tuple[int, int], set[str | None]]
                ) -> int | None:
    """The one offset of local time from UTC, in minutes, that every conversion in the story gives, if any.

    A conversion that names a place ("Varenian time") tells that place's time,
    not the story's "local time"; two offsets (a story told across two zones,
    or a summer-time change) lend none.
    """
    if any(p is not None for ps in places.values() for p in ps):
        return None
    offsets = {(h * 60 + mi - utc) % _DAY for (h, mi), utcs in instants.items() for utc in utcs}
    return offsets.pop() if len(offsets) == 1 else None
