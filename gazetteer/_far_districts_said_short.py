"""A far district's short name said beside a place of the centre's own (城东路北头，回民那片: the
Hui quarter by 城东路, not 呼和浩特's 回民区).

Without its level word (区, 县) a district's name is often a plain word (回民, a people; 城关, a
gate's quarter) a caller uses of the place around them. Said beside a road or landmark of the
centre's province, and with nothing naming the far district's city or province, it is not that
district far away: the words are dropped, as a shared name (东区) is. So too a short name that
ends in a side, beside a town or a village of the province none of the far districts holds
(孟庄镇，桥东边; 万滩镇，河西头; 大营镇，城北那边): the caller says on which side of a bridge, a
river or the town they are, not 张家口's 桥东区, 天津's 河西区 or 西宁's 城北区.
"""

from __future__ import annotations

from collections.abc import Sequence

from gazetteer._index import NAMES, NameIndex
from gazetteer._match import Mention
from gazetteer._normalise import normalise_text

_LEVEL_WORDS = ("区", "县")
_DIVISIONS = frozenset({"province", "city", "district", "town", "village"})
# What a far district's short name may be said beside, in the centre's province: any place but
# a province, a city or a district, which say which of the country's places is meant.
_WIDE_DIVISIONS = frozenset({"province", "city", "district"})
_SIDES = ("东", "西", "南", "北")


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
    far = {link.place for m in short for link in index.links(m.term) if link.weight >= NAMES}
    # Short names that end in a side (桥东, 河西, 城北) say a side beside a town or village too;
    # others (西山 by 古荥) are left to the places they may be.
    sided = all(str(index.terms[m.term]).endswith(_SIDES) for m in short)
    own = False
    for m in mentions:
        if m in short or any(m.overlaps(s) for s in short) or m.quality < sure:
            continue
        places = index.places_named(m.term)
        if any(p in above for p in places):
            return list(mentions)  # 呼和浩特 回民: the far district's city is said
        if any(index.lies_under(p, far) for p in places):
            return list(mentions)  # a town of the far district itself is said
        own = own or any(
            in_province(p)
            and (
                index.places.kind(p) not in _DIVISIONS
                or (sided and index.places.kind(p) not in _WIDE_DIVISIONS)
            )
            for p in places
        )
    if not own:
        return list(mentions)
    return [m for m in mentions if m not in short]
