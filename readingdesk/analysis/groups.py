"""N-way fact groups from pairwise links, without chaining through hubs.

Average-linkage agglomeration over the link graph: two groups merge only when
the links between them cover at least ``DENSITY`` of their cross-article
sentence pairs and every member of the union is linked to at least that share
of its members from other articles, so one hub sentence that links to two
unrelated facts cannot glue them together.
"""

from __future__ import annotations

import heapq
from collections import defaultdict

import numpy as np
from scipy import sparse
from scipy.sparse import csgraph

from readingdesk.analysis.model import FactGroup, Link
from readingdesk.corpus.model import article_of, split_sentence_id

DENSITY = 0.5


def _components(links: list[Link]) -> list[list[Link]]:
    """The links of each connected part of the link graph."""
    if not links:
        return []
    number: dict[str, int] = {}
    ends = np.asarray(
        [(number.setdefault(link.a, len(number)), number.setdefault(link.b, len(number))) for link in links]
    )
    graph = sparse.coo_matrix((np.ones(len(links)), (ends[:, 0], ends[:, 1])), shape=(len(number), len(number)))
    _, label = csgraph.connected_components(graph, directed=False)
    parts: dict[int, list[Link]] = defaultdict(list)
    for link, part in zip(links, label[ends[:, 0]].tolist(), strict=True):
        parts[part].append(link)
    return list(parts.values())


def build_groups(links: list[Link], article_order: list[str]) -> list[FactGroup]:
    """Fact groups spanning at least two articles, in reading order of their first sentence."""
    found = [group for component in _components(links) for group in _agglomerate(component)]
    return _ordered(found, article_order)


def _agglomerate(links: list[Link]) -> list[list[str]]:
    """Average-linkage merging of the sentences of one component."""
    members: dict[int, list[str]] = {}
    group_of: dict[str, int] = {}
    for link in links:
        for sid in (link.a, link.b):
            if sid not in group_of:
                group_of[sid] = len(members)
                members[group_of[sid]] = [sid]

    # between[g][h] is between[h][g]: [number of links, summed score] between groups g and h.
    between: dict[int, dict[int, list[float]]] = defaultdict(dict)
    adjacent: dict[str, set[str]] = defaultdict(set)
    for link in links:
        g, h = group_of[link.a], group_of[link.b]
        between[g][h] = between[h][g] = [1, link.score]
        adjacent[link.a].add(link.b)
        adjacent[link.b].add(link.a)
    article_by_sentence = {sid: article_of(sid) for sid in group_of}
    # How many members each group has from each article.
    sources: dict[int, dict[str, int]] = {g: {article_by_sentence[m[0]]: 1} for g, m in members.items()}

    def every_member_linked_to_most(g: int, h: int) -> bool:
        union = set(members[g]).union(members[h])
        for sid in union:
            aid = article_by_sentence[sid]
            others = len(union) - sources[g].get(aid, 0) - sources[h].get(aid, 0)
            if others and len(adjacent[sid] & union) < DENSITY * others:
                return False
        return True

    def average(g: int, h: int) -> tuple[float, bool]:
        """The mean link score over the two groups' cross-article sentence pairs, and whether
        links cover at least ``DENSITY`` of those pairs."""
        count, total = between[g][h]
        small, large = (sources[g], sources[h]) if len(sources[g]) <= len(sources[h]) else (sources[h], sources[g])
        same = sum(n * large[aid] for aid, n in small.items() if aid in large)
        pairs = len(members[g]) * len(members[h]) - same
        return (total / pairs, count >= DENSITY * pairs) if pairs else (0.0, False)

    # The heap holds, for every pair of linked groups, an entry whose key is at least the pair's
    # current average: exact when both groups are as they were when it was pushed, else an upper
    # bound (merging h into g averages the links of g and h with k, and a pair it does not link
    # only dilutes g's). So the first exact entry popped is the best pair, as if every pair were
    # re-scored after each merge, and only the pairs that were passed over are re-scored then.
    version: dict[int, int] = dict.fromkeys(members, 0)
    merged_into: dict[int, int] = {}
    scored: set[tuple[int, int, int, int]] = set()
    passed_over: dict[int, set[int]] = defaultdict(set)

    def current(g: int) -> int:
        while g in merged_into:
            g = merged_into[g]
        return g

    def push(g: int, h: int) -> None:
        g, h = min(g, h), max(g, h)
        key = (g, h, version[g], version[h])
        if key not in scored:
            scored.add(key)
            heapq.heappush(heap, (-average(g, h)[0], *key))

    # Two single sentences of different articles, one link between them: its score is their average.
    heap = [(-link.score, *sorted((group_of[link.a], group_of[link.b])), 0, 0) for link in links]
    scored.update(entry[1:] for entry in heap)
    heapq.heapify(heap)
    while heap:
        _, g, h, version_g, version_h = heapq.heappop(heap)
        if version.get(g) != version_g or version.get(h) != version_h:
            g, h = current(g), current(h)
            if g != h:
                push(g, h)
            continue
        # The costlier check only for the pair that would merge next.
        if not average(g, h)[1] or not every_member_linked_to_most(g, h):
            passed_over[g].add(h)
            passed_over[h].add(g)
            continue
        # Merge the group with fewer linked groups into the other.
        if len(between[g]) < len(between[h]):
            g, h = h, g
        members[g].extend(members.pop(h))
        del version[h]
        version[g] += 1
        merged_into[h] = g
        for aid, n in sources.pop(h).items():
            sources[g][aid] = sources[g].get(aid, 0) + n
        for k, (count, total) in between.pop(h).items():
            if k == g:
                continue
            entry = between[g].setdefault(k, [0, 0.0])
            entry[0] += count
            entry[1] += total
            between[k].pop(h, None)
            between[k][g] = entry
        between[g].pop(h, None)
        for k in passed_over.pop(g, set()) | passed_over.pop(h, set()):
            passed_over[k].discard(g)
            passed_over[k].discard(h)
            if k in between[g]:
                push(g, k)

    return list(members.values())


def _ordered(found: list[list[str]], article_order: list[str]) -> list[FactGroup]:
    position = {aid: i for i, aid in enumerate(article_order)}

    def order_key(sid: str) -> tuple[int, int]:
        aid, index = split_sentence_id(sid)
        return position.get(aid, len(position)), index

    groups = [sorted(sids, key=order_key) for sids in found if len({article_of(s) for s in sids}) >= 2]
    groups.sort(key=lambda g: order_key(g[0]))
    return [
        FactGroup(
            id=f"f{n}",
            sentences=tuple(sids),
            sources=tuple(sorted({article_of(s) for s in sids}, key=lambda a: position.get(a, 0))),
        )
        for n, sids in enumerate(groups, start=1)
    ]
