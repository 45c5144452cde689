"""Small array helpers the analysis shares."""

from __future__ import annotations

import numpy as np


def run_starts(keys: np.ndarray) -> np.ndarray:
    """Where each run of equal values begins in a sorted array (the first of each value)."""
    if not len(keys):
        return np.zeros(0, dtype=np.int64)
    return np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
