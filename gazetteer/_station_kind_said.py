"""A station said by its name, then by its kind (上街站，火车站那个小站; 中牟站，火车站): the kind
says what the named station is, not another station.

火车站 and 汽车站 are what every city calls its main station, and the data holds them as 郑州站's
and 开封站's names; said after a station named by its own name they are what it is, and were
read as the city's main station, level with the one named. Said alone, or before the name
(火车站，郑州站那), or with no station named, they are read as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from gazetteer._index import NAMES, NameIndex
from gazetteer._match import Mention

# The words for a station's kind that also name a city's main station.
_KIND_SUFFIX = "站"
_STATION = "station"


def station_kinds_said_after_a_station(
    index: NameIndex, mentions: Sequence[Mention], sure: float
) -> list[Mention]:
    """The mentions without a station's kind (火车站, 汽车站) said after a station named surely
    by a name of its own in the same utterance."""

    def kind_word(mention: Mention) -> bool:
        words = str(index.terms[mention.term])
        return words in index.common_words and words.endswith(_KIND_SUFFIX)

    def names_a_station(mention: Mention) -> bool:
        return (
            mention.quality >= sure
            and mention.how == "exact"
            and not kind_word(mention)
            and str(index.terms[mention.term]) not in index.common_words
            and any(
                link.weight >= NAMES and index.places.kind(link.place) == _STATION
                for link in index.links(mention.term)
            )
        )

    named = [m for m in mentions if names_a_station(m)]
    if not named:
        return list(mentions)
    return [
        m
        for m in mentions
        if not (
            kind_word(m) and any(n.utterance == m.utterance and n.end <= m.start for n in named)
        )
    ]
