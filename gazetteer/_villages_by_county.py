"""A village said without its 村 as a word of its own, with its county said in the same call
(桃花峪，荥阳那个桃花峪: 荥阳's 桃花峪村, not 巩义's).

A village said right after its town without 村 is read by `villages_short_of_their_word`; said
as a word of its own with only its county (荥阳那个桃花峪), nothing read it, and the words were
heard as far names by sound. Read here: a word said between pauses that names nothing surely,
whose name with 村 is that of one village of the counties said, names that village. A name
several villages of the county share names none; with no county said, none is read.
"""

from __future__ import annotations

from collections.abc import Sequence

from gazetteer._compounds_said import counties_said
from gazetteer._index import NAMES, NameIndex
from gazetteer._match import Mention, Utterance, pause_starts, written_units

_VILLAGE_WORD = "村"
_SHORTEST = 2
_LONGEST = 4


def villages_said_short_with_their_county(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention], sure: float
) -> list[Mention]:
    """Mentions of villages said as a word of their own without 村, with their county said."""
    counties = counties_said(index, mentions, sure)
    if not counties:
        return []
    found: list[Mention] = []
    for number, utterance in enumerate(read):
        units = written_units(utterance)
        if not units:
            continue
        pauses = pause_starts(utterance) | {min(units), max(units) + 1}
        bounds = sorted(pauses)
        for start, end in zip(bounds, bounds[1:], strict=False):
            if not _SHORTEST <= end - start <= _LONGEST or not all(
                k in units for k in range(start, end)
            ):
                continue
            if any(
                m.utterance == number and m.quality >= sure and m.start < end and start < m.end
                for m in mentions
            ):
                continue  # the word names something as said
            name = "".join(units[k] for k in range(start, end)) + _VILLAGE_WORD
            (term,) = index.term_ids([name])
            if term is None:
                continue
            villages = {
                link.place
                for link in index.links(term)
                if link.weight >= NAMES
                and index.places.kind(link.place) == "village"
                and index.places.name(link.place) == name
                and (index.places.admin(link.place).adcode or "").startswith(counties)
            }
            if len(villages) == 1:
                found.append(Mention(number, start, end, term, sure, "exact"))
    return found
