"""Currencies named in words after a figure: "1,150 kronor", "2 million pesos", "300 rand", "40 Czech crowns".

The common currencies are read by ``patterns.NUM_CURRENCY_AFTER`` (dollars,
euros, pounds, yen ...). Every other currency in use is looked up here, in
``data/currency_names.tsv``: CLDR's English singular and plural names of the
ISO 4217 codes that some territory uses today (made by
``training/make_currency_names.py``). A name is read whole ("Swedish kronor"
-> SEK) or as its last word ("kronor" -> SEK; "pesos" -> one of eight
codes). A word that names one currency gives its code; a word shared by
several ("peso", "franc", "dinar", "crown") gives that word as the currency,
so that "1,150 crowns" is money in crowns, neither a bare count nor a guess
at which crown.

The table is read once, the first time a figure has no currency the common
pattern knows after it (nearly every comparison), and kept.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from sourcediff.datafiles import read_data
from sourcediff.extract import patterns as P

# English words for a currency that CLDR spells in the country's language: the English-language press
# writes "Swedish crowns", "Czech crowns", "Danish crowns" as often as kronor, korunas or kroner.
_ENGLISH_FOR = {"crown": ("krona", "krone", "koruna")}
_ENGLISH_PLURAL = {"crown": "crowns"}
# Last words of currency names that are common English words after a figure ("3 real problems", "5 marks
# out of 10", "2 sol", "a 12 dram pour", "won 7 gold and 9 silver"); read only with the country's
# adjective ("Brazilian reals").
_ENGLISH_WORDS = frozenset({"real", "reals", "mark", "marks", "sol", "soles", "colon", "colons", "dram",
                            "drams", "leone", "leones", "som", "tala", "kina", "pula", "cordoba",
                            "cordobas", "afghani", "afghanis", "won", "pound", "pounds", "rupee",
                            "rupees", "lek", "kip", "lev", "leu", "lei", "vatu", "birr", "nakfa",
                            "gold"})


@dataclass(frozen=True)
class _Name:
    """What a currency name reads as: its ISO code, or its word when several currencies share it."""

    currency: str
    bare: bool  # the name is one word without the country ("kronor"), not "Swedish kronor"
    codes: frozenset[str]  # every ISO code the name may stand for (one unless shared)


def _plain(text: str) -> str:
    """Lower case, accents dropped, single spaces: the key under which names are looked up."""
    if not text.isascii():  # most words are: decomposing them letter by letter cost a tenth of extraction
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(text.lower().split())


@cache
def _names() -> dict[str, _Name]:
    """Every name of the table and of _ENGLISH_FOR, whole and as its last word, with what it reads as."""
    codes: dict[str, set[str]] = {}
    singular: dict[str, str] = {}  # a last word -> its singular form (the label of a shared name)
    whole: dict[str, str] = {}
    for line in read_data("currency_names.tsv").splitlines():
        if not line or line.startswith("#"):
            continue
        code, one, many = line.split("\t")
        forms = [(_plain(one), _plain(many))]
        *country, noun = forms[0][0].split()
        forms += [(" ".join([*country, english]), " ".join([*country, _ENGLISH_PLURAL[english]]))
                  for english, nouns in _ENGLISH_FOR.items() if noun in nouns]
        for one_form, many_form in forms:
            for form in (one_form, many_form):
                whole[form] = code
                last = form.split()[-1]
                codes.setdefault(last, set()).add(code)
                singular[last] = one_form.split()[-1]
    out = {name: _Name(code, False, frozenset({code})) for name, code in whole.items()}
    for word, found in codes.items():
        if word in _ENGLISH_WORDS or word in out:
            continue
        out[word] = _Name(next(iter(found)) if len(found) == 1 else singular[word], True, frozenset(found))
    return out


def currency_named(written: str) -> str | None:
    """The currency a name from the table stands for: "Swedish kronor" -> SEK, "pesos" -> "peso"."""
    found = _names().get(_plain(written))
    if found is None and len(words := written.split()) in (2, 3) and _country_words(words[:-1]):
        found = _names().get(_plain(words[-1]))  # "Ostland crowns" (`_after_country`): the crown
        found = found if found is not None and found.bare else None
    return found.currency if found else None


def _country_words(words: list[str]) -> bool:
    """Capitalised words that may name a country before its currency ("Ostland", "Faroese")."""
    return all(w[0].isupper() and w[1:].islower() for w in words)


def codes_of(currency: str) -> frozenset[str]:
    """The ISO codes a currency read by `currency_named` may be: itself for a code, several for "crown"."""
    if currency.isupper():
        return frozenset({currency})
    found = _names().get(currency)
    return found.codes if found else frozenset()


@cache
def words() -> frozenset[str]:
    """Every lower-case word of a currency name in the table ("swedish", "kronor", "crown")."""
    return frozenset(w for name in _names() for w in name.split())


@cache
def known_codes() -> frozenset[str]:
    """The ISO 4217 codes of the currencies in use (the table's)."""
    return frozenset(n.currency for n in _names().values() if not n.bare)


def name_after(text: str, end: int, scaled: bool = False) -> tuple[str, int] | None:
    """The currency name right after a figure ending at ``end``, as written, and where it ends.

    The longest name of at most four words is taken ("South African rand"
    before "rand"); a name of one word must be in lower case, as a currency
    is written, so that "5 Rand analysts" stays a count. After a multiplier
    (``scaled``), a country's name or adjective the table lacks may come
    before a currency word it holds: "4.5 billion Ostland crowns", "2 million
    Tarvian pesos" are sums in crowns and pesos as surely as "Swedish
    crowns" is, where a figure in digits alone ("3 Wimbledon crowns") is not.
    """
    m = P.CURRENCY_WORDS_AFTER.match(text, end)
    if m is None:
        return None
    names = _names()
    tokens = list(re.finditer(r"\S+", m["words"]))  # not `words`: that is this module's function
    for n in range(len(tokens), 0, -1):
        written = m["words"][:tokens[n - 1].end()]
        found = names.get(_plain(written))
        if found is not None and not (found.bare and not written.islower()):
            return written, m.start("words") + tokens[n - 1].end()
    return _after_country(m, tokens, names) if scaled else None


def _after_country(m: re.Match[str], tokens: list[re.Match[str]],
                   names: dict[str, _Name]) -> tuple[str, int] | None:
    """A currency word after one or two capitalised words the table does not know: "Ostland crowns"."""
    for n in (1, 2):
        if len(tokens) <= n or not _country_words([t[0] for t in tokens[:n]]):
            continue
        word = tokens[n][0]
        found = names.get(_plain(word))
        if found is not None and found.bare and word.islower():
            return m["words"][:tokens[n].end()], m.start("words") + tokens[n].end()
    return None
