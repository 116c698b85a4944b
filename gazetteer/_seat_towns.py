"""A county's 城关镇 said where the data holds none (城关镇，尉氏): the seat town's old name.

Many counties' seat towns (城关镇) have become 街道 (尉氏's 两湖街道), and callers still say
城关镇. Said with such a county, the words name the 街道 the county holds: the one to read back
when there is one, a choice when the seat became several.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer._index import NAMES, NameIndex
from gazetteer._match import Mention, Utterance, written_matches
from gazetteer._normalise import normalise_text

_SEAT_TOWN = re.compile("城关(?:镇|乡)?")
# A little below a name said in full: the old name is the caller's, the 街道 the data's.
OLD_SEAT_NAME = 0.9


def seat_towns_said(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention], sure: float
) -> list[Mention]:
    """The mentions, with 城关镇 read as the 街道 of a county said for sure that holds no 城关
    town of its own."""
    counties = {
        link.place
        for m in mentions
        # A county heard by its sound (尉士县, 位氏县) is said as surely as written right.
        if m.quality >= sure and m.how in ("exact", "pinyin")
        for link in index.links(m.term)
        if link.weight >= NAMES and index.places.kind(link.place) == "district"
    }
    streets: list[int] = []
    for county in sorted(counties):
        towns = [
            normalise_text(index.places.name(t))
            for t in index.children.get(county, ())
            if index.places.kind(t) == "town"
        ]
        if any(name.startswith("城关") for name in towns):
            continue
        terms = index.term_ids([name for name in towns if name.endswith("街道")])
        streets += [term for term in terms if term is not None]
    if not streets:
        return list(mentions)
    found = [
        Mention(number, offset + said.start(), offset + said.end(), term, OLD_SEAT_NAME, "exact")
        for number, offset, _, said in written_matches(read, _SEAT_TOWN)
        for term in streets
    ]
    return [*mentions, *found]
