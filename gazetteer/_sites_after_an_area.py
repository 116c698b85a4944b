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
from gazetteer._match import Mention, Utterance, units_said
from gazetteer._normalise import normalise_text

_SITE_KINDS = frozenset({"campus", "hospital_branch"})
_INSTITUTION_KINDS = frozenset({"university", "hospital"})
_HINT = "hint"
# What an area is: a zone, district or town, not a road (大学路 points to a campus at its gates).
_AREA_KINDS = frozenset({"landmark", "district", "town", "city"})


def without_sites_said_only_by_an_area(
    index: NameIndex,
    read: Sequence[Utterance],
    hints: Sequence[Mention],
    mentions: Sequence[Mention],
) -> list[Mention]:
    """The hints over words of an area's name but those of a site whose institution only
    that area's name said, as the area the site stands in and is named after (a link below
    NAMES)."""

    def institution(place: int) -> int:
        kind = index.places.kind(place)
        if kind in _SITE_KINDS and index.parent[place] >= 0:
            return int(index.parent[place])
        return place if kind in _INSTITUTION_KINDS else -1

    def areas_named(mention: Mention) -> list[str]:
        """The names of the areas (not roads) the words name."""
        return [
            normalise_text(name)
            for link in index.links(mention.term)
            if link.weight >= NAMES and index.places.kind(link.place) in _AREA_KINDS
            for name in (index.places[link.place].name, *index.places[link.place].aliases)
            if len(name) >= 2
        ]

    def named_after(site: int, areas: list[str]) -> bool:
        name = normalise_text(index.places[site].name)
        return any(area in name for area in areas)

    said_by_itself: set[int] = set()
    said_by_an_area: set[int] = set()
    area_names: set[str] = set()
    for mention in mentions:
        if mention.how == _HINT:
            continue
        areas = areas_named(mention)
        for link in index.links(mention.term):
            reached = institution(link.place)
            if reached < 0:
                continue
            # A site in the area and named after it (航空港区院区), or named by the words.
            near_only = link.weight < NAMES and named_after(link.place, areas)
            (said_by_an_area if near_only else said_by_itself).add(reached)
            if near_only:
                area_names.update(areas)
    only_by_an_area = said_by_an_area - said_by_itself

    def area_said(words: str) -> list[bool]:
        # The loose words are part of the area's name (港区 of 航空港区), said again; other
        # words (警察学院 by 龙子湖) still name the site's institution.
        return [len(words) >= 2 and words in name for name in area_names]

    if not only_by_an_area:
        return list(hints)
    return [
        h
        for h in hints
        if not (
            any(area_said(units_said(read[h.utterance], h.start, h.end)))
            and any(institution(link.place) in only_by_an_area for link in index.links(h.term))
        )
    ]
