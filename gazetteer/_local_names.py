"""The centre's own places as locals say them, and places said with the road they stand on.

A landmark named after the centre's city or province is said without it (动物园 for 郑州动物园,
博物院 for 河南博物院); a place said with its road (正弘城 花园路那边) is that place, not the road.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence

from gazetteer._context import _text, said_weight, words_said
from gazetteer._index import NAMES, NEAR, NameIndex, numbered_school
from gazetteer._match import Mention, Utterance, inside_a_number
from gazetteer._normalise import normalise_text

# A place named after the centre's city or province, said without it, as locals say it:
# 动物园 for 郑州动物园, 人民公园 for 郑州人民公园, 博物院 for 河南博物院.
LOCAL_NAME = 0.95
# A name every city has (人民公园) is the centre's own, offered, never read back on that alone.
LOCAL_COMMON = 0.8
_LOCAL_MIN = 3
_MAX_NAME = 8
# Landmarks only: a station or hospital said so (火车站, 人民医院, 中心医院) is a kind every
# city has, which the caller may mean of any.
_LOCAL_KINDS = frozenset({"landmark"})


def local_names_said(
    index: NameIndex,
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    jurisdiction_codes: Sequence[str],
    sure: float,
) -> list[Mention]:
    """The mentions with the centre's own places said without the name of its city or
    province they begin with; the station named after such a place (人民公园站) is no longer
    read over the same words short of its 站."""
    landmarks = _centre_landmarks(index, tuple(jurisdiction_codes))
    if not landmarks:
        return list(mentions)
    found: list[Mention] = []
    for number, utterance in enumerate(read):
        for segment in utterance.segments:
            if segment.han:
                found += _local_in(
                    index, utterance, number, segment.offset, segment.units, landmarks
                )
    said = {(m.utterance, m.start, m.end, m.term) for m in mentions}
    found = [
        m
        for m in found
        if (m.utterance, m.start, m.end, m.term) not in said
        and not _on_another_road(index, m, mentions, sure)
    ]
    if not found:
        return list(mentions)
    local = [(m, words_said(read[m.utterance], m)) for m in found]

    def station_short_of_its_word(mention: Mention) -> bool:
        # A loose reading of a station named after the place (人民公园站, 人民公园地铁站 over
        # 人民公园西门): the words said are the place's name, not the station's short of 站.
        # Kept when the words beyond the place's name are the station's (绿城广场地铁口).
        if mention.how not in ("dropped", "fuzzy") or not all(
            index.places.kind(link.place) == "station" for link in index.links(mention.term)
        ):
            return False
        name = str(index.terms[mention.term])
        for m, words in local:
            if not mention.overlaps(m) or not name.startswith(words):
                continue
            beyond = words_said(read[mention.utterance], mention).replace(words, " ")
            if not any(beyond[k : k + 2] in name for k in range(len(beyond) - 1)):
                return True
        return False

    return [m for m in mentions if not station_short_of_its_word(m)] + found


def _local_in(
    index: NameIndex,
    utterance: Utterance,
    number: int,
    offset: int,
    units: Sequence[str],
    landmarks: list[tuple[str, dict[str, int]]],
) -> list[Mention]:
    words = "".join(units)
    found: list[Mention] = []
    for start in range(len(words) - _LOCAL_MIN + 1):
        for end in range(start + _LOCAL_MIN, min(len(words), start + _MAX_NAME) + 1):
            said = words[start:end]
            if said in index.generic_words:
                continue
            for _, after in landmarks:
                term = after.get(said)
                # Not a name read out of the middle of a longer number (十一中 of 二十一中学).
                if term is not None and not inside_a_number(
                    utterance, offset + start, offset + end
                ):
                    quality = LOCAL_COMMON if said in index.common_words else LOCAL_NAME
                    found.append(
                        Mention(number, offset + start, offset + end, term, quality, "exact")
                    )
    return found


def _on_another_road(
    index: NameIndex, mention: Mention, mentions: Sequence[Mention], sure: float
) -> bool:
    """Whether the caller said a road the place does not stand on (中原路上的百货大楼, where
    郑州百货大楼 is at 二七广场): theirs is another of that name, not the city's own."""
    addresses = [
        normalise_text(index.places[link.place].address or "") for link in index.links(mention.term)
    ]
    for other in mentions:
        if other.utterance != mention.utterance or other.quality < sure or other.how != "exact":
            continue
        for link in index.links(other.term):
            if link.weight < NAMES or index.places.kind(link.place) != "road":
                continue
            road = normalise_text(index.places.name(link.place))
            if not any(road in address for address in addresses):
                return True
    return False


# `_landmarks_after` (and the walk over every division for the centre's prefixes before it)
# once per loaded index and centre: the index does not change once loaded, and both cost a
# large share of a resolution. Read-only to callers.
_LANDMARKS_OF: weakref.WeakKeyDictionary[
    NameIndex, dict[tuple[str, ...], list[tuple[str, dict[str, int]]]]
] = weakref.WeakKeyDictionary()


def _centre_landmarks(index: NameIndex, codes: tuple[str, ...]) -> list[tuple[str, dict[str, int]]]:
    by_codes = _LANDMARKS_OF.get(index)
    if by_codes is None:
        by_codes = _LANDMARKS_OF.setdefault(index, {})
    found = by_codes.get(codes)
    if found is None:
        found = by_codes[codes] = _landmarks_after(index, _local_prefixes(index, codes))
    return found


def _landmarks_after(
    index: NameIndex, prefixes: list[tuple[str, str]]
) -> list[tuple[str, dict[str, int]]]:
    """For each of the centre's prefixes (its cities' and province's names), in order, the
    names that follow it in the name of one of its landmarks (动物园 after 郑州), each with
    the term of the whole name: read once from every term, not asked of the index span by
    span and prefix by prefix on every call (most of the words a caller says are no such
    name). A term counts only if every place it names is a landmark in the prefix's division.
    """
    heads = list(dict.fromkeys(prefix for prefix, _ in prefixes))
    begun: dict[str, dict[str, int]] = {head: {} for head in heads}
    for term in index.terms.rows_beginning(heads):
        name = index.terms[term]
        for head in heads:
            rest = name[len(head) :]
            # Not a school's number and kind alone (十四中 of 开封十四中): every town has one.
            if (
                name.startswith(head)
                and _LOCAL_MIN <= len(rest) <= _MAX_NAME
                and not numbered_school(rest)
            ):
                begun[head].setdefault(rest, term)
    return [
        (
            prefix,
            {
                rest: term
                for rest, term in begun[prefix].items()
                if _only_local_landmarks(index, term, code)
            },
        )
        for prefix, code in prefixes
    ]


def _only_local_landmarks(index: NameIndex, term: int, code: str) -> bool:
    links = index.links(term)
    return bool(links) and all(
        index.places.kind(link.place) in _LOCAL_KINDS and index.in_divisions(link.place, code)
        for link in links
    )


def _local_prefixes(index: NameIndex, codes: tuple[str, ...]) -> list[tuple[str, str]]:
    """The names a place of the centre's may begin with: its cities' and province's, short
    and in full, with the prefix of the adcodes they hold."""
    out: list[tuple[str, str]] = []
    wanted = {c[:4] for c in codes if len(c) >= 4} | {c[:2] for c in codes}
    for row, prefix in index.division_prefix.items():
        if prefix in wanted and index.places.kind(row) in ("city", "province"):
            name = normalise_text(index.places.name(row))
            out.append((name, prefix))
            stem = name.removesuffix("市").removesuffix("省")
            if len(stem) >= 2 and stem != name:
                out.append((stem, prefix))
            if index.places.kind(row) == "province":
                out.append(("省", prefix))
    return out


def roads_said(
    index: NameIndex, mentions: Sequence[Mention], sure: float, value: Callable[[int], str]
) -> list[tuple[Mention, set[str]]]:
    """Each sure mention that names a road, with `value` of each road it names (its name, its
    county's code), in the order said; mentions that name no road are left out."""
    said: list[tuple[Mention, set[str]]] = []
    for mention in mentions:
        if mention.quality < sure:
            continue
        values = {
            value(link.place)
            for link in index.links(mention.term)
            if link.weight >= NAMES and index.places.kind(link.place) == "road"
        }
        if values:
            said.append((mention, values))
    return said


def places_on_a_said_road(
    index: NameIndex,
    mentions: Sequence[Mention],
    pool: dict[int, float],
    explains: Callable[[NameIndex, Mention, int], float],
    sure: float,
) -> None:
    """A place named with the road it stands on (花园路那个动物园, 正弘城 花园路那边): the
    road's name explains the place too, as the road at its gates, so the place named wins over
    the road. Adjusts `pool` in place."""
    roads = roads_said(index, mentions, sure, lambda road: normalise_text(index.places.name(road)))
    if not roads:
        return
    said = said_weight(mentions)
    for place in list(pool):
        address = normalise_text(index.places[place].address or "")
        if not address or index.places.kind(place) == "road":
            continue
        on = {m for m, names in roads if any(name in address for name in names)}
        on = {m for m in on if explains(index, m, place) < NEAR}
        if not on or not any(
            m.quality >= sure
            and not any(m.overlaps(r) for r in on)
            and _names_the_place(index, m, place)
            for m in mentions
        ):
            continue  # only the road leads to it: a site on the road, not one named

        def relation(m: Mention, p: int, on: set[Mention] = on) -> float:
            return NEAR if m in on else explains(index, m, p)

        pool[place] = max(pool[place], _text(mentions, place, said, relation))


def _names_the_place(index: NameIndex, mention: Mention, place: int) -> bool:
    """Whether a mention names the place or its institution (动物园, 正弘城), or is the county it
    is named after (荥阳 of 荥阳市人民政府, the county's seat), not a division it merely lies in
    (郑州的东大街，管城这: where the road is, not one of the places on it)."""
    parent = index.parent[place]
    own = {place, parent} if parent >= 0 else {place}
    for link in index.links(mention.term):
        if link.weight < NAMES:
            continue
        if link.place in own:
            return True
        county = index.places.admin(place).adcode or ""
        if (
            index.places.kind(link.place) == "district"
            and index.division_prefix.get(link.place) == county[: len("410182")]
            and normalise_text(index.places.name(place)).startswith(
                normalise_text(index.places.name(link.place))[:-1]
            )
        ):
            return True
    return False
