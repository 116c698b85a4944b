"""A far division's short name read inside a name the data does not hold.

A compound, a shop or an estate is often named with words that are also some county's short
name (豫康新城 holds 新城, 正商红河谷 红河, 永威西郡 sounds like 维西): read alone, those
words would send the call to 西安 or 云南. A division of another province said by its short name
in the middle of other name-like words that nothing reads is a part of that unheld name, not
the division; said with a pause, its level word or a place that reads the words around it
(西安新城, 新城区), it is read as before. Nor is a far county read loosely over a name of the
centre's province said exactly (高铁南站港区 as 北海's 铁山港区, over 南站).
"""

from __future__ import annotations

from collections.abc import Sequence

from gazetteer._county_towns import names_divisions_only, town_words
from gazetteer._index import NAMES, NameIndex
from gazetteer._match import Mention, Utterance, pause_starts, written_units
from gazetteer._normalise import normalise_text

_DIVISION_KINDS = frozenset({"province", "city", "district"})
# Words of speech around a name (我老家是新城, 去新城): they make the words about it a
# sentence, not a longer name.
SPEECH = frozenset("我你他她俺咱恁在是到去从回往了吗呢吧啊呀的个这那有人说住家")
# Name-like words about a short name, said with it without a pause, some of them before it, that
# make it part of a longer name (豫康|新城, 正商|红河|谷, 永|威西|郡).
_AROUND = 2
# How the names of housing compounds end (豫康新城, 正商红河谷, 永威西郡, 建业桂园).
_ESTATE_ENDINGS = (
    *"城园苑郡谷湾府邸庭居墅",
    "小区",
    "公寓",
    "家属院",
    "大院",
    "新村",
    "山庄",
    "公馆",
)


def far_divisions_inside_a_name(
    index: NameIndex,
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    codes: Sequence[str],
    sure: float,
) -> tuple[list[Mention], list[Mention]]:
    """The mentions without those of divisions outside the centre's province said by a short
    name after and inside other name-like words that no sure reading takes, and those."""
    provinces = {code[:2] for code in codes}
    if not provinces:
        return list(mentions), []

    def inside(mention: Mention) -> str | None:
        """The name the mention was read in, "" for words no name holds, None to keep it."""
        if not _far_division_said_short(index, read[mention.utterance], mention, provinces):
            return None
        utterance = read[mention.utterance]
        units = written_units(utterance)
        if any(units.get(k, "") in SPEECH for k in range(mention.start, mention.end)):
            return None  # heard in words of speech (地上有人 as 上犹), no name
        pauses = pause_starts(utterance)
        # A division of the centre's province said before it (中原|新城) holds no far county:
        # its words begin the name as much as any.
        covered = {
            k
            for m in mentions
            if m.utterance == mention.utterance
            and m.quality >= sure
            and not m.overlaps(mention)
            and not _local_divisions(index, m, provinces)
            for k in range(m.start, m.end)
        }

        def free(k: int) -> bool:
            return k in units and k not in covered and units[k] not in SPEECH

        def run_before(end: int) -> str:
            k = end - 1
            while free(k) and (k == end - 1 or k + 1 not in pauses):
                k -= 1
            return "".join(units[j] for j in range(k + 1, end))

        cut = next((k for k in range(mention.start + 1, mention.end) if k in pauses), None)
        if cut is not None:
            # Read across a pause (绿都城 西三环 as 城西, 学校 男生 as 孝南): no one word; the
            # words before the pause may end a name (绿都城), but not the town of a division said
            # just before them (中牟县城，中牟县人民医院 as 城中): that is where the caller is.
            if not free(mention.start):
                return ""
            run = run_before(cut)
            town = _town_of_a_division_said(index, mentions, mention.utterance, cut - len(run), run)
            return "" if town else run
        before = run_before(mention.start) if mention.start not in pauses else ""
        after = ""
        k = mention.end
        while free(k) and k not in pauses:
            after, k = after + units[k], k + 1
        # A city or county said first (西安小寨东路) begins an address, as callers give one.
        if not before or len(before) + len(after) < _AROUND:
            return None
        return before + "".join(units.get(j, "") for j in range(mention.start, mention.end)) + after

    def across(mention: Mention) -> bool:
        # A loose reading of a far county over a name of the centre's province said exactly
        # (高铁南站港区 as 北海's 铁山港区, over 南站): the words are that name and more.
        if mention.how == "exact" or not _far_division_said_short(
            index, read[mention.utterance], mention, provinces
        ):
            return False
        return any(
            other.how == "exact"
            and other.quality >= sure
            and other.utterance == mention.utterance
            and mention.start <= other.start
            and other.end <= mention.end
            and _in_provinces(index, other, provinces)
            for other in mentions
        )

    read_in = {m: name for m in mentions if (name := inside(m)) is not None}
    loose = [m for m in mentions if across(m)]
    # Those read in what callers call a compound (豫康新城, 正商红河谷, 绿都城) say where the
    # caller is; those read across words of another kind (换乘通道) say nothing.
    named = [m for m, name in read_in.items() if name.endswith(_ESTATE_ENDINGS)]
    return [m for m in mentions if m not in read_in and m not in loose], named


def unread_name_said(inside: Sequence[Mention], mentions: Sequence[Mention], sure: float) -> bool:
    """Whether words a far county's name was written in (`far_divisions_inside_a_name`) are
    left unread by the places found since (新郑|龙湖|镇 is 龙湖镇; 豫康新城 nothing): the caller
    named where they are by a name the data does not hold. A chance sound (永威西郡 as 维西)
    is no such word."""
    return any(
        d.how == "exact"
        and not all(
            any(
                m.utterance == d.utterance and m.quality >= sure and m.start <= k < m.end
                for m in mentions
            )
            for k in range(d.start, d.end)
        )
        for d in inside
    )


def _town_of_a_division_said(
    index: NameIndex, mentions: Sequence[Mention], utterance: int, start: int, run: str
) -> bool:
    """Whether words `run` said from `start` end in a division's town words said right after an
    exact name of divisions only (中牟县|城)."""
    return any(
        m.utterance == utterance
        and start < m.end < start + len(run)
        and names_divisions_only(index, m)
        and town_words(run[m.end - start :], run[m.end - start - 1])
        for m in mentions
    )


def _local_divisions(index: NameIndex, mention: Mention, provinces: set[str]) -> bool:
    """Whether a mention names divisions of the centre's province and nothing else (中原)."""
    named = index.places_named(mention.term)
    return bool(named) and all(
        index.places.kind(p) in _DIVISION_KINDS
        and (index.places.admin(p).adcode or "")[:2] in provinces
        for p in named
    )


def _in_provinces(index: NameIndex, mention: Mention, provinces: set[str]) -> bool:
    """Whether a mention names a place in the centre's province."""
    return any(
        link.weight >= NAMES and (index.places.admin(link.place).adcode or "")[:2] in provinces
        for link in index.links(mention.term)
    )


def _far_division_said_short(
    index: NameIndex, utterance: Utterance, mention: Mention, provinces: set[str]
) -> bool:
    """Whether a mention names only divisions outside `provinces`, none by its full name."""
    named = index.places_named(mention.term)
    if not named:
        return False
    said = "".join(written_units(utterance).get(k, "") for k in range(mention.start, mention.end))
    return all(
        index.places.kind(place) in _DIVISION_KINDS
        and (index.places.admin(place).adcode or "")[:2] not in provinces
        and normalise_text(index.places.name(place)) != said
        for place in named
    )
