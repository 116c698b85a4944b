"""A stop named after two roads (花园路黄河路站, 文化路农业路站): the crossing they name.

Bus stops in 郑州 and 开封 are named after the crossing they stand at, the road the bus runs on
first; metro stations after one road or place (黄河路站). The second road and 站 read together
would be the metro station of that road, or a look-alike of another (农业南路站): they are the
second road of the crossing, which the data holds as the two roads.
"""

from __future__ import annotations

from collections.abc import Sequence

from gazetteer._index import ROAD_WORDS, NameIndex
from gazetteer._match import Mention, Utterance, units_said

# How long the second road's name may be, its road word included (东风路, 农业东路, 中州大道).
_ROAD_SIZES = range(6, 1, -1)
_STOP = "站"


def stops_named_by_two_roads(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention], sure: float
) -> list[Mention]:
    """The mentions with the second road of a stop named by two roads read as that road, over
    its words and 站, and without the other readings of those words.

    A road said exactly and for sure, then straight after it another road the data holds and
    站: the second road is read over [its start, 站 included)."""
    found: list[Mention] = []
    for mention in mentions:
        if mention.how != "exact" or mention.quality < sure or not _names_a_road(index, mention):
            continue
        utterance = read[mention.utterance]
        after = units_said(utterance, mention.end, mention.end + max(_ROAD_SIZES) + 1)
        for size in _ROAD_SIZES:
            road = after[:size]
            if not road.endswith(ROAD_WORDS) or after[size : size + 1] != _STOP:
                continue
            (term,) = index.term_ids([road])
            if term is not None and _names_a_road(index, Mention(0, 0, 0, term, 1.0, "exact")):
                start = mention.end
                found.append(
                    Mention(mention.utterance, start, start + size + 1, term, 1.0, "exact")
                )
                break
    if not found:
        return list(mentions)
    # Other readings of the stop's words (黄河路站 the station, 农业南路站 a look-alike) go;
    # the second road read inside them stays.
    kept = [
        m
        for m in mentions
        if not any(
            m.overlaps(f)
            and not (f.start <= m.start and m.end <= f.end and _names_a_road(index, m))
            for f in found
        )
    ]
    return [*kept, *found]


def _names_a_road(index: NameIndex, mention: Mention) -> bool:
    return index.names_kind(mention.term, ("road",))
