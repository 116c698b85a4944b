"""A river, canal or lake the data does not hold, said first as where the caller is (贾鲁河边上,
熊耳河堤上), with a road or its bridge said after it as a mark (中州大道桥那): the caller is at the
water, along which the road is only where; no id stands for that spot, so the road is offered, not
read back. Its own module: it reads the clauses as said, which no mention of a held name covers."""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer._index import NameIndex
from gazetteer._normalise import normalise_text

# Kinds a said road or crossing is read back as; other places said after the water are not marks.
_MARKS = frozenset({"road", "crossing"})
# Kinds a water the data holds is held as (包公湖, 龙子湖 are landmarks); a town or village named
# after the water (潮河街道, 七里河村) does not hold the water itself.
_HELD_AS = frozenset({"landmark"})
# The water said first, alone or with its edge, bank or dyke (贾鲁河边上, 东风渠岸边, 七里河),
# after the words a caller says where they are with, in the first clause.
_WATER_FIRST = re.compile(
    r"^(?:俺|我|我们|我们这)?(?:在|搁|就在)?(?:那个|这个)?"
    r"([\u4e00-\u9fff]{1,4}?[河渠湖])"
    r"(?:$|的?(?:边上|边儿|边|岸边|岸上|[东西南北]岸|沿上|沿儿|沿|堤上|大堤|坝上|滩|绿道))"
)


def road_marked_along_unheld_water(index: NameIndex, utterances: Sequence[str], place: int) -> bool:
    """Whether `place`, a road or crossing, was said only after a first clause that names a water
    the data does not hold as where the caller is (贾鲁河堤上，中州大道桥底下). Said the other way
    round (中州大道上，过了贾鲁河桥往南), or by a water the data holds (包公湖边上), the road stays
    as it was."""
    if index.places.kind(place) not in _MARKS:
        return False
    name = normalise_text(index.places.name(place))
    for text in utterances:
        clauses = normalise_text(text).split()
        if len(clauses) < 2:
            continue
        found = _WATER_FIRST.match(clauses[0])
        if found is None or name in clauses[0]:
            continue
        if not _held_water(index, found[1]):
            return True
    return False


def _held_water(index: NameIndex, water: str) -> bool:
    """Whether the data holds the water said by its name (包公湖, 龙子湖)."""
    (term,) = index.term_ids([water])
    return term is not None and any(
        index.places.kind(link.place) in _HELD_AS for link in index.links(term)
    )
