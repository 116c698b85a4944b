"""A side of a place said after it (大桥南头那个村, 花园路北头的村子): that place's end, not a far
village named like the side (洛阳's or 商丘's 南头村).

Callers place an unnamed village, a shop or themselves by the end of a bridge, a road or a town
they name: 刘江村，就黄河大桥南头那个村. Read with the village word after it, the side (南头, 北头,
东头, 西头) named the villages so called, none of them in the centre's area, and they came first.
Said right after another name, no pause between, the side is that place's end: those far
villages are not read from it. Said on its own (南头那个村) or as a village of the centre's area,
it is read as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from gazetteer._index import NameIndex
from gazetteer._match import Mention, Utterance, pause_starts, units_said, written_units
from gazetteer._normalise import normalise_text

_SIDES = ("东头", "西头", "南头", "北头")


def sides_of_a_place_said(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention], codes: Sequence[str]
) -> list[Mention]:
    """The mentions without a far village named like a side (南头村) read from a side said
    right after another name (大桥南头)."""
    prefixes = tuple(codes)
    if not prefixes:
        return list(mentions)

    def far_side_village(mention: Mention) -> bool:
        named = index.places_named(mention.term)
        return bool(named) and all(
            index.places.kind(place) == "village"
            and not index.in_divisions(place, prefixes)
            and normalise_text(index.places.name(place)) in {side + "村" for side in _SIDES}
            for place in named
        )

    dropped: list[Mention] = []
    for mention in mentions:
        utterance = read[mention.utterance]
        said = units_said(utterance, mention.start, mention.start + 2, written_only=True)
        if said not in _SIDES or not far_side_village(mention):
            continue
        if mention.start in pause_starts(utterance) or mention.start - 1 not in written_units(
            utterance
        ):
            continue  # said on its own
        dropped.append(mention)
    return [m for m in mentions if m not in dropped]
