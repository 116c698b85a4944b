"""Likeness of many names to many windows of what was said, in one call, equal to the last bit
to rapidfuzz's score of each pair: the fuzzy pass compares dozens of names with dozens of
windows of every sentence, and a call per pair cost a fifth of a resolution."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from rapidfuzz import process
from rapidfuzz.distance import Indel


def likeness(names: Sequence[str], said: Sequence[str], cutoff: float) -> npt.NDArray[np.float64]:
    """`Indel.normalized_similarity(name, words, score_cutoff=cutoff)` of every name (rows)
    and words (columns), from one `cdist` call in double precision: the same scorer with the
    same cutoff, so every score equals the pair's own, at the cutoff too (where rapidfuzz's
    test is not a plain `>=`: a likeness of 2/3 falls below a cutoff of 2/3).

    >>> names, said = ["河南大学", "河", "", "kaifeng"], ["河南大学", "河东", "", "kaifen"]
    >>> for cutoff in (0.7, 2 / 3):
    ...     scores = likeness(names, said, cutoff)
    ...     pairs = [[Indel.normalized_similarity(n, s, score_cutoff=cutoff) for s in said]
    ...              for n in names]
    ...     print(scores.tolist() == pairs, scores[1].tolist())
    True [0.0, 0.0, 0.0, 0.0]
    True [0.0, 0.0, 0.0, 0.0]
    >>> likeness(["河"], ["河东"], 0.6).tolist()
    [[0.6666666666666667]]
    """
    scores: npt.NDArray[np.float64] = process.cdist(
        names, said, scorer=Indel.normalized_similarity, score_cutoff=cutoff, dtype=np.float64
    )
    return scores
