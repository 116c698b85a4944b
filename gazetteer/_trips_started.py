"""A city said as where a trip started (我们从郑州报的团, 刚从开封过去的, 从郑州开车来的).

Visitors say where they set out from beside where they are now: 洛阳龙门石窟，我们从郑州报的团;
商丘古城，南门那，我们自驾游刚从开封过去. The city after 从 and before the word of the journey
(来, 过来, 过去, 出发, 报的团 …), often the centre's own, is where the caller was, not where they
are; weighed as a place said, it stood level with the far city named, or above it. It is left out
when another city is said in the rest of the words, not within it nor holding it, or a road the
data holds only outside it (宋城路上，刚从郑州过来: 开封's road; 二七路上，一早从开封出发的), or
holds in the centre's area outside it (西大街，刚从郑州过来, said to 开封's centre: both cities hold
a 西大街, and the caller has come away from 郑州's). Said alone (我们刚从开封过来), with a place
of its own area (少林寺，我们从郑州报的团; 登封…), or with a road it holds and the centre's area
holds nowhere else (建设路上，刚从郑州过来, said to 郑州's centre), the words stay as said. The
city may be said with the side it lies on (从开封那边过来) and the trip by how it was driven
(从开封开过来). A county said so (我们刚从中牟过来) is a trip's start beside a road the same way
(在花园路上: 郑州's, not 中牟's), and stays as said beside another city.

>>> _TRIP.search("我们从郑州报的团")["start"], _TRIP.search("刚从开封坐高铁过来")["start"]
('郑州', '开封')
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer._index import ROAD_WORDS, NameIndex
from gazetteer._normalise import normalise_text
from gazetteer._said_aside import _division_prefixes, _divisions_in, _nested

# 从, a division's name (市 or 县 with it or not), how the trip was made, and the journey's word.
_TRIP = re.compile(
    "从(?P<start>[\u4e00-\u9fff]{2,6}?)"
    "(?:那边|那儿|那里)?"
    "(?:坐高铁|坐火车|坐动车|坐大巴|坐车|开车|自驾|打车|骑车|开)?"
    "(?:报的团|跟的团|报团|跟团|出发|过来|过去|来)"
)


def trip_starts_said(index: NameIndex, text: str, codes: Sequence[str] = ()) -> str:
    """The utterance without a city said as where a trip started, when another city is said
    in the rest of the words; otherwise as said.

    洛阳龙门石窟 我们从郑州报的团 → 洛阳龙门石窟 我们; 少林寺 我们从郑州报的团 stays as said.
    """
    if "从" not in text:
        return text
    said = normalise_text(text)
    spans: list[tuple[int, int, tuple[str, ...]]] = []
    for found in _TRIP.finditer(said):
        cities = tuple(p for p in _division_prefixes(index, found["start"]) if len(p) <= 4)
        # A city, or a county when no city is named so (从中牟过来; 从新郑过来, whatever else
        # is named 新郑: a trip is made from the county).
        prefixes = cities or _counties_named(index, found["start"])
        if prefixes:
            spans.append((found.start(), found.end(), prefixes))
    if not spans:
        return text
    kept = [(start, end) for start, end, _ in spans]
    rest = "".join(c for k, c in enumerate(said) if not any(s <= k < e for s, e in kept))
    others = _divisions_in(index, rest)
    starts = {p for _, _, prefixes in spans for p in prefixes}
    # Another city said says the start apart only when the start is a city: a county's is read
    # apart only by a road said away from it.
    cities_said = {p for p in starts if len(p) <= 4}
    if not any(not _nested(p, q) for p in cities_said for q in others) and not _roads_away_from(
        index, rest, starts, tuple(codes)
    ):
        return text
    return re.sub(" +", " ", rest).strip()


def _counties_named(index: NameIndex, words: str) -> tuple[str, ...]:
    """The adcodes of the counties `words` is a name of, other places of the name aside."""
    (term,) = index.term_ids([words])
    if term is None:
        return ()
    return tuple(
        prefix
        for place in index.places_named(term)
        if index.places.kind(place) == "district"
        and (prefix := index.division_prefix.get(place)) is not None
    )


# A road's name said: two to six characters and a road word (宋城路, 西门大街, 郑开大道).
_ROAD = re.compile("(?=([\u4e00-\u9fff]{2,6}?(?:" + "|".join(ROAD_WORDS) + ")))")


def _roads_away_from(index: NameIndex, said: str, starts: set[str], codes: tuple[str, ...]) -> bool:
    """Whether the words name a road the data holds, every one of that name outside the
    divisions of `starts` (adcode prefixes), or one of them in the centre's divisions (`codes`)
    outside them: the road the caller is on once they have come away from where they started."""
    away = tuple(starts)
    for found in _ROAD.finditer(said):
        words = found[1]
        for k in range(len(words) - 2):
            (term,) = index.term_ids([words[k:]])
            if term is None:
                continue
            roads = [p for p in index.places_named(term) if index.places.kind(p) == "road"]
            if roads and not any(index.in_divisions(place, away) for place in roads):
                return True
            if codes and any(
                index.in_divisions(place, codes) and not index.in_divisions(place, away)
                for place in roads
            ):
                return True
            if roads:
                break
    return False
