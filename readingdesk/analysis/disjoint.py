"""Disjoint sets (union-find) over any hashable items, with path halving."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class DisjointSets(Generic[T]):
    """Items joined into sets; ``find`` names a set by one of its items."""

    def __init__(self, items: Iterable[T] = ()) -> None:
        self.parent: dict[T, T] = {}
        self.rank: dict[T, int] = {}  # order of first sight: a set is named by its oldest item
        for item in items:
            self.find(item)

    def find(self, item: T) -> T:
        parent = self.parent
        if item not in parent:
            parent[item] = item
            self.rank[item] = len(self.rank)
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: T, b: T) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            older, newer = (ra, rb) if self.rank[ra] < self.rank[rb] else (rb, ra)
            self.parent[newer] = older

    def sets(self) -> list[list[T]]:
        """Every set, its items in the order they were first seen."""
        members: dict[T, list[T]] = defaultdict(list)
        for item in list(self.parent):
            members[self.find(item)].append(item)
        return list(members.values())
