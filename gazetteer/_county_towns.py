"""A county's or a city's town said by its name and a town word (兰考县城, 杞县县城里头, 巩义城里,
新郑市城区, 登封市区, 中牟县城这边).

The words say the division, and where in it: its town, where the caller is. They are no other
place: not somewhere apart from a place of the county said by its side (兰考县城，兰考县人民医院
北边: the hospital is in the town), not the end of an estate's name (中牟县城 read with the 中 after
the pause as 城中), and not a name heard loosely over them (杞县县城 as 杞县县政府).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer._index import NameIndex
from gazetteer._match import Mention, Utterance, units_said

# The town words, and where in the town (里头, 这边); 市区 and 城区 may be read with the division's
# own 市 or 区 (登封市|区).
_TOWN_WORDS = re.compile(
    "(?:县城|城区|市区|城)(?:里头|里边|里面|里|这边|那边|这块|那块|这一块|那一块)?"
)
_DIVISION_KINDS = frozenset({"province", "city", "district"})


def town_words(said: str, last: str = "") -> bool:
    """Whether words said right after a division's name (whose last character is `last`) say
    its town: 城, 县城里头, 城区; 区 after 登封市."""
    return bool(_TOWN_WORDS.fullmatch(said) or (last and _TOWN_WORDS.fullmatch(last + said)))


def names_divisions_only(index: NameIndex, mention: Mention) -> bool:
    """Whether a mention is an exact name of divisions and nothing else (中牟县, 巩义)."""
    named = index.places_named(mention.term)
    return (
        mention.how == "exact"
        and bool(named)
        and all(index.places.kind(p) in _DIVISION_KINDS for p in named)
    )


def without_loose_readings_of_a_county_town(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention]
) -> list[Mention]:
    """The mentions without those read loosely (not as written) over no more than a division's
    exact name and its town words (杞县县城 as 杞县县政府)."""
    divisions = [m for m in mentions if names_divisions_only(index, m)]
    if not divisions:
        return list(mentions)

    def over_a_town(mention: Mention) -> bool:
        if mention.how == "exact":
            return False
        utterance = read[mention.utterance]
        return any(
            d.utterance == mention.utterance
            and d.start == mention.start
            and d.end < mention.end
            and town_words(
                units_said(utterance, d.end, mention.end), units_said(utterance, d.end - 1, d.end)
            )
            for d in divisions
        )

    return [m for m in mentions if not over_a_town(m)]
