"""Stories in a folder: which articles report one story.

A folder may mix stories (a day's feeds, a researcher's collection). Term
weights learned over the whole folder then go wrong: the words every article
of one story repeats ("Russia", "train") are rare in the folder as a whole, so
two sentences of that story that share only its topic words score as if they
reported one fact. Weights learned over each story's own sentences keep topic
words light, as they are in a folder of that story alone.

Two articles report one story when their term profiles are alike: the cosine
of their vectors of terms, each term counted in as many of the article's
sentences as hold it and weighed over the folder, is at least
``STORY_SIMILARITY``. Counting sentences makes a story's topic words, which its
articles repeat, count most, and a background line two stories both print, or
common words, count little. Stories are the sets of articles joined that way,
directly or through others, except that two articles alike by chance do not
join two stories that are each held together by alike triples (see
:func:`_joining`). An article that joins no other is no story of its own: one
article has no topic words to learn apart from the facts it reports, so it
keeps the folder's weights.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse
from scipy.sparse import csgraph

# Measured once on nine published stories of two to five articles each, in one folder (not in
# the repository): each story's articles were joined at 0.28 or more (0.23 for the least alike
# story, alone in its folder), and no two articles of different stories reached 0.15, nor did
# the first paragraphs of five articles set beside the nine stories. benchmarks/
# alignment_quality.py prints the stories found for the seeds beside tests/data/ferry.
STORY_SIMILARITY = 0.2
# The story number of an article that shares a story with no other.
NO_STORY = -1
# Rows of the article-by-article product computed at once: bounds its memory.
_BLOCK = 256


def find_stories(counts: sparse.csr_matrix, weights: np.ndarray) -> np.ndarray:
    """The story of each article (numbered from 0 in order of first article), given an
    articles-by-terms matrix of how many of each article's sentences hold each term, and
    each term's weight over the folder; ``NO_STORY`` for an article that shares a story with
    no other."""
    vectors = counts.multiply(weights[np.newaxis, :]).tocsr()
    norms = np.sqrt(np.asarray(vectors.multiply(vectors).sum(axis=1)).ravel())
    vectors = (sparse.diags(np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)) @ vectors).tocsr()
    transposed = vectors.T.tocsr()
    articles = counts.shape[0]
    alike: list[sparse.coo_matrix] = []
    for start in range(0, articles, _BLOCK):
        similarity = vectors[start : start + _BLOCK] @ transposed
        alike.append(sparse.coo_matrix(similarity.toarray() >= STORY_SIMILARITY))
    _, component = csgraph.connected_components(_joining(sparse.vstack(alike).tocsr()), directed=False)
    sizes = np.bincount(component)
    numbers: dict[int, int] = {}
    stories = [
        numbers.setdefault(label, len(numbers)) if sizes[label] > 1 else NO_STORY for label in component.tolist()
    ]
    return np.asarray(stories, dtype=np.int64)


def _joining(alike: sparse.csr_matrix) -> sparse.csr_matrix:
    """Of the pairs of alike articles (a symmetric boolean matrix), those that join their two
    articles in one story: a pair with a third article alike to both, and any pair one of
    whose articles is in no such triple.

    A large folder holds a few pairs of articles of two stories that are alike by chance
    (measured once, not by a committed script: five in the speed benchmark's 400 articles
    on 40 stories). Such a pair mostly has no third article alike to both, so it does not
    merge two stories of three articles or more; three of those five form triples among
    four articles of the same two stories, which still merge (``alignment_speed.py``
    prints the stories found: 39 of 40). An article of a story of two, or of a story told
    in a chain, joins through its pairs alone.
    """
    pairs = sparse.csr_matrix(alike, dtype=np.float32)
    pairs.setdiag(0)
    pairs.eliminate_zeros()
    size = pairs.shape[0]
    # Triples lie within the groups of articles joined at all, so each group is looked at alone:
    # a dense product there costs its size cubed, at BLAS speed, where a sparse product over
    # the folder costs seconds for a story of a thousand articles all alike.
    count, group = csgraph.connected_components(pairs, directed=False)
    order = np.argsort(group, kind="stable")
    bounds = np.searchsorted(group[order], np.arange(count + 1))
    rows: list[np.ndarray] = []
    columns: list[np.ndarray] = []
    for first, last in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True):
        if last - first < 2:
            continue
        members = order[first:last]
        alike_here = pairs[members][:, members].toarray()
        linked = alike_here > 0
        in_triple = linked & ((alike_here @ alike_here) > 0)
        outside = ~in_triple.any(axis=1)
        row, column = np.nonzero(in_triple | (linked & (outside[:, np.newaxis] | outside[np.newaxis, :])))
        rows.append(members[row])
        columns.append(members[column])
    row = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    column = np.concatenate(columns) if columns else np.zeros(0, dtype=np.int64)
    return sparse.csr_matrix((np.ones(len(row), dtype=bool), (row, column)), shape=(size, size))
