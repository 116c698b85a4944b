"""Where an estate's name begins and what says it is an estate, beyond `_estates_said`'s own
words: the county said right before its name (杞县金城花园, 通许金元花园, 中牟绿云花园), and the
zone or building said right after it (锦艺城，B区，十一号楼; 锦艺城 C区).

A county said before the name is no part of it, as 在 or 住 before it are not: the name begins
after the county (金城花园 of 杞县, not 县金城花园). An estate's zone (A区, 二区) or a building
(11号楼, 3栋, 2单元) said right after a mall's name says the caller is in the estate of the name
beside it (锦艺城 B区: the 锦艺 社区), as 小区 and a phase (四期) do; a floor (三楼) or a zone of
the mall said after its full name (锦艺城购物中心 B区一楼) is the mall's.
"""

from __future__ import annotations

import re

from gazetteer._index import NameIndex

# A zone or a building of an estate said right after its name, as normalised (digits, lower case).
_ZONE_OR_BUILDING = re.compile("(?:[a-z]|[0-9]+|[一二三四五六七八九十]+)区|[0-9]+(?:号楼|栋|单元)")
# The kinds of place a county or its city is.
_COUNTY_KINDS = frozenset({"city", "district"})
_SHORTEST_COUNTY = 2
_LONGEST_COUNTY = 4


def zone_or_building_after(after: str) -> bool:
    """Whether the words right after a name (as said, without pauses) begin with a zone or a
    building of an estate.

    >>> [zone_or_building_after(said) for said in ("b区11号楼", "3栋", "二区")]
    [True, True, True]
    >>> zone_or_building_after("3楼卖衣服那"), zone_or_building_after("购物中心b区1楼")
    (False, False)
    """
    return _ZONE_OR_BUILDING.match(after) is not None


def county_said_before(index: NameIndex, units: dict[int, str], start: int) -> bool:
    """Whether the units right before `start` spell a county's or city's name (杞县, 中牟,
    尉氏县), so that a name may begin at `start`."""
    for length in range(_LONGEST_COUNTY, _SHORTEST_COUNTY - 1, -1):
        if not all(k in units for k in range(start - length, start)):
            continue
        if index.holds_name("".join(units[k] for k in range(start - length, start)), _COUNTY_KINDS):
            return True
    return False
