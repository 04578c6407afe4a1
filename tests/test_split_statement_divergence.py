"""One outlet splits into two sentences a statement another packs in one: the day the second half gives
rivals the packed sentence's (divergeshared.split_statement_pairs)."""

from __future__ import annotations

from sourcediff import Article, compare

PACKED = ("Harlow Vale District Board said on Monday it had received 1,240 complaints about its "
          "swimming baths since June.\n\n"
          "The board's cabinet approved an emergency fund of 2.4 million euros from its reserves, "
          "which will be released to builders on April 16.\n\n"
          "\"We know how much the town has missed its pool,\" said board member Anselm Rookwood.\n\n"
          "The baths closed two years ago after the roof was found to be unsafe.")
SPLIT = ("Harlow Vale District Board reported to its cabinet on 6 April that it had logged 1,240 "
         "complaints about the baths since June.\n\n"
         "The cabinet approved an emergency allocation of EUR 2.4 million from reserves. The money will be "
         "released to builders on {day}.\n\n"
         "Board member Anselm Rookwood said: \"We know how much the town has missed its pool.\"\n\n"
         "The old baths were shut two years ago when the roof was found to be unsafe.\n\n"
         "Visitor numbers at the leisure centre fell to 61% of normal in February, from 89% in October.\n\n"
         "A survey of the site will be carried out in May and June, and the results used to set the building "
         "plan for 2026-27.")


def _april(split_day: str) -> list[tuple[str, list[str]]]:
    articles = [Article.from_text(PACKED, id="wire", published="2026-04-07"),
                Article.from_text(SPLIT.format(day=split_day), id="weekly", published="2026-04-09")]
    return [(f.status.value, sorted(m.raw for m in f.mentions)) for f in compare(articles).facts
            if f.kind.value == "date" and any("April" in m.raw and m.raw != "6 April" for m in f.mentions)]


def test_the_second_half_of_a_split_statement_diverges_from_the_packed_sentence() -> None:
    assert _april("17 April") == [("diverge", ["17 April", "April 16"])]


def test_the_same_day_in_the_second_half_agrees() -> None:
    assert _april("16 April") == [("agree", ["16 April", "April 16"])]
