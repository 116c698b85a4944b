"""What a caller denies is the other place of a name, not every place the denied words read.

Callers who know a name is shared say which one it is not: 新郑的人民路，不是郑州的人民路; 上街的
工业路，不是开封那个; 城关镇，尉氏县城里，不是通许城关; or they put a word right: 不是高铁南站啊，
是兰考站. The denied words read the same places as the words said (人民路 is 郑州's and 新郑's;
城关 is the seat of every county said), and a loose reading of the denial may reach the place
said after it (是兰考站 read into 高铁南站's clause as 开封市兰考站). Every place the denied words
read was put below the rest, the one the caller said included, so the county or the city was
read back instead of the road or the station said.

A place the denied words read is spared when the denial is not about it: when it lies in a
county or district said (not denied) as where the caller is (新郑, 上街, 尉氏县) and the denied
words read a place outside it too or name another division (郑州, 开封, 通许); with no county
said, when the denial names a division and the place lies outside it (不是新郑的人民路: 金水's is
not 新郑's); or when the denied words were read loosely into words said after them that name it
exactly (兰考站 after 不是高铁南站). What the caller denies with nothing to tell the places apart
(人民路，不是人民路; 兰考张庄村，不是东坝头那个张庄, both in 兰考) stays denied, as before; so does
a place the denial names in full (不是开封那个西大街, read as 开封西大街), whatever else the
words said read.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from gazetteer._index import NAMES, NameIndex
from gazetteer._match import Mention

# How long a county's or district's adcode prefix is (410184 for 新郑市): a city (4101) holds the
# roads of every county of it, and says nothing of which one.
_COUNTY_PREFIX = 6
_DIVISION_KINDS = frozenset({"province", "city", "district"})


def spared_by_a_denial(
    index: NameIndex,
    mentions: Sequence[Mention],
    references: Collection[Mention],
    negated: Collection[Mention],
    sure: float,
) -> set[int]:
    """The places the denied mentions read that the denial is not about."""
    if not negated:
        return set()
    said = [m for m in mentions if m not in references and m.quality >= sure]
    counties = {
        prefix
        for m in said
        for link in index.links(m.term)
        if link.weight >= NAMES
        and len(prefix := index.division_prefix.get(link.place, "")) >= _COUNTY_PREFIX
    }
    denied_divisions = {
        prefix
        for m in negated
        for link in index.links(m.term)
        if link.weight >= NAMES
        and index.places.kind(link.place) in _DIVISION_KINDS
        and (prefix := index.division_prefix.get(link.place, ""))
    }

    def inside(place: int, prefixes: Collection[str]) -> bool:
        return index.in_divisions(place, tuple(prefixes))

    spared: set[int] = set()
    for mention in negated:
        read = [
            link.place
            for link in index.links(mention.term)
            if index.places.kind(link.place) not in _DIVISION_KINDS
        ]
        for place in read:
            if counties:
                # 新郑的人民路，不是郑州的: the county said tells the one of the name said from
                # the one denied, when the denied words read one outside it too or name
                # another division (不是通许城关).
                if inside(place, counties) and (
                    any(not inside(p, counties) for p in read)
                    or (denied_divisions and not denied_divisions & counties)
                ):
                    spared.add(place)
            elif denied_divisions and not inside(place, denied_divisions):
                # 不是新郑的人民路: the one denied is 新郑's.
                spared.add(place)
            if mention.how != "exact" and any(
                m.how == "exact"
                and m.overlaps(mention)
                and any(
                    link.place == place and link.weight >= NAMES for link in index.links(m.term)
                )
                for m in said
            ):
                # 不是高铁南站啊，是兰考站: the denial read loosely into the words put right.
                spared.add(place)
    return spared
