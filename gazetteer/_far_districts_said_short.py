"""A far district's short name said beside a place of the centre's own (城东路北头，回民那片: the
Hui quarter by 城东路, not 呼和浩特's 回民区).

Without its level word (区, 县) a district's name is often a plain word (回民, a people; 城关, a
gate's quarter) a caller uses of the place around them. Said beside a road or landmark of the
centre's province, and with nothing naming the far district's city or province, it is not that
district far away: the words are dropped, as a shared name (东区) is.
"""

from __future__ import annotations

from collections.abc import Sequence

from gazetteer._index import NAMES, NameIndex
from gazetteer._match import Mention
from gazetteer._normalise import normalise_text

_LEVEL_WORDS = ("区", "县")
_DIVISIONS = frozenset({"province", "city", "district", "town", "village"})


def far_districts_said_short(
    index: NameIndex, mentions: Sequence[Mention], codes: Sequence[str], sure: float
) -> list[Mention]:
    """The mentions without a district outside the centre's province named only by its name
    short of its level word, when a place of the province that is no division is said surely
    and nothing names the district's city or province."""
    provinces = tuple({code[:2] for code in codes})
    if not provinces:
        return list(mentions)

    def in_province(place: int) -> bool:
        return index.in_divisions(place, provinces)

    def far_short(mention: Mention) -> bool:
        said = str(index.terms[mention.term])
        named = index.places_named(mention.term)
        return bool(named) and all(
            index.places.kind(place) == "district"
            and not in_province(place)
            and any(
                normalise_text(index.places.name(place)) == said + word for word in _LEVEL_WORDS
            )
            for place in named
        )

    short = [m for m in mentions if m.quality >= sure and far_short(m)]
    if not short:
        return list(mentions)
    above = {
        index.parent[link.place]
        for m in short
        for link in index.links(m.term)
        if link.weight >= NAMES
    }
    above |= {index.parent[p] for p in above if p >= 0}
    own = False
    for m in mentions:
        if m in short or any(m.overlaps(s) for s in short) or m.quality < sure:
            continue
        places = index.places_named(m.term)
        if any(p in above for p in places):
            return list(mentions)  # 呼和浩特 回民: the far district's city is said
        own = own or any(index.places.kind(p) not in _DIVISIONS and in_province(p) for p in places)
    if not own:
        return list(mentions)
    return [m for m in mentions if m not in short]
