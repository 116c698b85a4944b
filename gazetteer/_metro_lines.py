"""A metro line said with a road or place (地铁一号线，刚过博学路): the station of that name on
the line.

Stations are named after the road or place they stand by, and a caller on a train names the
line and where it is. The station on the line said, held as "地铁N号线X站", is read over the
name and over the line's words: both say it, and a road said on a train is not where the train
is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer._index import NAMES, NameIndex
from gazetteer._match import Mention, Utterance, sure_names_of, units_said, written_matches

# The line as said, its house-number words already in digits (一号线 → 1号线), or by its own name
# (城郊线, 郑许线: the lines the data's stations are held under by name).
_LINE = re.compile(r"(?:地铁)?(\d{1,2}号线|城郊线|郑许线)")
# Words that say the caller speaks of the metro.
_METRO = re.compile(r"地铁|\d{1,2}号线|城郊线|郑许线")


def stations_on_a_said_line(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention], sure: float
) -> list[Mention]:
    """The mentions, with a name said exactly, on a line said, read as the station of that
    name on that line, and the line's words as that station too."""
    lines = list(written_matches(read, _LINE))
    if not lines:
        return list(mentions)
    # A line's name is no place (城郊线 is not a 城郊乡).
    spans = {
        (number, offset + said.start(), offset + said.end()) for number, offset, _, said in lines
    }
    mentions = [
        m
        for m in mentions
        if not any(u == m.utterance and a <= m.start and m.end <= b for u, a, b in spans)
    ]
    found: list[Mention] = []
    for mention in mentions:
        if mention.how != "exact" or mention.quality < sure:
            continue
        name = str(index.terms[mention.term])
        for number, offset, _, said in lines:
            (term,) = index.term_ids([f"地铁{said[1]}{name}站"])
            if term is None:
                continue
            found.append(Mention(mention.utterance, mention.start, mention.end, term, 1.0, "exact"))
            found.append(
                Mention(number, offset + said.start(), offset + said.end(), term, 1.0, "exact")
            )
    return [*mentions, *found]


def station_named_after_it_said(
    index: NameIndex,
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    place: int,
    sure: float,
) -> bool:
    """Whether the caller, speaking of the metro (城郊线华南城站, 华南城地铁站), named a station
    after `place` that is no station the data holds: the station stands by the place, but the
    caller is at the station, so the place is not to be read back as where they are. A stop
    said without the metro (华南城站) may be a bus stop, which is the place it is named after."""
    if index.places.kind(place) == "station" or not any(written_matches(read, _METRO)):
        return False
    for mention in sure_names_of(index, mentions, place, sure):
        name = str(index.terms[mention.term])
        after = units_said(read[mention.utterance], mention.end, mention.end + 3, written_only=True)
        if not name.endswith("站") and after.startswith(("站", "地铁站")):
            return True
    return False


# Words of the railway said after a place's name (新郑机场 城际 站台, zijingshan 地铁站): the
# caller is at the station of that name, not anywhere in the place it is named after.
_RAIL_AFTER = re.compile("(?:地铁|城际|高铁|轻轨)(?:站台|站|口)?")
# A city's or county's name before them names its railway, not the station named after it
# (郑州地铁: the metro, anywhere on it; 郑州高铁站: 东站 more than 郑州站; 中牟 城际).
_DIVISIONS = frozenset({"province", "city", "district"})


def stations_said_by_their_rail(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention], sure: float
) -> list[Mention]:
    """The mentions, with a place's name said for sure and straight after it the railway's
    words (地铁, 城际) read as the station the data holds by that name (新郑机场站), over the
    name and those words: the caller is at the station. Not a city's or county's name (郑州
    地铁), which names the railway of that city."""
    found: list[Mention] = []
    for mention in mentions:
        if mention.quality < sure or mention.how not in ("exact", "latin", "pinyin"):
            continue
        if any(
            link.weight >= NAMES and index.places.kind(link.place) in _DIVISIONS
            for link in index.links(mention.term)
        ):
            continue
        name = str(index.terms[mention.term])
        if name.endswith("站"):
            continue
        utterance = read[mention.utterance]
        rail = _RAIL_AFTER.match(units_said(utterance, mention.end, mention.end + 4))
        if rail is None:
            continue
        (term,) = index.term_ids([f"{name}站"])
        if term is None or not index.names_kind(term, ("station",)):
            continue
        end = mention.end + rail.end()
        found.append(
            Mention(mention.utterance, mention.start, end, term, mention.quality, mention.how)
        )
    return [*mentions, *found]
