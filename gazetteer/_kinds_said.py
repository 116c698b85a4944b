"""A kind of place said beside two names (金博大 二七路那个商场): the name of that kind is the
caller's place, the other where it is. A kind said of a name the data holds only as a road or a
division (北下街那个菜市场, 东大寺 那个清真寺): the caller's place is a site the data does not
hold, on that road or in that 社区, not to be read back as the road or the 社区."""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer._index import NAMES, NameIndex
from gazetteer._match import Mention, Utterance, units_said
from gazetteer._normalise import normalise_text

# A kind of place a caller says, and the words of the names of places of that kind.
_KINDS: dict[str, tuple[str, ...]] = {
    "商场": ("商场", "购物中心", "购物广场", "商城", "百货", "商厦"),
    "步行街": ("步行街",),
    "批发市场": ("批发市场", "商贸城", "市场"),
    "医院": ("医院",),
    "公园": ("公园",),
}
# How much the place of the kind said gains: enough to rank before the other name, far less
# than a name said (neither is read back alone; `_two_places_said` asks).
KIND_BONUS = 0.05
# Places named for sure that score at least this share of the best are the ones weighed.
_NEAR_THE_BEST = 0.6
# Words after a kind of place that make it where the caller is by (那个医院对面): the place of
# that kind is the reference, the other name the caller's place. Its gate (医院门口) is at it.
_BY_IT = ("对面", "旁边", "附近", "后面", "后头", "隔壁", "跟前", "边上")


# Sites a caller names by the road they stand on (北下街那个菜市场) or by their own name, which a
# 社区 shares (东大寺 那个清真寺): a road or a 社区 is never of these kinds. A town or a 社区 said
# as itself (洧川城里 菜市场, 陈砦村那个菜市场) is where the site is, and is read back.
_SITE_KINDS = ("农贸市场", "菜市场", "市场", "清真寺", "礼拜寺", "教堂", "公园", "游园")
# Schools named after the road they are on (南学街小学, 伊河路小学, 大梁路中学, 农科路幼儿园):
# the data holds no primary school and few others, so the road said as the first words of the
# school's name is where the school is, not the caller's place to read back. Only of a road or
# a 社区 (named after a road): a school named after its village (茶店小学) is in the village.
_SCHOOL_KINDS = ("小学", "中学", "幼儿园")
# A school or kindergarten said short by its number (体育路一小, 文化路二小, 农科路三幼): the
# kind only straight after the road's name, and not the start of other words (一小孩, 一小段).
_NUMBERS = "一二三四五六七八九十"
_SCHOOLS_SAID_SHORT = tuple(number + kind for number in _NUMBERS for kind in ("小", "幼"))
_NOT_A_SCHOOL_AFTER = tuple("孩会段块点片伙半时口盒包瓶杯碗")
_COMMUNITY = "社区"
_ROADS = frozenset({"road", "crossing"})
# The kind is said of the name only in the name's own clause, after it (北下街那个菜市场; 东大寺
# 那个清真寺 with a pause): a road said first and the site said in a clause of its own (北下街，
# 菜市场旁边; 我在永平路买菜，在菜市场门口摔了), or as what the caller is by (菜市场对面), is
# where along the road said the caller is, and the road is read.
_CLAUSE_ENDS = re.compile("[，,。；;！!？?、]+")
# A later clause that says the site again as "that" one (东大寺，开封那个清真寺) says it of the
# name said before.
_THAT = "那个"


def site_of_a_kind_said(
    index: NameIndex,
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    place: int,
    sure: float,
    utterances: Sequence[str],
) -> bool:
    """Whether the caller said a kind of site (菜市场, 清真寺; of a road or a 社区, a school:
    南学街小学) in words no name took, and `place` is a road, or a 社区 said without its level
    word, that does not bear it: the site is where the caller is, and the data does not hold
    it. Only a name read as written takes the kind's words: one heard by sound over them
    (清真寺 as 清镇市) does not."""
    kind = index.places.kind(place)
    if kind not in _ROADS and not (
        kind == "village"
        and not any(
            normalise_text(index.places.name(place)) in normalise_text(u) for u in utterances
        )
    ):
        return False
    sure_mentions = [m for m in mentions if m.quality >= sure and m.how == "exact"]
    kinds: tuple[str, ...] = _SITE_KINDS
    if kind in _ROADS or normalise_text(index.places.name(place)).endswith(_COMMUNITY):
        kinds = (*_SITE_KINDS, *_SCHOOL_KINDS, *_SCHOOLS_SAID_SHORT)
    if not _kind_said_of_it(index, read, sure_mentions, place, utterances, kinds):
        return False
    for number, utterance in enumerate(read):
        covered = {k for m in sure_mentions if m.utterance == number for k in range(m.start, m.end)}
        for start in range(utterance.length):
            for site in kinds:
                end = start + len(site)
                if (
                    units_said(utterance, start, end, written_only=True) == site
                    and not any(k in covered for k in range(start, end))
                    and not _bears_word(index, place, site)
                ):
                    return True
    return False


def _kind_said_of_it(
    index: NameIndex,
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    place: int,
    utterances: Sequence[str],
    kinds: Sequence[str] = _SITE_KINDS,
) -> bool:
    """Whether a site's kind (of `kinds`) is said after a name of `place` in the same clause,
    and not as what the caller is by."""
    for mention in mentions:
        if mention.utterance >= len(utterances) or not any(
            link.place == place and link.weight >= NAMES for link in index.links(mention.term)
        ):
            continue
        name = normalise_text(units_said(read[mention.utterance], mention.start, mention.end))
        named = False
        for clause in _CLAUSE_ENDS.split(utterances[mention.utterance]):
            said = normalise_text(clause)
            if not named:
                at = said.find(name) if name else -1
                if at < 0:
                    continue
                named, rest, before = True, said[at + len(name) :], ""
            else:
                rest, before = said, _THAT
            for kind in kinds:
                found = rest.find(before + kind)
                end = found + len(before) + len(kind)
                if kind in _SCHOOLS_SAID_SHORT and (
                    before or found != 0 or rest[end:].startswith(_NOT_A_SCHOOL_AFTER)
                ):
                    continue
                if found >= 0 and not rest[end:].lstrip().startswith(_BY_IT):
                    return True
    return False


def _bears_word(index: NameIndex, place: int, word: str) -> bool:
    record = index.places[place]
    return any(word in name for name in (record.name, *record.aliases))


def kind_said_of_one_place(
    index: NameIndex,
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    pool: dict[int, float],
    sure: float,
    utterances: Sequence[str] = (),
) -> None:
    """Of two places each named for sure, the one whose names are of a kind of place the caller
    said in words no name took (商场 for 金博大购物中心, 步行街 for 德化步行街) ranks first.
    Adjusts `pool` in place.

    A kind word inside a name said (二七广场's 广场) or a kind both or neither bear changes
    nothing."""
    sure_mentions = [m for m in mentions if m.quality >= sure]
    said = _kinds_said_apart(read, sure_mentions, utterances)
    if not said:
        return
    named: dict[int, set[Mention]] = {}
    for mention in sure_mentions:
        for link in index.links(mention.term):
            if link.weight >= NAMES and link.place in pool:
                named.setdefault(link.place, set()).add(mention)
    if len(named) < 2:
        return
    best = max(pool[p] for p in named)
    near = [p for p in named if pool[p] >= best * _NEAR_THE_BEST]
    at = [kind for kind, by in said if not by]
    by = [kind for kind, by_it in said if by_it]
    bearing = [p for p in near if _bears(index, p, at)]
    if len(bearing) == 1:
        (place,) = bearing
        others = [p for p in near if p != place and not named[p] & named[place]]
        if others:
            pool[place] = min(1.0, max(pool[place], *(pool[p] for p in others)) + KIND_BONUS)
        return
    # The kind said as what the caller is by (碧沙岗 … 那个医院对面 郑大一附院): the one other
    # name is the caller's place.
    referred = [p for p in near if _bears(index, p, by)]
    if len(referred) != 1 or bearing:
        return
    (reference,) = referred
    others = [p for p in near if p != reference and not named[p] & named[reference]]
    if len({frozenset(named[p]) for p in others}) == 1:
        for place in others:
            pool[place] = min(1.0, max(pool[place], pool[reference]) + KIND_BONUS)


def _kinds_said_apart(
    read: Sequence[Utterance], mentions: Sequence[Mention], utterances: Sequence[str]
) -> list[tuple[str, bool]]:
    """The kinds of place said in words that no sure mention covers, each with whether it was
    said as what the caller is by (医院对面)."""
    found: list[tuple[str, bool]] = []
    for number, utterance in enumerate(read):
        covered = {k for m in mentions if m.utterance == number for k in range(m.start, m.end)}
        for start in range(utterance.length):
            if start in covered:
                continue
            for kind in _KINDS:
                end = start + len(kind)
                words = units_said(utterance, start, end, written_only=True)
                if words == kind and not any(k in covered for k in range(start, end)):
                    as_said = normalise_text(utterances[number]) if number < len(utterances) else ""
                    found.append((kind, _said_as_by_it(as_said, kind)))
    return found


def _said_as_by_it(text: str, kind: str) -> bool:
    """Whether each time the kind is said, what follows is a word for being by it (医院对面):
    those words are filler to the reading, so the words as said are looked at."""
    said = [m.end() for m in re.finditer(kind, text)]
    return bool(said) and all(text[end:].lstrip().startswith(_BY_IT) for end in said)


def _bears(index: NameIndex, place: int, kinds: Sequence[str]) -> bool:
    record = index.places[place]
    names = (record.name, *record.aliases)
    return any(word in name for kind in kinds for word in _KINDS[kind] for name in names)
