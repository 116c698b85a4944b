"""A village or 社区 named after a landmark of its county (长寿山社区 by the 长寿山 scenic area):
said by the landmark's name alone, the words fit both, so neither is read back. So too a village
read by its town's name and its own without 村 (广武霸王城 for 广武镇's 霸王城村) when its name
without 村 is a landmark's of its county (霸王城, 汉霸二王城's): the caller may be at the
landmark the village is named after."""

from __future__ import annotations

from collections.abc import Sequence

from gazetteer._index import NAMES, NameIndex
from gazetteer._match import Mention, Utterance
from gazetteer._normalise import normalise_text


def landmarks_named_like_a_village(
    index: NameIndex,
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    village: int,
    sure: float,
) -> list[int]:
    """Landmarks of the village's county named in full by sure words that name the village
    only by the start of its name: the caller may be at either."""
    name = normalise_text(index.places.name(village))
    if any(name in utterance.text for utterance in read):
        return []  # 长寿山社区 said in full names the 社区 alone
    county = (index.places.admin(village).adcode or "")[:6]
    found: list[int] = []
    for mention in mentions:
        if mention.quality < sure or mention.how != "exact":
            continue
        if not name.startswith(str(index.terms[mention.term])):
            continue
        for link in index.links(mention.term):
            if (
                link.weight >= NAMES
                and link.place not in found
                and index.places.kind(link.place) == "landmark"
                and index.in_divisions(link.place, county)
            ):
                found.append(link.place)
    short = name.removesuffix(_VILLAGE_WORD)
    if len(short) < _SHORTEST or short == name or not any(short in u.text for u in read):
        return found
    (term,) = index.term_ids([short])
    if term is None:
        return found
    return found + [
        link.place
        for link in index.links(term)
        if link.weight >= NAMES
        and link.place not in found
        and index.places.kind(link.place) == "landmark"
        and index.in_divisions(link.place, county)
    ]


# What a village's name ends in that its short name leaves out (霸王城村: 霸王城).
_VILLAGE_WORD = "村"
_SHORTEST = 2
