"""A school said by its number alone, with the road of its address (五中，大纸坊街那个; 四中，
京广北路那个 — the campus of 郑州四中 on that road).

Why code: a school's number and kind without its city (五中, 十四中, 一高, 4中) names a school in
every town, so the data holds no such alias and the index makes none (`numbered_school`); said
alone it is asked about. Said with the road the school's address is on (its `roads:`), the words
name the one school, or the one campus of a school, on that road — which only the words said
together can tell. A number said inside a longer one (十四中, 二十五中 with 大纸坊街) is another
school's (`inside_a_number`).
"""

from __future__ import annotations

from collections.abc import Sequence

from gazetteer._index import NAMES, NameIndex, numbered_school
from gazetteer._match import Mention, Utterance, inside_a_number
from gazetteer._normalise import normalise_text

# Read back as a name said for sure: the road narrows the number to one school.
SCHOOL_ON_ITS_ROAD = 0.9


def schools_said_by_number_on_their_road(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention], sure: float
) -> list[Mention]:
    """Mentions of a landmark over the words that say its number and kind (五中), where a road
    it stands on is said for sure in the same utterance and those words are no part of a name
    said for sure."""
    found: list[Mention] = []
    for mention in mentions:
        if mention.how != "exact" or mention.quality < sure:
            continue
        links = index.links(mention.term)
        if not any(
            link.weight >= NAMES and index.places.kind(link.place) == "road" for link in links
        ):
            continue
        schools = [
            link.place
            for link in links
            if link.weight < NAMES and index.places.kind(link.place) == "landmark"
        ]
        for school in schools:
            for number, term in _numbers(index, school):
                for start, end in _occurrences(read[mention.utterance], number):
                    if inside_a_number(read[mention.utterance], start, end) or any(
                        m.utterance == mention.utterance
                        and m.quality >= sure
                        and m.start < end
                        and start < m.end
                        for m in mentions
                    ):
                        continue
                    found.append(
                        Mention(mention.utterance, start, end, term, SCHOOL_ON_ITS_ROAD, "short")
                    )
    return found


def _numbers(index: NameIndex, row: int) -> list[tuple[str, int]]:
    """A school's number and kind (五中 of 开封五中, 开封市五中), each with the term of the
    name it comes from."""
    place = index.places[row]
    city = (place.admin.city or "").removesuffix("市")
    out: dict[str, int] = {}
    for name in (place.name, *place.aliases):
        key = normalise_text(name).replace(" ", "")
        if not city or not key.startswith(city):
            continue
        rest = key[len(city) :].removeprefix("市")
        if len(rest) < 2 or not numbered_school(rest) or rest in out:
            continue
        (term,) = index.term_ids([key])
        if term is not None:
            out[rest] = term
    return list(out.items())


def _occurrences(utterance: Utterance, words: str) -> list[tuple[int, int]]:
    """Where `words` are said in the Han segments of an utterance, as unit spans."""
    spans: list[tuple[int, int]] = []
    for segment in utterance.segments:
        if not segment.han:
            continue
        text = "".join(segment.units)
        at = text.find(words)
        while at >= 0:
            spans.append((segment.offset + at, segment.offset + at + len(words)))
            at = text.find(words, at + 1)
    return spans
