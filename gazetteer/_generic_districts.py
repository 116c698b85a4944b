"""A district's name many cities share (东区, 西区, 城区, 老城区) said beside a place of the
centre's own area: the caller's own part of the city, not a far district of the name.

郑州's callers say 东区 for 郑东新区 (中州大道辅道，东区这边; 际城路，东区那个际城路); the data
holds 东区 only as 攀枝花's district (and as a campus of 新乡's 河师大), which, exact and short,
outranked the road said. Said with a road or place of the centre's area, such a name that names
nothing there is left out: it says which part of the caller's own city, which the place said
already tells. Said alone, or with only a city or county (东区这边 一个小区里; 杉杉奥特莱斯，郑州
那个，东区那边), it is left as it stands, asked.
"""

from __future__ import annotations

from collections.abc import Sequence

from gazetteer._index import NAMES, NameIndex
from gazetteer._match import Mention

# Names of districts that many cities have, for the part of town they lie in (the same as the
# former names `_build` keeps only with their city), and 老城区: 洛阳's district by name, and what
# callers of every city call their own old town (老城区，书店街; 老城区那边，商城遗址).
SHARED_DISTRICT_NAMES = frozenset(
    {"东区", "西区", "南区", "北区", "中区", "城区", "郊区", "矿区", "老城区"}
)
# What a place of the centre's own said beside the name must be: not a division, which says
# no more than the name does.
_DIVISIONS = frozenset({"province", "city", "district", "town"})


def shared_district_names_of_the_centre(
    index: NameIndex, mentions: Sequence[Mention], codes: Sequence[str], sure: float
) -> list[Mention]:
    """The mentions without a shared district name (东区) that names no place of the centre's
    area, when a place of the area that is no division is said surely beside it."""
    if not codes:
        return list(mentions)
    prefixes = tuple(codes)

    def in_area(place: int) -> bool:
        return index.in_divisions(place, prefixes)

    def far(mention: Mention) -> bool:
        if str(index.terms[mention.term]) not in SHARED_DISTRICT_NAMES:
            return False
        named = index.places_named(mention.term)
        return bool(named) and not any(in_area(place) for place in named)

    shared = [m for m in mentions if far(m)]
    if not shared:
        return list(mentions)
    own = any(
        m.quality >= sure
        and not any(m.overlaps(s) for s in shared)
        and any(
            link.weight >= NAMES
            and index.places.kind(link.place) not in _DIVISIONS
            and in_area(link.place)
            for link in index.links(m.term)
        )
        for m in mentions
    )
    if not own:
        return list(mentions)
    return [m for m in mentions if m not in shared]


def districts_of_another_city_after_a_city(
    index: NameIndex, mentions: Sequence[Mention], sure: float
) -> list[Mention]:
    """The mentions without a district's name said right after a city's (开封老城里: 开封's old
    town, not 洛阳's 老城区) when no district of the name lies in that city: the caller names a
    part of the city said, which the data does not hold as a district. A district of the city
    (开封鼓楼区, 郑州金水) is kept."""

    def cities(mention: Mention) -> set[str]:
        if mention.quality < sure or mention.how != _AS_SAID:
            return set()
        return {
            (index.places.admin(link.place).adcode or "")[:_CITY_CODE]
            for link in index.links(mention.term)
            if link.weight >= NAMES and index.places.kind(link.place) == _CITY
        }

    def elsewhere(mention: Mention, prefixes: set[str]) -> bool:
        if mention.quality < sure or mention.how != _AS_SAID:
            return False
        named = index.places_named(mention.term)
        return any(index.places.kind(p) == _DISTRICT for p in named) and not any(
            index.in_divisions(p, tuple(prefixes)) for p in named
        )

    dropped = {
        id(after)
        for said in mentions
        if (prefixes := cities(said))
        for after in mentions
        if after.utterance == said.utterance
        and after.start == said.end
        and elsewhere(after, prefixes)
    }
    return [m for m in mentions if id(m) not in dropped]


_AS_SAID = "exact"
_CITY = "city"
_DISTRICT = "district"
# How long a city's adcode is (4102 for 开封).
_CITY_CODE = 4
