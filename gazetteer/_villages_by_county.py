"""A village said without its 村 as a word of its own, with its county said in the same call
(桃花峪，荥阳那个桃花峪: 荥阳's 桃花峪村, not 巩义's), or a 社区 that kept its village's name
(管城区那个杨庄: 杨庄社区).

A village said right after its town without 村 is read by `villages_short_of_their_word`; said
as a word of its own with only its county (荥阳那个桃花峪), nothing read it, and the words were
heard as far names by sound. Read here: a word said between pauses that names nothing surely,
whose name with 村 is that of one village of the counties said, names that village. A name
several villages of the county share names none; with no county said, none is read; a town's
short name (古荥, 超化: 古荥镇, the seat of which is 古荥村) is the town's.

A name sure of another reading inside the word (两河口's 河口, 南河口's 河口; 兴国寺's
兴国) is a part of the word, not what it names; a name only villages elsewhere bear (兰考，
牛王庙: 洛阳's and 南阳's 牛王庙) leaves the word to the county's village; a pointing word said
right after it (新密，白龙庙那) is no part of it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from gazetteer._compounds_said import counties_said
from gazetteer._index import NAMES, NameIndex
from gazetteer._match import Mention, Utterance, pause_starts, written_units

_VILLAGE_WORD = "村"
# A 城中村's 社区 keeps the village's name (杨庄社区, 冯庄社区): a word ending as a settlement's
# name ends (庄, 寨, 屯, 岗 …) may name it said alone, as a village said without 村 is read.
_COMMUNITY_WORD = "社区"
# How a unit the words may name, among others of the county, is read: offered, not read back.
_OFFERED = "dropped"
_SETTLEMENT_ENDINGS = (
    "庄",
    "寨",
    "砦",
    "营",
    "屯",
    "店",
    "岗",
    "沟",
    "洼",
    "铺",
    "堡",
    "窑",
    "湾",
    "坡",
    "集",
    "村",
)
# A town's words: a word that names a town with one of them is the town said short.
_TOWN_WORDS = ("镇", "乡", "街道")
_SHORTEST = 2
_LONGEST = 4
# Words said right after a place's name that point at it (白龙庙那, 两河口这儿): no part of it.
_POINTING = ("那儿", "这儿", "那边", "这边", "那", "这")


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
        for start, said_end in zip(bounds, bounds[1:], strict=False):
            if not all(k in units for k in range(start, said_end)):
                continue
            end = start + len(_without_pointing("".join(units[k] for k in range(start, said_end))))
            if not _SHORTEST <= end - start <= _LONGEST:
                continue
            # The counties said elsewhere than in the word: the word itself may be a far
            # district's short name (罗庄 of 临沂's 罗庄区), which is not the caller's county.
            counties = counties_said(
                index,
                [m for m in mentions if not (m.utterance == number and start <= m.start < end)],
                sure,
            )
            if not counties:
                continue
            if any(
                _names_other_than_villages(index, m, counties)
                for m in mentions
                if m.utterance == number
                and m.quality >= sure
                and m.start < end
                and start < m.end
                # 两河口's 河口 is a part of the word, not what the word names.
                and not (start <= m.start and m.end <= end and m.end - m.start < end - start)
            ):
                continue  # the word names something else as said
            word = "".join(units[k] for k in range(start, end))
            if _a_towns_short_name(index, word, counties):
                continue  # 古荥, 超化: a town's short name (古荥镇), not its seat's village
            names = _unit_names(word)
            if any(name in utterance.text for name in names):
                continue  # 小寨 小寨村: the village said whole is read as said
            villages = index.villages_named(names, _in_counties(index, counties))
            if len(villages) == 1:
                ((_, term),) = villages
                found.append(Mention(number, start, end, term, sure, "exact"))
            elif len({place for place, _ in villages}) == len({t for _, t in villages}) > 1:
                # 金水区那个徐庄: its 徐庄村 and its 徐庄社区, each held under its own name, are
                # offered, neither read back; a town of the name elsewhere (登封's 徐庄镇) is not
                # what a caller who named the district means.
                found.extend(
                    Mention(number, start, end, t, sure, _OFFERED) for _, t in sorted(villages)
                )
    return found


def _a_towns_short_name(index: NameIndex, word: str, counties: tuple[str, ...]) -> bool:
    """Whether `word` is the short name of a town of the counties said (古荥 of 荥阳's 古荥镇).
    A town of that name in another county (杨庄乡 of 舞钢, 冯庄乡 of 通许) is not what a caller
    who named their district means by it: 管城区那个杨庄 is 管城's 杨庄社区."""
    return any(
        index.places.kind(link.place) == "town" and index.in_divisions(link.place, counties)
        for term in index.term_ids([word + w for w in _TOWN_WORDS])
        if term is not None
        for link in index.links(term)
        if link.weight >= NAMES
    )


def _in_counties(index: NameIndex, counties: tuple[str, ...]) -> Callable[[int], bool]:
    """Whether a place lies in one of the counties (by adcode prefix)."""

    def inside(place: int) -> bool:
        return index.in_divisions(place, counties)

    return inside


def _unit_names(word: str) -> list[str]:
    """The names a unit said by `word` may be held under: its village (桃花峪村), and, for a
    word that ends as a settlement's name does (杨庄, 聂寨, 站马屯), the 社区 a 城中村 became
    and kept the name of (管城区那个杨庄: 二里岗's 杨庄社区).

    >>> _unit_names("杨庄"), _unit_names("桃花峪")
    (['杨庄村', '杨庄社区'], ['桃花峪村'])
    """
    names = [word + _VILLAGE_WORD]
    if word.endswith(_SETTLEMENT_ENDINGS):
        names.append(word + _COMMUNITY_WORD)
    return names


def _without_pointing(word: str) -> str:
    """A word without the pointing word said right after it (白龙庙那: 白龙庙).

    >>> _without_pointing("白龙庙那"), _without_pointing("两河口这儿"), _without_pointing("那")
    ('白龙庙', '两河口', '那')
    """
    for pointing in _POINTING:
        if word.endswith(pointing) and len(word) > len(pointing):
            return word[: -len(pointing)]
    return word


def _names_other_than_villages(
    index: NameIndex, mention: Mention, counties: tuple[str, ...]
) -> bool:
    """Whether a mention read surely names a place other than a village: a name only villages
    elsewhere bear (牛王庙 of 洛阳's and 南阳's) leaves the word to the county's village, and so
    does a town's short name only towns of other counties bear (徐庄 of 登封's 徐庄镇, said with
    金水区), and a district's short name only districts of other cities bear (罗庄 of 临沂's
    罗庄区, said with 顺河区)."""
    cities = tuple(county[:4] for county in counties)

    def elsewhere(place: int) -> bool:
        adcode = index.places.admin(place).adcode or ""
        kind = index.places.kind(place)
        return (kind == "town" and not adcode.startswith(counties)) or (
            kind == "district" and not adcode.startswith(cities)
        )

    return any(
        index.places.kind(link.place) != "village" and not elsewhere(link.place)
        for link in index.links(mention.term)
        if link.weight >= NAMES
    )
