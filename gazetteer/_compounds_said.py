"""A housing compound said by a short name and its word (空分家属院, 棉纺小区) that the data holds
only as the 社区 or village of that name in the caller's own area: callers name the compound,
the division codes name the unit it became."""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence
from dataclasses import replace

from gazetteer._index import NAMES, NameIndex
from gazetteer._match import (
    HOUSING_WORDS,
    Mention,
    Utterance,
    pause_starts,
    units_said,
    written_units,
)

# What callers call a compound (a works' housing is its 家属院 or its 宿舍 alike); the words the
# units of the division codes end in.
_COMPOUND_WORDS = (*HOUSING_WORDS, "小区", "大院")
_UNIT_WORDS = ("社区", "村")
_WORKS_WORD = "厂"
_LONGEST_NAME = 5
# How a name heard short of a character is read (郑州电 for 郑州电专).
_HEARD_SHORT = "dropped"
# How long a county's or district's adcode is (410184 for 新郑市).
_COUNTY_CODE = 6


def compounds_held_as_their_unit(
    index: NameIndex,
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    codes: Sequence[str],
    sure: float,
) -> list[Mention]:
    """Mentions of the one unit of the centre's area named by the words before a compound
    word with a unit word instead (空分 家属院 → 空分社区), when no sure reading takes them."""
    if not codes:
        return []
    counties = counties_said(index, mentions, sure)
    found: list[Mention] = []
    for number, utterance in enumerate(read):
        units = written_units(utterance)
        covered = [
            (m.start, m.end)
            for m in mentions
            if m.utterance == number and m.quality >= sure and m.how != _HEARD_SHORT
        ]
        for at in sorted(units):
            word = next(
                (w for w in _COMPOUND_WORDS if _spells(units, at, w)),
                None,
            )
            if word is None:
                continue
            mention = _unit_before(
                index, units, at, len(word), covered, codes, number, sure, counties
            )
            if mention is not None:
                found.append(mention)
    return found


def works_of_every_city_said_whole(
    index: NameIndex, mentions: Sequence[Mention], sure: float
) -> list[Mention]:
    """The mentions, with a works named by its kind alone and a compound word that the data
    holds as its unit's own name (烟厂小区 of 烟厂社区) read as the unit offered, as 烟厂家属院
    is: every city has such a works, the unit is one county's, so it is never read back — unless
    that county is said too (新郑烟厂小区)."""
    said = {kind + word for kind in index.works_of_every_city for word in _COMPOUND_WORDS}
    counties = counties_said(index, mentions, sure)
    return [
        replace(m, how=_HEARD_SHORT)
        if m.how == "exact"
        and str(index.terms[m.term]) in said
        and not any(_in_counties(index, link.place, counties) for link in index.links(m.term))
        else m
        for m in mentions
    ]


def counties_said(index: NameIndex, mentions: Sequence[Mention], sure: float) -> tuple[str, ...]:
    """The adcode prefixes of the districts and counties said surely (新郑, 荥阳市, 二七区): a
    compound or an estate said with one is looked for there first."""
    return tuple(
        {
            prefix
            for m in mentions
            if m.quality >= sure and m.how == "exact"
            for link in index.links(m.term)
            if link.weight >= NAMES
            and len(prefix := index.division_prefix.get(link.place, "")) >= _COUNTY_CODE
        }
    )


def _in_counties(index: NameIndex, place: int, counties: Sequence[str]) -> bool:
    return bool(counties) and index.in_divisions(place, tuple(counties))


def without_names_heard_short_over_them(
    mentions: Sequence[Mention], compounds: Sequence[Mention]
) -> list[Mention]:
    """The mentions but a name heard short of a character (郑州电 for 郑州电专) whose words run
    into a works' name said before its compound word (郑州电缆厂家属院): the caller said the
    works, whole, and its compound."""
    return [
        m
        for m in mentions
        if m.how != _HEARD_SHORT
        or not any(
            c.utterance == m.utterance and m.start < c.start < m.end <= c.end for c in compounds
        )
    ]


def _unit_before(
    index: NameIndex,
    units: dict[int, str],
    at: int,
    size: int,
    covered: Sequence[tuple[int, int]],
    codes: Sequence[str],
    number: int,
    sure: float,
    counties: Sequence[str] = (),
) -> Mention | None:
    """The mention of the one unit in `codes` named by the words right before `at`."""
    for length in range(_LONGEST_NAME, 1, -1):
        start = at - length
        if not all(k in units for k in range(start, at)) or any(
            _takes(span, start, at) for span in covered
        ):
            continue
        name = "".join(units[k] for k in range(start, at))
        # A works' compound (空分厂家属院) may be the unit named after the works without 厂
        # (空分社区), as its people call the works short; not its own name, so it is offered,
        # not read back.
        short = name.removesuffix(_WORKS_WORD) if len(name) > 2 else name
        if name in index.housing_of_every_city or short in index.housing_of_every_city:
            return None  # 铁路家属院: every city has one, not the one 铁路社区 of the area
        # A works named by its kind alone (烟厂家属院) is offered as the unit of that name, as
        # a works said short is: every city has one, the unit is one county's.
        named = _HEARD_SHORT if name in index.works_of_every_city else "exact"
        # A works its city's people named with the city's character before it (郑煤机 for
        # 郑州煤矿机械厂, its 郑煤机社区) is said without it as often (煤机厂家属院).
        city_stems = [c + short for c in _city_characters(index, codes) if short != name]
        for stem, how in (
            (name, named),
            (short, _HEARD_SHORT),
            *((s, _HEARD_SHORT) for s in city_stems),
        ):
            terms = index.term_ids([stem + word for word in _UNIT_WORDS])
            held = {
                (term, link.place)
                for term in terms
                if term is not None
                for link in index.links(term)
                if index.places.kind(link.place) == "village"
                and index.in_divisions(link.place, tuple(codes))
            }
            if len(held) == 1:
                ((term, place),) = held
                if stem == name and _in_counties(index, place, counties):
                    how = "exact"  # 新郑烟厂家属院: the county said says which works
                return Mention(number, start, at + size, term, sure, how)
            if held:
                break
    return None


_CITY_CHARACTERS: weakref.WeakKeyDictionary[NameIndex, dict[tuple[str, ...], tuple[str, ...]]] = (
    weakref.WeakKeyDictionary()
)


def _city_characters(index: NameIndex, codes: Sequence[str]) -> tuple[str, ...]:
    """The first character of the name of each city of `codes` (郑 of 郑州市), which its works
    are named with (郑煤机, 郑纺机); read once for an index and centre."""
    known = _CITY_CHARACTERS.setdefault(index, {})
    key = tuple(codes)
    if key not in known:
        known[key] = tuple(
            sorted(
                {
                    index.places.name(p)[0]
                    for p in range(len(index.places))
                    if index.places.kind(p) == "city" and index.in_divisions(p, key)
                }
            )
        )
    return known[key]


def _takes(span: tuple[int, int], start: int, at: int) -> bool:
    """Whether a sure reading takes words of the name said before a compound word: not one
    heard inside the works' name and ended before its compound word (东风 in 东风电厂家属院, 中原
    in 中原制药厂家属院), which the works' name said whole goes past; a reading up to the compound
    word (国棉三厂 家属院) is the works itself.

    >>> _takes((0, 2), 0, 4), _takes((0, 4), 0, 4), _takes((2, 5), 3, 7)
    (False, True, True)
    """
    begins, ends = span
    if begins >= at or ends <= start:
        return False
    return not (start <= begins and ends < at)


def _spells(units: dict[int, str], at: int, word: str) -> bool:
    return all(units.get(at + k) == char for k, char in enumerate(word))


# An estate's own words said after its name: 小区, or the one said as which (那个小区), and
# its phase (一期, 二期, 3期), which a mall or landmark has not.
_ESTATE_WORDS = ("小区", "那个小区", "这个小区")
_PHASE = re.compile("[一二三四五六七八九1-9]期")
# A plaza mall (万达广场, 国贸360广场) is a mall by its 广场; a square has no phases to say.
_MALL_WORDS = ("购物中心", "商场", "广场")
_PHASED_TRADE_WORDS = ("商贸", "物流", "批发", "市场")


def compound_said_of_a_site(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention], site: int
) -> bool:
    """Whether a landmark was named only as the first words of a housing compound (锦艺城 小区,
    the estate named after the 锦艺城 mall beside it): the caller is in the compound, not at
    the landmark, and the landmark is never one to read back on those words. A works' 家属院
    is the works (国棉三厂家属院), as the sets map it; 小区 is the estate's own word, and so is
    its phase (锦艺城 一期). A name
    said twice, once with 小区 (锦艺城 锦艺城小区), is the compound's name put right."""
    naming = [m for m in mentions if any(link.place == site for link in index.links(m.term))]

    place = index.places[site]
    names = (place.name, *place.aliases)
    # A shopping mall has floors, not phases: a phase said after its name is the estate's. A
    # trade city (华南城, 商贸物流中心) is built in phases of its own (华南城 一期).
    phased = any(w in n for n in names for w in _MALL_WORDS) and not any(
        w in n for n in names for w in _PHASED_TRADE_WORDS
    )

    def estate(m: Mention) -> bool:
        after = units_said(read[m.utterance], m.end, m.end + 4, written_only=True)
        return after.startswith(_ESTATE_WORDS) or (phased and _PHASE.match(after) is not None)

    def repeating(m: Mention) -> bool:
        return any(
            estate(n)
            and n.term == m.term
            and n.utterance == m.utterance
            and m.start != n.start
            and (n.start == m.end or n.end == m.start)
            for n in naming
        )

    return bool(naming) and all(estate(m) or repeating(m) for m in naming)


# Words of a place of trade said straight after a name (相国寺大市场, 龙亭批发市场): a market
# or mall named after the landmark, elsewhere than the landmark itself.
_SQUARE = "广场"
_TRADE_WORDS = ("大市场", "市场", "商场", "批发", _SQUARE)
# What a landmark that is itself a place of trade has in its names (金博大购物中心).
# The first words of an office that oversees markets (市场监管局, 市场监督管理局, 市场管理所).
_OFFICE_AFTER_TRADE = ("市场监", "市场管")
_OWN_TRADE_WORDS = (*_TRADE_WORDS, "购物", "商城", "商贸", "百货", "中心")


def trade_place_said_of_a_site(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention], site: int
) -> bool:
    """Whether a landmark that is no place of trade (大相国寺) was named only as the first words
    of a market or mall (相国寺大市场): the caller is at the market of that name, which the data
    may not hold, and the landmark is never one to read back on those words. A mall said with
    its own kind (金博大 商场) is the mall."""
    place = index.places[site]
    if any(word in name for name in (place.name, *place.aliases) for word in _OWN_TRADE_WORDS):
        return False
    naming = [m for m in mentions if any(link.place == site for link in index.links(m.term))]

    def trade(m: Mention) -> bool:
        after = units_said(read[m.utterance], m.end, m.end + 3, written_only=True)
        if after.startswith(_OFFICE_AFTER_TRADE):
            # An office of markets (市场监管局, 市场管理所) is no market or mall.
            return False
        if after.startswith(_SQUARE):
            # A square said apart (清明上河园 广场) is one inside the landmark's grounds.
            return m.end not in pause_starts(read[m.utterance])
        return after.startswith(_TRADE_WORDS)

    return bool(naming) and all(trade(m) for m in naming)
