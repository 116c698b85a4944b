"""老 said before an institution's short name (老河大, 老航院, 老农大): its old campus.

Callers name a university's first campus as the old one of its short name, the way they say
老校区: 老河大 is 河南大学's 明伦校区 (held as 河大老校区), 老航院 郑航's 大学中路校区 (held as
郑航老校区). Read as said, 老 took the short name into another place's (老河, a township of
驻马店), or left the campuses of the name tied (航院 for 郑航's north and south campuses). The
words are read as the campus of that institution whose names hold 老校区, when exactly one does.
The institution is found as elsewhere: by a name of its own (河大, 华水) or as the first words of
its campuses' names (航院 of 航院南校区). Without such a campus (老城, 老坟岗: no institution's
short name) the words stay as said.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence

from gazetteer._index import NAMES, NameIndex
from gazetteer._match import Mention, Utterance, written_units
from gazetteer._normalise import normalise_text

_OLD = "老"
_OLD_CAMPUS = "老校区"
_SITE_KINDS = frozenset({"campus"})
_INSTITUTION_KINDS = frozenset({"university"})
_SHORTEST = 2
_LONGEST = 4


def old_campuses_said(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention], sure: float
) -> list[Mention]:
    """Mentions of the one old campus of an institution said short after 老."""
    found: list[Mention] = []
    for number, utterance in enumerate(read):
        units = written_units(utterance)
        for at, unit in sorted(units.items()):
            if unit != _OLD:
                continue
            for length in range(_LONGEST, _SHORTEST - 1, -1):
                span = range(at + 1, at + 1 + length)
                if not all(k in units for k in span):
                    continue
                short = "".join(units[k] for k in span)
                campus = _old_campus(index, short)
                if campus is None:
                    continue
                end = span.stop
                if any(
                    m.utterance == number and m.start <= at and end <= m.end and m.quality >= sure
                    for m in mentions
                    if any(link.place == campus[0] for link in index.links(m.term))
                ):
                    break  # said whole already (老郑大)
                found.append(Mention(number, at, end, campus[1], sure, "exact"))
                break
    return found


def _old_campus(index: NameIndex, short: str) -> tuple[int, int] | None:
    """The one campus, and the term of its old-campus name, of the institutions `short`
    names."""
    institutions = _institutions(index, short)
    campuses: list[tuple[int, int]] = []
    for institution in sorted(institutions):
        for child in index.children.get(institution, ()):
            if index.places.kind(child) not in _SITE_KINDS:
                continue
            place = index.places[child]
            names = sorted(
                (normalise_text(n) for n in (place.name, *place.aliases) if _OLD_CAMPUS in n),
                key=lambda n: (-len(n), n),
            )
            if not names:
                continue
            # The name of it alone (河大老校区), not one another's old campus shares (老校区).
            own = [
                term
                for term in index.term_ids(names)
                if term is not None
                and {link.place for link in index.links(term) if link.weight >= NAMES} == {child}
            ]
            if own:
                campuses.append((child, own[0]))
    return campuses[0] if len(campuses) == 1 else None


def _institutions(index: NameIndex, short: str) -> set[int]:
    """The institutions a short name names: by a name of their own, or as the first words of
    one of their campuses' names (航院 of 航院南校区)."""
    (term,) = index.term_ids([short])
    named = set()
    if term is not None:
        for link in index.links(term):
            if link.weight < NAMES:
                continue
            kind = index.places.kind(link.place)
            if kind in _INSTITUTION_KINDS:
                named.add(link.place)
            elif kind in _SITE_KINDS and index.parent[link.place] >= 0:
                named.add(index.parent[link.place])
    if named:
        return named
    return {
        parent
        for parent, child in _campus_prefixes(index).get(short, ())
        if index.places.kind(parent) in _INSTITUTION_KINDS
    }


_PREFIXES: weakref.WeakKeyDictionary[NameIndex, dict[str, list[tuple[int, int]]]] = (
    weakref.WeakKeyDictionary()
)


def _campus_prefixes(index: NameIndex) -> dict[str, list[tuple[int, int]]]:
    """The first words (two to four characters) of campuses' names before 校区 or its side
    (航院 of 航院南校区), by the words: read once for an index."""
    found = _PREFIXES.get(index)
    if found is not None:
        return found
    prefixes: dict[str, list[tuple[int, int]]] = {}
    for row in range(len(index.places)):
        if index.places.kind(row) not in _SITE_KINDS or index.parent[row] < 0:
            continue
        place = index.places[row]
        for name in (place.name, *place.aliases):
            said = normalise_text(name)
            if not said.endswith("校区"):
                continue
            stem = said.removesuffix("校区").rstrip("东西南北新老主本")
            if _SHORTEST <= len(stem) <= _LONGEST:
                prefixes.setdefault(stem, []).append((index.parent[row], row))
    return _PREFIXES.setdefault(index, prefixes)
