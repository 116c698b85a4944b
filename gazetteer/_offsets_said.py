"""A place said with where the caller is from it (城隍庙对面，商城路) before the road it stands
on: the caller leads with the place, and the road only says where it is; and a road the data
does not hold said before a place said as where it is (二马路 银基那边): the caller is on that
road, by the place."""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer._index import NAMES, ROAD_WORDS, NameIndex
from gazetteer._match import Mention, Utterance, units_said
from gazetteer._normalise import normalise_text

# Words that put the caller beside a place, not on its way (往南 says a way along a road).
_BESIDE = ("斜对面", "对面", "对过", "对门", "旁边", "附近", "隔壁", "跟前", "边上")
# How far the place said first ranks above the road it stands on: enough to lead, far less than
# a name said (neither is read back alone).
LEAD_BONUS = 0.02
# Kinds a place said beside is not: a division or a road says where, not what stands there.
_NOT_BESIDE = frozenset({"province", "city", "district", "town", "village", "road"})


def place_said_before_its_road(
    index: NameIndex,
    utterances: Sequence[str],
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    references: frozenset[Mention],
    pool: dict[int, float],
    sure: float,
) -> None:
    """A place said first with a word that puts the caller beside it (对面, 旁边, 附近), then a
    road its address is on (城隍庙对面 商城路, 河南博物院对面，农业路上): the place ranks just
    above the road. Said the other way round (东大街 文庙旁边), the road stays first. Adjusts
    `pool` in place."""
    for ref in references:
        if ref.quality < sure or ref.how != "exact":
            continue
        if not _said_before(utterances[ref.utterance], words_of(read, ref), _BESIDE):
            continue
        places = [
            link.place
            for link in index.links(ref.term)
            if link.weight >= NAMES
            and link.place in pool
            and index.places.kind(link.place) not in _NOT_BESIDE
        ]
        # An institution said is at the site of it on the road (省人医对过儿，纬五路上).
        sites = [k for p in places for k in index.children.get(p, ()) if k in pool]
        roads_by_place = {
            p: _roads_it_is_on(index, mentions, references, ref, p, pool, sure)
            for p in places + sites
        }
        lead = [k for k in sites if roads_by_place[k]]
        if not lead:
            lead = [p for p in places if roads_by_place[p]]
        for place in lead:
            best = max(pool[r] for r in roads_by_place[place])
            pool[place] = min(1.0, max(pool[place], best + LEAD_BONUS))


def _roads_it_is_on(
    index: NameIndex,
    mentions: Sequence[Mention],
    references: frozenset[Mention],
    ref: Mention,
    place: int,
    pool: dict[int, float],
    sure: float,
) -> list[int]:
    """The held roads said after `ref` whose names are in the place's address."""
    address = normalise_text(index.places[place].address or "")
    return [
        link.place
        for m in mentions
        if m not in references
        and m.quality >= sure
        and (m.utterance, m.start) > (ref.utterance, ref.start)
        for link in index.links(m.term)
        if link.weight >= NAMES
        and index.places.kind(link.place) == "road"
        and link.place in pool
        and address
        and normalise_text(index.places.name(link.place)) in address
    ]


# A road's name said last before a place: a name of one to four characters and a road word, as
# the whole of its clause or after the city it is in (开封的五一路).
_ROAD_LAST = re.compile("(?:^|[ ，,的])([\u4e00-\u9fff]{1,4}?(?:" + "|".join(ROAD_WORDS) + "))$")
# A place said as where the road is (银基那边, 大卫城这块).
_THERE = ("那边", "这边", "那块", "这块", "那儿", "这儿", "那一片", "这一片")


def unheld_road_before_a_place(
    index: NameIndex,
    utterances: Sequence[str],
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    place: int,
    sure: float,
) -> bool:
    """Whether the caller said a road no name reads (二马路) and then the place read back as
    where that road is (银基那边): they are on the road, by the place, not at it.

    A road the data holds (德化街 二七塔那边) is read as said, and a place said first
    (银基 二马路那边) is where the caller is."""
    for m in mentions:
        if m.quality < sure or not any(link.place == place for link in index.links(m.term)):
            continue
        text = normalise_text(utterances[m.utterance])
        said = words_of(read, m)
        at = text.find(said) if said else -1
        if at < 0 or not _said_before(text, said, _THERE):
            continue
        road = _ROAD_LAST.search(text[:at].rstrip(" ，,"))
        if road is None or road[1].startswith(("马路", "大路", "小路")):
            continue
        held = any(
            o.how == "exact"
            and o.utterance == m.utterance
            and words_of(read, o) == road[1]
            and any(index.places.kind(link.place) == "road" for link in index.links(o.term))
            for o in mentions
        )
        if not held:
            return True
    return False


def words_of(read: Sequence[Utterance], mention: Mention) -> str:
    return units_said(read[mention.utterance], mention.start, mention.end, written_only=True)


def _said_before(text: str, words: str, cues: tuple[str, ...]) -> bool:
    """Whether `words` are said in `text` right before one of `cues` (a pause between
    allowed: 城隍庙，对面)."""
    text = normalise_text(text)
    at = text.find(words) if words else -1
    while at >= 0:
        if text[at + len(words) :].lstrip(" ，,").startswith(cues):
            return True
        at = text.find(words, at + 1)
    return False
