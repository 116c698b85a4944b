"""An institution said by the rest of its name after its county (中牟那个工商学院 for 郑州工商学院;
登封武术学院 for 嵩山少林武术学院; 中牟那个测绘学院 for 河南测绘职业学院).

Callers in a county name its college by what it teaches and its kind word, the city, province
or mountain its full name starts with left out, as the county said before it already says
where. The words are looked up among the institutions of the county said only: one whose name
ends with them (职业 before 学院 may go unsaid) is read, surely enough to stand against a
landmark said as a reference beside it; two or more, or none, leave the words as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from gazetteer._index import NameIndex
from gazetteer._match import Mention, Utterance, counties_named, written_units
from gazetteer._normalise import normalise_text

_INSTITUTIONS = frozenset({"university"})
_KIND_WORDS = ("学院", "大学", "职院")
# Words of a college's full name often left out before its kind word (测绘职业学院 → 测绘学院).
_LEFT_OUT = ("职业技术", "职业")
# The rest said must hold more than the kind word: two characters of what the college is.
_REST_MIN = 4
INSTITUTION_AFTER_COUNTY = 0.9


def _rests(name: str) -> set[str]:
    """The ends of a name (and of it without 职业 before its kind word) a caller may say."""
    names = {name}
    for word in _LEFT_OUT:
        for kind in _KIND_WORDS:
            if name.endswith(word + kind):
                names.add(name[: -len(word + kind)] + kind)
    return {
        n[k:] for n in names if n.endswith(_KIND_WORDS) for k in range(1, len(n) - _REST_MIN + 1)
    }


def institutions_said_after_their_county(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention], sure: float
) -> list[Mention]:
    """Mentions of a county's one institution whose name ends with the words said right after
    the county (over those words only)."""
    found: list[Mention] = []
    for county_mention in mentions:
        if county_mention.how != "exact" or county_mention.quality < sure:
            continue
        counties = counties_named(index, county_mention.term)
        if len(counties) != 1:
            continue
        prefix = index.division_prefix[counties[0]]
        units = written_units(read[county_mention.utterance])
        start = county_mention.end
        run = ""
        while start + len(run) in units:
            run += units[start + len(run)]
        if len(run) < _REST_MIN:
            continue
        matches: dict[int, str] = {}
        for row in _institutions_of(index, prefix):
            place = index.places[row]
            for name in (place.name, *place.aliases):
                said = next(
                    (
                        r
                        for r in sorted(_rests(normalise_text(name)), key=len, reverse=True)
                        if run.startswith(r)
                    ),
                    None,
                )
                if said is not None and len(said) > len(matches.get(row, "")):
                    matches[row] = said
        if len(matches) != 1:
            continue
        ((row, said),) = matches.items()
        if any(
            m.utterance == county_mention.utterance
            and m.how == "exact"
            and m.quality >= sure
            and m.start <= start
            and start + len(said) <= m.end
            for m in mentions
        ):
            continue  # the words are a held name of their own
        (term,) = index.term_ids([normalise_text(index.places[row].name)])
        if term is not None:
            found.append(
                Mention(
                    county_mention.utterance,
                    start,
                    start + len(said),
                    term,
                    INSTITUTION_AFTER_COUNTY,
                    "short",
                )
            )
    return found


_BY_COUNTY: dict[tuple[int, str], tuple[int, ...]] = {}


def _institutions_of(index: NameIndex, prefix: str) -> tuple[int, ...]:
    key = (id(index), prefix)
    found = _BY_COUNTY.get(key)
    if found is None:
        found = _BY_COUNTY[key] = tuple(
            row
            for row in range(len(index.places))
            if index.places.kind(row) in _INSTITUTIONS and index.in_divisions(row, prefix)
        )
    return found
