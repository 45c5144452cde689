"""Stories in a folder: which articles report one story.

A folder may mix stories (a day's feeds, a researcher's collection). Term
weights learned over the whole folder then go wrong: the words every article
of one story repeats ("Russia", "train") are rare in the folder as a whole, so
two sentences of that story that share only its topic words score as if they
reported one fact. Weights learned over each story's own sentences keep topic
words light, as they are in a folder of that story alone.

Two articles report one story when the terms they share make up at least
``STORY_OVERLAP`` of the smaller one's weight (terms weighed over the folder,
so shared common words count little); stories are the sets of articles joined
that way, directly or through others. An article that joins no other is no
story of its own: one article has no topic words to learn apart from the facts
it reports, so it keeps the folder's weights.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

import numpy as np
from scipy import sparse

from readingdesk.analysis.disjoint import DisjointSets

# Articles on one story share at least this share of the smaller one's term weight; articles on
# different stories share common words and the odd name. Measured on nine stories of two to five
# articles each, in one folder: each story's articles were joined at 0.24 or more, and no two
# articles of different stories shared more than 0.17.
STORY_OVERLAP = 0.2
# Rows of the article-by-article product computed at once: bounds its memory.
_BLOCK = 256


def find_stories(terms: Sequence[Collection[str]], weight: Callable[[str], float]) -> list[int | None]:
    """The story of each article (numbered from 0 in order of first article), given each
    article's terms; None for an article that shares a story with no other."""
    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    columns: list[int] = []
    for row, article_terms in enumerate(terms):
        for term in article_terms:
            rows.append(row)
            columns.append(vocabulary.setdefault(term, len(vocabulary)))
    term_weights = np.asarray([weight(term) for term in vocabulary], dtype=np.float64)
    shape = (len(terms), len(vocabulary))
    present = sparse.csr_matrix((np.ones(len(rows)), (rows, columns)), shape=shape)
    weighted = present.multiply(term_weights[np.newaxis, :]).tocsr()
    totals = np.asarray(weighted.sum(axis=1)).ravel()
    joined = DisjointSets(range(len(terms)))
    for start in range(0, len(terms), _BLOCK):
        shared = (weighted[start : start + _BLOCK] @ present.T).toarray()
        smaller = np.minimum(totals[start : start + _BLOCK, np.newaxis], totals[np.newaxis, :])
        overlap = np.divide(shared, smaller, out=np.zeros_like(shared), where=smaller > 0)
        for a, b in zip(*np.nonzero(overlap >= STORY_OVERLAP), strict=True):
            if start + a < b:
                joined.union(int(start + a), int(b))
    stories: list[int | None] = [None] * len(terms)
    joint = [members for members in joined.sets() if len(members) > 1]
    for number, members in enumerate(joint):
        for member in members:
            stories[member] = number
    return stories
