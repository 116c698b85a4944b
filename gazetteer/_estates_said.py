"""An estate said by its name and the word it is sold under (英协花园, 绿都城, 橄榄城, 锦艺城 小区)
that the data holds only as the 社区 of the name (英协社区, 绿都社区, 橄榄社区), or as the 社区
the estate was split into by side (锦艺东社区 and 锦艺西社区).

Estates are built and sold as X花园 and X城, and the 社区 made of one takes the name without the
word. `_compounds_said` reads a compound's word (家属院, 小区) as the unit's; 花园 and 城 were read
as they stand: 花园 as 华水's 花园校区 (whose short name it is), 橄榄城 as the 橄榄城社区 of 开封
for a caller of 郑州, and the name alone (英协) as nothing. Read here: the name before the word,
with 社区 after it, names the one 社区 of the centre's area so called, or the 社区 of one 街道
that take the name with a side; its words are read as that 社区 a little below a name said in
full (the word the caller's, the 社区 the data's), and the estate's word is no other place's
short name. The 社区 so found is offered, never read back on those words alone: an estate may
be another of the name (the sets' mappers found 绿都城 not to be 中原区's 绿都社区).

Not when the words, as said, name a place of the centre's area already (凤凰城, 晶华城: 社区
held whole; 正弘城, 锦艺城: malls), unless what follows says the caller is in an estate of that
name beside the mall (锦艺城小区, 锦艺城 … 四期, as said, not 锦艺城旁边那个小区, the compound
beside it): then the mall is read a little below the estate. A name several 社区 of the area
share (盛世花园: three 盛世社区) names none of them; a county or district said keeps to its own
(天河花园 二七区这: 惠济区's 天河社区 is not said); the name begins where it is said (鑫苑城东
花园 is not 城东花园). A name said in full elsewhere only (开封's 橄榄城社区 for 郑州) stays on
offer, below the centre's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from gazetteer._compounds_said import counties_said
from gazetteer._context import _text, said_weight
from gazetteer._estates_placed import county_said_before, zone_or_building_after
from gazetteer._index import NAMES, NEAR, NameIndex
from gazetteer._local_names import roads_said
from gazetteer._match import Mention, Utterance, pause_starts, units_said, written_units
from gazetteer._normalise import normalise_text

# The words an estate is sold under that the 社区 made of it leaves out.
_ESTATE_WORDS = ("花园", "城")
# What follows the word when it begins another word (城楼, 城墙, 城里, 城隍; 花园路, 花园口):
# no estate's name ends there.
_NOT_THE_ESTATES = {
    "城": frozenset("楼墙门里外区市中隍关乡郊头根池"),
    "花园": frozenset("路街道口"),
}
_UNIT_WORD = "社区"
_SIDES = "东西南北"
_SHORTEST_NAME = 2
_LONGEST_NAME = 4
# How long a county's or district's adcode is (410105 for 金水区).
_COUNTY_CODE = 6
# A little below a name said in full, as an old name is (`_seat_towns.OLD_SEAT_NAME`).
ESTATE_AS_ITS_UNIT = 0.9
# A mall's reading, when an estate of its name is said: below the estate's.
_SITE_BESIDE_ITS_ESTATE = 0.8
# Words said right before a name that are no part of it (在英协花园, 是锦艺城).
_BEFORE_A_NAME = frozenset("在是到住")
# What says the caller is in an estate, not at a mall of the name: 小区 right after the name,
# or a phase anywhere after it (锦艺城，西三环那个，四期).
_ESTATE_AFTER = ("小区", "那个小区", "这个小区")
_PHASE = re.compile("[一二三四五六七八九十0-9]期")


def estates_held_as_their_community(
    index: NameIndex,
    utterances: Sequence[str],
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    codes: Sequence[str],
    sure: float,
) -> list[Mention]:
    """The mentions, with an estate's name and word read as its 社区 of the centre's area, or
    of the counties said in it (天河花园 二七区这: 惠济区's 天河社区 is not the caller's)."""
    if not codes:
        return list(mentions)
    counties = counties_said(index, mentions, sure)
    out = list(mentions)
    for number, utterance in enumerate(read):
        units = written_units(utterance)
        pauses = pause_starts(utterance)
        said = "".join(normalise_text(utterances[number]).split())
        for at in sorted(units):
            word = next((w for w in _ESTATE_WORDS if _spells(units, at, w)), None)
            if word is None:
                continue
            end = at + len(word)
            if end not in pauses and units.get(end, "") in _NOT_THE_ESTATES[word]:
                continue  # 西门城楼, 花园路, 花园口: the word begins another
            for length in range(_LONGEST_NAME, _SHORTEST_NAME - 1, -1):
                start = at - length
                after_county = county_said_before(index, units, start)
                if not all(k in units for k in range(start, at)) or not (
                    start in pauses
                    or start - 1 not in units
                    or units[start - 1] in _BEFORE_A_NAME
                    or after_county
                ):
                    continue  # 鑫苑城东花园: 城东 is no name said, the name runs on before it
                name = "".join(units[k] for k in range(start, at))
                found = _communities(index, name, counties or codes)
                if not found:
                    continue
                taking = [
                    m
                    for m in out
                    if m.utterance == number
                    and m.quality >= sure
                    and m.start < at
                    and m.end > start
                ]
                # 杞县金城花园: 杞县金城 (金城街道) reads the county said with the name's start.
                own = [
                    m
                    for m in taking
                    if _names_a_place_in(index, m, codes) and not (after_county and m.start < start)
                ]
                if own and not (
                    _estate_said_after(said, name + word)
                    and all(_names_landmarks_only(index, m) for m in own)
                ):
                    break  # 凤凰城, 正弘城, 锦艺城: a place of the area said by its name
                # The mall beside its estate, or a place elsewhere named whole (开封's 橄榄城社区
                # for 郑州), is offered below the estate.
                lowered = set(taking)
                # The estate's word begins no other place's name (花园 of 华水's 花园校区, 花园小区
                # of every city's 花园社区).
                inside = {m for m in out if m.utterance == number and at <= m.start < end}
                out = [
                    replace(m, quality=min(m.quality, _SITE_BESIDE_ITS_ESTATE))
                    if m in lowered
                    else m
                    for m in out
                    if m not in inside
                ]
                out += [
                    Mention(number, start, end, term, ESTATE_AS_ITS_UNIT, "exact") for term in found
                ]
                break
    return out


def _communities(index: NameIndex, name: str, codes: Sequence[str]) -> list[int]:
    """The terms of the one 社区 of the area named `name` + 社区, or else of the 社区 of one
    街道 named `name` with a side (锦艺东社区, 锦艺西社区); none when several units share it."""
    for words in ([name + _UNIT_WORD], [name + side + _UNIT_WORD for side in _SIDES]):
        held: dict[int, int] = {}
        for term, said in zip(index.term_ids(words), words, strict=True):
            if term is None:
                continue
            for link in index.links(term):
                place = link.place
                if (
                    link.weight >= NAMES
                    and index.places.kind(place) == "village"
                    and index.places.name(place) == said
                    and index.in_divisions(place, tuple(codes))
                ):
                    held[place] = term
        if not held:
            continue
        parents = {index.parent[place] for place in held}
        if len(held) == 1 or (len(words) > 1 and len(parents) == 1):
            return sorted(set(held.values()))
        return []
    return []


def _names_a_place_in(index: NameIndex, mention: Mention, codes: Sequence[str]) -> bool:
    return any(
        link.weight >= NAMES and index.in_divisions(link.place, tuple(codes))
        for link in index.links(mention.term)
    )


def _names_landmarks_only(index: NameIndex, mention: Mention) -> bool:
    return all(
        index.places.kind(link.place) == "landmark"
        for link in index.links(mention.term)
        if link.weight >= NAMES
    )


def _estate_said_after(said: str, name: str) -> bool:
    """Whether words said right after the name, as said (fillers kept: 锦艺城旁边那个小区 is the
    compound beside the mall), say an estate of it: 小区, or a phase anywhere after."""
    at = said.find(name)
    if at < 0:
        return False
    after = said[at + len(name) :]
    return (
        after.startswith(_ESTATE_AFTER)
        or _PHASE.search(after) is not None
        or zone_or_building_after(after)
    )


def _spells(units: dict[int, str], at: int, word: str) -> bool:
    return all(units.get(at + k) == char for k, char in enumerate(word))


# A number said after a road (文化路95号): the address, not the road an estate is by.
_HOUSE_NUMBER = re.compile("[0-9]+号")
# The words a compound or an estate is said with, after its name (农科院家属院, 英协花园).
_SAID_AS_AN_ESTATE = (*_ESTATE_WORDS, "家属院", "家属区", "家属楼", "宿舍", "小区", "大院")


def communities_by_a_said_road(
    index: NameIndex,
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    pool: dict[int, float],
    explains: Callable[[NameIndex, Mention, int], float],
    sure: float,
) -> None:
    """A 社区 said by its name (农科院家属院, 锦艺城小区, 英协花园) with a road of its own district
    (花园路, 西三环): the road says where the estate is, as the road at a site's gates does, and
    the 社区 accounts for its words too, so the estate named wins over the road it is on. The
    data places a 社区 only at its 街道's seat, so the road is taken to run by it when it is
    filed under the same district. Only a 社区 said as an estate, its word after its name or in
    the words read (东大寺 of 东大寺社区, said alone, is the mosque a caller on 东大街 is by); not
    when the words that name the 社区 name a site too (博物院 of 河南博物院), nor a road said with
    its number (文化路95号 农大家属院: the address is the site's). Adjusts `pool` in place."""
    roads = roads_said(
        index,
        [
            m
            for m in mentions
            if not _HOUSE_NUMBER.match(units_said(read[m.utterance], m.end, m.end + 6))
        ],
        sure,
        lambda road: (index.places.admin(road).adcode or "")[:_COUNTY_CODE],
    )
    if not roads:
        return
    said = said_weight(mentions)
    for place in list(pool):
        if index.places.kind(place) != "village" or not index.places.name(place).endswith(
            _UNIT_WORD
        ):
            continue
        county = (index.places.admin(place).adcode or "")[:_COUNTY_CODE]
        on = {m for m, codes in roads if county in codes and explains(index, m, place) < NEAR}
        if not on or not any(
            m.quality >= sure
            and _said_as_an_estate(read, m)
            and not any(m.overlaps(r) for r in on)
            and any(link.place == place and link.weight >= NAMES for link in index.links(m.term))
            and _names_only_units(index, m, place)
            and not any(
                o.overlaps(m) and o.quality >= sure and not _names_only_units(index, o, place)
                for o in mentions
                if o is not m and not any(o.overlaps(r) for r in on)
            )
            for m in mentions
        ):
            continue  # 博物院 of 博物院社区 is 河南博物院's short name too: the site is said

        def relation(m: Mention, p: int, on: set[Mention] = on) -> float:
            return NEAR if m in on else explains(index, m, p)

        pool[place] = max(pool[place], _text(mentions, place, said, relation))


def _names_only_units(index: NameIndex, mention: Mention, place: int) -> bool:
    """Whether a mention names the 社区 and no place but units (农科院: 农科院社区 only), or
    names nothing that is not a unit."""
    named = index.places_named(mention.term)
    return all(index.places.kind(p) == "village" for p in named)


def _said_as_an_estate(read: Sequence[Utterance], mention: Mention) -> bool:
    """Whether a name was said with an estate's word, after it or read in it (英协花园)."""
    utterance = read[mention.utterance]
    words = units_said(utterance, mention.start, mention.end)
    after = units_said(utterance, mention.end, mention.end + 3, written_only=True)
    return words.endswith(_SAID_AS_AN_ESTATE) or after.startswith(_SAID_AS_AN_ESTATE)


def read_only_as_an_estate(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention], place: int
) -> bool:
    """Whether the words that name a 社区 are all an estate's name read with its word as the
    社区's (绿都城 as 绿都社区): the estate may be another of the name (绿都城 is one developer's
    estate, the 社区 another's, as the sets' mappers found), so the 社区 is offered, never read
    back on those words alone."""
    naming = [
        m
        for m in mentions
        if any(link.place == place and link.weight >= NAMES for link in index.links(m.term))
    ]
    return bool(naming) and all(
        m.quality == ESTATE_AS_ITS_UNIT
        and units_said(read[m.utterance], m.start, m.end).endswith(_ESTATE_WORDS)
        for m in naming
    )
