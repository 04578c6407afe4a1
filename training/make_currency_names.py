"""Write src/sourcediff/data/currency_names.tsv: the English names of the currencies in use today.

Money written with a currency name after the figure ("1,150 kronor",
"2 million pesos", "300 rand") is read through this table. The names are
CLDR's English display names (Unicode License), taken through Babel, which
the tool does not load at run time (0.15 s to open its locale data): this
script is run by hand when CLDR changes, and the table is shipped.

One line per ISO 4217 code that some territory uses as legal tender with no
end date: code, singular name, plural name ("SEK  Swedish Krona  Swedish kronor").
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from babel import Locale
from babel.core import get_global

OUT = Path(__file__).resolve().parent.parent / "src" / "sourcediff" / "data" / "currency_names.tsv"


def _plain(name: str) -> str:
    """Accents dropped ("Króna" -> "Krona"): the press writes both."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def main() -> int:
    """Write the table; print how many codes it holds."""
    en = Locale("en")
    plural = en._data["currency_names_plural"]  # Babel has no public accessor for it
    current = sorted({code for uses in get_global("territory_currencies").values()
                      for code, _start, end, tender in uses if end is None and tender})
    rows = ["# code\tsingular\tplural (CLDR English names via Babel; training/make_currency_names.py)"]
    for code in current:
        name = en.currencies.get(code)
        if not name or (code.startswith("X") and code not in ("XAF", "XOF", "XPF", "XCD")):
            continue
        other = plural.get(code, {}).get("other", name)
        rows.append(f"{code}\t{_plain(name)}\t{_plain(other)}")
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows) - 1} currencies -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
