"""A re-run's new articles -> the stories of earlier runs, or new stories, without regrouping the feed.

A full grouping (``group.py``) searches the neighbours of every article and
links the whole graph: on a re-run with a hundred new articles in a feed of
thousands that is nearly all of the grouping time, and it may redraw the
borders of stories no article joined, whose reports would then be compared
again for nothing. Here the stories of earlier runs keep their members; only
the new articles query the inverted index, and they join stories by the same
average-linkage rule as a full run (mean similarity over all article pairs,
missing pairs 0, at or above the threshold), with one constraint: two stories
of earlier runs never merge. New articles may also form stories of their own.

Where the result can differ from a full regroup (``--regroup``):

- a new article similar to two earlier stories joins at most one; a full run
  might merge those stories through it (rarely: average linkage resists that);
- the term weights (IDF) change a little as articles arrive, and an earlier
  story keeps the borders drawn under the old weights;
- only the new articles' nearest neighbours are searched, so a pair that only
  the earlier article would have listed among its nearest is not seen.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Sequence

from sourcediff.corpus.features import StoryTerms
from sourcediff.corpus.group import Story, neighbours, vectors


def extend(docs: Sequence[StoryTerms], labels: Sequence[str | None], threshold: float) -> tuple[Story, ...]:
    """Stories of ``docs``: those with a label keep their earlier story, those without (new) are placed.

    Stories come largest first, named and ordered as ``group.group`` names them.
    """
    node: list[int] = []
    label_node: dict[str, int] = {}
    members: list[list[int]] = []
    fixed: list[bool] = []
    for i, label in enumerate(labels):
        if label is not None and label in label_node:
            n = label_node[label]
        else:
            n = len(members)
            members.append([])
            fixed.append(label is not None)
            if label is not None:
                label_node[label] = n
        node.append(n)
        members[n].append(i)
    new = [i for i, label in enumerate(labels) if label is None]
    links: list[dict[int, float]] = [defaultdict(float) for _ in members]
    if new:
        for (i, j), s in neighbours(vectors(docs), new).items():
            a, b = node[i], node[j]
            if a != b:
                links[a][b] += s
                links[b][a] += s
    groups = _link(members, fixed, links, threshold)
    found = [tuple(docs[i].id for i in sorted(g)) for g in groups]
    found.sort(key=lambda m: (-len(m), m[0]))
    return tuple(Story(f"s{n:04d}", m) for n, m in enumerate(found, start=1))


def _link(members: list[list[int]], fixed: list[bool], links: list[dict[int, float]],
          threshold: float) -> list[list[int]]:
    """Average linkage from the given groups, where two ``fixed`` groups never merge.

    ``links[a][b]`` is the sum of the similarities between the articles of
    groups a and b. Best mean first, ties on the smaller group numbers, as
    ``group.average_link`` does, so the result does not depend on dict order.
    """
    size = [len(m) for m in members]
    heap = [(-total / (size[a] * size[b]), a, b, size[a], size[b])
            for a in range(len(members)) for b, total in links[a].items()
            if a < b and not (fixed[a] and fixed[b]) and total / (size[a] * size[b]) >= threshold]
    heapq.heapify(heap)
    while heap:
        _, a, b, sa, sb = heapq.heappop(heap)
        if size[a] != sa or size[b] != sb or not (members[a] and members[b]):
            continue
        if fixed[b]:  # the earlier story absorbs the new articles and keeps its place
            a, b = b, a
        for c, s in links[b].items():
            if c != a:
                links[a][c] += s
                links[c][a] = links[a][c]
                del links[c][b]
        links[a].pop(b, None)
        links[b] = {}
        members[a] += members[b]
        members[b] = []
        size[a] += size[b]
        size[b] = 0
        for c, total in links[a].items():
            if not (fixed[a] and fixed[c]) and total / (size[a] * size[c]) >= threshold:
                x, y = (a, c) if a < c else (c, a)
                heapq.heappush(heap, (-total / (size[a] * size[c]), x, y, size[x], size[y]))
    return [m for m in members if m]
