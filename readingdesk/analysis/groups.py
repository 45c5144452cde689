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

from readingdesk.analysis.disjoint import DisjointSets
from readingdesk.analysis.model import FactGroup, Link
from readingdesk.corpus.model import article_of, split_sentence_id

DENSITY = 0.5


def _components(links: list[Link]) -> list[list[Link]]:
    """The links of each connected part of the link graph."""
    sentences: DisjointSets[str] = DisjointSets()
    for link in links:
        sentences.union(link.a, link.b)
    parts: dict[str, list[Link]] = defaultdict(list)
    for link in links:
        parts[sentences.find(link.a)].append(link)
    return list(parts.values())


def _dense(links: list[Link]) -> list[str] | None:
    """The component's sentences when every one is linked to most of the others already."""
    degree: dict[str, int] = defaultdict(int)
    for link in links:
        degree[link.a] += 1
        degree[link.b] += 1
    per_article: dict[str, int] = defaultdict(int)
    for sid in degree:
        per_article[article_of(sid)] += 1
    size = len(degree)
    for sid, linked in degree.items():
        if linked < DENSITY * (size - per_article[article_of(sid)]):
            return None
    return list(degree)


def build_groups(links: list[Link], article_order: list[str]) -> list[FactGroup]:
    """Fact groups spanning at least two articles, in reading order of their first sentence.

    A connected part of the link graph that is already dense (every sentence
    linked to most of the others, as wire copies of one story are) is a group
    as it stands; the others are built up by agglomeration.
    """
    found: list[list[str]] = []
    for component in _components(links):
        dense = _dense(component)
        found.extend([dense] if dense is not None else _agglomerate(component))
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

    def priority(g: int, h: int) -> float | None:
        count, total = between[g][h]
        small, large = sorted((sources[g], sources[h]), key=len)
        same = sum(n * large[aid] for aid, n in small.items() if aid in large)
        pairs = len(members[g]) * len(members[h]) - same
        if not pairs or count / pairs < DENSITY:
            return None
        return total / pairs

    # Heap entries carry the versions of their two groups; an entry made before either
    # group last grew is stale (a fresh one was pushed when it grew).
    # Two single sentences of different articles, one link between them: its score is their priority.
    version: dict[int, int] = dict.fromkeys(members, 0)
    heap = [(-link.score, *sorted((group_of[link.a], group_of[link.b])), 0, 0) for link in links]
    heapq.heapify(heap)
    while heap:
        _, g, h, version_g, version_h = heapq.heappop(heap)
        if version.get(g) != version_g or version.get(h) != version_h:
            continue
        # The costlier check only for the pair that would merge next.
        if not every_member_linked_to_most(g, h):
            continue
        # Merge h into g.
        members[g].extend(members.pop(h))
        del version[h]
        version[g] += 1
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
        for k in between[g]:
            if (p := priority(g, k)) is not None:
                first, second = min(g, k), max(g, k)
                heapq.heappush(heap, (-p, first, second, version[first], version[second]))

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
