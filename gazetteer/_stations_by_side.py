"""A railway station said as its city or county and a side (郑州西，高铁那个站; 开封北, 兰考南),
or as its city's first character and a side (郑西高铁站, 开北火车站), with words of the railway in
what is said: the station of that side (郑州西站).

Callers name a city's stations as people do on the platform and the ticket, by the city and the
side, and leave 站 off or say it apart (高铁那个站, 火车站出站口): the words of the railway then
read as the city's main station or another city's, and the side as nothing. A side said as a
direction (郑州西边, 开封北郊) is no station.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer._index import NameIndex
from gazetteer._match import Mention, Utterance, units_said, written_matches

_SIDES = frozenset("东西南北")
# Words after the side that make it a direction or part of another name (郑州西边, 开封北郊,
# 郑州东区): no station.
_NOT_A_STATION_AFTER = frozenset("边面部侧区郊路街环关门城")
# Words of the railway: the caller speaks of a train or a station of trains. Said as a station
# (火车站, 高铁那个站), they are the station of the side said, not the city's main one.
_RAILWAY = re.compile("(?:高铁|火车|动车|城际)(?:站)?|候车|进站|出站|站台|检票")
_DIVISIONS = frozenset({"city", "district"})
_STATION_WORD = "站"
# A character and a side, each place they are written (overlapping: 在郑西 holds 在郑 and 郑西).
_CHARACTER_AND_SIDE = re.compile("(?=([\u4e00-\u9fff][东西南北]))")


def stations_said_by_a_side(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention], sure: float
) -> list[Mention]:
    """The mentions, with a city or county said and a side straight after it, read as the
    station of that side the data holds (郑州西 as 郑州西站), surely, and the words of the
    railway said as that station too, when the railway is spoken of."""
    railway = list(written_matches(read, _RAILWAY))
    if not railway:
        return list(mentions)
    found: list[Mention] = []
    for mention in mentions:
        if mention.quality < sure or mention.how not in ("exact", "dropped"):
            continue
        name = str(index.terms[mention.term])
        if not _a_station_of_a_side(index, mention.term, name):
            continue
        utterance = read[mention.utterance]
        said = units_said(utterance, mention.start, mention.end + 1, written_only=True)
        if said[: len(name) - 1] != name[:-1] or said[len(name) - 1 :] in _NOT_A_STATION_AFTER:
            continue
        found.append(
            Mention(mention.utterance, mention.start, mention.end, mention.term, 1.0, "exact")
        )
        found += [
            Mention(
                number, offset + words.start(), offset + words.end(), mention.term, 1.0, "exact"
            )
            for number, offset, _, words in railway
        ]
    for short in _said_by_a_character_and_a_side(index, read, mentions):
        found.append(short)
        found += [
            Mention(number, offset + words.start(), offset + words.end(), short.term, 1.0, "exact")
            for number, offset, _, words in railway
        ]
    return [*mentions, *found]


def _said_by_a_character_and_a_side(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention]
) -> list[Mention]:
    """A city's first character and a side, written before a station word of more than 站 or
    apart from it (郑西高铁站, 开北，火车站): the station held by that short name (郑西站). The
    two characters at the start of a longer name said whole are that name (郑东新区)."""
    longer = [m for m in mentions if m.how == "exact" and m.end - m.start > 2]
    found: list[Mention] = []
    for number, offset, words, said in written_matches(read, _CHARACTER_AND_SIDE):
        at = said.start()
        after = words[at + 2 : at + 3]
        if after == _STATION_WORD or after in _NOT_A_STATION_AFTER:
            continue  # 郑西站 said whole is its name; 郑西路, 开北区 are no station
        start = offset + at
        if any(m.utterance == number and m.start <= start and m.end >= start + 2 for m in longer):
            continue
        name = said.group(1) + _STATION_WORD
        term = index.term_ids([name])[0]
        if term is not None and _a_station_of_a_side(index, term, name):
            found.append(Mention(number, start, start + 2, term, 1.0, "exact"))
    return found


def _a_station_of_a_side(index: NameIndex, term: int, name: str) -> bool:
    """Whether the term is a station's name made of a city's or county's and a side (郑州西站),
    or of a city's first character and a side (郑西站: the index holds no other such name)."""
    if not name.endswith(_STATION_WORD) or len(name) < 3 or name[-2] not in _SIDES:
        return False
    place = name[:-2]
    return index.names_kind(term, ("station",)) and (
        len(place) == 1 or index.holds_name(place, _DIVISIONS)
    )
