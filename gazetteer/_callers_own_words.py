"""A name heard loosely across a pause into the caller's words about themself (包公湖，湖边上，
嗯…俺是跑步的: 包公湖 湖 俺 heard as 包公湖院区): 俺, 我 and 咱 beginning a clause are the caller
speaking of themself, never the rest of a place's name.

A look-alike or sound reading is kept when its words stop before such a word.
"""

from __future__ import annotations

from collections.abc import Sequence

from gazetteer._match import Mention, Utterance, pause_starts, written_units

# The caller speaking of themself (俺是跑步的, 我在, 咱这儿).
_SELF = frozenset("俺我咱")
_AS_SAID = "exact"


def without_loose_names_into_the_callers_words(
    read: Sequence[Utterance], mentions: Sequence[Mention]
) -> list[Mention]:
    """The mentions but those not read as said whose words run across a pause into 俺, 我 or
    咱 beginning a clause."""
    selves: dict[int, set[int]] = {}
    for number, utterance in enumerate(read):
        units = written_units(utterance)
        selves[number] = {k for k in pause_starts(utterance) if units.get(k) in _SELF}
    return [
        m
        for m in mentions
        if m.how == _AS_SAID or not any(m.start < k < m.end for k in selves.get(m.utterance, ()))
    ]
