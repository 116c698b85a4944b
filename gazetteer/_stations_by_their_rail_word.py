"""A station named after its town or county said with the kind of rail before 站 (中牟城际站,
中牟城铁站 for 中牟站 on the 郑开 intercity line): the station, not the county.

A name said surely and followed by 城际站, 城铁站, 轻轨站, 高铁站 or 火车站 is the station held as
that name and 站, when the data holds one; the words before 站 only say which rail it is on.
Said after a pause (中牟 城际站), they are a station of the county's line, which one not said.

>>> rail_word_after(tuple("中牟城际站郑开城际"), 2)
5
>>> rail_word_after(tuple("中牟县城"), 2) is None
True
"""

from __future__ import annotations

from collections.abc import Sequence

from gazetteer._index import NameIndex
from gazetteer._match import Mention, Utterance, pause_starts, written_units

_RAIL_WORDS = ("城际", "城铁", "轻轨", "高铁", "火车")
_STATION_WORD = "站"
# Said before the rail word (老火车站): the old station of the town, not another.
_OLD = "老"
_STATION = "station"
STATION_BY_RAIL_WORD = 0.9


def rail_word_after(units: Sequence[str], at: int) -> int | None:
    """Where a rail word and 站 said at `at` end, or None; 老 said before them (兰考老火车站)
    calls the town's station its old one, beside a newer 南站, and is the same station.

    >>> rail_word_after(tuple("兰考老火车站出站口"), 2)
    6
    """
    for old in ("", _OLD):
        for word in _RAIL_WORDS:
            said = old + word + _STATION_WORD
            if "".join(units[at : at + len(said)]) == said:
                return at + len(said)
    return None


def stations_said_with_their_rail_word(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention], sure: float
) -> list[Mention]:
    """Mentions of a station held as a name said and 站, over that name and the rail word with
    站 said after it."""
    found: list[Mention] = []
    for m in mentions:
        if m.how != "exact" or m.quality < sure:
            continue
        if m.end in pause_starts(read[m.utterance]):
            # 中牟 城际站, a pause between: the county and a station on its intercity line,
            # which one not said.
            continue
        units = written_units(read[m.utterance])
        run = [units[k] for k in range(m.end, m.end + 4) if k in units]
        end = rail_word_after(run, 0)
        if end is None:
            continue
        (term,) = index.term_ids([str(index.terms[m.term]) + _STATION_WORD])
        if term is None or not index.names_kind(term, (_STATION,)):
            continue
        found.append(
            Mention(m.utterance, m.start, m.end + end, term, STATION_BY_RAIL_WORD, "exact")
        )
    return found
