"""An area said short, then in full (港区，航空港区那边): the short words are the area said again,
not loose words for a site named after the area (省立医院's 航空港区院区).

A site's words are read loosely (`campus_hints`) once its institution is said; the name of an
area a site is named after (航空港区) links to the site too, and so stood for its institution
said. When nothing but such an area's name says the institution, the loose words are no site
of it.
"""

from __future__ import annotations

from collections.abc import Sequence

from gazetteer._index import NAMES, NameIndex
from gazetteer._match import Mention

_SITE_KINDS = frozenset({"campus", "hospital_branch"})
_INSTITUTION_KINDS = frozenset({"university", "hospital"})
_HINT = "hint"


def without_sites_said_only_by_an_area(
    index: NameIndex, hints: Sequence[Mention], mentions: Sequence[Mention]
) -> list[Mention]:
    """The hints but those of a site whose institution only the name of an area said."""

    def institution(place: int) -> int:
        kind = index.places.kind(place)
        if kind in _SITE_KINDS and index.parent[place] >= 0:
            return int(index.parent[place])
        return place if kind in _INSTITUTION_KINDS else -1

    def names_an_area(mention: Mention) -> bool:
        return any(
            link.weight >= NAMES
            and index.places.kind(link.place) not in _SITE_KINDS | _INSTITUTION_KINDS
            for link in index.links(mention.term)
        )

    said_by_itself: set[int] = set()
    said_by_an_area: set[int] = set()
    for mention in mentions:
        if mention.how == _HINT:
            continue
        reached = {institution(link.place) for link in index.links(mention.term)} - {-1}
        (said_by_an_area if names_an_area(mention) else said_by_itself).update(reached)
    only_by_an_area = said_by_an_area - said_by_itself
    if not only_by_an_area:
        return list(hints)
    return [
        h
        for h in hints
        if not any(institution(link.place) in only_by_an_area for link in index.links(h.term))
    ]
