"""A river, canal or lake the data does not hold, said first as where the caller is (贾鲁河边上,
熊耳河堤上), with a road or its bridge said after it as a mark (中州大道桥那): the caller is at the
water, along which the road is only where; no id stands for that spot, so the road is offered, not
read back. Its own module: it reads the clauses as said, which no mention of a held name covers."""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer._index import NameIndex
from gazetteer._match import Mention, Utterance, pause_starts, units_said, written_units
from gazetteer._normalise import normalise_text
from gazetteer._water_words import BRIDGE, EDGES, NEARBY, SIDES, alternatives

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
    r"(?:$|的?(?:"
    + alternatives(
        EDGES
        + SIDES
        + NEARBY
        + BRIDGE
        + ("边", "沿", "河堤", "堤岸", "大堤", "滩", "绿道", "上", "这儿", "这块", "这", "那儿")
    )
    + "))"
)
# Divisions a water is named after or heard like (金水河 of 金水区, 惠济河, 东风渠 heard as 东风区).
_DIVISIONS = frozenset({"district", "city"})
_WATER_KINDS = frozenset("河渠")
# What follows a water's kind that makes it the water, not 河南 begun (金水河南省中医院 is not said,
# but 河南 begins many names): a side or edge of the water, a bridge, a dyke, or a word of
# place; matched at the start of what follows, so each word stands for every word it begins
# (边 for 边上, 堤 for 堤上).
_AT_THE_WATER = re.compile(
    alternatives(
        SIDES
        + NEARBY
        + ("河堤", "河边", "河沿", "河岸")
        + ("边", "岸", "沿", "堤", "坝", "滩", "桥", "这", "那", "上", "下", "里")
    )
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


def without_divisions_named_in_a_water(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention]
) -> list[Mention]:
    """The mentions but those of a district or city said as the first part of a water's name
    (金水河 read as 金水区, 惠济河边 as 惠济区) or heard in it (东风渠 as 东风区): the caller is
    at the river or canal. Said with 区 (金水区), before 河南 (金水河南省…), or by a name of its
    own that ends so (漯河), the division stands.

    >>> from gazetteer._match import Segment
    >>> said = Utterance("东风渠 花园路", (Segment(0, tuple("东风渠花园路"), (), True),), 6)
    >>> _water_after(said, 0, 3)
    True
    >>> said = Utterance("金水河桥上", (Segment(0, tuple("金水河桥上"), (), True),), 5)
    >>> _water_after(said, 0, 2)
    True
    >>> town = Utterance("金水区河边", (Segment(0, tuple("金水区河边"), (), True),), 5)
    >>> _water_after(town, 0, 3)
    False
    >>> town = Utterance("金水河南省", (Segment(0, tuple("金水河南省"), (), True),), 5)
    >>> _water_after(town, 0, 2)
    False
    >>> units = tuple("金水河南金水河边")
    >>> twice = Utterance("金水河南 金水河边", (Segment(0, units, (), True),), 8)
    >>> _water_after(twice, 0, 2), _water_after(twice, 4, 6)
    (False, True)
    >>> apart = Utterance("荥阳 河边上", (Segment(0, tuple("荥阳河边上"), (), True),), 5)
    >>> _water_after(apart, 0, 2)
    False
    """

    def in_a_water(m: Mention) -> bool:
        links = index.links(m.term)
        if not any(index.places.kind(link.place) in _DIVISIONS for link in links):
            return False
        # A division whose own name ends in the water's kind (漯河, a city) is said as itself.
        last = written_units(read[m.utterance]).get(m.end - 1)
        if last in _WATER_KINDS and last == normalise_text(str(index.terms[m.term]))[-1:]:
            return False
        return _water_after(read[m.utterance], m.start, m.end)

    return [m for m in mentions if not in_a_water(m)]


def _water_after(utterance: Utterance, start: int, end: int) -> bool:
    """Whether the words from `start` to `end` end in a water's kind (东风渠, heard as a
    division's 区) or are followed by one (金水 then 河), with the clause's end, the water's side
    or a bridge after it."""
    said = written_units(utterance)
    if end - start < 2 or start not in said or said.get(end - 1) == "区":
        return False
    if said.get(end - 1) in _WATER_KINDS:
        kind_at = end - 1
    elif said.get(end) in _WATER_KINDS:
        kind_at = end
    else:
        return False
    # Said in one breath: 荥阳，河边上 is the city and then a river's edge, not a water of its name.
    pauses = pause_starts(utterance, across_pinyin=True)
    if any(k in pauses for k in range(start + 1, kind_at + 1)):
        return False
    after = kind_at + 1
    if after >= utterance.length or after in pauses:
        return True
    return (
        _AT_THE_WATER.match(units_said(utterance, after, after + 3, written_only=True)) is not None
    )
