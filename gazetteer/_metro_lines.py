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

from gazetteer._index import NameIndex
from gazetteer._match import Mention, Utterance, written_matches

# The line as said, its house-number words already in digits (一号线 → 1号线).
_LINE = re.compile(r"(?:地铁)?(\d{1,2})号线")


def stations_on_a_said_line(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention], sure: float
) -> list[Mention]:
    """The mentions, with a name said exactly, on a line said, read as the station of that
    name on that line, and the line's words as that station too."""
    lines = list(written_matches(read, _LINE))
    if not lines:
        return list(mentions)
    found: list[Mention] = []
    for mention in mentions:
        if mention.how != "exact" or mention.quality < sure:
            continue
        name = str(index.terms[mention.term])
        for number, offset, _, said in lines:
            (term,) = index.term_ids([f"地铁{said[1]}号线{name}站"])
            if term is None:
                continue
            found.append(Mention(mention.utterance, mention.start, mention.end, term, 1.0, "exact"))
            found.append(
                Mention(number, offset + said.start(), offset + said.end(), term, 1.0, "exact")
            )
    return [*mentions, *found]
