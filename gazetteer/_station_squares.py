"""A railway station's square said by its side after the station's name (郑州火车站西广场,
zhengzhou huochezhan xi guangchang, 郑州东站 东广场): the caller is at the station.

The data holds some squares as aliases (郑州站西广场), not every way of naming the station with
them: 郑州火车站 said with 西广场 was read loosely as 郑州东站西广场, the square of the other
station, over all the words, and 广场 typed as guangchang as 江西's 广昌县.
"""

from __future__ import annotations

from collections.abc import Sequence

from gazetteer._index import NAMES, NameIndex
from gazetteer._match import Mention, Utterance

# A square by its side, written or typed in pinyin.
_SIDES = frozenset("东西南北") | frozenset(("dong", "xi", "nan", "bei"))
_SQUARE = (("广", "场"), ("guang", "chang"))


def station_squares_said(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention]
) -> list[Mention]:
    """The mentions, with a station's name followed by a side's square read as the station
    over both."""
    found: list[Mention] = []
    for mention in mentions:
        if not any(
            link.weight >= NAMES and index.places.name(link.place).endswith("站")
            for link in index.links(mention.term)
        ):
            continue
        after = _units_after(read[mention.utterance], mention.end, 3)
        if len(after) == 3 and after[0] in _SIDES and tuple(after[1:]) in _SQUARE:
            found.append(
                Mention(
                    mention.utterance,
                    mention.start,
                    mention.end + 3,
                    mention.term,
                    mention.quality,
                    mention.how,
                )
            )
    return [*mentions, *found]


def _units_after(utterance: Utterance, start: int, size: int) -> list[str]:
    """Up to `size` units said from `start` on, written or typed."""
    return [
        unit
        for segment in utterance.segments
        for k, unit in enumerate(segment.units)
        if start <= segment.offset + k < start + size
    ]
