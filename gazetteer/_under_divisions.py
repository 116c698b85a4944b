"""Towns and villages said after the county (or town) they lie in.

Callers name a town after its county the way people shorten it (中牟刘镇 for 刘集镇, or a
character dropped from a longer name: 尉氏十八镇 for 十八里镇), say it before its county
(仙人庄 鼓楼区那), heard by sound (起县 于镇 for 杞县 圉镇镇), typed in pinyin (xinzheng longhu
zhen), and a village as a 村 the data holds as a 社区 (新郑龙湖 小乔村, the village become a
community): each is looked up among the units under the county said, not among every name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from gazetteer._index import NAMES, ROAD_WORDS, NameIndex
from gazetteer._match import Mention, Utterance, pause_starts
from gazetteer._normalise import normalise_text
from gazetteer._villages_said_by_the_caller import after_the_callers_village, the_callers_own_word

_TOWN_WORDS = ("街道办事处", "办事处", "街道", "镇", "乡")
_VILLAGE_WORDS = ("社区", "村")
_COUNTY_WORDS = ("县", "市", "区")
# The word that ends a street's name (南关街), before the sub-district's 街道 named after it.
_STREET_WORD = "街"
# How surely the words name the unit: in full as written; in full by sound; without the level
# word, or shortened to its first character and the level word.
UNDER_IN_FULL = 0.95
UNDER_LOOSE = 0.9
UNDER_SHORT = 0.8
# A sub-district named after a road, said by the road's name after its district (上街区 中心路):
# surer than a shortening, still below what is read back (the resolver's SURE, 0.85): the
# caller may be on the road anywhere.
UNDER_ROAD = 0.84


@dataclass(frozen=True)
class _Said:
    """Units of one segment, as written and as heard."""

    units: tuple[str, ...]
    readings: tuple[tuple[str, ...], ...]
    han: bool

    def written(self, at: int, name: str) -> bool:
        return self.han and "".join(self.units[at : at + len(name)]) == name

    def heard(self, index: NameIndex, at: int, name: str) -> bool:
        if at + len(name) > len(self.units):
            return False
        sound = _sound(index, name)
        return all(s in self.readings[at + k] for k, s in enumerate(sound))


_SOUNDS: dict[tuple[int, str], tuple[str, ...]] = {}


def _sound(index: NameIndex, name: str) -> tuple[str, ...]:
    key = (id(index), name)
    found = _SOUNDS.get(key)
    if found is None:
        found = _SOUNDS[key] = tuple(index.reader.name_readings(name)[0])
    return found


def places_under_said_divisions(
    index: NameIndex,
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    jurisdiction_codes: Sequence[str],
) -> list[Mention]:
    """Mentions of the towns, and the villages in them, said right after a county of the
    centre's province: each over the county's words and its own, so it accounts for both."""
    provinces = {code[:2] for code in jurisdiction_codes}
    if not provinces:
        return []  # the counties of no centre's province: every county is too many to try
    found: list[Mention] = []
    for number, utterance in enumerate(read):
        paused = pause_starts(utterance, across_pinyin=True)
        for segment in utterance.segments:
            said = _Said(segment.units, segment.readings, segment.han)
            at = segment.offset
            pauses = {k - at for k in paused}
            for start, end, county in _counties(index, said, provinces):
                # The county's words go with a name other towns bear too only when nothing
                # else reads them as the county (新郑龙湖 read whole as a landmark's name).
                read_as_county = _county_read(index, mentions, number, at + start, at + end, county)
                before = (
                    []
                    if not said.written(start, normalise_text(index.places.name(county)))
                    and _begins_a_site(index, mentions, number, at + start, at + end)
                    else _towns_before(said, index, county, start)
                )
                for town_start, town, quality in before:
                    term, alone = _own_term(index, town)
                    if term is not None:
                        found.append(
                            Mention(
                                number,
                                at + town_start,
                                at + (end if alone else start),
                                term,
                                quality,
                                "exact",
                            )
                        )
                for town_end, town, quality in _towns_at(index, said, county, end):
                    own = at + end if read_as_county else at + start
                    found += _mention(index, number, at + start, own, at + town_end, town, quality)
                    # 崔庙镇，俺村叫王宗店: the village's name after the caller's words for it.
                    callers = after_the_callers_village(said.units, town_end) if said.han else None
                    for village_end, village, how in _villages_at(
                        index, said, town, town_end, pauses
                    ) + ([] if callers is None else _villages_at(index, said, town, callers)):
                        found += _mention(
                            index,
                            number,
                            at + start,
                            at + town_end if read_as_county else at + start,
                            at + village_end,
                            village,
                            min(quality, how),
                        )
    held = {(m.utterance, m.start, m.end, m.term) for m in mentions}
    return [m for m in found if (m.utterance, m.start, m.end, m.term) not in held]


def _begins_a_site(
    index: NameIndex, mentions: Sequence[Mention], number: int, start: int, end: int
) -> bool:
    """Whether the county's words [start, end), said short of their level word, begin the name
    of a place said exactly that is no division (二七 of 二七塔, 二七广场): they are that name's,
    not the county's, and a town said before them (德化街 二七塔那边) is no town said before its
    county. Said in full (祥符区政府) they are the county's."""
    return any(
        m.utterance == number
        and m.how == "exact"
        and m.start == start
        and m.end > end
        and all(
            index.places.kind(link.place) not in _UNIT_KINDS
            for link in index.links(m.term)
            if link.weight >= NAMES
        )
        for m in mentions
    )


_UNIT_KINDS = frozenset({"province", "city", "district", "town", "village"})


def _county_read(
    index: NameIndex, mentions: Sequence[Mention], number: int, start: int, end: int, county: int
) -> bool:
    """Whether a mention already reads the words [start, end) as the county."""
    return any(
        m.utterance == number
        and m.start <= start
        and end <= m.end
        and any(link.place == county for link in index.links(m.term))
        for m in mentions
    )


def _counties(index: NameIndex, said: _Said, provinces: set[str]) -> list[tuple[int, int, int]]:
    by_char, by_sound = _county_names(index, frozenset(provinces))
    out: list[tuple[int, int, int]] = []
    for at in range(len(said.units) - 1):
        if said.han:
            for name, row, _ in by_char.get(said.units[at], ()):
                if said.written(at, name):
                    out.append((at, at + len(name), row))
        heard = {
            (name, row, full)
            for reading in said.readings[at]
            for name, row, full in by_sound.get(reading, ())
        }
        for name, row, full in heard:
            if said.written(at, name) or not said.heard(index, at, name):
                continue
            if not said.han or (full and said.units[at + len(name) - 1] == name[-1]):
                # Heard by sound: typed pinyin, or a homophone written with its level word
                # (起县 for 杞县), which a chance pair of characters rarely has.
                out.append((at, at + len(name), row))
    return out


_County = tuple[str, int, bool]
_COUNTIES: dict[
    tuple[int, frozenset[str]], tuple[dict[str, list[_County]], dict[str, list[_County]]]
] = {}


def _county_names(
    index: NameIndex, provinces: frozenset[str]
) -> tuple[dict[str, list[_County]], dict[str, list[_County]]]:
    """The counties of the provinces — (name said, row, whether in full with its level word) —
    by the first character of the name and by its first syllable."""
    key = (id(index), provinces)
    found = _COUNTIES.get(key)
    if found is None:
        by_char: dict[str, list[_County]] = {}
        by_sound: dict[str, list[_County]] = {}
        for row, prefix in index.division_prefix.items():
            if len(prefix) != 6 or index.places.kind(row) != "district":
                continue
            if provinces and prefix[:2] not in provinces:
                continue
            name = normalise_text(index.places.name(row))
            names: list[_County] = [(name, row, True)]
            stem = name[:-1] if name.endswith(_COUNTY_WORDS) else name
            if len(stem) >= 2 and stem != name:
                names.append((stem, row, False))
            # The short name the county goes by, when its stem is longer (管城 of 管城回族区).
            names += [
                (short, row, False)
                for short in map(normalise_text, index.places[row].aliases)
                if len(short) >= 2 and short != stem and name.startswith(short)
            ]
            for county in names:
                by_char.setdefault(county[0][0], []).append(county)
                by_sound.setdefault(_sound(index, county[0])[0], []).append(county)
        found = _COUNTIES[key] = (by_char, by_sound)
    return found


def _towns_at(index: NameIndex, said: _Said, county: int, at: int) -> list[tuple[int, int, float]]:
    towns = [t for t in index.children.get(county, ()) if index.places.kind(t) == "town"]
    best: list[tuple[int, int, float]] = []
    short: list[tuple[int, int, float]] = []
    for town in towns:
        name = normalise_text(index.places.name(town))
        stem = next((name[: -len(w)] for w in _TOWN_WORDS if name.endswith(w)), name)
        word = name[len(stem) :]
        if said.written(at, name):
            best.append((at + len(name), town, UNDER_IN_FULL))
        elif said.heard(index, at, name):
            best.append((at + len(name), town, UNDER_LOOSE))
        elif len(stem) >= 2 and (said.written(at, stem) or said.heard(index, at, stem)):
            # Without its level word the town is offered, not read back: what follows may be
            # a place in it the data does not hold (杞县高阳七里堂).
            # A sub-district named after a road (中心路街道) is what the road's name says
            # after its district, when the data holds no such road.
            quality = UNDER_ROAD if stem.endswith(ROAD_WORDS) else UNDER_SHORT
            best.append((at + len(stem), town, quality))
        elif (
            len(stem) >= 3
            and stem.endswith(_STREET_WORD)
            and said.han
            and said.written(at, stem[: -len(_STREET_WORD)])
        ):
            # A sub-district named after its street (南关街街道) said by the quarter the street
            # is named after (管城的南关): offered, as a name without its level word is.
            best.append((at + len(stem) - len(_STREET_WORD), town, UNDER_SHORT))
        elif len(stem) >= 2 and word and said.written(at, stem[0] + word):
            short.append((at + 1 + len(word), town, UNDER_SHORT))
        elif word and any(
            said.written(at, stem[:k] + stem[k + 1 :] + word) for k in range(1, len(stem))
        ):
            # One character of a longer name dropped, its level word said (十八镇 for 十八里镇).
            short.append((at + len(stem) - 1 + len(word), town, UNDER_SHORT))
    if best:
        return best
    return short if len(short) == 1 else []


def _towns_before(
    said: _Said, index: NameIndex, county: int, at: int
) -> list[tuple[int, int, float]]:
    """The towns of the county written right before it (仙人庄 鼓楼区那, the county said
    after the town to say which): in full, or by the name without its level word."""
    found: list[tuple[int, int, float]] = []
    for town in index.children.get(county, ()):
        if index.places.kind(town) != "town":
            continue
        name = normalise_text(index.places.name(town))
        stem = next((name[: -len(w)] for w in _TOWN_WORDS if name.endswith(w)), name)
        if at >= len(name) and said.written(at - len(name), name):
            found.append((at - len(name), town, UNDER_IN_FULL))
        elif len(stem) >= 2 and at >= len(stem) and said.written(at - len(stem), stem):
            found.append((at - len(stem), town, UNDER_SHORT))
    return found


def _villages_at(
    index: NameIndex,
    said: _Said,
    town: int,
    at: int,
    pauses: frozenset[int] | set[int] = frozenset(),
) -> list[tuple[int, int, float]]:
    found: list[tuple[int, int, float]] = []
    town_name = normalise_text(index.places.name(town))
    town_stem = next((town_name[: -len(w)] for w in _TOWN_WORDS if town_name.endswith(w)), "")
    # The town's own name said again, then a pause or 那个 (官渡镇，官渡那个桥): the town
    # repeated; what follows is a thing in it, not the rest of a village's name (官渡桥村).
    repeated = (
        len(town_stem)
        if town_stem and said.written(at, town_stem) and at + len(town_stem) in pauses
        else 0
    )
    for village in index.children.get(town, ()):
        name = normalise_text(index.places.name(village))
        stem = next((name[: -len(w)] for w in _VILLAGE_WORDS if name.endswith(w)), name)
        if len(stem) < 2 or (repeated and len(stem) > repeated):
            continue
        for word in (*_VILLAGE_WORDS, ""):
            if not word and _a_landmarks_name(index, stem, village):
                # 竹林镇 长寿山: the scenic area's name, which the 社区 is named after; the
                # words name the village no more than the landmark.
                break
            if not word and stem == town_stem:
                # 超化镇 超化寺: the town's own name said again, or a place named after the
                # town, is no more its seat village (超化村) than the town.
                break
            if said.written(at, stem + word):
                found.append((at + len(stem + word), village, UNDER_IN_FULL))
                break
            if (
                said.han
                and said.heard(index, at, stem + word)
                and not the_callers_own_word(said.units, at)
            ):
                # Written as it sounds (沙窝李 for 沙窝里, 圉北 for 于北, the old character a
                # place is still called by): among one town's villages, rarely another's.
                found.append((at + len(stem + word), village, UNDER_LOOSE))
                break
    return found


def _a_landmarks_name(index: NameIndex, name: str, village: int) -> bool:
    """Whether `name` is the name of a landmark in the village's county."""
    county = (index.places.admin(village).adcode or "")[:6]
    return index.holds_name(name, ("landmark",), (county,))


def _mention(
    index: NameIndex, number: int, start: int, own: int, end: int, place: int, quality: float
) -> list[Mention]:
    """A mention of the place over the words of what holds it and its own ([start, end)) by a
    name that names nothing else; by a name other places bear too, over its own words only
    ([own, end)): the words before it are then the other mentions' to tell those apart."""
    term, alone = _own_term(index, place)
    if term is None:
        return []
    return [Mention(number, start if alone else own, end, term, quality, "exact")]


def _own_term(index: NameIndex, place: int) -> tuple[int | None, bool]:
    name = normalise_text(index.places.name(place))
    parent = index.parent[place]
    names = [name]
    if parent >= 0:
        above = normalise_text(index.places.name(parent))
        words = (*_TOWN_WORDS, *_COUNTY_WORDS)
        stem = next((above[: -len(w)] for w in words if above.endswith(w)), above)
        own = next((name[: -len(w)] for w in _TOWN_WORDS if name.endswith(w)), name)
        names = [above + name, stem + name, stem + own, above + own, name]
    terms = index.term_ids(names)
    for term in terms:
        if term is not None and {link.place for link in index.links(term)} == {place}:
            return term, True
    return terms[-1], False
