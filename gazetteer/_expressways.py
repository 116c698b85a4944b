"""An elevated expressway named after the road it runs over (京广快速路, 陇海快速路, 北三环快速路):
the road, which the data holds.

郑州's expressways are built over the roads they are named after, the old road their ground-level
辅道; the data holds the roads, not the decks, and an ambulance sent to the road reaches the
caller. The expressway's words are read as that road's name, over all of them, so no other name
is read loosely across them (京广快速路 as 京广南路站).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer._index import NameIndex
from gazetteer._match import Mention, Utterance, written_matches

# The word for an expressway after the name of the road it runs over.
_EXPRESSWAY = re.compile("快速路|快速通道")
# How long the road's name before it may be (京广, 北三环, 107辅道).
_STEM_SIZES = (5, 4, 3, 2)
# The road word the name is said without (京广快速路 over 京广路, 中州快速路 over 中州大道).
_ROAD_ENDINGS = ("", "路", "大道")
# As sure as a name said in full with a word of its own after it.
EXPRESSWAY_ROAD = 0.95


def roads_under_expressways(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention]
) -> list[Mention]:
    """The mentions with an expressway said by the road it runs over read as that road, over
    the road's words and the expressway's, and without the looser readings across them."""
    found: list[Mention] = []
    for number, offset, words, said in written_matches(read, _EXPRESSWAY):
        for size in _STEM_SIZES:
            start = said.start() - size
            if start < 0:
                continue
            stem = words[start : said.start()]
            term = next(
                (t for t in index.term_ids([stem + e for e in _ROAD_ENDINGS]) if _a_road(index, t)),
                None,
            )
            if term is not None:
                found.append(
                    Mention(
                        number, offset + start, offset + said.end(), term, EXPRESSWAY_ROAD, "exact"
                    )
                )
                break
    if not found:
        return list(mentions)
    kept = [
        m
        for m in mentions
        if m.how == "exact"
        or not any(
            f.utterance == m.utterance and f.start < m.end and m.start < f.end for f in found
        )
    ]
    return [*kept, *found]


def _a_road(index: NameIndex, term: int | None) -> bool:
    return index.names_kind(term, ("road",))
