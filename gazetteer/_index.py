"""The name index: every way a place can be said, looked up by text, by sound and by n-gram."""

from __future__ import annotations

import re
import sys
from array import array
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt

from gazetteer._campus_roads import campus_road_forms
from gazetteer._columns import HashTable, KeyEnds, PlaceTable, StringColumn
from gazetteer._crossings import UNKNOWN_POINT, estimated_roads, point_road_crossings
from gazetteer._geo import EARTH_RADIUS_KM, haversine_km
from gazetteer._layers import town_short
from gazetteer._load import LoadedData
from gazetteer._model import Place
from gazetteer._normalise import FillerStripper, is_han, normalise_text
from gazetteer._pinyin import PinyinReader, toneless

# The endings of Chinese road names. Written out because no lexicon here lists them; a name
# followed by one of them is part of a road's name.
ROAD_WORDS = ("路", "街", "大道", "大街", "巷")

# How a term relates to a place it leads to.
NAMES = 1.0  # the place's own name or alias
NEAR = 0.95  # a road or landmark at the place: good evidence, but not the place itself

# A place bearing a town's short name this near the town's point (its county's seat) is what the
# town is named after (繁塔 for 繁塔街道): said after the county, the name is still the place's.
_NAMED_AFTER_KM = 15.0

# Fuzzy retrieval reads posting lists shortest first and stops once this many term ids are
# gathered: frequent grams (大学, 医院) add little and cost most.
POSTINGS_BUDGET = 60_000


class Link(NamedTuple):
    place: int
    weight: float


# A link is coded as place * 2 (+ 1 for NEAR). Most terms lead to one place by its own name:
# their code is stored as is; a term leading to several places stores -(k + 1) for its
# codes kept at `_shared_links[k]`.
def _codes(links: list[Link]) -> tuple[int, ...]:
    return tuple(link.place * 2 + (link.weight < NAMES) for link in links)


class TermReach(NamedTuple):
    weights: dict[int, float]  # place → the weight of its link
    divisions: tuple[tuple[str, float], ...]  # (adcode prefix, weight) of divisions named


# A term linked to this many places or more keeps its `TermReach` once read.
SHARED_TERM_LINKS = 16
# The links and reach of this many other terms read lately are kept: a resolution reads the
# same few terms' links thousands of times (every rule step, every candidate place).
READ_TERMS = 8192


class BuildMemo:
    """What building an index works out from one name alone, its term and its readings, kept
    from one build for the next.

    An index with a centre's imported layers is built in full, so that every answer is the one
    a build from scratch gives (a layer's name can change how the shipped data's names are
    linked, heard and ranked); reading the names aloud is most of that build, and the shipped
    data's names read the same whatever the layer. Each entry is a pure result of the index
    code and the lexicon's pinyin overrides: the memo is kept under the key of the code and
    data it came from, and emptied here if the overrides differ.
    """

    def __init__(self, overrides: Mapping[str, Sequence[str]]) -> None:
        self.overrides = {phrase: list(syllables) for phrase, syllables in overrides.items()}
        self.reader: PinyinReader | None = None
        self.terms: dict[str, str] = {}  # a name → its term (`NameIndex._place_terms`)
        self.readings: dict[tuple[str, int], list[tuple[str, ...]]] = {}

    def adopt(self, overrides: Mapping[str, Sequence[str]]) -> None:
        """Forget everything read under other pinyin overrides than `overrides`."""
        wanted = {phrase: list(syllables) for phrase, syllables in overrides.items()}
        if wanted != self.overrides:
            self.overrides, self.reader = wanted, None
            self.readings.clear()


class NameIndex:
    """Terms (normalised names and aliases) mapped to the places they lead to.

    Built once from loaded data; pickled whole into the index cache. Everything kept per
    name or per place is a compact column (`gazetteer._columns`): dicts and objects per name
    would cost several times the memory.
    """

    def __init__(self, data: LoadedData, memo: BuildMemo | None = None) -> None:
        """Index `data`; `memo`, when given, lends what an earlier build read from the same
        names and keeps what this one reads (see `BuildMemo`)."""
        # Roads known only by a point get estimated crossings: places of the index, not data.
        data = replace(data, places=[*data.places, *point_road_crossings(data.places)])
        lexicon = data.lexicon
        if memo is None:
            memo = BuildMemo(lexicon.pinyin_overrides)
        memo.adopt(lexicon.pinyin_overrides)
        self._memo = memo
        # While building, places are read as the loaded objects, not rebuilt from the table.
        self._source: list[Place] = data.places
        self.places = PlaceTable(data.places)
        position: dict[str, int] = {}
        for i, place in enumerate(data.places):
            position.setdefault(place.id, i)  # as `PlaceTable.index_of`: the first of an id
        if memo.reader is None:
            memo.reader = PinyinReader(lexicon.pinyin_overrides)
        self.reader = memo.reader
        # A filler typed in pinyin is removed too, but not one said with 儿 (na er: 那二七塔)
        # nor one of a single syllable (de: 德化街).
        self.fillers = FillerStripper(
            lexicon.fillers,
            [toneless(f) for f in lexicon.fillers if not f.endswith("儿")],
        )
        # Each character of a look-alike group, with the others of its group.
        # A character is kept as written too: the traditional-to-simplified step reads some
        # alone otherwise than in words (氾 alone is 泛, in 氾水 it stays).
        groups = [
            "".join(dict.fromkeys(c for char in group for c in (char, normalise_text(char))))
            for group in lexicon.look_alike_characters
        ]
        self.look_alikes: dict[str, str] = {
            char: group.replace(char, "") for group in groups for char in group
        }
        self.generic_words = frozenset(normalise_text(w) for w in lexicon.generic_words)
        self.housing_of_every_city = frozenset(
            normalise_text(w) for w in lexicon.housing_of_every_city
        )
        self.works_of_every_city = frozenset(normalise_text(w) for w in lexicon.works_of_every_city)
        self.way_words = frozenset(normalise_text(w) for w in lexicon.way_words)
        self.longest_way_word = max(map(len, self.way_words), default=0)
        self._reach: dict[int, TermReach] = {}
        self._read_links: dict[int, tuple[Link, ...]] = {}
        self._read_reach: dict[int, TermReach] = {}
        self._suffixes = tuple(
            sorted({normalise_text(s) for s in lexicon.generic_suffixes}, key=len, reverse=True)
        )
        self.parent = array("i", (position.get(p.parent or "", -1) for p in data.places))
        self.children: dict[int, list[int]] = defaultdict(list)
        for child, parent in enumerate(self.parent):
            if parent >= 0:
                self.children[parent].append(child)
        # adcode prefix a division stands for ("4101" for 郑州市), by place index
        self.division_prefix: dict[int, str] = {
            i: _adcode_prefix(p.admin.adcode or "", p.kind)
            for i, p in enumerate(data.places)
            if p.kind in ("province", "city", "district") and p.admin.adcode
        }
        self.lat, self.lon = self.places.lat, self.places.lon
        self.within = _areas_in_addresses(data.places)
        # An institution's or hospital's record that repeats the address of one of its
        # campuses or 院区: said, the address is that campus's, not the whole institution's.
        repeating = _repeating_a_childs_address(data.places)
        self._index_streets(data.places, repeating)
        self.common_words = frozenset(normalise_text(w) for w in lexicon.common_names) | (
            self._common_roads(data.places)
        )
        self.prominence = _prominence(data.places, self.children)
        self.in_city_districts = _in_city_districts(data.places)
        # A campus's or 院区's place among its institution's, as the record lists them
        # (data/README.md: the seat first); 0 for any other place (a village in its town).
        self.site_order = np.zeros(len(data.places), dtype=np.int32)
        for parent, rows in self.children.items():
            if data.places[parent].kind in ("university", "hospital"):
                self.site_order[rows] = np.arange(len(rows), dtype=np.int32)

        terms: list[str] = []
        self._building_terms = terms
        self._building: list[list[Link]] = []
        self._term_id: dict[str, int] = {}
        # Short forms made by stripping a campus name must not take a city's or province's
        # name (洛阳正骨医院's 郑州院区 is not "郑州"). County names may: 龙子湖 is a 蚌埠
        # district and, to every caller in 郑州, the lake the campuses stand around.
        self._division_terms = {
            term
            for p in data.places
            if p.kind in ("province", "city")
            for term in self._place_terms(p)
        }
        by_name = self._landmarks_by_name()
        for i, place in enumerate(data.places):
            own = _own_names(place) if place.kind in _INSTITUTION_SITES else None
            for term in self._place_terms(place):
                # A site's short form that is a road's or landmark's own name (东风路院区 →
                # 东风路, 包公湖院区 → 包公湖) names that road first: said alone, the caller is
                # on the road, and the site on it is only near what they said.
                # So does one that is a road's name the data does not hold (九都路校区 →
                # 九都路): the caller on that road may be anywhere along it.
                near = (
                    own is not None
                    and term not in own
                    and (term in by_name or term.endswith(ROAD_WORDS))
                )
                self._link(term, Link(i, NEAR if near else NAMES))
        for i, place in enumerate(data.places):
            # A 社区 named after its housing estate is called by the estate's name alone, unless
            # that name is already something else's (碧沙岗社区 lies by 碧沙岗 park).
            estate = _estate_name(normalise_text(place.name)) if place.kind == "village" else None
            taken = self._term_id.get(estate or "")
            if estate and (
                taken is None
                or all(self._source[link.place].kind == "village" for link in self._building[taken])
            ):
                self._link(estate, Link(i, NAMES))
        city_said: set[str] = set()
        # A city's other names, said before the rest of a landmark's (汴西湖, 汴梁西湖 for
        # 开封西湖): its former names and the one character it goes by.
        other_names = {
            p.name: [
                *(a for a in p.aliases if a != _short_city(p.name)),
                *lexicon.city_one_character_names.get(p.name, ()),
            ]
            for p in data.places
            if p.kind == "city"
        }
        for i, place in enumerate(data.places):
            # A landmark named with its city's name (郑州人民公园, 郑州万象城) is called by the
            # rest by that city's people, unless that is already something else's name. Other
            # cities have their own (人民公园, 城隍庙): a name every city has.
            for rest in _without_city(place):
                taken = self._term_id.get(rest)
                if taken is None or all(
                    self._source[link.place].kind == "village" for link in self._building[taken]
                ):
                    self._link(rest, Link(i, NAMES))
                    city_said.add(rest)
                for name in other_names.get(place.admin.city or "", ()):
                    if self._term_id.get(name + rest) is None:
                        self._link(name + rest, Link(i, NAMES))
        self.common_words |= city_said
        # A city's numbered 人民医院 said by its number (七院, 九人民医院): a city's own name.
        self.city_numbered_words = frozenset(
            normalise_text(form)
            for place in data.places
            if place.kind == "hospital"
            for form in _numbered_hospital_forms(place)
        )
        # A town's former name (张君墓镇 for 考城镇) is left short as its name is.
        town_names = [
            (i, place, name)
            for i, place in enumerate(data.places)
            if place.kind == "town"
            for name in (place.name, *(a for a in place.aliases if a.endswith(("镇", "乡"))))
        ]
        for i, place, name in town_names:
            # Callers leave a town's level word off (兰考谷营, 考城): the name without it is the
            # town's, unless it is already something else's. Not a 街道's alone: named after a
            # road or a site in the city (铭功路街道, 繁塔街道), without its level word it is that.
            bare = town_short(name)
            if not bare or bare.endswith(ROAD_WORDS):
                continue
            taken = self._term_id.get(bare)
            others = [
                link.place
                for link in (self._building[taken] if taken is not None else ())
                if self._source[link.place].kind not in ("town", "village")
            ]
            # Campuses and 院区 of the town's county named after it (新郑's 龙湖校区 of 龙湖镇).
            sites = [
                k
                for k in others
                if self._source[k].kind in _INSTITUTION_SITES
                and self._source[k].admin.adcode == place.admin.adcode
            ]
            # After its county's name (管城区南曹) even a 街道's name without its level word is
            # the town's, and so is a name a place far from it bears alone (经开区九龙, where 九龙
            # is 四川's 九龙县; 新郑龙湖, where 龙湖 is 郑东's lake); the sites named after the
            # town are named too, a little less (升达 新郑龙湖那个学校). A place by the town's
            # county, which the town is named after, keeps the name (禹王台区繁塔, 顺河区铁塔).
            # A functional zone's towns are under the zone's landmark: its names (经开区,
            # 高新区) are said before them as a county's are.
            if any(
                k not in sites and _km(place, self._source[k]) <= _NAMED_AFTER_KM for k in others
            ):
                continue
            elsewhere = bool(others)
            county = self.parent[i]
            above = self._source[county] if county >= 0 else None
            said_with = (
                [above.name, *above.aliases, *_county_word_forms(above)]
                if above is not None and above.kind in ("district", "landmark")
                else []
            )
            rural = name.endswith(("镇", "乡"))
            # A 街道 that grew from the village it is named after (须水街道 and its 须水村;
            # 刘寨街道 and its 刘砦村, 砦 another way to write 寨) is called by that name alone,
            # as a town is: it names a place, not a road or a site.
            grown = any(
                normalise_text(self._source[child].name)
                in (normalise_text(bare) + "村", normalise_text(bare) + "社区")
                for child in self.children.get(i, ())
            )
            alone = [bare] if (rural or grown) and not elsewhere else []
            for term in alone + [c + bare for c in said_with if c]:
                taken = self._term_id.get(term)
                if taken is None or all(
                    self._source[link.place].kind in ("town", "village")
                    for link in self._building[taken]
                ):
                    self._link(term, Link(i, NAMES))
                    if term != bare:
                        for k in sites:
                            self._link(term, Link(k, NEAR))
        for i, place in enumerate(data.places):
            # A site's road and number said in full name it when the road is not held; on a
            # held road, its address points answer (_index_streets; 纬五路7号).
            if place.id in repeating:
                continue
            for name in _address_names(place):
                if normalise_text(_HOUSE_NUMBER_END.sub("", name)) not in by_name:
                    self._link(normalise_text(name), Link(i, NAMES))
        for place_id, names in data.nearby_names.items():
            i = position[place_id]
            for name in names:
                key = normalise_text(name)
                if key not in by_name and self._names_a_site(key):
                    continue  # a hospital or campus next door is a place of its own
                for term in by_name.get(key, [key]):
                    self._link(term, Link(i, NEAR))
        campus_road_terms = self._link_campus_road_forms(data)
        # A city of three characters or more is called by its first and 市 (呼市, 乌市), where
        # that is no other place's name; found only where an address begins (`initial_terms`).
        initials: dict[str, list[int]] = defaultdict(list)
        for i, place in enumerate(data.places):
            if place.kind == "city" and place.name.endswith("市") and len(place.name) >= 4:
                initials[place.name[0] + "市"].append(i)
        self.initial_terms = frozenset(
            self._link_all(initial, rows)
            for initial, rows in sorted(initials.items())
            if initial not in self._term_id
        )

        self._links = array("q")
        self._shared_links: list[tuple[int, ...]] = []
        for links in self._building:
            codes = _codes(links)
            if len(codes) == 1:
                self._links.append(codes[0])
            else:
                self._links.append(-1 - len(self._shared_links))
                self._shared_links.append(codes)
        self._index_space()
        # Names only towns and villages bear (54,000 short names like 王庄村) are found as
        # written: read by sound or by shared characters they would turn up in every query.
        written_only = [
            all(self._source[link.place].kind in ("town", "village") for link in links)
            or term_id in self.initial_terms
            for term_id, links in enumerate(self._building)
        ]
        # Towns (乡, 镇, 街道: a few thousand, named with their level word) are heard by sound as
        # well: 朱仙真 and typed zhuxianzhen are 朱仙镇. Villages stay written only.
        # Nor are a city's initial and 市 (呼市 would be heard in 护士), nor a numbered hospital
        # said by its number (二院 would be heard in 幼儿园, 六人民医院 in 伟五路人民医院).
        unheard = [
            (
                written
                and (
                    all(self._source[link.place].kind == "village" for link in links)
                    or term_id in self.initial_terms
                )
            )
            or terms[term_id] in self.city_numbered_words
            for term_id, (written, links) in enumerate(
                zip(written_only, self._building, strict=True)
            )
        ]
        # The names of divisions, read as their own people read them where they lead a name.
        division_names = {
            terms[term_id]
            for term_id, links in enumerate(self._building)
            if any(self._source[link.place].kind in _DIVISION_KINDS for link in links)
        }
        # Names of one place or institution (市肿瘤医院, not 市人民医院 of every city).
        of_one = {
            term_id
            for term_id, links in enumerate(self._building)
            if len({_site_root(self._source[link.place]) for link in links}) == 1
        }
        del self._building
        # A hospital's name shortened after its division's (兰考人医, 祥符区医院) is heard, but
        # not read loosely: close to it are the division's name and any word (祥符区县府).
        shortened = {
            normalise_text(form).replace(" ", "")
            for place in data.places
            if place.kind == "hospital"
            for form in _division_hospital_forms(place)
        } | campus_road_terms
        # Nor a hospital said by its number (二人民医院 with a character lost is 人民医院).
        shortened |= self.city_numbered_words
        self.max_term_length = max((len(t) for t in terms), default=0)
        # The default reading of each term, syllables joined by spaces.
        term_sound: list[str] = []
        self.term_size = np.zeros(len(terms), dtype=np.int16)  # syllables
        sounds: list[tuple[str, int]] = []
        grams: dict[str, list[int]] = defaultdict(list)
        gram_counts = np.zeros(len(terms), dtype=np.int16)
        self.max_syllables = 0
        for term_id, term in enumerate(terms):
            local = next(
                (k for k in range(min(len(term), 8), 1, -1) if term[:k] in division_names), 0
            )
            readings = self._term_readings(term, local)
            keys = [" ".join(reading) for reading in readings]
            if not unheard[term_id]:
                sounds.extend((key, term_id) for key in dict.fromkeys(keys))
            term_sound.append(keys[0])
            self.term_size[term_id] = len(readings[0])
            self.max_syllables = max(self.max_syllables, *(len(r) for r in readings))
            term_grams = set(_bigrams(list(term))) | set(_bigrams(list(readings[0])))
            gram_counts[term_id] = len(term_grams)
            for gram in () if written_only[term_id] or term in shortened else term_grams:
                grams[gram].append(term_id)
        self.term_grams = gram_counts
        # Each name of DROPPED_FROM characters or more with one character left out (中原福 for
        # 中原福塔, 会展心 for 会展中心): callers and speech-to-text lose characters.
        # A division's full name is its parents' names and its own (重庆市忠县): with a
        # character left out it is those names said as usual (重庆市县城口县 holds 重庆市县).
        composed = {
            normalise_text(p.full_name).replace(" ", "")
            for p in data.places
            if p.kind in ("province", "city", "district") and p.full_name != p.name
        }
        dropped: dict[str, list[int]] = defaultdict(list)
        for term_id, term in enumerate(terms):
            if (
                len(term) >= DROPPED_FROM
                and not written_only[term_id]
                and term not in shortened
                and _has_han(term)
                and term not in composed
            ):
                shorts = {term[:k] + term[k + 1 :]: k for k in reversed(range(len(term)))}
                for short, k in shorts.items():
                    # A one-character division's name lost (杞|县医院) leaves its level word
                    # first: the words every county's hospital bears (县医院), not this one's.
                    # A name of one place that begins with its level word (市肿瘤医院) keeps
                    # it when a character inside it is lost (市肿医院); lost at its end
                    # (省肿瘤医), the words are a shorter name said (省肿瘤) and a word begun.
                    inner = 0 < k < len(term) - 1
                    if not short.startswith(_LEVEL_WORDS) or (inner and term_id in of_one):
                        dropped[short].append(term_id)
        self._dropped = HashTable(
            StringColumn(short for short, ids in dropped.items() for _ in ids),
            (term for ids in dropped.values() for term in ids),
        )
        self._sounds = HashTable(
            StringColumn(key for key, _ in sounds), (term for _, term in sounds)
        )
        self.term_sound = StringColumn(term_sound)
        self.terms = StringColumn(terms)
        self._term_keys = HashTable(self.terms)
        # Most words asked about name nothing: their ends say so before a table is searched.
        self.term_ends = KeyEnds(terms)
        # Syllables interned: a few hundred strings shared by every reading's pairs.
        self.heard_ends = KeyEnds(tuple(map(sys.intern, key.split(" "))) for key, _ in sounds)
        self._dropped_ends = KeyEnds(dropped)
        del self._term_id, self._building_terms, self._source, self._memo
        # All posting lists in one array, sliced by gram: one numpy object, not one per gram.
        self._gram_rows = HashTable(StringColumn(grams))
        sizes = np.fromiter((len(ids) for ids in grams.values()), dtype=np.int64, count=len(grams))
        self._gram_start = np.concatenate(([0], np.cumsum(sizes)))
        self._gram_terms = np.fromiter(
            (term for ids in grams.values() for term in ids),
            dtype=np.int32,
            count=int(self._gram_start[-1]),
        )
        self.site_initials = self._site_initials()

    # --- building ---------------------------------------------------------------------------

    def _place_terms(self, place: Place) -> Iterable[str]:
        """Every normalised form a place is called: name, full name, aliases, and the short
        forms of campus and 院区 names (郑州龙子湖校区 → 龙子湖校区, 郑州龙子湖, 龙子湖)."""
        if place.kind == "address" or estimated_roads(place) is not None:
            # Found by road and number (`addresses`), or by its two roads (`crossings`), not
            # as a name of its own.
            return
        names = [place.name, place.full_name, *place.aliases]
        if place.kind in ("town", "village"):
            # Nobody says a village's full name; its county and town explain it as parents.
            names = [place.name, *place.aliases]
        short: list[str] = []
        if place.kind == "district":
            names += _county_word_forms(place)
        if place.kind == "station":
            names += _station_short_forms(place)
            short += _station_city_letter_forms(place)
        if place.kind == "landmark":
            names += _numbered_mill_forms(place)
        if place.kind == "hospital":
            names += _hospital_spoken_forms(place)
            names += _division_hospital_forms(place)
            names += _said_without_the_city(place)
            names += _numbered_hospital_forms(place)
        if place.kind in _INSTITUTION_SITES:
            city_short = _short_city(place.admin.city or "")
            for name in list(names[:1]) + list(place.aliases):
                short.extend(self._short_forms(name, city_short))
        reserved: set[str] = getattr(self, "_division_terms", set())
        seen: set[str] = set()
        known = self._memo.terms
        for k, name in enumerate(names + short):
            term = known.get(name)
            if term is None:
                found = _term_of(name)
                term = known[name] = name if found == name else found  # share it when unchanged
            if len(term) < 2 or term in seen or term in self.generic_words:
                continue
            if k >= len(names) and term in reserved:
                continue
            seen.add(term)
            yield term

    def _short_forms(self, name: str, city_short: str) -> list[str]:
        forms = [name]
        rest = name[len(city_short) :] if city_short and name.startswith(city_short) else ""
        # The city goes only from a site's own kind of name (郑州龙子湖校区 → 龙子湖校区): from
        # 郑州工学院, a former name of a campus, it would leave the generic 工学院.
        if len(rest) >= 2 and rest.endswith(self._suffixes):
            forms.append(rest)
        for form in list(forms):
            for suffix in self._suffixes:
                if form.endswith(suffix) and len(form) - len(suffix) >= 2:
                    forms.append(form[: -len(suffix)])
                    break
        return forms[1:]

    def _link_campus_road_forms(self, data: LoadedData) -> set[str]:
        """A campus by the road it stands on (东风校区 said 东风路校区), or named by its road
        without the road's word (莲花街校区 said 莲花校区): `campus_road_forms`. The form says
        the road at its gates, as the road's name does: another campus so named (东风路校区 is
        河南中医药大学's) still wins alone, and the institution said decides
        (轻工大学东风路校区). Answers the forms no place already bears, to be matched as
        written only."""
        forms = [
            (i, form)
            for i, place in enumerate(data.places)
            if place.kind == "campus"
            for form in campus_road_forms(
                place.name,
                data.nearby_names.get(place.id, ()),
                _short_city(place.admin.city or ""),
            )
        ]
        owned = {form for _, form in forms if self._term_id.get(form) is not None}
        # Said as written only: read loosely, a road said with a word or two after it (科学大道上
        # 西头) would be the road's campus.
        for i, form in forms:
            self._link(form, Link(i, NEAR))
        return {form for _, form in forms if form not in owned}

    def _names_a_site(self, term: str) -> bool:
        term_id = self._term_id.get(term)
        return term_id is not None and any(
            self._source[link.place].kind not in ("landmark", "road", "station")
            for link in self._building[term_id]
        )

    def _landmarks_by_name(self) -> dict[str, list[str]]:
        """Landmark and road names mapped to all the terms of that landmark."""
        out: dict[str, list[str]] = {}
        for place in self._source:
            if place.kind in ("landmark", "road", "station"):
                terms = list(self._place_terms(place))
                for term in terms:
                    out.setdefault(term, terms)
        return out

    def _link(self, term: str, link: Link) -> None:
        term_id = self._term_id.get(term)
        if term_id is None:
            term_id = len(self._term_id)
            self._term_id[term] = term_id
            self._building_terms.append(term)
            self._building.append([])
        links = self._building[term_id]
        for k, existing in enumerate(links):
            if existing.place == link.place:
                if link.weight > existing.weight:
                    links[k] = link
                return
        links.append(link)

    def _link_all(self, term: str, places: list[int]) -> int:
        for place in places:
            self._link(term, Link(place, NAMES))
        return self._term_id[term]

    def _term_readings(self, term: str, local: int = 0) -> list[tuple[str, ...]]:
        known = self._memo.readings.get((term, local))
        if known is not None:
            return known
        if _has_han(term):
            readings = self.reader.name_readings(term, local)
        else:
            latin = self.reader.split_latin(term)
            readings = [tuple(latin)] if latin else [tuple(term)]
        self._memo.readings[term, local] = readings
        return readings

    def _index_streets(self, places: Sequence[Place], repeating: frozenset[str]) -> None:
        """Crossings by the names of their two roads, address points by road and number (a
        site's recorded address too, unless `repeating` a campus's or 院区's)."""
        crossing_keys: list[str] = []
        crossing_rows: list[int] = []
        address_keys: list[str] = []
        address_rows: list[int] = []
        self.crossing_roads: dict[int, tuple[str, str]] = {}
        for row, place in enumerate(places):
            if place.kind == "crossing" and (
                roads := _crossing_names(place.name.removesuffix(UNKNOWN_POINT))
            ):
                self.crossing_roads[row] = roads
                crossing_keys.append(street_key(*roads))
                crossing_rows.append(row)
            elif place.kind == "address" and (found := _ADDRESS.match(place.name)):
                address_keys.append(street_key(normalise_text(found[1]), found[2]))
                address_rows.append(row)
            elif place.id not in repeating:
                # A site's recorded address on a road is an address point of that road: the
                # number said with the road (纬五路7号) is the site, not somewhere on the road.
                # (A 院区 at its hospital's address stands for it; the hospital's record only
                # repeats it.)
                for name in _address_names(place):
                    if (found := _ADDRESS.match(name)) is not None:
                        road = normalise_text(found[1])
                        for said in {road, _SECTION_END.sub("", road)}:
                            address_keys.append(street_key(said, found[2]))
                            address_rows.append(row)
        self._crossings = HashTable(StringColumn(crossing_keys), crossing_rows)
        self._addresses = HashTable(StringColumn(address_keys), address_rows)

    @staticmethod
    def _common_roads(places: Sequence[Place]) -> frozenset[str]:
        """Road, village and town names held by COMMON_ROAD_COUNTIES counties or more (人民路,
        王庄村, 城关镇)."""
        counties: dict[str, set[str]] = defaultdict(set)
        for place in places:
            if place.kind in ("road", "village", "town"):
                counties[normalise_text(place.name)].add(place.admin.adcode or "")
        return frozenset(
            name for name, held in counties.items() if len(held) >= COMMON_ROAD_COUNTIES
        )

    def _site_initials(self) -> dict[str, tuple[int, ...]]:
        """Terms of sites (not divisions, towns or villages) of INITIALS_MIN syllables or more,
        by the initials of their syllables (清明上河园 → qmshy)."""
        table: dict[str, list[int]] = defaultdict(list)
        for term in range(len(self.terms)):
            if int(self.term_size[term]) < INITIALS_MIN or not any(
                self.places.kind(link.place) in _INITIAL_KINDS for link in self.links(term)
            ):
                continue
            table["".join(s[0] for s in str(self.term_sound[term]).split())].append(term)
        return {key: tuple(terms) for key, terms in table.items()}

    # --- lookups ----------------------------------------------------------------------------

    def crossings(self, first: str, second: str) -> tuple[int, ...]:
        """The crossings of two roads, by their normalised names (either order)."""
        key = street_key(first, second)
        return tuple(
            r for r in self._crossings.get(key) if street_key(*self.crossing_roads[r]) == key
        )

    def addresses(self, road: str, number: str) -> tuple[int, ...]:
        """Address points of a road name (normalised) and house number."""
        return self._addresses.get(street_key(road, number))

    def links(self, term: int) -> tuple[Link, ...]:
        """The places a term leads to, with how directly."""
        found = self._read_links.get(term)
        if found is not None:
            return found
        code = self._links[term]
        if code >= 0:  # most terms lead to one place: no generator for them
            found = (Link(code >> 1, NEAR if code & 1 else NAMES),)
        else:
            codes = self._shared_links[-1 - code]
            found = tuple(Link(c >> 1, NEAR if c & 1 else NAMES) for c in codes)
        if len(self._read_links) >= READ_TERMS:
            self._read_links.clear()  # cheaper than an LRU, and safe to share between threads
        self._read_links[term] = found
        return found

    def reach(self, term: int) -> TermReach:
        """A term's links read for testing many places against it: by place, and the prefixes
        of the divisions it names. A generic name (校本部, 人民医院) leads to hundreds of
        places and is tested against each of them, so its reading is kept for good, for such
        terms only: memory stays bounded by the few names that many places share. Other terms'
        are kept while they are among the latest read (`READ_TERMS`)."""
        found = self._reach.get(term)
        if found is None:
            found = self._read_reach.get(term)
        if found is not None:
            return found
        links = self.links(term)
        weights: dict[int, float] = {}
        for link in links:
            weights[link.place] = max(weights.get(link.place, 0.0), link.weight)
        divisions = tuple(
            (prefix, link.weight)
            for link in links
            if (prefix := self.division_prefix.get(link.place))
        )
        found = TermReach(weights, divisions)
        if len(links) >= SHARED_TERM_LINKS:
            self._reach[term] = found
        else:
            if len(self._read_reach) >= READ_TERMS:
                self._read_reach.clear()
            self._read_reach[term] = found
        return found

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        # Caches of this process's queries, not part of the index.
        for cache in ("_reach", "_read_links", "_read_reach"):
            state.pop(cache, None)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._reach = {}
        self._read_links = {}
        self._read_reach = {}

    def term_ids(self, texts: Sequence[str]) -> list[int | None]:
        """The term each text is exactly (normalised), or None: one lookup for all."""
        found: list[int | None] = [None] * len(texts)
        asked = self.term_ends.held(texts)
        terms = self.terms
        for k, ids in zip(asked, self._term_keys.get_many([texts[k] for k in asked]), strict=True):
            if ids:
                text = texts[k]
                found[k] = next((t for t in ids if terms[t] == text), None)
        return found

    def places_named(self, term: int) -> list[int]:
        """The places a term is a name of its own of (not a word near one)."""
        return [link.place for link in self.links(term) if link.weight >= NAMES]

    def lies_under(self, place: int, ancestors: Collection[int]) -> bool:
        """Whether a place lies under one of `ancestors`, by its parents (a 院区 under its
        hospital, a town under its far district)."""
        current = self.parent[place]
        while current >= 0:
            if current in ancestors:
                return True
            current = self.parent[current]
        return False

    def in_divisions(self, place: int, prefixes: str | tuple[str, ...]) -> bool:
        """Whether a place lies in a division whose adcode begins with `prefixes` (one, or
        any of several): the test every reading of "the centre's area" or "far away" makes."""
        return (self.places.admin(place).adcode or "").startswith(prefixes)

    def names_kind(
        self, term: int | None, kinds: Collection[str], within: Sequence[str] = ()
    ) -> bool:
        """Whether a term is a name of its own (not a word near one) of a place of `kinds`, in a
        division whose adcode begins with one of `within` when that is given. The question
        many readings ask of the words before or after a name (is 索河路 a road, 中牟 a
        county, 惠济 a district here?), asked in one place."""
        if term is None:
            return False
        places = self.places
        prefixes = tuple(within)
        return any(
            link.weight >= NAMES
            and places.kind(link.place) in kinds
            and (not prefixes or self.in_divisions(link.place, prefixes))
            for link in self.links(term)
        )

    def villages_named(
        self, names: Sequence[str], keep: Callable[[int], bool]
    ) -> set[tuple[int, int]]:
        """The villages (村 and the 社区 they became) held by one of `names` (normalised) as their
        own name, each with the term read, those `keep` accepts: the one lookup of a village said
        by its name and 村 or 社区 that readings of villages said short make (桃花峪 → 桃花峪村,
        杨庄 → 杨庄社区)."""
        places = self.places
        return {
            (link.place, term)
            for term in self.term_ids(names)
            if term is not None
            for link in self.links(term)
            if link.weight >= NAMES
            and places.kind(link.place) == "village"
            and normalise_text(places.name(link.place)) in names
            and keep(link.place)
        }

    def holds_name(self, text: str, kinds: Collection[str], within: Sequence[str] = ()) -> bool:
        """Whether the data holds `text` (normalised) as a name of a place of `kinds`
        (`names_kind`)."""
        (term,) = self.term_ids([text])
        return self.names_kind(term, kinds, within)

    def missing_one(self, texts: Sequence[str]) -> list[tuple[int, ...]]:
        """The terms each text is with one character left out: one lookup for all."""
        found: list[tuple[int, ...]] = [()] * len(texts)
        asked = self._dropped_ends.held(texts)
        for k, ids in zip(asked, self._dropped.get_many([texts[k] for k in asked]), strict=True):
            found[k] = ids
        return found

    def by_sounds(self, keys: Sequence[str]) -> list[tuple[int, ...]]:
        """Terms whose reading is each key (toneless syllables joined by spaces)."""
        return self._sounds.get_many(keys)

    def place_index(self, place_id: str) -> int | None:
        """The row of a place by its id."""
        return self.places.index_of(place_id)

    def _index_space(self) -> None:
        """Places by grid cell, and the terms of each place: to find names near a caller."""
        terms_of: list[list[int]] = [[] for _ in range(len(self.places))]
        for term_id, links in enumerate(self._building):
            for link in links:
                terms_of[link.place].append(term_id)
        counts = np.fromiter((len(t) for t in terms_of), dtype=np.int64, count=len(terms_of))
        self._place_term_start = np.concatenate(([0], np.cumsum(counts)))
        self._place_term_ids = np.fromiter(
            (t for ts in terms_of for t in ts), dtype=np.int32, count=int(counts.sum())
        )
        cells = _cell_keys(self.lat, self.lon)
        # Towns and villages stand at their county's seat: they are not beside a caller there.
        # Nor is a place no name leads to (most are address points, found by road and number):
        # it would only be measured from the caller and add no name.
        placed = np.fromiter(
            (p.kind not in ("town", "village") for p in self._source),
            dtype=bool,
            count=len(self._source),
        ) & (counts > 0)
        order = np.flatnonzero(placed)[np.argsort(cells[placed], kind="stable")]
        keys, starts = np.unique(cells[order], return_index=True)
        self._cell_places = order.astype(np.int32)
        self._cell_row = {int(key): row for row, key in enumerate(keys)}
        self._cell_start = np.concatenate((starts, [len(order)])).astype(np.int64)

    def terms_near(self, lat: float, lon: float, radius_km: float) -> npt.NDArray[np.int32]:
        """Term ids of the places within `radius_km` of a point (found by grid cell, kept by
        distance: a cell's corner can be three times further than the radius)."""
        reach = max(1, int(np.ceil(radius_km / CELL_KM)))
        row0, col0 = _cell(lat, lon)
        chunks: list[npt.NDArray[np.int32]] = []
        for row in range(row0 - reach, row0 + reach + 1):
            for col in range(col0 - reach, col0 + reach + 1):
                cell = self._cell_row.get(row * CELL_SPAN + col)
                if cell is not None:
                    chunks.append(
                        self._cell_places[self._cell_start[cell] : self._cell_start[cell + 1]]
                    )
        if not chunks:
            return np.zeros(0, dtype=np.int32)
        places = np.concatenate(chunks)
        # A place further north or south than the radius is further away whatever its
        # longitude (a great circle is never shorter than its change of latitude): this cheap
        # test spares the trigonometry for two thirds of the places in the cells.
        band = radius_km / EARTH_RADIUS_KM * (180.0 / np.pi) * (1.0 + 1e-9)
        places = places[np.abs(self.lat[places] - lat) <= band]
        places = places[haversine_km(lat, lon, self.lat[places], self.lon[places]) <= radius_km]
        # Each place's run of terms, end to end, gathered at once: a city centre has over a
        # thousand places within reach.
        starts = self._place_term_start[places]
        counts = self._place_term_start[places + 1] - starts
        ends = np.cumsum(counts)
        if not ends.size or not ends[-1]:
            return np.zeros(0, dtype=np.int32)
        rows = np.arange(ends[-1]) + np.repeat(starts - (ends - counts), counts)
        near: npt.NDArray[np.int32] = self._place_term_ids[rows]
        return near

    def gram_matches(self, grams: Iterable[str]) -> GramMatches:
        """Terms alike a query by their bigrams (Jaccard similarity), to take the best few
        from: gathered once for a caller that asks more than once."""
        wanted = list(dict.fromkeys(grams))
        rows = [found[0] for found in self._gram_rows.get_many(wanted) if found]
        lists = sorted(
            (self._gram_terms[self._gram_start[row] : self._gram_start[row + 1]] for row in rows),
            key=len,
        )
        chosen: list[npt.NDArray[np.int32]] = []
        total = 0
        for postings in lists:
            if chosen and total + postings.size > POSTINGS_BUDGET:
                break
            chosen.append(postings)
            total += postings.size
        if not chosen:
            return GramMatches(np.zeros(0, dtype=np.int32), np.zeros(0))
        ids, counts = _count_ids(np.concatenate(chosen))
        return GramMatches(ids, counts / (len(wanted) + self.term_grams[ids] - counts))


class GramMatches(NamedTuple):
    """Terms sharing bigrams with a query, and their Jaccard similarity to it."""

    ids: npt.NDArray[np.int32]
    similarity: npt.NDArray[np.float64]

    def best(self, limit: int) -> list[int]:
        """The `limit` most alike, best first.

        >>> GramMatches(np.array([7, 3, 5]), np.array([0.2, 0.9, 0.5])).best(2)
        [3, 5]
        >>> GramMatches(np.array([1, 2, 4, 6]), np.array([0.5, 0.9, 0.5, 0.5])).best(3)
        [2, 1, 4]
        """
        ids, similarity = self.ids, self.similarity
        if limit <= 0:
            return []
        if ids.size > limit:
            # Which of the terms tied at the cut get in is decided by id, not left to
            # argpartition: its order among ties differs between CPUs (numpy's AVX-512 path),
            # and the same words must find the same names on every machine.
            cut = np.partition(similarity, ids.size - limit)[ids.size - limit]
            above = np.flatnonzero(similarity > cut)
            tied = np.flatnonzero(similarity == cut)  # ids ascend, so these do too
            top = np.concatenate([above, tied[: limit - above.size]])
            ids, similarity = ids[top], similarity[top]
        order = np.lexsort((ids, -similarity))
        return [int(ids[k]) for k in order]


def _count_ids(runs: npt.NDArray[np.int32]) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.int64]]:
    """Each distinct id and how often it occurs, for posting lists joined end to end.

    Each list is sorted, so a stable sort (a merge of runs) costs a third of `np.unique`'s.

    >>> ids, counts = _count_ids(np.array([1, 4, 9, 2, 4, 4], dtype=np.int32))
    >>> ids.tolist(), counts.tolist()
    ([1, 2, 4, 9], [1, 1, 3, 1])
    """
    ids = np.sort(runs, kind="stable")
    first = np.empty(ids.size, dtype=bool)
    first[:1] = True
    np.not_equal(ids[1:], ids[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    return ids[starts], np.diff(np.append(starts, ids.size))


# Names this long or longer are found with a character left out; from shorter ones, two
# characters said are too often another name.
DROPPED_FROM = 4
_LEVEL_WORDS = ("省", "市", "县", "区", "镇", "乡")
_DIVISION_KINDS = frozenset({"province", "city", "district"})
# Typed initials (qmshy for 清明上河园) are looked up for names of this many syllables or more:
# fewer letters are chance.
INITIALS_MIN = 4
_INITIAL_KINDS = frozenset(
    {"landmark", "station", "hospital", "hospital_branch", "university", "campus"}
)
# A road name held by this many counties is a common name, not a place (人民路).
COMMON_ROAD_COUNTIES = 3
_ADDRESS = re.compile(r"^(.+?)(\d+)号$")
# How much a place's kind says about how well-known it is, before its size.
_KIND_RANK = {"province": 3.0, "city": 2.0, "district": 1.0}


def street_key(first: str, second: str) -> str:
    """The key of a crossing (two road names, in either order) or an address (road, number).

    >>> street_key("文化路", "农业路") == street_key("农业路", "文化路")
    True
    """
    return "\u00b7".join(sorted((first, second)))


def address_road(name: str) -> str | None:
    """The road of an address point named "road + number + 号", normalised.

    >>> address_road("文化路80号")
    '文化路'
    """
    found = _ADDRESS.match(name)
    return normalise_text(found[1]) if found else None


def _crossing_names(name: str) -> tuple[str, str] | None:
    """The two roads of a crossing named "A与B交叉口".

    >>> _crossing_names("农业路与文化路交叉口")
    ('农业路', '文化路')
    """
    stem = name.removesuffix("交叉口").removesuffix("路口")
    first, _, second = stem.partition("与")
    if not first or not second:
        return None
    return normalise_text(first), normalise_text(second)


# Places whose address may name an area they lie in (河南省郑州市郑东新区 for the CBD).
_SITE_KINDS = frozenset(
    {"university", "campus", "hospital", "hospital_branch", "landmark", "station", "road"}
)
# Words after an area's name in an address that put the site beside it, not in it
# (二七广场东北侧, 紫荆山公园对面).
_BESIDE = re.compile(r"[东西南北]{0,2}(侧|旁|边|面|角|对面|附近|一带|外)|以[东西南北]")
# Shorter area names (郑东) are found in addresses by chance.
AREA_NAME_FROM = 3


def _areas_in_addresses(places: Sequence[Place]) -> dict[int, tuple[int, ...]]:
    """The areas (landmarks such as 郑东新区, 龙子湖高校园区) each site lies in, by the area's
    name written in the site's address, within one city: said with the site's own name, the
    area explains it as the county it lies in does.

    >>> from gazetteer._model import Admin
    >>> area = Place("a", "landmark", "郑东新区", "", Admin("河南省", adcode="410105"), 0, 0)
    >>> cbd = Place("b", "landmark", "CBD", "", Admin("河南省", adcode="410105"), 0, 0,
    ...     address="河南省郑州市郑东新区")
    >>> _areas_in_addresses([area, cbd])
    {1: (0,)}
    >>> _areas_in_addresses([area, replace(cbd, address="郑东新区西侧")])
    {}
    """
    areas: dict[str, list[int]] = defaultdict(list)
    for row, place in enumerate(places):
        if place.kind == "landmark":
            for name in dict.fromkeys((place.name, *place.aliases)):
                if len(name) >= AREA_NAME_FROM:
                    areas[name].append(row)
    if not areas:
        return {}
    longest = max(map(len, areas))
    # An area's name that begins a division's name in the address (禹王台 of 禹王台区, the
    # district named after the park) names that division, not the area.
    divisions = {p.name for p in places if p.kind in ("city", "district", "town")}
    within: dict[int, tuple[int, ...]] = {}
    for row, place in enumerate(places):
        address = place.address
        if not address or place.kind not in _SITE_KINDS:
            continue
        city = (place.admin.adcode or "")[:4]
        found = {
            area
            for start in range(len(address))
            for end in range(start + AREA_NAME_FROM, min(len(address), start + longest) + 1)
            for area in areas.get(address[start:end], ())
            if area != row
            and (places[area].admin.adcode or "")[:4] == city
            and not _BESIDE.match(address, end)
            and not _begins_a_division(address, start, end, divisions)
        }
        if found:
            within[row] = tuple(sorted(found))
    return within


_DIVISION_WORDS = ("区", "县", "市", "镇", "乡", "街道")


def _begins_a_division(address: str, start: int, end: int, divisions: set[str]) -> bool:
    """Whether the words address[start:end] and the level word after them are a division's
    name (禹王台 and 区)."""
    return any(
        address.startswith(word, end) and address[start:end] + word in divisions
        for word in _DIVISION_WORDS
    )


def _counted(place: Place) -> bool:
    """Whether a place counts as what the data knows of its area: not towns and villages,
    which only some provinces have, nor estimated crossings, which are pairs of roads already
    counted."""
    return (
        place.kind not in ("town", "village")
        and bool(place.admin.adcode)
        and estimated_roads(place) is None
    )


def _in_city_districts(places: Sequence[Place]) -> npt.NDArray[np.bool_]:
    """Whether each place lies in a city's districts (市辖区, a division named …区), not in one
    of its counties or county-level cities: the last prior, after the kind and the city
    (`_prominence`), before the id. 解放路 said to 郑州's centre with nothing else is 二七区's
    before 新郑's, and 市人民医院 the city's own (郑州人民医院, in 金水区) before those of 巩义,
    新郑 …, whose people call theirs so too: a caller who names no county means the city's core.
    It reads the divisions' names only, so places added to a county never turn it.

    >>> from gazetteer._model import Admin
    >>> def at(kind, name, adcode):
    ...     return Place(name, kind, name, "", Admin("河南省", adcode=adcode), 0.0, 0.0)
    >>> _in_city_districts([at("district", "二七区", "410103"), at("district", "新郑市", "410184"),
    ...     at("road", "解放路", "410103"), at("road", "解放路", "410184"),
    ...     at("road", "民主路", "410100")]).tolist()
    [True, False, True, False, False]
    """
    urban = {
        place.admin.adcode
        for place in places
        if place.kind == "district" and place.admin.adcode and place.name.endswith("区")
    }
    return np.array([(p.admin.adcode or "")[:6] in urban for p in places], dtype=np.bool_)


def _prominence(places: Sequence[Place], children: dict[int, list[int]]) -> npt.NDArray[np.float32]:
    """A prior for places that nothing else separates (朝阳区 of 北京 or of 长春): the kind's
    rank, then how much the data knows in the place's city (divisions, institutions, sites —
    not towns and villages, which only some provinces have), then its own known children.

    Used only to order places whose scores are equal.
    """
    cities = {p.admin.adcode[:4] for p in places if p.kind == "city" and p.admin.adcode}

    def area(adcode: str) -> str:
        # A municipality's districts (北京, 上海) share the province's code, not a city's.
        return adcode[:4] if adcode[:4] in cities else adcode[:2]

    known: dict[str, int] = defaultdict(int)
    for place in places:
        if _counted(place):
            known[area(place.admin.adcode or "")] += 1
    # A campus or 院区 listed first is the institution's seat (data/README.md).
    seats = {rows[0] for rows in children.values() if rows}
    out = np.zeros(len(places), dtype=np.float32)
    # Few places differ in what the prior reads: each value is worked out once.
    priors: dict[tuple[str, int, int, bool], float] = {}
    for row, place in enumerate(places):
        size = known.get(area(place.admin.adcode or ""), 0)
        key = (place.kind, size, len(children.get(row, ())), row in seats)
        prior = priors.get(key)
        if prior is None:
            kind, size, count, seat = key
            prior = priors[key] = (
                _KIND_RANK.get(kind, 0.0)
                + 0.1 * np.log1p(size)
                + 0.01 * np.log1p(count)
                + (0.001 if seat else 0.0)
            )
        out[row] = prior
    return out


CELL_DEGREES = 0.1
CELL_KM = 11.0  # a cell's height; its width is less away from the equator, which only widens
CELL_SPAN = 10_000  # cell key = row * CELL_SPAN + column


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return int(np.floor(lat / CELL_DEGREES)), int(np.floor(lon / CELL_DEGREES))


def _cell_keys(
    lats: npt.NDArray[np.float64], lons: npt.NDArray[np.float64]
) -> npt.NDArray[np.int64]:
    rows = np.floor(lats / CELL_DEGREES).astype(np.int64)
    cols = np.floor(lons / CELL_DEGREES).astype(np.int64)
    keys: npt.NDArray[np.int64] = rows * CELL_SPAN + cols
    return keys


def bigrams_of(units: list[str]) -> list[str]:
    """Adjacent pairs of characters or syllables, the keys of the fuzzy postings."""
    return _bigrams(units)


def _bigrams(units: list[str]) -> list[str]:
    if len(units) == 1:
        return [units[0]]
    return [units[k] + "\u00b7" + units[k + 1] for k in range(len(units) - 1)]


def _adcode_prefix(adcode: str, kind: str) -> str:
    if kind == "province":
        return adcode[:2]
    if kind == "city":
        return adcode[:4]
    return adcode


def _km(one: Place, other: Place) -> float:
    return float(haversine_km(one.lat, one.lon, np.array([other.lat]), np.array([other.lon]))[0])


def _short_city(city: str) -> str:
    for suffix in ("市", "地区", "自治州", "盟"):
        if city.endswith(suffix) and len(city) > len(suffix) + 1:
            return city[: -len(suffix)]
    return city


def _site_root(place: Place) -> str:
    """The institution a campus or 院区 belongs to, or the place itself."""
    return place.parent if place.parent and place.kind in _INSTITUTION_SITES else place.id


# The kinds of place that are a site of an institution (a campus, a 院区).
_INSTITUTION_SITES = frozenset({"campus", "hospital_branch"})


def _has_han(text: str) -> bool:
    return any(is_han(c) for c in text)


# The level word an autonomous county keeps when its ethnic designation is dropped.
_AUTONOMOUS = (("自治县", "县"), ("自治旗", "旗"))


def _hospital_spoken_forms(place: Place) -> list[str]:
    """A provincial hospital's name as said: the province without 省 (河南省肿瘤医院 → 河南肿瘤
    医院), and 医院 as 院 (河南肿瘤院, 省肿瘤院).

    >>> from gazetteer._model import Admin
    >>> _hospital_spoken_forms(Place("x", "hospital", "河南省肿瘤医院", "", Admin("河南省"),
    ...     0.0, 0.0, aliases=("省肿瘤医院",)))
    ['河南肿瘤医院', '河南省肿瘤院', '河南肿瘤院', '省肿瘤院']
    """
    province = place.admin.province or ""
    short = province.removesuffix("省")
    out: list[str] = []
    for name in (place.name, *place.aliases):
        forms = [name]
        if short and short != province and name.startswith(province):
            forms.append(short + name[len(province) :])
        for form in forms:
            if form != name:
                out.append(form)
        for form in forms:
            stem = form.removesuffix("医院")
            # Only a provincial hospital's (省肿瘤院): a city's or county's would read as its
            # court (新郑市中院).
            provincial = bool(province) and name.startswith((province, "省"))
            if stem != form and len(stem) >= 3 and provincial:
                out.append(stem + "院")
    return list(dict.fromkeys(out))


# A division's own hospital of a kind every county has, as its people shorten it after the
# division's name: 人民医院 → 人医, 中医院 → 中医, 妇幼保健院 → 妇幼.
_DIVISION_HOSPITAL = re.compile(r"^(.*?)(人民医院|中医医院|中医院|妇幼保健院)$")
_SHORT_KIND = {"人民医院": "人医", "中医医院": "中医", "中医院": "中医", "妇幼保健院": "妇幼"}


def _division_hospital_forms(place: Place) -> list[str]:
    """A county's or city's 人民医院, 中医院 or 妇幼保健院 as said: after the division's name,
    full or short, the kind shortened (兰考人医, 兰考县妇幼, 市人医); and a county's 人民医院 as
    the county's hospital (兰考县医院, 祥符区医院), which is what that means.

    >>> from gazetteer._model import Admin
    >>> _division_hospital_forms(Place("x", "hospital", "兰考县人民医院", "",
    ...     Admin("河南省", "开封市", "兰考县"), 0.0, 0.0, aliases=("兰考人民医院",)))
    ['兰考县人医', '兰考县医院', '兰考人医']
    >>> _division_hospital_forms(Place("x", "hospital", "开封市中医院", "",
    ...     Admin("河南省", "开封市", "龙亭区"), 0.0, 0.0, aliases=("市中医院",)))
    ['开封市中医', '市中医']
    """
    out: list[str] = []
    county = place.admin.district or ""
    for name in (place.name, *place.aliases):
        found = _DIVISION_HOSPITAL.match(name)
        if found is None or not found[1]:
            continue
        division, kind = found[1], found[2]
        out.append(division + _SHORT_KIND[kind])
        if kind == "人民医院" and division == county and division.endswith(("县", "区", "市")):
            out.append(division + "医院")
    return list(dict.fromkeys(out))


# A city's numbered mill, named by the city's first character, the trade and its number (郑棉四厂).
_NUMBERED_MILL = re.compile(r"^(.)(棉)([一二三四五六七八九十])厂$")


def _numbered_mill_forms(place: Place) -> list[str]:
    """A city's numbered mill as its workers and neighbours say it, the trade and the number
    without the city's character or 厂 (郑棉四厂 → 棉四): the mill and its 家属院.

    >>> from gazetteer._model import Admin
    >>> _numbered_mill_forms(Place("x", "landmark", "郑州国棉四厂", "",
    ...     Admin("河南省", "郑州市", "中原区"), 0.0, 0.0, aliases=("国棉四厂", "郑棉四厂")))
    ['棉四']
    >>> _numbered_mill_forms(Place("x", "landmark", "开棉四厂", "",
    ...     Admin("河南省", "郑州市", "中原区"), 0.0, 0.0))
    []
    """
    city = _short_city(place.admin.city or "")
    out: list[str] = []
    for name in (place.name, *place.aliases):
        found = _NUMBERED_MILL.match(name)
        if found is not None and city and found[1] == city[0]:
            out.append(found[2] + found[3])
    return list(dict.fromkeys(out))


# A city's numbered 人民医院 (郑州市第七人民医院), as its number.
_NUMBERED_HOSPITAL = re.compile(r"^第?([一二三四五六七八九十]{1,2})人民医院$")


def _numbered_hospital_forms(place: Place) -> list[str]:
    """A city's numbered 人民医院 as its own people say it: by its number, without 第 or the
    city (郑州市第七人民医院 → 第七人民医院, 七人民医院, 七院). To a centre the words mean its own
    city's, which the resolver prefers among places so named. Not a county-level city's
    (新密市第一人民医院): its people name the county (新密一院).

    >>> from gazetteer._model import Admin
    >>> _numbered_hospital_forms(Place("x", "hospital", "郑州市第七人民医院", "",
    ...     Admin("河南省", "郑州市", "中原区"), 0.0, 0.0))
    ['第七人民医院', '七人民医院', '七院']
    >>> _numbered_hospital_forms(Place("x", "hospital", "新密市第一人民医院", "",
    ...     Admin("河南省", "郑州市", "新密市"), 0.0, 0.0))
    []
    """
    city = place.admin.city or ""
    if not city.endswith("市") or not place.name.startswith(city):
        return []
    found = _NUMBERED_HOSPITAL.match(place.name[len(city) :])
    if found is None:
        return []
    number = found[1]
    return [f"第{number}人民医院", f"{number}人民医院", f"{number}院"]


def _said_without_the_city(place: Place) -> list[str]:
    """A city's hospital as its people say it, the city left out and 市 kept (开封市儿童医院 →
    市儿童医院, 郑州市二院 → 市二院): to a centre the words mean its own city's, which the
    resolver prefers among places so named. Not a county's hospital named with its county
    (郑州市上街区中医院): its people name the county.

    >>> from gazetteer._model import Admin
    >>> _said_without_the_city(Place("x", "hospital", "开封市儿童医院", "",
    ...     Admin("河南省", "开封市", "龙亭区"), 0.0, 0.0, aliases=("郑州市上街区中医院",)))
    ['市儿童医院']
    """
    city = place.admin.city or ""
    if not city.endswith("市"):
        return []
    rests = [name[len(city) :] for name in (place.name, *place.aliases) if name.startswith(city)]
    return list(
        dict.fromkeys(
            "市" + rest for rest in rests if len(rest) >= 2 and not any(c in rest for c in "区县市")
        )
    )


# A school's number (in words or figures) and kind, as its short name ends (五中, 二十五中, 4中,
# 一高, 高中, 初中): what names a school, and what every town's schools are named by.
SCHOOL_NUMBER_AND_KIND = "(?:[0-9一二三四五六七八九十百]+[中高小]|高中|初中)"
_SCHOOL_TAIL = re.compile(SCHOOL_NUMBER_AND_KIND + "$")
# A school's name without its city when only its number and kind are left (五中, 二十五中, 一高,
# 高中, 第十四中学): every town's schools are numbered so.
_NUMBERED_SCHOOL = re.compile(
    r"^市?第?[一二三四五六七八九十百零〇\d]*(?:高级中学|初级中学|中学|小学|高中|初中|[中高小])$"
)


def _without_city(place: Place) -> list[str]:
    """A landmark's names that begin with its city's, without it (郑州人民公园 → 人民公园);
    not a school's number alone (开封五中 → 五中), which names a school in every town.

    >>> from gazetteer._model import Admin
    >>> _without_city(Place("x", "landmark", "郑州人民公园", "", Admin("河南省", "郑州市"),
    ...     0.0, 0.0, aliases=("郑州市人民公园", "郑州站前路")))
    ['人民公园', '市人民公园']
    >>> _without_city(Place("x", "landmark", "开封市第五中学", "", Admin("河南省", "开封市"),
    ...     0.0, 0.0, aliases=("开封五中", "开封高中", "开封金明中学")))
    ['金明中学']
    """
    city = _short_city(place.admin.city or "")
    if place.kind != "landmark" or not city:
        return []
    out = [
        normalise_text(name[len(city) :]).replace(" ", "")
        for name in (place.name, *place.aliases)
        if name.startswith(city)
    ]
    return [
        r
        for r in dict.fromkeys(out)
        if len(r) >= 2 and not r.endswith(ROAD_WORDS) and not numbered_school(r)
    ]


def school_tail(name: str) -> str:
    """The number and kind a school's short name ends in (一高 of 杞县一高, 高中 of 开封高中, 4中
    of 郑州4中), or "" for another name.

    >>> school_tail("杞县一高"), school_tail("开封二十五中"), school_tail("郑州4中")
    ('一高', '二十五中', '4中')
    >>> school_tail("杞县人民医院"), school_tail("郑州市第四中学")
    ('', '')
    """
    found = _SCHOOL_TAIL.search(name)
    return found[0] if found else ""


def numbered_school(rest: str) -> bool:
    """Whether a school's name left without its city is only its number and kind (五中, 4中,
    第二十五中学, 市一高, 高中), which every town's schools share: no name of the school alone
    (said with the road of its address it is: `gazetteer/_schools_by_road.py`). The matcher's
    rules on numbered names are `_not_over_another_number` and `inside_a_number`
    (`gazetteer/_match.py`).

    >>> [numbered_school(w) for w in ("五中", "4中", "市第二十五中学", "一高", "高级中学")]
    [True, True, True, True, True]
    >>> numbered_school("金明中学"), numbered_school("外国语中学")
    (False, False)
    """
    return _NUMBERED_SCHOOL.match(rest) is not None


def _station_short_forms(place: Place) -> list[str]:
    """A city's station by its side alone, as its own people say it (郑州东站 → 东站): every
    city has one, so the short form is a common name (lexicon), read back only with more.

    >>> from gazetteer._model import Admin
    >>> _station_short_forms(Place("x", "station", "郑州东站", "", Admin("河南省", "郑州市"),
    ...     0.0, 0.0, aliases=("郑州南站", "高铁东站")))
    ['东站', '南站']
    """
    city = _short_city(place.admin.city or "")
    if not city:
        return []
    return [
        name[len(city) :]
        for name in (place.name, *place.aliases)
        if name.startswith(city)
        and len(name) == len(city) + 2
        and name[-2] in "东西南北"
        and name.endswith("站")
    ]


def _station_city_letter_forms(place: Place) -> list[str]:
    """A city's station of a side said with the city's first character (郑州西站 → 郑西站,
    开封北站 → 开北站), as its people say it, from the station's own name and aliases; only for a
    city of two characters, and only with 站 (郑东 alone is 郑东新区).

    >>> from gazetteer._model import Admin
    >>> _station_city_letter_forms(Place("x", "station", "郑州航空港站", "",
    ...     Admin("河南省", "郑州市"), 0.0, 0.0, aliases=("郑州南站", "航空港站")))
    ['郑南站']
    """
    city = _short_city(place.admin.city or "")
    if len(city) != 2:
        return []
    return [
        city[0] + name[len(city) :]
        for name in (place.name, *place.aliases)
        if name.startswith(city)
        and len(name) == len(city) + 2
        and name[-2] in "东西南北"
        and name.endswith("站")
    ]


_HOUSE_NUMBER_END = re.compile(r"\d+号$")
# A road's section (明理路北段): its numbers are said with the road's name alone as well.
_SECTION_END = re.compile(r"(?<=[路街道])[东西南北中]段$")
# A site's recorded address ending in a road and a house number, after its divisions.
_SITE_ADDRESS = re.compile(r"([^省市区县镇乡]{2,}?(?:路|街|大道|大街|巷)(?:[东西南北中]段)?\d+号)$")


def _repeating_a_childs_address(places: Sequence[Place]) -> frozenset[str]:
    """The places whose recorded address is one of their children's (a hospital's record at
    its 院区's address, a university's at a campus's).

    >>> from gazetteer._model import Admin
    >>> h = Place("h", "hospital", "医院", "", Admin("河南省"), 0.0, 0.0, address="纬五路7号")
    >>> b = Place("b", "hospital_branch", "院区", "", Admin("河南省"), 0.0, 0.0,
    ...     address="纬五路7号", parent="h")
    >>> sorted(_repeating_a_childs_address([h, b]))
    ['h']
    """
    below = {(p.parent, p.address) for p in places if p.parent and p.address}
    return frozenset(p.id for p in places if (p.id, p.address) in below)


def _address_names(place: Place) -> list[str]:
    """A site's road and house number as a name of its own: said in full (心怡路199号), they
    name the site.

    >>> from gazetteer._model import Admin
    >>> _address_names(Place("x", "station", "郑州站", "", Admin("河南省"), 0.0, 0.0,
    ...     address="河南省郑州市二七区二马路82号"))
    ['二马路82号']
    """
    if place.kind in ("town", "village", "address") or not place.address:
        return []
    found = _SITE_ADDRESS.search(place.address)
    return [found[1]] if found else []


# A city district named for a people living there (管城回族区): said without it (管城区).
_ETHNIC_DISTRICT = re.compile(r"^(.{2,}?)[^区]{1,3}族区$")


def _county_word_forms(place: Place) -> list[str]:
    """An autonomous county's short name with its level word, as addresses write it
    (元江哈尼族彝族傣族自治县 → 元江县), and a district's without the people it is named for
    (管城回族区 → 管城区): said so, it must not read as a sound-alike county.

    >>> from gazetteer._model import Admin
    >>> _county_word_forms(Place("x", "district", "元江哈尼族彝族傣族自治县", "",
    ...     Admin("云南省"), 0.0, 0.0, aliases=("元江",)))
    ['元江县']
    >>> _county_word_forms(Place("x", "district", "管城回族区", "", Admin("河南省"), 0.0, 0.0))
    ['管城区']
    """
    ethnic = _ETHNIC_DISTRICT.match(place.name)
    if ethnic:
        return [ethnic[1] + "区"]
    for ending, word in _AUTONOMOUS:
        if place.name.endswith(ending):
            return [
                alias + word
                for alias in place.aliases
                if place.name.startswith(alias) and not alias.endswith(word)
            ]
    return []


def _own_names(place: Place) -> frozenset[str]:
    """A place's own names, normalised as terms, without the short forms made from them."""
    return frozenset(_term_of(name) for name in (place.name, place.full_name, *place.aliases))


def _term_of(name: str) -> str:
    """A name as a term: normalised, and without spaces unless it is Latin (typed pinyin).

    >>> _term_of("河南 大学"), _term_of("Henan Daxue")
    ('河南大学', 'henan daxue')
    """
    return normalise_text(name).replace(" ", "") if _has_han(name) else normalise_text(name)


# Endings of a 社区 name that say it is a street, a road or a village, not an estate.
_NOT_ESTATE = (
    "路",
    "街",
    "道",
    "巷",
    "村",
    "庄",
    "镇",
    "乡",
    "里",
    "站",
    "医院",
    "学",
    "学校",
    "厂",
)


def _estate_name(name: str) -> str | None:
    """The housing estate a 社区 (residents' community) is named after, if it is one.

    >>> _estate_name("馨怡家园社区"), _estate_name("东街社区"), _estate_name("人民路社区")
    ('馨怡家园', None, None)
    """
    stem = name.removesuffix("社区")
    if stem == name or len(stem) < 3 or stem.endswith(_NOT_ESTATE):
        return None
    return stem
