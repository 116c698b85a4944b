"""How callers speak of places, beyond the names the data holds.

- A division said of the caller themselves (俺是郑州来的, 俺在郑州, 手机显示郑州), of the centre
  they call (你们郑州), or as what the place is near (挨着开封) is not where the ambulance goes.
- "X县医院" is the county's 人民医院; a town or village said after its county is looked up
  under it, shortened (中牟刘镇), heard by sound (起县 于镇), or as a 村 held as a 社区.
- The centre's own landmark is said without its city's name (动物园 for 郑州动物园), and a place
  with the road it stands on (正弘城 花园路那边) is that place, not the road.
- A compound near a place (繁塔那边 那个小区) is not named after it, and a road or compound the
  caller names that nothing reads stops a read-back of another place.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from gazetteer._context import _text, said_weight, words_said
from gazetteer._index import NAMES, NEAR, ROAD_WORDS, NameIndex
from gazetteer._match import Mention, Utterance
from gazetteer._normalise import normalise_text

_HAN = "[\u4e00-\u9fff]"
_SELF = "(?:俺们|我们|咱们|俺|我|咱)"
# Words before a division's name that say it of the caller, of the centre, or as what the place
# is near, whatever else is said: the division is never the place.
_ASIDE_BEFORE = re.compile(
    "|".join(
        (
            f"{_SELF}(?:都|也)?(?:是)?(?:从)?",  # 俺是郑州来的, 俺们郑州来的 (checked for 来的)
            "(?:手机|电话|定位|导航)(?:上)?(?:显示|定位)(?:的)?(?:是|在)?",
            "你们",  # 你们郑州能派车不
            "(?:离|挨着|靠近|靠着)",
        )
    )
)
# Words after a division's name said of the caller, for where they come from.
_ORIGIN_AFTER = ("来的", "过来的", "过来")
_NEAR_AFTER = ("很近", "挺近", "近", "不远")
# "俺在郑州" (or 俺这是洛阳, 俺在开封打的) with no road after it: where the caller is, which is
# the place unless another division is said beside it (俺妈在许昌 … 俺在郑州).
_SELF_AT = re.compile(f"{_SELF}(?:这|这儿|这边|现在)?(?:是|在)")
_CALLED_AFTER = ("打的电话", "打的", "打电话")
_DIVISION_KINDS = frozenset({"province", "city", "district"})
# Words written after a name to point at it (市一院那, 鼓楼这).
_POINTING = ("那", "这")
_LONGEST_DIVISION = 8


def divisions_said_aside(index: NameIndex, text: str) -> str:
    """The utterance without the divisions said of someone or something other than the place
    (the caller's own city, the centre's, a city the place is only near), when something is
    left to say where the place is.

    朱仙镇 俺是郑州来的 → 朱仙镇; 俺妈在许昌 文化路上 俺在郑州 → 俺妈在许昌 文化路上; but
    俺在郑州 文化路上 stays whole: the caller is where the place is.
    """
    said = normalise_text(text)
    if not any(cue in said for cue in ("俺", "我", "咱", "你们", "显示", "离", "挨着", "靠")):
        return text
    spans = _always_aside(index, said)
    rest = _without(said, spans)
    spans += _self_at_beside_another(index, said, rest, spans)
    if not spans:
        return text
    left = _without(said, spans)
    return left if re.search(f"{_HAN}|[a-z]", left) else text


def _always_aside(index: NameIndex, said: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for cue in _ASIDE_BEFORE.finditer(said):
        found = _division_at(index, said, cue.end())
        if found is None:
            continue
        end, _ = found
        words = cue.group()
        if words.startswith(("俺", "我", "咱")):
            tail = next((w for w in _ORIGIN_AFTER if said.startswith(w, end)), None)
            if tail is None:
                continue
            end += len(tail)
        elif words.startswith(("离", "挨着", "靠")):
            end += next((len(w) for w in _NEAR_AFTER if said.startswith(w, end)), 0)
        spans.append((cue.start(), end))
    return spans


def _self_at_beside_another(
    index: NameIndex, said: str, rest: str, taken: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """俺在郑州 said while another division, not in it nor holding it, is said too."""
    spans: list[tuple[int, int]] = []
    for cue in _SELF_AT.finditer(said):
        if any(start <= cue.start() < end for start, end in taken):
            continue
        found = _division_at(index, said, cue.end())
        if found is None:
            continue
        end, prefixes = found
        end += next((len(w) for w in _CALLED_AFTER if said.startswith(w, end)), 0)
        if end < len(said) and said[end] != " ":
            continue  # 俺在郑州文化路: the caller's city, with the road they are on
        others = _divisions_in(index, rest.replace(said[cue.start() : end], " "))
        if any(not _nested(p, q) for p in prefixes for q in others):
            spans.append((cue.start(), end))
    return spans


def _division_at(index: NameIndex, said: str, start: int) -> tuple[int, tuple[str, ...]] | None:
    """The longest division name said from `start`: where it ends, and its adcode prefixes."""
    for end in range(min(len(said), start + _LONGEST_DIVISION), start + 1, -1):
        prefixes = _division_prefixes(index, said[start:end])
        if prefixes:
            return end, prefixes
    return None


def _division_prefixes(index: NameIndex, words: str) -> tuple[str, ...]:
    (term,) = index.term_ids([words])
    if term is None:
        return ()
    links = index.links(term)
    if not links or any(index.places.kind(link.place) not in _DIVISION_KINDS for link in links):
        return ()
    return tuple(
        prefix for link in links if (prefix := index.division_prefix.get(link.place)) is not None
    )


def _divisions_in(index: NameIndex, said: str) -> set[str]:
    """The adcode prefixes of the cities said anywhere in the words, and of the counties of a
    province said as well (a county name alone is often a chance reading of two characters)."""
    found: set[str] = set()
    for run in re.findall(f"{_HAN}+", said.replace(" ", "")):
        for start in range(len(run) - 1):
            for end in range(start + 2, min(len(run), start + _LONGEST_DIVISION) + 1):
                for prefix in _division_prefixes(index, run[start:end]):
                    if len(prefix) <= 4:
                        found.add(prefix)
    return found


def _nested(first: str, second: str) -> bool:
    return first.startswith(second) or second.startswith(first)


def _without(said: str, spans: list[tuple[int, int]]) -> str:
    kept = [c for k, c in enumerate(said) if not any(s <= k < e for s, e in spans)]
    return re.sub(" +", " ", "".join(kept)).strip()


# "X县医院" is what a county's people call its 人民医院 (中牟县医院, 杞县医院), never its
# 中医院, which they name as such: the 县医院 is not a 中医院 that lost a character.
_COUNTY_HOSPITAL = re.compile("(县|市)医院")
_PEOPLES = ("人民医院", "第一人民医院")
# As sure as a name said with a word of its own, a little below one said in full: the
# county's 人民医院 before a reading that takes the words for another hospital.
COUNTY_HOSPITAL = 0.95
_HOSPITAL_KINDS = frozenset({"hospital", "hospital_branch"})


def county_hospitals_said(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention]
) -> list[Mention]:
    """The mentions with "X县医院" read as that county's 人民医院, and no longer as another
    hospital whose name the words come near (X县中医院 short of 中)."""
    found: list[Mention] = []
    for number, utterance in enumerate(read):
        for segment in utterance.segments:
            if not segment.han:
                continue
            words = "".join(segment.units)
            for said in _COUNTY_HOSPITAL.finditer(words):
                found += _peoples_hospital(index, number, segment.offset, words, said)
    if not found:
        return list(mentions)
    hospitals = {link.place for m in found for link in index.links(m.term)}
    hospitals |= {k for h in list(hospitals) for k in index.children.get(h, ())}

    def another_hospital(mention: Mention) -> bool:
        links = index.links(mention.term)
        return (
            mention.how != "exact"
            and any(_overlaps(mention, m) for m in found)
            and not any(link.place in hospitals for link in links)
            and all(index.places.kind(link.place) in _HOSPITAL_KINDS for link in links)
        )

    return [m for m in mentions if not another_hospital(m)] + found


def _peoples_hospital(
    index: NameIndex, number: int, offset: int, words: str, said: re.Match[str]
) -> list[Mention]:
    level = said.group(1)
    for size in range(4, 0, -1):
        start = said.start() - size
        if start < 0:
            continue
        county = words[start : said.start()]
        names = [county + level + p for p in _PEOPLES]
        if level == "县":
            names += [county + p for p in _PEOPLES]
        for term in index.term_ids(names):
            if term is None:
                continue
            links = index.links(term)
            if not all(index.places.kind(link.place) == "hospital" for link in links):
                continue
            if level == "市" and not all(
                index.places.admin(link.place).district == county + level for link in links
            ):
                continue  # 郑州市医院 is no one hospital; a county-level city's is
            return [
                Mention(number, offset + start, offset + said.end(), term, COUNTY_HOSPITAL, "exact")
            ]
    return []


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.utterance == b.utterance and a.start < b.end and b.start < a.end


# Towns and villages said after the county (or town) they lie in, the way people shorten them:
# 中牟刘镇 (刘集镇), 起县 于镇 (杞县 圉镇镇, heard by sound), xinzheng longhu zhen, 新郑龙湖
# 小乔村 (held as 小乔社区, the village become a community).
_TOWN_WORDS = ("街道办事处", "办事处", "街道", "镇", "乡")
_VILLAGE_WORDS = ("社区", "村")
_COUNTY_WORDS = ("县", "市", "区")
# How surely the words name the unit: in full as written; in full by sound; without the level
# word, or shortened to its first character and the level word.
UNDER_IN_FULL = 0.95
UNDER_LOOSE = 0.9
UNDER_SHORT = 0.8
# A sub-district named after a road, said by the road's name after its district (上街区 中心路):
# surer than a shortening, still below what is read back (the resolver's SURE, 0.85): the
# caller may be on the road anywhere.
UNDER_ROAD = 0.84
_MAX_NAME = 8


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
        for segment in utterance.segments:
            said = _Said(segment.units, segment.readings, segment.han)
            at = segment.offset
            for start, end, county in _counties(index, said, provinces):
                # The county's words go with a name other towns bear too only when nothing
                # else reads them as the county (新郑龙湖 read whole as a landmark's name).
                read_as_county = _county_read(index, mentions, number, at + start, at + end, county)
                for town_end, town, quality in _towns_at(index, said, county, end):
                    own = at + end if read_as_county else at + start
                    found += _mention(index, number, at + start, own, at + town_end, town, quality)
                    for village_end, village, how in _villages_at(index, said, town, town_end):
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
        elif len(stem) >= 2 and word and said.written(at, stem[0] + word):
            short.append((at + 1 + len(word), town, UNDER_SHORT))
    if best:
        return best
    return short if len(short) == 1 else []


def _villages_at(index: NameIndex, said: _Said, town: int, at: int) -> list[tuple[int, int, float]]:
    found: list[tuple[int, int, float]] = []
    for village in index.children.get(town, ()):
        name = normalise_text(index.places.name(village))
        stem = next((name[: -len(w)] for w in _VILLAGE_WORDS if name.endswith(w)), name)
        if len(stem) < 2:
            continue
        for word in (*_VILLAGE_WORDS, ""):
            if said.written(at, stem + word):
                found.append((at + len(stem + word), village, UNDER_IN_FULL))
                break
    return found


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


# A place named after the centre's city or province, said without it, as locals say it:
# 动物园 for 郑州动物园, 人民公园 for 郑州人民公园, 博物院 for 河南博物院.
LOCAL_NAME = 0.95
# A name every city has (人民公园) is the centre's own, offered, never read back on that alone.
LOCAL_COMMON = 0.8
_LOCAL_MIN = 3
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
    prefixes = _centre_prefixes(index, tuple(jurisdiction_codes))
    if not prefixes:
        return list(mentions)
    found: list[Mention] = []
    for number, utterance in enumerate(read):
        for segment in utterance.segments:
            if segment.han:
                found += _local_in(index, number, segment.offset, segment.units, prefixes)
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
            if not _overlaps(mention, m) or not name.startswith(words):
                continue
            beyond = words_said(read[mention.utterance], mention).replace(words, " ")
            if not any(beyond[k : k + 2] in name for k in range(len(beyond) - 1)):
                return True
        return False

    return [m for m in mentions if not station_short_of_its_word(m)] + found


def _local_in(
    index: NameIndex,
    number: int,
    offset: int,
    units: Sequence[str],
    prefixes: list[tuple[str, str]],
) -> list[Mention]:
    words = "".join(units)
    spans = [
        (start, end)
        for start in range(len(words) - _LOCAL_MIN + 1)
        for end in range(start + _LOCAL_MIN, min(len(words), start + _MAX_NAME) + 1)
        if words[start:end] not in index.generic_words
    ]
    names = [p + words[s:e] for s, e in spans for p, _ in prefixes]
    terms = iter(index.term_ids(names))
    found: list[Mention] = []
    for start, end in spans:
        quality = LOCAL_COMMON if words[start:end] in index.common_words else LOCAL_NAME
        for _, code in prefixes:
            term = next(terms)
            links = index.links(term) if term is not None else ()
            if (
                term is not None
                and links
                and all(
                    index.places.kind(link.place) in _LOCAL_KINDS
                    and (index.places.admin(link.place).adcode or "").startswith(code)
                    for link in links
                )
            ):
                found.append(Mention(number, offset + start, offset + end, term, quality, "exact"))
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


# `_local_prefixes` once per loaded index and centre: the index does not change once loaded,
# and the walk over every division cost a tenth of each resolution. Read-only to callers.
_PREFIXES_OF: weakref.WeakKeyDictionary[NameIndex, dict[tuple[str, ...], list[tuple[str, str]]]] = (
    weakref.WeakKeyDictionary()
)


def _centre_prefixes(index: NameIndex, codes: tuple[str, ...]) -> list[tuple[str, str]]:
    by_codes = _PREFIXES_OF.get(index)
    if by_codes is None:
        by_codes = _PREFIXES_OF.setdefault(index, {})
    found = by_codes.get(codes)
    if found is None:
        found = by_codes[codes] = _local_prefixes(index, codes)
    return found


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
    roads = [
        (m, names)
        for m in mentions
        if m.quality >= sure
        and (
            names := {
                normalise_text(index.places.name(link.place))
                for link in index.links(m.term)
                if link.weight >= NAMES and index.places.kind(link.place) == "road"
            }
        )
    ]
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
            and not any(_overlaps(m, r) for r in on)
            and explains(index, m, place) >= NAMES
            for m in mentions
        ):
            continue  # only the road leads to it: a site on the road, not one named

        def relation(m: Mention, p: int, on: set[Mention] = on) -> float:
            return NEAR if m in on else explains(index, m, p)

        pool[place] = max(pool[place], _text(mentions, place, said, relation))


# Words that end what a caller says of one place (繁塔那边): a compound's name read across them
# (繁塔|那边 那个|小区 as 繁塔小区) is a compound near the place, not one named after it.
_PAUSES = ("那边", "这边", "那块", "这块", "那儿", "这儿")
_COMPOUND_WORDS = ("小区", "社区", "家属院", "大院")


def names_across_a_pause(
    index: NameIndex,
    utterances: Sequence[str],
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
) -> list[Mention]:
    """The mentions without compounds' names read across words that end a phrase, which the
    filler removal took out (繁塔那边 那个小区里 read as 繁塔小区), and with the name said
    before those words (繁塔) read on its own again."""
    said = [normalise_text(u).replace(" ", "") for u in utterances]

    def before_pause(mention: Mention) -> int:
        words = words_said(read[mention.utterance], mention)
        text = said[mention.utterance]
        if len(words) < 3 or words in text:
            return 0
        return next(
            (
                k
                for k in range(1, len(words))
                for pause in _PAUSES
                if words[k:] in _COMPOUND_WORDS and words[:k] + pause in text
            ),
            0,
        )

    kept: list[Mention] = []
    found: list[Mention] = []
    for mention in mentions:
        k = before_pause(mention)
        if not k:
            kept.append(mention)
            continue
        (term,) = index.term_ids([words_said(read[mention.utterance], mention)[:k]])
        if term is not None:
            start = mention.start
            found.append(Mention(mention.utterance, start, start + k, term, 1.0, "exact"))
    held = {(m.utterance, m.start, m.end, m.term) for m in kept}
    return kept + [m for m in found if (m.utterance, m.start, m.end, m.term) not in held]


# A road said as where the caller is (大梁路上), or a compound's or estate's name (明德园), that
# nothing reads: the caller's place is one the data does not hold, and a place read back on the
# other words would be a guess.
_UNREAD_NAME = re.compile(
    f"({_HAN}{{2,4}}?)(?:(?:路|街|大道|大街)上|园|苑|小区|家园|公寓|家属院|大院)"
)


def unread_place_said(
    index: NameIndex,
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    place: int,
    sure: float,
) -> bool:
    """Whether the caller named a road they are on or a compound that no sure reading takes
    and that the place read back does not stand on."""
    address = normalise_text(index.places[place].address or "")
    for number, utterance in enumerate(read):
        for segment in utterance.segments:
            if not segment.han:
                continue
            words = "".join(segment.units)
            covered = {
                k - segment.offset
                for m in mentions
                if m.utterance == number and m.quality >= sure and m.how not in ("fuzzy", "dropped")
                for k in range(m.start, m.end)
            }
            for start in range(len(words)):
                found = _UNREAD_NAME.match(words, start)
                if found is None:
                    continue
                stem = range(found.start(1), found.end(1))
                if any(k in covered for k in stem):
                    continue
                if found.group(1) in address:
                    continue
                return True
    return False


def look_alikes_over_compound_words(
    read: Sequence[Utterance], mentions: Sequence[Mention], index: NameIndex
) -> list[Mention]:
    """The mentions without look-alikes or sound-alikes read over a word for a compound that
    their name does not hold (就是个小区 as 北校区, 老小区 as 老校区): the caller said a
    compound, not a name like it. Nor over a word pointing at what was just named (市一院那
    as 市一院南院区): the caller named it, and pointed."""

    def over(mention: Mention) -> bool:
        if mention.how not in ("fuzzy", "pinyin", "dropped"):
            return False
        words = words_said(read[mention.utterance], mention)
        name = str(index.terms[mention.term])
        if any(word in words and word not in name for word in _POINTING):
            return True
        return any(word in words for word in _COMPOUND_WORDS) and not any(
            word in name for word in _COMPOUND_WORDS
        )

    return [m for m in mentions if not over(m)]


_DIVISION_KINDS = frozenset({"province", "city", "district"})


def look_alikes_over_a_division(
    read: Sequence[Utterance], mentions: Sequence[Mention], index: NameIndex
) -> list[Mention]:
    """The mentions without look-alikes that owe their likeness to a city or county said
    exactly at their start (安阳殷墟 as 安阳学院, 许昌春秋楼 as 许昌职院): the words after the
    division share nothing with the rest of the name, by character or by sound, so the caller
    named the division and something the data does not hold."""
    divisions = [
        m
        for m in mentions
        if m.how == "exact"
        and all(index.places.kind(link.place) in _DIVISION_KINDS for link in index.links(m.term))
    ]
    if not divisions:
        return list(mentions)

    def rides(mention: Mention) -> bool:
        if mention.how != "fuzzy":
            return False
        name = str(index.terms[mention.term])
        sound = str(index.term_sound[mention.term]).split()
        for division in divisions:
            if not (
                division.utterance == mention.utterance
                and division.start == mention.start
                and division.end < mention.end
            ):
                continue
            said = str(index.terms[division.term])
            if not name.startswith(said):
                continue
            size = division.end - division.start
            rest_name, rest_sound = name[len(said) :], set(sound[size:])
            units = [
                (unit, segment.readings[k][0])
                for segment in read[mention.utterance].segments
                for k, unit in enumerate(segment.units)
                if division.end <= segment.offset + k < mention.end
            ]
            if not any(unit in rest_name or syllable in rest_sound for unit, syllable in units):
                return True
        return False

    return [m for m in mentions if not rides(m)]
