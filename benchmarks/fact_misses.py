"""Every gold fact or verdict the stories miss, tallied by fact kind and by the form of the miss.

    .venv/bin/python benchmarks/fact_misses.py [--stories a,b,...] [--cache DIR] [--examples 2]
        [--held-out] [--values]

The accuracy run says how many facts a story misses; this says what they have
in common. Each gold fact the scorer (``scoring.score``) counts as not found,
or found with a wrong verdict, is put in one form:

* ``absent``: no fact of the report holds any source's gold value;
* ``other_value``: some source's value is in no fact, yet a fact holding
  another source's value has a mention of that source: it was read with
  another value (another span, another figure);
* ``value_missing``: some source's value is in no fact, and no fact holding the
  others has a mention of that source: the value was never extracted (or
  joined elsewhere under another text);
* ``split:ACCEPT``: every source's value is in some fact, but no one fact holds
  them all (``split_kinds`` when the facts holding them are of different
  kinds), with the verdict the gold accepts (a split agreement is two equal
  values never joined; a split divergence two values never set against each
  other);
* ``unique_shared``: the gold calls the detail unique, the fact holding it
  names more than one source;
* ``verdict:WANT->GOT``: found, with the wrong verdict (``agree->diverge``,
  ``diverge->agree``, ``agree->unique`` ...).

Prints the counts by form, by kind and form, and ``--examples`` story and gold
ids per class (``--values`` adds the gold values: the stories are the
project's own invented texts). ``--cache`` keeps each report's JSON in a
directory outside the repo so a second reading is fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from sourcediff.scoring import Mentions, _facts, _source_keys, overlaps

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy import STORIES
from one_seat_misses import report_of

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "training"))
from train_pair_model import HELD_OUT_STORIES

Fact = tuple[str, str, Mentions]


def _holds(fact: Fact, source: str, value: str) -> bool:
    return any(k == source and overlaps(t, value) for k, t, _ in fact[2])


def miss_form(g: Mapping[str, Any], facts: Sequence[Fact]) -> str | None:
    """The form of the scorer's miss of gold fact ``g`` (see the module docstring); None: no miss."""
    values: Mapping[str, str] = g["values"]
    unique = g["accept"] == ["unique"]
    holding = {s: [i for i, f in enumerate(facts) if _holds(f, s, v)] for s, v in values.items()}
    whole = [i for i in set.intersection(*(set(v) for v in holding.values())) if values]
    cands = [i for i in whole if not (unique and len({k for k, _, _ in facts[i][2]}) != 1)]
    if cands:
        got = sorted({facts[i][1] for i in cands})
        if any(st in g["accept"] for st in got):
            return None
        return f"verdict:{'/'.join(g['accept'])}->{'/'.join(got)}"
    if whole:
        return "unique_shared"
    lost = [s for s, idx in holding.items() if not idx]
    if not lost:
        kinds = {facts[i][0] for idx in holding.values() for i in idx}
        return ("split_kinds" if len(kinds) > 1 else "split") + f":{'/'.join(g['accept'])}"
    if len(lost) == len(values):
        return "absent"
    found = {i for idx in holding.values() for i in idx}
    if any(k in lost for i in found for k, _, _ in facts[i][2]):
        return "other_value"
    return "value_missing"


def story_misses(story: Path, cache: Path | None) -> list[tuple[str, str, str, Mapping[str, str]]]:
    """(gold kind, form, gold id, gold values) of each missed fact of one story."""
    gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
    report = report_of(story, cache)
    facts = _facts(report, _source_keys(report, gold))
    out = []
    for g in gold["facts"]:
        form = miss_form(g, facts)
        if form is not None:
            out.append((str(g.get("kind")), form, str(g["id"]), g["values"]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", default="", help="comma-separated story names (default: all)")
    parser.add_argument("--cache", type=Path, help="a directory (outside the repo) for the reports")
    parser.add_argument("--examples", type=int, default=2, help="examples printed per class")
    parser.add_argument("--held-out", action="store_true", help="only the held-out stories")
    parser.add_argument("--values", action="store_true", help="print the examples' gold values")
    args = parser.parse_args(argv)
    names = [n for n in args.stories.split(",") if n]
    stories = sorted(p for p in STORIES.iterdir() if p.is_dir() and (not names or p.name in names)
                     and (not args.held_out or p.name in HELD_OUT_STORIES))
    by_form: Counter[str] = Counter()
    by_kind: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], list[str]] = defaultdict(list)
    missing_stories = 0
    for story in stories:
        misses = story_misses(story, args.cache)
        missing_stories += bool(misses)
        for kind, form, gid, values in misses:
            by_form[form] += 1
            by_kind[(kind, form)] += 1
            if len(examples[(kind, form)]) < args.examples:
                shown = " " + json.dumps(values, ensure_ascii=False) if args.values else ""
                examples[(kind, form)].append(f"{story.name}:{gid}{shown}")
    print(f"stories={len(stories)} with a miss={missing_stories} misses={sum(by_form.values())}")
    for form, n in by_form.most_common():
        print(f"{n:5d}  {form}")
    print()
    for (kind, form), n in by_kind.most_common():
        print(f"{n:5d}  {kind:12s} {form:24s} " + "  ".join(examples[(kind, form)]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
