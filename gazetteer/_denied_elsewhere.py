"""A name said, then denied of "another place" (西门大街，开封老城里那个，不是别的地方的西门大街;
龙湖，不是别处那个龙湖): the caller denies the name's places elsewhere, not the one they said.

The denied words read every place of the name, the caller's among them, and all were put below
the rest, so the city said was offered over the road. Read here: when the denial names no place
but says the other one is elsewhere (别的地方, 别处, 外地, 其他地方), the places the name reads in
the area of the centre are spared, when the name was said as where the caller is too.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from gazetteer._index import NAMES, NameIndex
from gazetteer._match import Mention

# A denial of the name's places elsewhere, as said.
_ELSEWHERE = re.compile("不是(?:别的地方|别的地儿|别处|外地|其他地方|其它地方)")


def spared_as_elsewhere(
    index: NameIndex,
    utterances: Sequence[str],
    mentions: Sequence[Mention],
    negated: Collection[Mention],
    codes: Sequence[str],
    sure: float,
) -> set[int]:
    """The places of the centre's area a name denied of "another place" reads, when the same
    name is said and not denied too."""
    if not codes or not negated:
        return set()
    spared: set[int] = set()
    for mention in negated:
        if not _ELSEWHERE.search(utterances[mention.utterance]):
            continue
        if not any(
            m.term == mention.term and m not in negated and m.quality >= sure for m in mentions
        ):
            continue  # the name is said only as denied
        spared.update(
            link.place
            for link in index.links(mention.term)
            if link.weight >= NAMES and index.in_divisions(link.place, tuple(codes))
        )
    return spared
