"""Every regular expression the extractors use, compiled once, one comment each.

Keeping them in one place makes the grammar of what we recognise reviewable
as a whole, and lets the extractors share pieces (number words, month names).
Sections are owned by kind; each pattern's comment says what it matches and why.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------------------
# numbers and money (numbers.py, money.py)
# ---------------------------------------------------------------------------
# <numbers-money>

# ---------------------------------------------------------------------------
# times and dates (times.py, dates.py)
# ---------------------------------------------------------------------------
# <times-dates>

# ---------------------------------------------------------------------------
# quotes, people and organizations (quotes.py, entities.py)
# ---------------------------------------------------------------------------
# <quotes-entities>

__all__ = ["re"]
