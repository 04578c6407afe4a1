"""A bare figure answering a "How many ...?" heading counts what the question names.

Explainers set out a story as questions and answers: a heading "How many
jobs will go?" and under it "Up to 350, mostly in back-office roles." The
answer writes the figure bare, its noun being in the question, so the count
reader (numbers.py) found nothing counted and dropped it, and another
outlet's "up to 350 jobs" had no partner from the explainer. The question
is the figure's label, as a fact box's "Jobs to go: 350" is
(extract/labels.py): its first plural noun is the count's noun, a role word
in it the count's role.

Only a heading that is one "How many" question is read, and only for the
figure that opens the paragraph right under it (a hedge such as "Up to" or
"About" may stand before it) and ends its phrase there ("Up to 350,",
"About 1,200."): "350 of them are ..." or "350 staff" say what they count
themselves, and a figure further into the answer may count anything.
"""

from __future__ import annotations

import re

from sourcediff.extract.amounts import Amount
from sourcediff.extract.labels import _ends_value, _label_cues
from sourcediff.extract.numberbase import Found
from sourcediff.model import Kind
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

# A heading that is one question on a count: "How many jobs will go?", "How many homes are affected?"
_HOW_MANY = regex(r"\s*how\s+many\s+(?P<label>[^?.!:;\n]{1,80}?)\s*\?\s*", re.IGNORECASE)


def question_label(heading: str) -> str | None:
    """The words a "How many ...?" heading asks about ("jobs will go"), or None for any other heading."""
    m = _HOW_MANY.fullmatch(heading)
    return None if m is None else m["label"]


def answered_count(label: str, text: str, a: Amount) -> Found | None:
    """The count a figure opening the answer to a "How many ``label``?" heading states, or None.

    ``text`` is the answer's paragraph and ``a`` its first figure: it must open
    the paragraph, be no sum, year or vague amount, and end its phrase.
    """
    if text[:a.start].strip() or a.currency is not None or a.year_like or a.vague:
        return None
    if not _ends_value(text, a.end):
        return None
    cues = _label_cues(label)
    if cues is None:
        return None
    value = Quantity(a.low, None, a.qualifier, a.high)
    return Found(Kind.NUMBER, a.start, a.num_end, value, "number:count", cues)


__all__ = ["answered_count", "question_label"]
