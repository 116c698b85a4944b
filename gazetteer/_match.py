"""Finding mentions: which spans of an utterance name which terms, and how surely.

Three passes, each cheaper to trust than the next:

1. exact Han substrings of a term (quality 1.0);
2. equal toneless pinyin, for speech-to-text homophones and typed pinyin (0.8–0.9);
3. fuzzy: terms sharing character or syllable bigrams, scored by Indel similarity
   (rapidfuzz `ratio`) over windows of the term's length (quality 0.92 × similarity).

Overlapping mentions are then thinned: a mention inside a longer, surer one (河南 inside
河南大学) is dropped, because the caller said the longer thing.
"""

from __future__ import annotations

import itertools
import re
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property

import numpy as np
import numpy.typing as npt
from rapidfuzz import process
from rapidfuzz.distance import Indel

from gazetteer._index import (
    DROPPED_FROM,
    NAMES,
    ROAD_WORDS,
    SCHOOL_NUMBER_AND_KIND,
    GramMatches,
    NameIndex,
    bigrams_of,
    school_tail,
)
from gazetteer._likeness import likeness
from gazetteer._normalise import han_runs, is_written, normalise_text

EXACT = 1.0
HOMOPHONE = 0.9  # every syllable equal to the term's default reading
HETERONYM = 0.85  # equal under some other reading of a written character
SHORT_HOMOPHONE = 0.6  # two-syllable sound-alikes are common by chance
LATIN = 0.9
FUZZY = 0.92
FUZZY_THRESHOLD = 0.7
NEAR_THRESHOLD = 0.85
FUZZY_TERMS = 40
NEAR_TERMS = 8
MAX_COMBINATIONS = 16
# A name said with one of its characters lost: as sure as a homophone.
DROPPED = 0.9
# Indel similarity of a name and words one character away from it, for names of 4+ characters.
ONE_EDIT = 0.88
# A name read through one look-alike character (古荣镇 as 古荥镇), as sure as one heard under
# another reading of a character; names shorter than LOOK_ALIKE_FROM are alike by chance.
LOOK_ALIKE = 0.85
LOOK_ALIKE_FROM = 3
_COUNTY_LEVELS = frozenset("县市区")
# The quality left to a name said as part of a road's name: below SURE in the resolver.
ROAD_WORD = 0.8
_HOUSE_NUMBER = re.compile(r"\d+号")
# Words for an institution's staff housing (轻工家属院): a place of the institution's, said after
# its name.
HOUSING_WORDS = ("家属院", "家属区", "家属楼", "宿舍")
# Words written after a name to point at it (市一院那, 鼓楼这): never the end of a name heard.
_POINTING = frozenset("那这")


@dataclass(frozen=True, slots=True)
class Mention:
    """A span [start, end) of an utterance's units that names a term."""

    utterance: int
    start: int
    end: int
    term: int
    quality: float
    how: str  # exact, pinyin, latin, fuzzy, look (a look-alike character), …

    @property
    def weight(self) -> float:
        return self.quality * (self.end - self.start)

    def inside(self, other: Mention) -> bool:
        return (
            self.utterance == other.utterance
            and other.start <= self.start
            and self.end <= other.end
            and (self.start, self.end) != (other.start, other.end)
        )

    def overlaps(self, other: Mention) -> bool:
        return (
            self.utterance == other.utterance and self.start < other.end and other.start < self.end
        )


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of one utterance: Han characters, or Latin pinyin syllables."""

    offset: int
    units: tuple[str, ...]
    readings: tuple[tuple[str, ...], ...]
    han: bool


@dataclass(frozen=True, slots=True)
class Utterance:
    text: str  # normalised, filler removed
    segments: tuple[Segment, ...]
    length: int  # units in all segments


# A pause typed between pinyin words (kai feng fu, you ren): normalising makes it a space like
# the one between syllables, so it is first written as a word of its own that no name holds.
_LATIN_PAUSE = re.compile(r"(?<=[A-Za-z])\s*[,.;!?，。；！？、]+\s*(?=[A-Za-z])")
# A side's gate said with 口 (南门口, 东门口, 北大门口), or a side with 上 (东边上): the filler
# 门口 or 边上 would take the gate or the side word and leave the side at the end of the name
# before it (儿童医院南, read as its 南院区); only the 口 or the 上 goes.
_SIDE_GATE_SAID = re.compile("(?<=[东西南北]门)口|(?<=[东西南北]大门)口|(?<=[东西南北]边)上")
_PAUSE_WORD = "qxpausexq"
# The kind of place said after a pause (zi jing shan, gong yuan): the name said in two breaths,
# read whole, as written words are read across a pause.
_KIND_AFTER_A_PAUSE = re.compile(
    f" {_PAUSE_WORD} (?=(?:gong ?yuan|guang ?chang|ye ?shi|shi ?chang|xiao ?qu|yi ?yuan|"
    "da ?xue|xue ?xiao|huo ?che ?zhan|di ?tie ?zhan|zhan|fen ?yuan|yuan ?qu)(?: |$))"
)


def read_utterance(index: NameIndex, raw: str) -> Utterance:
    """Normalise an utterance and cut it into segments of units (characters or syllables).
    Typed pinyin is cut at a pause, typed or where filler was (kai feng fu, you ren and
    kaifengfu limian you ren are not 开封妇幼): a name is not read across it, unless all that
    follows is the kind of place (zi jing shan, gong yuan); written words are read across one as
    before (郑州，东站)."""
    marked = _KIND_AFTER_A_PAUSE.sub(
        " ",
        index.fillers.remove(
            normalise_text(_SIDE_GATE_SAID.sub(" ", _LATIN_PAUSE.sub(f" {_PAUSE_WORD} ", raw))),
            _PAUSE_WORD,
        ),
    )
    text = " ".join(w for w in marked.split(" ") if w != _PAUSE_WORD)
    segments: list[Segment] = []
    offset = 0
    for written, run in _runs(index, marked):
        if written:
            units = tuple(run)
            readings = tuple(index.reader.query_readings(run))
            segment = Segment(offset, units, readings, han=True)
        else:
            syllables = index.reader.split_latin(run)
            pieces = tuple(syllables) if syllables else tuple(run.split())
            segment = Segment(offset, pieces, tuple((p,) for p in pieces), han=False)
        segments.append(segment)
        offset += len(segment.units)
    return Utterance(text=text, segments=tuple(segments), length=offset)


def _runs(index: NameIndex, text: str) -> list[tuple[bool, str]]:
    """Runs of written words and runs of typed pinyin. A Latin word that is not pinyin (CBD,
    ZZU) is written letter by letter, as names hold it (郑东新区CBD): it joins the written
    words beside it, so that 郑东CBD is matched as one name.

    >>> from types import SimpleNamespace
    >>> from gazetteer._pinyin import PinyinReader
    >>> _runs(SimpleNamespace(reader=PinyinReader({})), "郑东 cbd zheng dong")
    [(True, '郑东cbd'), (False, 'zheng dong')]
    """
    runs: list[tuple[bool, str]] = []

    def add(written: bool, run: str) -> None:
        if runs and runs[-1][0] == written:
            runs[-1] = (written, runs[-1][1] + ("" if written else " ") + run)
        else:
            runs.append((written, run))

    for run in han_runs(text):
        if is_written(run[0]):
            add(True, run)
            continue
        for word in run.split():
            if word == _PAUSE_WORD:
                if runs and not runs[-1][0]:
                    runs.append((False, ""))  # the next pinyin word starts a run of its own
                continue
            pinyin = index.reader.split_latin(word) is not None or not word.isascii()
            add(not pinyin, word)
    return [(written, run.strip()) for written, run in runs if run.strip()]


_Keep = Callable[["Mention"], None]


class NearTerms:
    """The terms of the places around the caller, with their names and sounds read once for
    the whole call: every segment of every utterance is compared with them all.

    >>> from types import SimpleNamespace
    >>> from gazetteer._columns import StringColumn
    >>> index = SimpleNamespace(
    ...     terms=StringColumn(["达众金花园", "龙子湖"]),
    ...     term_sound=StringColumn(["da zhong jin hua yuan", "long zi hu"]),
    ... )
    >>> near = NearTerms(index, np.array([1, 0], dtype=np.int32))  # type: ignore[arg-type]
    >>> len(near), near.names, near.sounds
    (2, ['龙子湖', '达众金花园'], ['longzihu', 'dazhongjinhuayuan'])
    """

    def __init__(self, index: NameIndex, ids: npt.NDArray[np.int32]) -> None:
        self.ids = ids
        self._index = index

    def __len__(self) -> int:
        return len(self.ids)

    @cached_property
    def names(self) -> list[str]:
        return self._index.terms.take(self.ids)

    @cached_property
    def sounds(self) -> list[str]:
        return [s.replace(" ", "") for s in self._index.term_sound.take(self.ids)]


def find_mentions(
    index: NameIndex, utterance: Utterance, number: int, near: NearTerms | None = None
) -> list[Mention]:
    """Every mention in one utterance, thinned of those inside a longer, surer one.

    `near` holds the terms of places around the caller's position: they are compared with
    what was said even when it already names a place exactly (达金花园 said, 达众金花园 the
    one next door), because a caller's words lose characters more often than a position
    errs by tens of kilometres.
    """
    found: dict[tuple[int, int, int], Mention] = {}

    def keep(mention: Mention) -> None:
        key = (mention.start, mention.end, mention.term)
        current = found.get(key)
        # A look-alike of the same words never takes the place of the name heard whole by its
        # sound (shao lin si for 少林寺): the loose reading would yield where the sound holds.
        if current is None or (
            mention.quality > current.quality
            and not (mention.how in _LOOSE_HOWS and current.how not in _LOOSE_HOWS)
        ):
            found[key] = mention

    for segment in utterance.segments:
        if segment.han:
            _exact(index, segment, number, keep)
            _missing_one(index, segment, number, keep)
            _look_alike(index, segment, number, keep)
            _swapped(index, segment, number, keep)
        _by_sound(index, segment, number, keep)
        explained = _fully_explained(index, segment, found.values())
        # Terms sharing the segment's bigrams: gathered once, read for look-alikes and for
        # names one edit away.
        alike: GramMatches | None = None
        if not explained:
            alike = index.gram_matches(_grams(segment))
            _fuzzy(index, segment, number, keep, alike.best(FUZZY_TERMS))
        if near is not None and len(near):
            # Words that already name a place exactly yield only to a near name that differs
            # by about a character (达金花园 → 达众金花园), not to any near look-alike
            # (河南大学 is not 河南科技大学 because the caller stands by the latter).
            threshold = NEAR_THRESHOLD if explained else FUZZY_THRESHOLD
            terms = _closest(segment, near)
            _fuzzy(index, segment, number, keep, terms, how="near", threshold=threshold)
        if segment.han and _read_by_sound_only(segment, found.values()):
            # Written words that name a place only by their sound (河南省肿医院 as 河南省中医院)
            # may as well have lost a character of another name (河南省肿瘤医院): names one
            # edit from the words as written stay in the running, so the two are weighed.
            # A name one edit away shares all but a bigram or two: it ranks among the first.
            if alike is None:
                alike = index.gram_matches(_grams(segment))
            terms = alike.best(NEAR_TERMS)
            _fuzzy(index, segment, number, keep, terms, how="edit", threshold=ONE_EDIT)
    _across_scripts(index, utterance, number, keep)
    ways = _ways_said(index, utterance)
    meaningful = [
        m if _town_in_full(index, m) else _in_road_name(index, utterance, m)
        for m in found.values()
        if not _generic(index, utterance, m)
        and not _loosely_over_a_road(index, utterance, m)
        and not _inside_a_way_word(m, ways)
    ]
    meaningful = _past_a_road_word(index, utterance, meaningful)
    meaningful = _fuzzy_into_the_next_phrase(index, utterance, meaningful)
    meaningful = _loose_over_a_way_or_number(index, utterance, meaningful)
    meaningful = _not_over_another_number(index, utterance, meaningful)
    meaningful = _not_a_site_by_the_side_said(index, utterance, meaningful)
    mentions = _in_street_names(
        index,
        utterance,
        _initials_where_addresses_begin(
            index,
            utterance,
            _small_places_where_said(
                index,
                utterance,
                # After thinning: the look-alike still hides what it reads over.
                _look_alikes_across_a_cut_name(
                    index,
                    utterance,
                    _alikes_only_in_a_name_said(
                        index,
                        utterance,
                        _thin(
                            _word_ends(utterance),
                            _against_said_cities(
                                index,
                                _over_another_name(
                                    index,
                                    _across_exact_names(
                                        index, _bring_new_words(utterance, meaningful)
                                    ),
                                ),
                            ),
                        ),
                    ),
                ),
            ),
        ),
    )
    return mentions + _towns_typed_wrong_after_their_county(index, utterance, mentions)


# The level words of a town's name (雁鸣湖镇, 刁家乡), and a word said between a county and
# one of its towns (新密市的牛店镇).
_TOWN_LEVELS = ("镇", "乡")
_BETWEEN_COUNTY_AND_TOWN = ("", "的")


def _towns_typed_wrong_after_their_county(
    index: NameIndex, utterance: Utterance, mentions: list[Mention]
) -> list[Mention]:
    """A town of the county said right before it, typed with one character of its name wrong
    (中牟县雁呜湖镇, 新密市午店镇, 杞县邢囗镇): words that end as a town does and are no name
    held, one character off the name of one of that county's towns (its level word and length
    the same, three characters or more), are that town. The county said narrows the slip to its
    own dozen or two towns; only a character the look-alike groups hold is read so elsewhere."""
    found: list[Mention] = []
    for county in mentions:
        if county.how != "exact":
            continue
        # The counties the words name (新郑, also a college's campus by the city's name).
        counties = counties_named(index, county.term)
        towns = [
            town
            for place in counties
            for town in index.children.get(place, ())
            if index.places.kind(town) == "town"
            and len(index.places.name(town)) >= LOOK_ALIKE_FROM
            and index.places.name(town).endswith(_TOWN_LEVELS)
        ]
        for between in _BETWEEN_COUNTY_AND_TOWN:
            start = county.end + len(between)
            if units_said(utterance, county.end, start, written_only=True) != between:
                continue
            for town in towns:
                name = index.places.name(town)
                end = start + len(name)
                said = units_said(utterance, start, end, written_only=True)
                if len(said) != len(name) or said[-1] != name[-1]:
                    continue
                if sum(a != b for a, b in zip(said, name, strict=True)) != 1:
                    continue
                if index.term_ids([said])[0] is not None:
                    continue  # a name as written stays that name
                if any(_one_dropped(said, index.places.name(other)) for other in towns):
                    continue  # 大店镇: 大冶镇 typed wrong, or 大金店镇 said short; which, unsaid
                term = index.term_ids([normalise_text(name)])[0]
                if term is not None and not any(
                    m.term == term and m.start == start for m in mentions
                ):
                    found.append(Mention(county.utterance, start, end, term, LOOK_ALIKE, "look"))
    return found


def counties_named(index: NameIndex, term: int) -> list[int]:
    """The counties (districts with a six-digit code) whose names the words of `term` are."""
    return [
        link.place
        for link in index.links(term)
        if link.weight >= NAMES
        and index.places.kind(link.place) == "district"
        and len(index.division_prefix.get(link.place, "")) == 6
    ]


def _one_dropped(said: str, name: str) -> bool:
    """Whether the words are the name with one character left out."""
    return len(said) + 1 == len(name) and any(
        name[:k] + name[k + 1 :] == said for k in range(len(name))
    )


# Units of a name on each side of a change of script for it to be read across one: a syllable
# and a character beside it are alike by chance.
_ACROSS_SCRIPTS = 2
# Units of a name read across scripts that take in a typed word whole (kaifeng府, 郑州dong站):
# the caller typed that part of the name, and the words around it are the rest of it. The typed
# word is written against the characters it joins, or set apart inside the name (郑州 xi 站):
# one set apart at a name's edge (在二七，ta晕倒了, 郑大 yi 个) is a word of its own (他, 一).
_WHOLE_WORD_NAME = 3


def _across_scripts(index: NameIndex, utterance: Utterance, number: int, keep: _Keep) -> None:
    """Names said half in typed pinyin and half in characters (zhu xian zhen 岳飞庙 for
    朱仙镇岳飞庙, kaifeng府 for 开封府, 郑州dong站 for 郑州东站), heard by their sound across
    the change of script: with two units of the name on each side of it, or with the typed
    words taken in whole."""
    segments = utterance.segments
    if all(segment.han == segments[0].han for segment in segments):
        return
    joined = Segment(
        segments[0].offset,
        tuple(unit for segment in segments for unit in segment.units),
        tuple(reading for segment in segments for reading in segment.readings),
        han=False,
    )
    boundaries = [after.offset for before, after in itertools.pairwise(segments)]
    typed = [(s.offset, s.offset + len(s.units)) for s in segments if not s.han]
    glued = _written_against(utterance)

    def across(mention: Mention) -> bool:
        crossed = [b for b in boundaries if mention.start < b < mention.end]
        if not crossed:
            return False
        if all(
            mention.start <= b - _ACROSS_SCRIPTS and b + _ACROSS_SCRIPTS <= mention.end
            for b in crossed
        ):
            return True
        touched = [(a, z) for a, z in typed if a < mention.end and mention.start < z]
        return (
            mention.end - mention.start >= _WHOLE_WORD_NAME
            and all(mention.start <= a and z <= mention.end for a, z in touched)
            and (
                all(b in glued for b in crossed)
                or all(mention.start < a and z < mention.end for a, z in touched)
            )
        )

    def keep_across(mention: Mention) -> None:
        if across(mention):
            keep(mention)

    _by_sound(index, joined, number, keep_across)


def _written_against(utterance: Utterance) -> set[int]:
    """The changes of script (as the offset of the unit after them) written with nothing
    between the two sides (kaifeng府, 郑州dong站), not after a space or a pause (二七 ta).

    >>> from types import SimpleNamespace as S
    >>> said = S(text="郑州dong站 ta", segments=(
    ...     S(offset=0, units=("郑", "州")), S(offset=2, units=("dong",)),
    ...     S(offset=3, units=("站",)), S(offset=4, units=("ta",))))
    >>> sorted(_written_against(said))
    [2, 3]
    """
    text = utterance.text
    at = 0
    glued: set[int] = set()
    for segment in utterance.segments:
        for k, unit in enumerate(segment.units):
            apart = False
            while text.startswith(" ", at):
                at += 1
                apart = True
            if not text.startswith(unit, at):
                return glued  # the units are not the text as written: none is taken as glued
            if k == 0 and segment.offset and not apart:
                glued.add(segment.offset)
            at += len(unit)
    return glued


def _fuzzy_into_the_next_phrase(
    index: NameIndex, utterance: Utterance, mentions: list[Mention]
) -> list[Mention]:
    """Drop a loose or sound reading that takes in words past a pause (起县，城里头 read as
    杞县政府 over 起县城, 西门大街……往 as 西门大街院区) when the words before the pause name a
    place of their own (起县 as 杞县) and those after it do not: the caller ended the name at
    the pause, and the words after it begin another phrase. Words after the pause that go on
    with the name as written, up to the next pause (银基……冰雪……门口, 银基冰雪世界), are the
    name said in pieces by a caller whose words break off: the reading stays."""
    pauses = pause_starts(utterance)
    spans = {(m.start, m.end) for m in mentions if m.how != "fuzzy"}
    # Words after the pause that name a place themselves (龙庭区，午朝门) are a name said on.
    named = {m.start for m in mentions if m.how != "fuzzy"}

    def name_said_on(m: Mention, p: int) -> bool:
        # The words from the name's start to the pause after `p` (or its end), two or more
        # past `p`, written in the name as they are said.
        end = min([q for q in pauses if p < q < m.end] or [m.end])
        said = units_said(utterance, m.start, end, written_only=True)
        return end - p >= _PIECE_SAID_ON and said in str(index.terms[m.term])

    return [
        m
        for m in mentions
        if not (
            m.how in ("fuzzy", "pinyin")
            and any(
                m.start + 2 <= p < m.end
                and (m.start, p) in spans
                and p not in named
                and not name_said_on(m, p)
                for p in pauses
            )
        )
    ]


# Words said after a pause, at least this many, that go on with a name read across it.
_PIECE_SAID_ON = 2


# A way of travel said (往南走, 向东开, 朝北拐): its 往 is no part of a name.
# A way said, or the side of a bound (西三环以内, 往里): neither is a slip in a name read loosely
# over it (以内建设路 as 开封市建设路).
_WAY_SAID = re.compile("[往向朝][东西南北里外]|以[内里外]")
_WAYS_TO = frozenset("往向朝")
_WAY_GONE = re.compile("[东西南北][走开拐去转]")


# A way of travel by what carries the caller (公交, 地铁): no part of a name read loosely.
_CARRIER_SAID = re.compile("公交|地铁")
# Where the caller heads (往郑州方向, 开封方向): a direction, never a slip in a name (郑州方特).
_HEADING_SAID = re.compile("方向")
# The shore of water the caller is on (包公湖东岸): never a slip in a name read loosely over it
# (包公湖东岸 as 包公湖院区). 湖边 is not: said inside the name (西流湖 湖边 公园) it is the
# caller telling the place again.
_SHORE_SAID = re.compile("[东西南北]岸")


# A house number said (9号, 九号, 127号): the number and its 号.
_NUMBER_SAID = re.compile("[0-9零〇一二三四五六七八九十百千两]+号")
_LOOSE_HOWS = frozenset({"fuzzy", "edit", "pinyin", "sound"})
# A part of a hospital the caller is at (住院部, 急诊科, 门诊楼): what every hospital has, never
# a slip inside a 院区's name (市中医院住院部 is not 市中医院汝河路院区 misheard).
_HOSPITAL_PART_SAID = re.compile("住院部|住院楼|门诊部|门诊楼|急诊[科部室楼]?|病房楼?|手术室|产房")


def _loose_over_a_way_or_number(
    index: NameIndex, utterance: Utterance, mentions: list[Mention]
) -> list[Mention]:
    """Drop a loose reading that takes in, as if it were a slip, a way of travel (郑大一附院往南走
    read as 郑大一附院南, the 南院区; 公交文化路 as 农大文化路; 往郑州方向 as 郑州方特 short of
    its last), a shore (包公湖东岸 as 包公湖院区) or a house number (纬五路9号院 read as
    纬五路院区, 康复前街5号楼 as 康复前街院区), a name that is only the way and the going
    (文化路往南开 read as 南开), or a part of a hospital after a name said whole (市中医院住院部
    read as 市中医院汝河路院区): the caller said which way they go, or where on the road, by the
    water or in the hospital they are, not a name. A name that holds a
    way or a number of its own is left as it is (人民路西段6号 is weighed number against number
    elsewhere)."""
    kept = []
    for m in mentions:
        before = units_said(utterance, max(0, m.start - 1), m.start, written_only=True)
        if before in _WAYS_TO and _WAY_GONE.fullmatch(units_said(utterance, m.start, m.end)):
            # 往南开 is driving south, not 天津's 南开.
            continue
        name = str(index.terms[m.term])
        if m.how in _LOOSE_HOWS or m.how == "dropped":
            # The word it ends in, one unit on: 郑州方 of 往郑州方向 is 方向 cut, not 郑州方特.
            into = units_said(utterance, m.start, m.end + 1, written_only=True)
            if _takes_in(_HEADING_SAID, into, name):
                continue
        if m.how in _LOOSE_HOWS:
            said = units_said(utterance, m.start, m.end, written_only=True)
            if any(way[0] not in name for way in _WAY_SAID.findall(said)):
                continue
            if _takes_in(_CARRIER_SAID, said, name) or _shore_taken_in(said, name):
                continue
            if not _NUMBER_SAID.search(name) and _NUMBER_SAID.search(said):
                continue
            if _a_name_then_a_part(utterance, m, name, mentions):
                continue
        kept.append(m)
    return kept


# A number said, in figures or in words (41, 四十一, 一〇三): a run of numerals.
_NUMERALS = re.compile("[0-9零〇一二两三四五六七八九十百千]+")
_DIGIT_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("零〇一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True)),
}
_PLACE_VALUES = {"十": 10, "百": 100, "千": 1000}
# Two numerals said together, of one number: both figures or both words (二十, 21; not 0三).
_ONE_NUMBER = re.compile("[0-9]{2}|[零〇一二两三四五六七八九十百千]{2}")
# Readings by sound: the words heard as the name, unit for unit.
_BY_SOUND = frozenset({"pinyin", "sound"})
# A school's number and kind said (五中, 4中, 一高, 高中).
_SCHOOL_NUMBERS = re.compile(SCHOOL_NUMBER_AND_KIND)
# A floor said (二楼, 3层, 十二楼): where in a building the caller is. A name read loosely over
# it that lacks it reads the floor's numeral as the name's own (开封市二楼 as 开封市二院,
# 郑州一楼 as 郑州一院): the caller said a storey, not a hospital's number and kind.
_FLOOR_SAID = re.compile("[0-9一二两三四五六七八九十百]+[楼层]")


def numbers_in(words: str) -> tuple[int, ...]:
    """The numbers words say, by value: in figures or in words, one number (四十一, 41); digit
    by digit where no 十, 百 or 千 is said (一〇三 is 103, 二七 is 27).

    >>> numbers_in("郑州市第四十一中学"), numbers_in("郑州41中"), numbers_in("十一中")
    ((41,), (41,), (11,))
    >>> numbers_in("一〇三中学"), numbers_in("一百零三"), numbers_in("二七广场")
    ((103,), (103,), (27,))
    >>> numbers_in("文化路")
    ()
    """
    found = []
    for run in _NUMERALS.findall(words):
        if not any(unit in _PLACE_VALUES for unit in run):
            found.append(int("".join(str(_DIGIT_VALUES[unit]) for unit in run)))
            continue
        value, digit = 0, None
        for unit in run:
            if unit in _PLACE_VALUES:
                value += (1 if digit is None else digit) * _PLACE_VALUES[unit]
                digit = None
            else:
                digit = _DIGIT_VALUES[unit]
        found.append(value + (digit or 0))
    return tuple(found)


def inside_a_number(utterance: Utterance, start: int, end: int) -> bool:
    """Whether the words from `start` to `end` begin or end inside a longer number said (十一中
    of 二十一中学, 1中 of 21中): a name read there is read out of the middle of the caller's
    number. Not across a pause (国贸360 三楼), nor from figures into words (360三楼).

    >>> said = Utterance("第二十一中学", (Segment(0, tuple("第二十一中学"), (), True),), 6)
    >>> inside_a_number(said, 2, 5), inside_a_number(said, 1, 5)
    (True, False)
    """
    pauses = pause_starts(utterance)
    for k in (start, end):
        pair = units_said(utterance, k - 1, k + 1, written_only=True) if k > 0 else ""
        if len(pair) == 2 and k not in pauses and _ONE_NUMBER.fullmatch(pair):
            return True
    return False


def _not_over_another_number(
    index: NameIndex, utterance: Utterance, mentions: list[Mention]
) -> list[Mention]:
    """Drop a reading of a numbered name over words that do not say its number: the number is
    what the caller said most surely, and a name with another is another place, however alike
    the rest. Three ways words fail to say it:

    - they say another number (郑州市第四十一中学 read loosely as 第十一中学, 十九中 heard as
      市九中); numbers are weighed by value (郑州4中 is 郑州四中);
    - the name is read whole out of the middle of a longer number (十一中 in 二十一中学, 九中 in
      四十九中: `inside_a_number`);
    - a school's short name, whose number and kind are what name it (五中, 一高, 高中: every
      town has one of each), is read loosely over written words that say no such number and kind
      (开封五一路 as 开封五中, 杞县医疗 as 杞县一高, 开封高速 as 开封高中, 郑州二中 as 郑州二十中):
      they are its town and other words, or another school's number.

    Kept: a loose reading of another numbered name over words that say no number (typed pinyin,
    a slip) or part of the name's (国贸三六 for 国贸三六零, 二广场 for 二七广场: a numeral lost);
    one by sound that hears a word as a numeral (而七广场 as 二七广场, 杞县一搞 as 杞县一高); and a
    name holding a house number (人民路西段6号), which is weighed number against number with the
    address. The index makes no name of a school's number and kind alone (`numbered_school`)."""
    kept = []
    for m in mentions:
        name = str(index.terms[m.term])
        words = units_said(utterance, m.start, m.end, written_only=True)
        loose = m.how == "dropped" or (m.how in _LOOSE_HOWS and m.how not in _BY_SOUND)
        if loose and _school_number_unsaid(utterance, m, name, words):
            continue
        if loose and (_takes_in(_FLOOR_SAID, words, name) or _ends_in_a_quantity(utterance, m)):
            continue
        named = numbers_in(name)
        if not named or _NUMBER_SAID.search(name):
            kept.append(m)
            continue
        if inside_a_number(utterance, m.start, m.end):
            continue
        if m.how in _BY_SOUND:
            # Heard alike, unit for unit: a numeral said is that numeral in the name (十九中 is
            # not 市九中), though a word heard as a numeral may be one (而七广场 is 二七广场).
            if len(words) == len(name) and any(
                _NUMERALS.fullmatch(w) and numbers_in(w) != numbers_in(n)
                for w, n in zip(words, name, strict=True)
            ):
                continue
        elif loose:
            said = _numbers_between_pauses(utterance, m.start, m.end)
            if said and not _within(_figures(said), _figures(named)):
                continue
        kept.append(m)
    return kept


# A side of a place said with its gate, side, edge, way in or wall (东门, 南边, 西侧, 北头, 东面,
# 东口, 南墙), its main gate (东大门) or a corner or the gate there (东北角, 西南门).
_SIDE_SAID = re.compile("[东西南北](?:[门侧边面头口墙]|大门|[东西南北][角门])")
# The words a site is named with after its side (东院区, 北校区, 南院, 西区).
_NAMED_BY_SIDE = frozenset("院校区")
# Sites named by their side (郑东院区 said 一附院东院区, 北校区 said 郑大北校区), and the places
# whose name the side follows when the caller speaks of its gate (一附院, 郑大, 省医).
_SITES = frozenset({"campus", "hospital_branch"})
_SITE_HOLDERS = frozenset({"university", "hospital", "campus", "hospital_branch"})
# The words a hospital's or a university's name ends with, held as a name or not (儿童医院).
_HOLDER_WORDS = ("医院", "大学", "学院")


def _not_a_site_by_the_side_said(
    index: NameIndex, utterance: Utterance, mentions: list[Mention]
) -> list[Mention]:
    """Drop a reading of a site named by its side (一附院东院区, 郑大北校区, 省医南院区, or their
    short forms 一附院东, 郑大北, 省医南) over words where the caller said that side of the place
    with its gate, side or edge (一附院东门, 郑大北门外头, 省医南边): the side is where at the
    hospital or university the caller stands, whichever of its sites has that gate, not the
    site named by it, which lies kilometres away in another district and was read back to
    confirm. What the words before the side name (一附院, 郑大, 省医) is read instead, and which
    site is asked. The site said whole, with a gate of its own (郑航东校区北门), stays."""
    pauses = pause_starts(utterance)
    kept = []
    for m in mentions:
        said = units_said(utterance, m.start, m.end, written_only=True)
        # The words after the reading, up to a pause: the gate, side or corner said after the
        # side the reading ends on (一附院东 of 一附院东门, 一附院东北角, 郑大东大门).
        for after in (m.end, m.end + 1):
            if after in pauses:
                break
            said += units_said(utterance, after, after + 1, written_only=True)
        side = _SIDE_SAID.search(said)
        # Said apart from the name (郑大一附院，东边那个院区), the side is the caller naming which
        # site; said against it (一附院东门), where at the place they are.
        if side is None or m.start + side.start() in pauses:
            kept.append(m)
            continue
        name = str(index.terms[m.term])
        if index.names_kind(m.term, _SITES) and any(
            _named_by_side(index, name, name.rfind(s)) for s in side.group()[:2] if s in "东西南北"
        ):
            continue
        # A loose reading that takes in the side and its gate said after a hospital or a
        # university (郑大南侧 as 郑大大学路, 儿童医院西门 as 儿童医院地铁站): the gate is not a
        # slip in another name.
        before = said[: side.start()]
        if (
            m.how in _LOOSE_HOWS
            and side.end() <= m.end - m.start
            and side.group() not in name
            and (before.endswith(_HOLDER_WORDS) or index.holds_name(before, _SITE_HOLDERS))
        ):
            continue
        kept.append(m)
    return kept


def _named_by_side(index: NameIndex, name: str, at: int) -> bool:
    """Whether a site's name holds the side at `at` after its hospital's or university's name
    (一附院东 and 一附院东院区, 省医南院区, 儿童医院西区)."""
    return (
        at >= 2
        and (at == len(name) - 1 or name[at + 1] in _NAMED_BY_SIDE)
        and (name[:at].endswith(_HOLDER_WORDS) or index.holds_name(name[:at], _SITE_HOLDERS))
    )


def _ends_in_a_quantity(utterance: Utterance, mention: Mention) -> bool:
    """Whether a reading ends on a numeral the caller said with its measure word after it
    (开封市二 of 开封市二楼, read as 开封市二院 short of its 院): the numeral counts storeys or
    things, and the name's own kind after it was never said."""
    if mention.end in pause_starts(utterance):
        return False
    pair = units_said(utterance, mention.end - 1, mention.end + 1, written_only=True)
    return len(pair) == 2 and _cuts_a_quantity(pair, 0, 1)


def _school_number_unsaid(utterance: Utterance, mention: Mention, name: str, words: str) -> bool:
    """Whether written words read as a school's short name say no number and kind of it, by
    value (杞县医疗 for 杞县一高; 郑州二中 for 郑州二十中; 郑州5中 says 郑州五中's)."""
    tail = school_tail(name)
    if not tail or words != units_said(utterance, mention.start, mention.end):
        return False  # not a school's short name, or typed in pinyin in part
    want = (numbers_in(tail), tail[-1])
    return all((numbers_in(t), t[-1]) != want for t in _SCHOOL_NUMBERS.findall(words))


def _numbers_between_pauses(utterance: Utterance, start: int, end: int) -> tuple[int, ...]:
    """The numbers said from `start` to `end`, a pause ending one (二，二王城 says 二 twice, not
    二十二), and a number said again after a pause counted once (市六…六院: the caller
    repeating themselves)."""
    pauses = pause_starts(utterance)
    cuts = [start, *sorted(k for k in pauses if start < k < end), end]
    found: list[int] = []
    for a, b in itertools.pairwise(cuts):
        for number in numbers_in(units_said(utterance, a, b, written_only=True)):
            if not found or found[-1] != number or a not in pauses:
                found.append(number)
    return tuple(found)


def _figures(numbers: tuple[int, ...]) -> str:
    return " ".join(str(n) for n in numbers)


def _within(part: str, whole: str) -> bool:
    """Whether `part`'s characters are `whole`'s, in order, some perhaps left out (36 of 360)."""
    rest = iter(whole)
    return all(char in rest for char in part)


def _takes_in(words: re.Pattern[str], said: str, name: str) -> bool:
    """Whether the words said hold one of `words` that the name read over them lacks."""
    return any(word not in name for word in words.findall(said))


def _shore_taken_in(said: str, name: str) -> bool:
    """Whether the words said hold a shore (东岸) the name read over them lacks, and the name
    does not go on past it: 西流湖 东岸 公园 is 西流湖公园 told with where on it the caller is,
    包公湖东岸 is no 包公湖院区."""
    for shore in _SHORE_SAID.finditer(said):
        rest = said[shore.end() :]
        if shore.group() not in name and not (rest and name.endswith(rest)):
            return True
    return False


def _a_name_then_a_part(
    utterance: Utterance, loose: Mention, name: str, mentions: list[Mention]
) -> bool:
    """Whether a loose reading spans a name said whole and then a part of a hospital its own
    name lacks (市中医院 + 住院部), the name as written or short of a character (市肿医院). A
    short name the caller ran into the part (二中医住院部, 二中医院 read over 二中医住) is no
    name said whole, and its loose reading stays."""
    for whole in mentions:
        if whole.how not in _SAID_WHOLE or not loose.start <= whole.start < whole.end < loose.end:
            continue
        if whole.how == "dropped" and whole.start != loose.start:
            continue  # a chance short reading inside the words (巩…市人民…院 as 省人民院)
        after = units_said(utterance, whole.end, loose.end, written_only=True)
        part = _HOSPITAL_PART_SAID.match(after)
        if part and part.group() not in name:
            return True
    return False


def _alikes_only_in_a_name_said(
    index: NameIndex, utterance: Utterance, mentions: list[Mention]
) -> list[Mention]:
    """Drop the look-alikes that agree with the words only in a shorter name said whole
    (`_alike_only_in_a_name_said`); after thinning, as a look-alike across a cut name is: what
    it read over stays hidden, the name said whole was never thinned by it (it is surer)."""
    return [
        m
        for m in mentions
        if not (
            m.how == "fuzzy"
            and _alike_only_in_a_name_said(index, utterance, m, str(index.terms[m.term]), mentions)
        )
    ]


def _alike_only_in_a_name_said(
    index: NameIndex, utterance: Utterance, alike: Mention, name: str, mentions: list[Mention]
) -> bool:
    """Whether a look-alike agrees with the words only in a shorter name said whole at its
    start, the words it reads on over sharing no character with the rest of its name, or after
    a name of three characters or more heard by its sound at most half of theirs (相国寺后院烧香
    read as 相国寺大市场 over 相国寺 said as written; 耳期广场地下通道 read as 二七广场地铁站
    over 二七广场 heard by its sound, 地 the only character of 地铁站): the caller said the
    shorter name and went on to say where in it they are, not the longer one misheard."""
    for whole in mentions:
        if whole.start != alike.start or not whole.end < alike.end:
            continue
        if whole.how == "exact":
            said = units_said(utterance, whole.start, whole.end, written_only=True)
        elif (
            whole.how == "pinyin"
            and whole.quality >= HOMOPHONE
            # Not a division's name (中木雁明湖 for the town 中牟雁鸣湖): a site is named after
            # it (中牟雁鸣湖景区), and the sound may be the site's said short. A name that is a
            # site's own as well (龙子湖, and 蚌埠's 龙子湖区) is that site said whole.
            and not (
                any(index.places.kind(link.place) in _DIVISIONS for link in index.links(whole.term))
                and all(index.places.kind(p) in _DIVISIONS for p in index.places_named(whole.term))
            )
        ):
            said = str(index.terms[whole.term])
        else:
            continue
        if not said or not name.startswith(said):
            continue
        rest = set(units_said(utterance, whole.end, alike.end, written_only=True))
        shared = len(rest & set(name[len(said) :]))
        # After a name heard by its sound of three characters or more, words on may share a
        # character with the rest by chance (地下, 地铁站); after a written one (荥阳市 政务服务
        # 中心, 荥阳市人民政府) or a two-character one (二七 in 二七广汤, a slip of 二七广场), a
        # character shared is the look-alike reading a slip or the same place.
        loose = whole.how == "pinyin" and whole.end - whole.start >= 3
        if rest and (shared == 0 or (loose and 2 * shared <= len(rest))):
            return True
    return False


# Places whose names sites are named after (雁鸣湖镇, 中牟雁鸣湖景区).
_DIVISIONS = frozenset({"province", "city", "district", "town", "village"})


# How a name said whole before a part of the place is read (`_a_name_then_a_part`): as
# written, or short of a character from the start of the loose reading (市肿医院住院部).
_SAID_WHOLE = frozenset({"exact", "dropped"})


def _look_alikes_across_a_cut_name(
    index: NameIndex, utterance: Utterance, mentions: list[Mention]
) -> list[Mention]:
    """Drop a look-alike read across a pause where the words before it are a name cut short at
    its end (郑州东 西广场: 郑州东站 without its 站, not 郑州站西广场 read over the pause): the
    caller stopped there, and what follows is another phrase."""
    pauses = pause_starts(utterance)
    cut = [
        m
        for m in mentions
        if m.how == "dropped"
        and m.end in pauses
        and str(index.terms[m.term]).startswith(units_said(utterance, m.start, m.end))
    ]
    return [
        m
        for m in mentions
        if not (
            m.how == "fuzzy"
            and any(
                c.start >= m.start
                and c.end < m.end
                and not _said_around_a_pause(index, utterance, m, c)
                for c in cut
            )
        )
    ]


def _said_around_a_pause(
    index: NameIndex, utterance: Utterance, alike: Mention, cut: Mention
) -> bool:
    """Whether a look-alike is its name said in pieces around a pause (西流湖 湖边 公园 for
    西流湖公园): it holds the words before the pause whole, and two words together after it."""
    name = str(index.terms[alike.term])
    after = units_said(utterance, cut.end, alike.end)
    return units_said(utterance, cut.start, cut.end) in name and any(
        after[k : k + 2] in name for k in range(len(after) - 1)
    )


def _over_another_name(index: NameIndex, mentions: list[Mention]) -> list[Mention]:
    """Drop a look-alike that takes in the whole of a name said exactly and reads it as
    something else (郑州东站东广场 as 郑州站东广场): the caller said that name.

    A name inside the look-alike's own (郑州大学 in 郑州大学第一附属医院) is no conflict, nor is
    a two-character word, often a chance name."""
    exact = [m for m in mentions if m.how == "exact" and m.end - m.start >= 3]
    # So is a name heard whole by sound (龙子胡 as 龙子湖) when the look-alike shares none of
    # its characters: it reads those words as something else altogether.
    exact += [
        m for m in mentions if m.how == "pinyin" and m.quality >= HOMOPHONE and m.end - m.start >= 3
    ]
    said = {(m.utterance, m.term) for m in mentions if m.how == "exact"}

    def over(mention: Mention) -> bool:
        if mention.how != "fuzzy":
            return False
        if (mention.utterance, mention.term) in said:
            # The name is said exactly inside these words (新郑 in 新郑机): read loosely over
            # them all, it would take in a word that is no part of it (机, of 新郑机场).
            return True
        name = index.terms[mention.term]
        mine = {link.place for link in index.links(mention.term)}
        return any(
            e.inside(mention)
            and index.terms[e.term] not in name
            and (
                e.how == "exact"
                or not set(index.terms[e.term]) & set(name)
                # or does not hold it in order (正州东站西广场 as 郑州站西广场 or 郑州站东广场):
                # the words heard say that name, and the look-alike another.
                or (e.how == "pinyin" and not _in_order(index.terms[e.term], name))
            )
            and not {link.place for link in index.links(e.term)} & mine
            for e in exact
            if e.utterance == mention.utterance
        )

    return [m for m in mentions if not over(m)]


def _across_exact_names(index: NameIndex, mentions: list[Mention]) -> list[Mention]:
    """Drop a sound-alike read across the join of two names said exactly, taking in part of
    one and all of the other (安徽省|和县 heard as 兴和县): the words were written as those two
    names, and a third read over their join by sound is chance. So is a name with a lost
    character read over part of a name said exactly (南阳工|业路 as 南阳理工), or over words
    that are all names as written (许昌|文化路, not 许昌市文化路 short of 市)."""
    exact = [m for m in mentions if m.how == "exact"]

    def across(mention: Mention) -> bool:
        if mention.how != "pinyin":
            return False
        mine = [e for e in exact if e.utterance == mention.utterance]
        inside = [e for e in mine if e.inside(mention)]
        partly = [
            e
            for e in mine
            if e.start < mention.end
            and mention.start < e.end
            and not e.inside(mention)
            and not mention.inside(e)
            and (e.start, e.end) != (mention.start, mention.end)
        ]
        covered = {k for e in inside + partly for k in range(e.start, e.end)}
        # Or read over two names said exactly, one after the other (开封府|包公湖 heard as
        # 开封市包公湖).
        return (
            bool(inside)
            and (bool(partly) or len({(e.start, e.end) for e in inside}) >= 2)
            and all(k in covered for k in range(mention.start, mention.end))
        )

    def runs_into(mention: Mention) -> bool:
        if mention.how != "dropped":
            return False
        mine = [e for e in exact if e.utterance == mention.utterance]
        # A county of another city read inside the words after a city said (郑州|绿园, 长春's
        # 绿园区) is no name as written: the words are a name of that city short of a character.
        mine = [e for e in mine if not (e.inside(mention) and _county_of_another_city(e, mine))]
        inside = {k for e in mine if e.inside(mention) for k in range(e.start, e.end)}
        return inside >= set(range(mention.start, mention.end)) or any(
            e.start < mention.end
            and mention.start < e.end
            and not mention.inside(e)
            and not e.inside(mention)
            for e in mine
        )

    def _county_of_another_city(mention: Mention, said: list[Mention]) -> bool:
        counties = [index.division_prefix.get(link.place, "") for link in index.links(mention.term)]
        if not counties or any(len(code) != len("410105") for code in counties):
            return False
        cities = {
            code
            for other in said
            if other is not mention and other.end <= mention.start
            for link in index.links(other.term)
            if len(code := index.division_prefix.get(link.place, "")) == len("4101")
        }
        return bool(cities) and not any(code[:4] in cities for code in counties)

    return [m for m in mentions if not across(m) and not runs_into(m)]


def _read_by_sound_only(segment: Segment, mentions: Iterable[Mention]) -> bool:
    """Whether the segment's words are named by sound but by no exact name."""
    start, end = segment.offset, segment.offset + len(segment.units)
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    exact = {k for m in inside if m.how == "exact" for k in range(m.start, m.end)}
    return any(
        m.how == "pinyin" and m.quality >= HOMOPHONE and not set(range(m.start, m.end)) <= exact
        for m in inside
    )


_ROAD_DIRECTIONS = frozenset("东西南北中")


def _in_road_name(index: NameIndex, utterance: Utterance, mention: Mention) -> Mention:
    """A name said as the first words of a road's name (九都 in 洛阳九都路) names the road the
    caller is on, not the place (九都校区): many roads are named after a place, a district or a
    campus, and the data holds few of them. Such a mention is kept, but loosely: enough to offer
    the place, never to read it back."""
    if mention.how not in ("exact", "dropped", "pinyin") or any(
        index.places.kind(link.place) == "road" for link in index.links(mention.term)
    ):
        return mention
    if _division_in_full(index, mention.term):
        # Roads are named after a place's short name (北京路), not its full name: in
        # 朝阳区路家村 the 路 begins the next name.
        return mention
    for segment in utterance.segments:
        local = mention.end - segment.offset
        if segment.han and 0 < local < len(segment.units) and mention.start >= segment.offset:
            after = "".join(segment.units[local : local + 3])
            # The road word may follow a direction (中州|中路, 解放|北路).
            if (
                after.startswith(ROAD_WORDS)
                or (after[:1] in _ROAD_DIRECTIONS and after[1:].startswith(ROAD_WORDS))
            ) and not _pause_after(utterance, mention.end):
                return replace(mention, quality=mention.quality * ROAD_WORD, how="road_word")
    return mention


def _pause_after(utterance: Utterance, unit: int) -> bool:
    """Whether the caller paused (a space, a comma) before unit `unit` of a written utterance:
    a name said before a pause (西安，东大街) is no part of the road's name after it."""
    return unit in pause_starts(utterance)


def written_matches(
    read: Sequence[Utterance], pattern: re.Pattern[str]
) -> Iterator[tuple[int, int, str, re.Match[str]]]:
    """Each match of `pattern` in the written (Han) segments of the utterances: the
    utterance's number, the segment's offset, the segment's words and the match."""
    for number, utterance in enumerate(read):
        for segment in utterance.segments:
            if segment.han:
                words = "".join(segment.units)
                for said in pattern.finditer(words):
                    yield number, segment.offset, words, said


def sure_names_of(
    index: NameIndex, mentions: Sequence[Mention], place: int, sure: float
) -> list[Mention]:
    """The mentions that name `place` itself, said exactly and for sure."""
    return [
        m
        for m in mentions
        if m.how == "exact"
        and m.quality >= sure
        and any(link.place == place and link.weight >= NAMES for link in index.links(m.term))
    ]


def units_said(utterance: Utterance, start: int, end: int, *, written_only: bool = False) -> str:
    """The units of an utterance from `start` to before `end`, as said; with `written_only`,
    those of its written (Han) segments only."""
    # Each segment's units in [start, end), sliced: asked for thousands of times a resolution.
    return "".join(
        "".join(segment.units[max(0, start - segment.offset) : max(0, end - segment.offset)])
        for segment in utterance.segments
        if segment.han or not written_only
    )


def written_units(utterance: Utterance) -> dict[int, str]:
    """The units of an utterance's written (Han) segments, by their place in it."""
    return {
        segment.offset + k: unit
        for segment in utterance.segments
        if segment.han
        for k, unit in enumerate(segment.units)
    }


def pause_starts(utterance: Utterance, *, across_pinyin: bool = False) -> set[int]:
    """The units said after a pause (a space, or filler such as 那个 taken out) in a written
    segment. None when part of the utterance is typed in pinyin, whose units are syllables, not
    characters, unless `across_pinyin`: then the written segments' pauses are found all the
    same (a written segment's units are its characters, Latin letters among them — T2, CBD — and
    a pinyin segment covers the letters of its syllables).

    >>> said = Utterance("zhongmou官渡镇 官渡 桥", (
    ...     Segment(0, ("zhong", "mou"), (), False),
    ...     Segment(2, tuple("官渡镇官渡桥"), (), True)), 8)
    >>> sorted(pause_starts(said)), sorted(pause_starts(said, across_pinyin=True))
    ([], [5, 7])
    >>> sorted(pause_starts(Utterance("新郑机场 T2 出发层", (
    ...     Segment(0, tuple("新郑机场T2出发层"), (), True),), 9)))
    [4, 6]
    """
    if not across_pinyin and not all(segment.han for segment in utterance.segments):
        return set()
    # The text keeps the spaces the segments drop: walk its other characters beside the
    # segments' units, a written unit being one character and a syllable its letters.
    after_space = [
        k > 0 and utterance.text[k - 1] == " "
        for k, char in enumerate(utterance.text)
        if char != " "
    ]
    starts: set[int] = set()
    seen = 0
    for segment in utterance.segments:
        if not segment.han:
            seen += sum(len(syllable) for syllable in segment.units)
            continue
        for k in range(len(segment.units)):
            if seen < len(after_space) and after_space[seen]:
                starts.add(segment.offset + k)
            seen += 1
    return starts


def _past_a_road_word(
    index: NameIndex, utterance: Utterance, mentions: list[Mention]
) -> list[Mention]:
    """Drop a name that begins with the road word closing a road's name said just before it
    (中山|路北段 read as 路北区, 人民|街北 as 街北): that word ends the road, it starts no
    place. Kept when it names the road itself or is said in full."""
    ends = {(m.utterance, m.end) for m in mentions if m.how == "road_word"}
    if not ends:
        return mentions
    units = {
        segment.offset + k: unit
        for segment in utterance.segments
        for k, unit in enumerate(segment.units)
    }

    def past(mention: Mention) -> bool:
        if (mention.utterance, mention.start) not in ends or units.get(
            mention.start, ""
        ) not in ROAD_WORDS:
            return False
        # 台州|路桥区: a division said in full is that division; 中山|路 the road itself.
        return not _division_in_full(index, mention.term) and not any(
            index.places.kind(link.place) == "road" for link in index.links(mention.term)
        )

    return [m for m in mentions if not past(m)]


# The level words a division's full name ends with.
LEVEL_WORDS = ("省", "市", "区", "县", "旗", "盟", "自治州")


def _division_in_full(index: NameIndex, term: int) -> bool:
    """Whether a term is the full name of divisions only, level word and all (朝阳区)."""
    return str(index.terms[term]).endswith(LEVEL_WORDS) and all(
        index.places.kind(link.place) in ("province", "city", "district")
        for link in index.links(term)
    )


def _initials_where_addresses_begin(
    index: NameIndex, utterance: Utterance, mentions: list[Mention]
) -> list[Mention]:
    """Keep a city's initial and 市 (呼市) only where an address begins: first in its words,
    or right after a division said exactly (内蒙古呼市). Elsewhere the two characters are more
    often the end of one word and the start of the next (和平|市场)."""
    if not any(m.term in index.initial_terms for m in mentions):
        return mentions
    starts = {segment.offset for segment in utterance.segments}
    ends = {m.end for m in mentions if m.how == "exact" and _division_codes(index, m.term)}
    return [
        m
        for m in mentions
        if m.term not in index.initial_terms or m.start in starts or m.start in ends
    ]


# Words between a place's name and the road word of a street named after it (台湾|风情|街).
STREET_NAME_WORDS = 3


def _in_street_names(
    index: NameIndex, utterance: Utterance, mentions: list[Mention]
) -> list[Mention]:
    """A division named after another one it neither lies in nor holds, and followed within a
    few words by a road word, begins a street's name (启东台湾风情街, 伊宁上海美食街): an
    address names the larger division first, so it is the street, not where the caller is.
    Such a mention is kept loosely, as a name said as the first words of a road's name."""
    divisions = [
        (m, _division_codes(index, m.term))
        for m in mentions
        if m.how == "exact" and _division_codes(index, m.term)
    ]
    if len(divisions) < 2:
        return mentions
    exact_starts = {(m.utterance, m.start) for m in mentions if m.how == "exact"}

    def begins_street(mention: Mention, codes: tuple[str, ...]) -> bool:
        earlier = [
            other
            for m, other in divisions
            if m.utterance == mention.utterance and m.end <= mention.start
        ]
        if not earlier or any(_nested(a, b) for other in earlier for a in other for b in codes):
            return False
        for segment in utterance.segments:
            local = mention.end - segment.offset
            inside = segment.offset <= mention.start and 0 < local <= len(segment.units)
            if not segment.han or not inside:
                continue
            # The words after it: up to STREET_NAME_WORDS of the street's own, then its road word.
            after = "".join(segment.units[local : local + STREET_NAME_WORDS + 2])
            for gap in range(1, STREET_NAME_WORDS + 1):
                if (mention.utterance, mention.end + gap - 1) in exact_starts:
                    return False  # the words after it are a name of their own
                if after[gap:].startswith(ROAD_WORDS):
                    return True
        return False

    return [
        replace(m, quality=m.quality * ROAD_WORD, how="road_word")
        if m.how == "exact"
        and (codes := _division_codes(index, m.term))
        and begins_street(m, codes)
        else m
        for m in mentions
    ]


def _division_codes(index: NameIndex, term: int) -> tuple[str, ...]:
    """The adcode prefixes of the divisions a term names, when it names divisions only."""
    links = index.links(term)
    codes = tuple(index.division_prefix.get(link.place, "") for link in links)
    return codes if all(codes) else ()


def _nested(first: str, second: str) -> bool:
    return first.startswith(second) or second.startswith(first)


def _loosely_over_a_road(index: NameIndex, utterance: Utterance, mention: Mention) -> bool:
    """A look-alike read over words that end as a road's name (洛阳中州路 as 洛阳工专, 商丘神火
    大道 as 商丘师专) when the name it stands for is no road's: the caller named a road."""
    if mention.how != "fuzzy" or any(word in index.terms[mention.term] for word in ROAD_WORDS):
        return False
    for segment in utterance.segments:
        local = mention.end - segment.offset
        if segment.han and mention.start >= segment.offset and 0 < local <= len(segment.units):
            # The look-alike's last words, or the two after them, hold the road word (中州路,
            # 神火大|道).
            end = "".join(segment.units[max(0, local - 2) : local + 2])
            return any(word in end for word in ROAD_WORDS)
    return False


def _bring_new_words(utterance: Utterance, mentions: list[Mention]) -> list[Mention]:
    """Drop a loose match that adds no word to what sure readings already name:
    over 东风路文化路 (two roads said exactly) 东风路院区 is a re-reading, not a third place."""
    # Two typed syllables (da yi, fu yuan) name a county by chance inside a longer name typed
    # whole: they leave the look-alike of that name its words.
    sure = {
        k
        for m in mentions
        if m.how != "fuzzy"
        and m.quality >= HOMOPHONE
        and not (m.how == "latin" and m.end - m.start <= 2)
        for k in range(m.start, m.end)
    }
    for segment in utterance.segments:
        text = "".join(segment.units)
        if len(text) == len(segment.units):
            for number in _HOUSE_NUMBER.finditer(text):
                sure.update(range(segment.offset + number.start(), segment.offset + number.end()))
    return [
        m for m in mentions if m.how != "fuzzy" or any(k not in sure for k in range(m.start, m.end))
    ]


def _against_said_cities(index: NameIndex, mentions: list[Mention]) -> list[Mention]:
    """Drop a look-alike whose words take in a city said exactly, when none of its places lies
    there: 开封市第一人民医院 is not 郑州市第一人民医院, whatever the characters they share. A
    county (县, or a county-level 市) is a town of its own: over its name, a look-alike in
    another county of the same city (荥阳汽车站 as 登封's 登封汽车站) is dropped too; one in
    another city (紫金山公园 over 广东's 紫金县) is left to the rest. (An exact name, a homophone
    or a place beside the caller is kept; so is a look-alike over a district's name, since
    callers often name the wrong district of their own city.)"""
    cities: list[tuple[Mention, tuple[str, ...]]] = []
    counties: list[tuple[Mention, tuple[str, ...]]] = []
    full_names: list[tuple[Mention, tuple[str, ...]]] = []
    for mention in mentions:
        if mention.how != "exact":
            continue
        links = index.links(mention.term)
        prefixes = tuple(
            prefix
            for link in links
            if index.places.kind(link.place) == "city"
            and (prefix := index.division_prefix.get(link.place))
        )
        if prefixes:
            cities.append((mention, prefixes))
        towns = tuple(
            town
            for link in links
            if index.places.kind(link.place) == "district"
            and index.places.name(link.place).endswith(("县", "市"))
            and len(town := index.division_prefix.get(link.place, "")) == 6
        )
        if towns:
            counties.append((mention, towns))
        if index.terms[mention.term].endswith(("市", "县", "区", "旗")):
            # Cities and counties said in full, by the city they lie in.
            found = tuple(
                code[:4]
                for link in links
                if index.places.kind(link.place) in ("city", "district")
                and len(code := index.division_prefix.get(link.place, "")) >= 4
            )
            if found:
                full_names.append((mention, found))
    heads = _address_heads(index, mentions)
    if not cities and not counties and not full_names and not heads:
        return mentions

    def lies_where_said(mention: Mention) -> bool:
        links = index.links(mention.term)
        name = index.terms[mention.term]
        adcodes = [index.places.admin(link.place).adcode or "" for link in links]
        # Towns heard by sound (石竹街道 as 释之街道) are as loose as a look-alike.
        heard_town = mention.how == "pinyin" and all(
            index.places.kind(link.place) in ("town", "village") for link in links
        )
        # So is a name read as a road's first words (中山 in 中山路): a road named after a
        # place elsewhere is a road of the city said.
        if mention.how not in ("fuzzy", "dropped", "road_word") and not heard_town:
            return True
        for city, prefixes in cities:
            if index.terms[city.term] in name:
                continue  # the city's words are part of this very name (长安 in 长安大学)
            if mention.how == "fuzzy" and (
                city.utterance == mention.utterance
                and city.start < mention.end
                and mention.start < city.end
            ):
                if not any(code.startswith(prefixes) for code in adcodes):
                    return False
        for county, towns in counties:
            if (
                mention.how != "fuzzy"
                or index.terms[county.term] in name
                or not (
                    county.utterance == mention.utterance
                    and county.start < mention.end
                    and mention.start < county.end
                )
            ):
                continue
            same_city = [code for code in adcodes if code.startswith(tuple(t[:4] for t in towns))]
            if same_city and not any(code.startswith(towns) for code in same_city):
                return False
        # A city or county named in full (安陆市, 福清市, 金水区) says which city the caller is
        # in: a look-alike in none of those cities (西亚小铺 as 郑州's 西亚斯) is chance.
        named = [prefixes for city, prefixes in full_names if index.terms[city.term] not in name]
        # So does a county said by its short name at the head of the address (南山科技园,
        # 徐汇漕河泾开发区): a look-alike read over the rest (泰山科技学院) is chance, and so is
        # another division whose name holds the county's words (南山矿区, a 乌鲁木齐 district's
        # former name); a place named after the county (顺河职业学院) may lie anywhere.
        # A road's look-alike stays: said with a city, it is that city's road the data may not
        # hold (平顶山 … 建设路 as 建设东路), which the resolver reads as such.
        another_division = bool(_division_codes(index, mention.term))
        road = name.endswith(ROAD_WORDS)
        named += [
            prefixes
            for head, prefixes in heads
            if head is not mention
            and not road
            and (another_division or index.terms[head.term] not in name)
        ]
        return not named or any(code.startswith(p) for p in named for code in adcodes)

    return [m for m in mentions if lies_where_said(m)]


def _address_heads(
    index: NameIndex, mentions: list[Mention]
) -> list[tuple[Mention, tuple[str, ...]]]:
    """Cities and counties said exactly by their short names (南山, 徐汇) where an address
    begins: first in their words, or right after another division said exactly, and overlapped
    by no other name said exactly. With the prefixes of the cities they lie in."""
    exact = [m for m in mentions if m.how == "exact"]
    divisions: dict[tuple[int, int], tuple[str, ...]] = {
        (m.utterance, m.end): codes for m in exact if (codes := _division_codes(index, m.term))
    }
    heads: list[tuple[Mention, tuple[str, ...]]] = []
    for mention in exact:
        links = index.links(mention.term)
        if _division_in_full(index, mention.term) or not all(
            index.places.kind(link.place) in ("city", "district") for link in links
        ):
            continue
        if any(_overlap_any(mention, other) and other is not mention for other in exact):
            continue
        if mention.start != 0 and (mention.utterance, mention.start) not in divisions:
            continue
        found = tuple(
            code[:4]
            for link in links
            if len(code := index.division_prefix.get(link.place, "")) >= 4
        )
        above = divisions.get((mention.utterance, mention.start), ())
        if above and not any(code.startswith(above) for code in found):
            # A county of another city after the city said (郑州|绿园, 长春's 绿园区) heads no
            # address: the words are more likely a name of the city said.
            continue
        if found:
            heads.append((mention, found))
    return heads


# Words that make a division's name said before them a site's (西山遗址, an excavation, not
# 西山区): the division is not said.
_SITE_WORDS = ("遗址", "公园", "广场", "景区", "小区", "风景区")


# Words before a name the caller says they are not at (不是明伦，是金明; 不是洛阳; 没在兰考 said as
# 不在); `_context` reads references with them too.
NOT = ("不是", "不在", "没在")


def _small_places_where_said(
    index: NameIndex, utterance: Utterance, mentions: list[Mention]
) -> list[Mention]:
    """Drop a town or village name said with a division it does not lie in (神农架 太阳村,
    平度市 南村镇): such names repeat across the country and the data holds only some
    provinces', so it is another place of that name. Read after thinning: the words were that
    name, and the shorter names inside it (上海 in 上海城) stay unsaid. A division's name said
    as the first words of a site's (西山遗址) is no division said, nor one denied (不是洛阳那个
    高新区，是郑州高新区，石佛): it is where the place is not."""
    divisions: list[tuple[Mention, tuple[str, ...]]] = []
    for mention in mentions:
        links = index.links(mention.term)
        if mention.how == "exact" and all(
            index.places.kind(link.place) in ("city", "district") for link in links
        ):
            after = units_said(utterance, mention.end, mention.end + 3, written_only=True)
            if after.startswith(_SITE_WORDS):
                continue
            before = units_said(
                utterance, max(0, mention.start - len(NOT[0])), mention.start, written_only=True
            )
            if before in NOT:
                continue
            if _short_of_its_level(index, mention) and (
                not after
                or after.startswith(_A_SIDE_AFTER)
                or mention.end in pause_starts(utterance)
            ):
                # 孟庄镇，桥东边; 圃田乡，河西那边 (那边 taken out as filler): which side of a
                # bridge or a river, said at the end of its clause, not 张家口's 桥东区 said short.
                continue
            found = tuple(
                code[:4]
                for link in links
                if len(code := index.division_prefix.get(link.place, "")) >= 4
            )
            if found:
                divisions.append((mention, found))
    if not divisions:
        return mentions

    def lies_where_said(mention: Mention) -> bool:
        links = index.links(mention.term)
        if not all(index.places.kind(link.place) in ("town", "village") for link in links):
            return True
        name = index.terms[mention.term]
        named = [
            prefixes
            for division, prefixes in divisions
            if not _overlap_any(division, mention) and index.terms[division.term] not in name
        ]
        adcodes = [index.places.admin(link.place).adcode or "" for link in links]
        return not named or any(code.startswith(p) for p in named for code in adcodes)

    return [m for m in mentions if lies_where_said(m)]


# What says a side after a word (桥东边, 河西头, 城北那边, 桥东那块): the word is where by a
# bridge, a river or a town the caller is.
_A_SIDE_AFTER = ("边", "头", "面", "侧", "那", "这", "一带", "一片")


def _short_of_its_level(index: NameIndex, mention: Mention) -> bool:
    """Whether the words end in a side and name only divisions whose names are the words and a
    level word (桥东 of 桥东区, 河西 of 河西区): a side of a bridge or a river as often as the
    division; not 官渡 of 官渡区, a town's name too."""
    term = str(index.terms[mention.term])
    return term.endswith(("东", "西", "南", "北")) and all(
        str(index.places.name(link.place)) in (term + "区", term + "县")
        for link in index.links(mention.term)
    )


def _overlap_any(a: Mention, b: Mention) -> bool:
    return a.utterance == b.utterance and a.start < b.end and b.start < a.end


def _generic(index: NameIndex, utterance: Utterance, mention: Mention) -> bool:
    """A mention whose words are only a kind of place (医院, 校区) names nothing; nor does one
    that reads them as that kind heard a character short where the kind follows a division's
    level word (二七区政务服务中心, whose 政务服务中 read 政务服务中心; 荥阳市政务服中心): the
    division's own is meant, not the city's hall, which the kind's name is held for as the
    city's people say it without 郑州. Said after no division (省体，体育中心南门) it stays."""
    at = {
        segment.offset + k: unit
        for segment in utterance.segments
        for k, unit in enumerate(segment.units)
    }
    words = "".join(at.get(k, "") for k in range(mention.start, mention.end))
    if words in index.generic_words:
        return True
    kind = str(index.terms[mention.term])
    if mention.how != "dropped" or kind not in index.generic_words:
        return False
    # Where the kind begins: at the mention, a character before it (务服务中心 of 政务服务中心),
    # or where a longer kind said whole holds it (务中心, read 政务中心, of 政务服务中心).
    said = "".join(
        unit if len(unit := at.get(k, " ")) == 1 else " " for k in range(max(at, default=-1) + 1)
    )
    wholes = [
        found.start()
        for whole in index.generic_words
        for found in re.finditer(re.escape(whole), said)
        if found.start() <= mention.start and mention.end <= found.end()
    ]
    near = [b for b in (mention.start, mention.start - 1) if said.startswith(kind[:2], b)]
    return any(at.get(begin - 1, "") in _COUNTY_LEVELS for begin in (*wholes, *near))


def _ways_said(index: NameIndex, utterance: Utterance) -> list[tuple[int, int]]:
    """Where words for a road, a railway or a bridge of no name (`way_words`) were said, with
    the side of it said after them (铁路桥东边, 火车道口): where each begins and ends, found once
    per utterance for `_inside_a_way_word`.

    Written by hand: the words are found in the characters as said, units of more than one
    character (a number, a syllable) standing for none."""
    if not index.way_words:
        return []
    at = {
        segment.offset + k: unit
        for segment in utterance.segments
        for k, unit in enumerate(segment.units)
    }
    said = "".join(
        unit if len(unit := at.get(k, " ")) == 1 else " " for k in range(max(at, default=-1) + 1)
    )
    return [found.span() for found in _way_said(index.way_words).finditer(said)]


def _inside_a_way_word(mention: Mention, ways: list[tuple[int, int]]) -> bool:
    """A reading whose words lie inside words for a road, a railway or a bridge of no name
    and the side said after them (`_ways_said`): the caller said what they are by, not a name —
    路桥 of 铁路桥 is not 台州's 路桥区, 桥东 of 铁路桥东边 not 张家口's 桥东区, 速桥 of 高速桥 not
    苏桥镇, 火车道 not 火车站, 大路 not 金达路. A name said whole around the words (河医立交桥,
    一马路, 陇海铁路 read as 陇海路) reaches past them and stays."""
    loose = mention.how in _ONE_OFF_HOWS
    for start, end in ways:
        if start <= mention.start and mention.end <= end:
            return True
        # A loose reading of those words and a character beside them (镇立交 of 古荥镇，立交桥下面
        # as 河医立交桥, 镇高速桥边上 as 郑州老火车站) is those words all the same.
        shared = min(mention.end, end) - max(mention.start, start)
        if loose and shared >= 2 and (mention.end - mention.start) - shared <= 1:
            return True
    return False


# Readings one character or so off what was said, which a way word's neighbour can make.
_ONE_OFF_HOWS = frozenset({"fuzzy", "edit"})


# The side of a way said after it: 铁路边上, 高速桥底下, 火车道口, 铁路桥东边.
_SIDE_OF_A_WAY = "(?:边上|边儿|旁边|底下|下面|下边|那边|这边|边|口|[东西南北](?:边|面|头|侧)?)?"


@cache
def _way_said(words: frozenset[str]) -> re.Pattern[str]:
    """Any of the way words, the longest first, with a side said after it."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(f"(?:{alternatives}){_SIDE_OF_A_WAY}")


def _exact(index: NameIndex, segment: Segment, number: int, keep: _Keep) -> None:
    text = "".join(segment.units)
    n = len(text)
    # Only the spans that begin and end as a name of their length does (see `KeyEnds`).
    starts, ends = index.term_ends.starts, index.term_ends.ends
    begin = [starts.get(text[k : k + 2], 0) for k in range(n - 1)]
    close = [ends.get(text[k : k + 2], 0) for k in range(n - 1)]
    spans = [
        (start, end)
        for start in range(n - 1)
        if begin[start]
        for end in range(start + 2, min(n, start + index.max_term_length) + 1)
        if (begin[start] & close[end - 2]) >> (end - start) & 1
    ]
    terms = index.term_ids([text[start:end] for start, end in spans])
    for (start, end), term in zip(spans, terms, strict=True):
        if term is not None:
            keep(
                Mention(number, segment.offset + start, segment.offset + end, term, EXACT, "exact")
            )


def _look_alike(index: NameIndex, segment: Segment, number: int, keep: _Keep) -> None:
    """Names written with one character for another that looks like it (古荣镇 for 古荥镇),
    as a caller types or a screen is misread: the lexicon's groups of look-alike characters,
    read one character a name, and only in names of three characters or more, where the rest
    of the name says which was meant, or a county's name with its level word (祀县). Words that
    are a name as written stay that name.

    Sound is no help here: 荣 (róng) sounds nothing like 荥 (xíng, yíng), and rapidfuzz's
    likeness of the whole words counts a look-alike as any other character, so a three-character
    name one character off falls below the fuzzy pass's threshold; nothing in a library reads
    characters by their shape."""
    text = "".join(segment.units)
    n = len(text)
    spans: list[tuple[int, int]] = []
    keys: list[str] = []
    for at, char in enumerate(text):
        for other in index.look_alikes.get(char, ""):
            for start in range(max(0, at - index.max_term_length + 1), at + 1):
                for end in range(max(at + 1, start + 2), n + 1):
                    if end - start > index.max_term_length:
                        break
                    if end - start < LOOK_ALIKE_FROM and text[end - 1] not in _COUNTY_LEVELS:
                        continue  # 祀县 is 杞县, but two characters are otherwise alike by chance
                    spans.append((start, end))
                    keys.append(text[start:at] + other + text[at + 1 : end])
    terms = index.term_ids(keys)
    read = [(span, term) for span, term in zip(spans, terms, strict=True) if term is not None]
    as_written = index.term_ids([text[start:end] for (start, end), _ in read])
    for ((start, end), term), written in zip(read, as_written, strict=True):
        if written is None:
            keep(
                Mention(
                    number, segment.offset + start, segment.offset + end, term, LOOK_ALIKE, "look"
                )
            )


# Characters of a name two neighbours of which a caller typed the other way round (大国相寺
# for 大相国寺): only in names of four or more, where the rest of the name says which was meant.
SWAPPED_FROM = 4


def _swapped(index: NameIndex, segment: Segment, number: int, keep: _Keep) -> None:
    """Names typed with two neighbouring characters the other way round (大国相寺 for 大相国寺),
    as sure as a look-alike: a typing slip no likeness of sound or shape finds, since the
    bigrams the fuzzy pass looks names up by are all broken. Words that are a name as written
    stay that name.

    >>> "".join(_swap("大国相寺", 1))
    '大相国寺'
    """
    text = "".join(segment.units)
    n = len(text)
    longest = index.max_term_length
    starts = index.term_ends.starts
    spans: list[tuple[int, int]] = []
    keys: list[str] = []
    for at in range(1, n - 2):
        if text[at] == text[at + 1] or _DIRECTIONS & {text[at], text[at + 1]}:
            continue  # 郑州站西 (west of it) is not 郑州西站, nor 中山路西 中山西路
        # The first and last characters stay where they are.
        for start in range(max(0, at - longest + 3), at):
            # The lengths of the names that begin as the swapped words would (see `KeyEnds`).
            lengths = starts.get(text[start] + text[at + 1 if at == start + 1 else start + 1], 0)
            if not lengths:
                continue
            for end in range(max(at + 3, start + SWAPPED_FROM), n + 1):
                if end - start > longest:
                    break
                if lengths >> (end - start) & 1:
                    spans.append((start, end))
                    keys.append(_swap(text[start:end], at - start))
    terms = index.term_ids(keys)
    read = [(span, term) for span, term in zip(spans, terms, strict=True) if term is not None]
    as_written = index.term_ids([text[start:end] for (start, end), _ in read])
    for ((start, end), term), written in zip(read, as_written, strict=True):
        # Villages are named alike by the thousand (张砦新村, 张新砦村): a swap is chance there.
        if written is None and any(
            index.places.kind(link.place) != "village" for link in index.links(term)
        ):
            keep(
                Mention(
                    number, segment.offset + start, segment.offset + end, term, LOOK_ALIKE, "look"
                )
            )


_DIRECTIONS = frozenset("东西南北中")


def _swap(text: str, at: int) -> str:
    return text[:at] + text[at + 1] + text[at] + text[at + 2 :]


def _missing_one(index: NameIndex, segment: Segment, number: int, keep: _Keep) -> None:
    """Names said with one character lost (中原福 for 中原福塔, 郑州会展心's 会展心 for 会展中心).
    Where the same words are a name as said, that exact reading is surer and stays."""
    text = "".join(segment.units)
    n = len(text)
    # Words written as a road's name (解放路) are not another road short of a character
    # (解放中路): roads are named so in many cities, and the caller's may be one not held.
    spans = [
        (start, end)
        for start in range(n)
        for end in range(start + DROPPED_FROM - 1, min(n, start + index.max_term_length - 1) + 1)
        if not text[start:end].endswith(ROAD_WORDS)
    ]
    found = index.missing_one([text[start:end] for start, end in spans])
    for (start, end), terms in zip(spans, found, strict=True):
        for term in terms:
            keep(
                Mention(
                    number, segment.offset + start, segment.offset + end, term, DROPPED, "dropped"
                )
            )


def _by_sound(index: NameIndex, segment: Segment, number: int, keep: _Keep) -> None:
    n = len(segment.units)
    # Every reading of every span first, then one lookup for all of them.
    said: list[tuple[int, int, float]] = []
    keys: list[str] = []
    # A span is read only if some reading of its first two units begins a name of its length
    # and some reading of its last two ends one: most spans of a sentence are no name.
    starts, ends = index.heard_ends.starts, index.heard_ends.ends
    pairs = [
        list(itertools.product(first, second))
        for first, second in itertools.pairwise(segment.readings)
    ]
    begin = [_either(starts, pair) for pair in pairs]
    close = [_either(ends, pair) for pair in pairs]
    for start in range(n - 1):
        for end in range(start + 2, min(n, start + index.max_syllables) + 1):
            if not (begin[start] & close[end - 2]) >> (end - start) & 1:
                continue
            if segment.han and segment.units[end - 1] in _POINTING:
                # 市一院那 is 市一院 and a word pointing at it, not a name that sounds like it.
                continue
            if segment.han and _cuts_a_quantity(segment.units, start, end):
                # 上一个小区 holds 一个 (one of): 上一 heard as 尚义 cuts the quantity in two.
                continue
            options = segment.readings[start:end]
            combos = 1
            for o in options:
                combos *= len(o)
            choices: Iterable[tuple[str, ...]] = (
                itertools.product(*options)
                if combos <= MAX_COMBINATIONS
                else [tuple(o[0] for o in options)]
            )
            for k, reading in enumerate(choices):
                if segment.han and end - start == 2 and k > 0:
                    break  # two characters read against their usual sound: chance, not speech
                if not segment.han:
                    quality = LATIN
                elif end - start == 2:
                    quality = SHORT_HOMOPHONE
                else:
                    quality = HOMOPHONE if k == 0 else HETERONYM
                size = len(reading)
                if starts.get(reading[:2], 0) >> size & 1 and ends.get(reading[-2:], 0) >> size & 1:
                    said.append((start, end, quality))
                    keys.append(" ".join(reading))
    how = "pinyin" if segment.han else "latin"
    for (start, end, quality), terms in zip(said, index.by_sounds(keys), strict=True):
        for term in terms:
            keep(Mention(number, segment.offset + start, segment.offset + end, term, quality, how))


def _either(masks: dict[tuple[str, ...], int], readings: Iterable[tuple[str, ...]]) -> int:
    """The lengths (as bits) of the names any of `readings` begins or ends, by `masks`."""
    found = 0
    for reading in readings:
        found |= masks.get(reading, 0)
    return found


# A numeral and the measure word after it (一个, 两栋, 三号) are one word: a name heard by its
# sound does not begin or end inside one.
_NUMERAL_UNITS = frozenset("一二两三四五六七八九十几半俩仨")
_MEASURE_UNITS = frozenset("个号栋幢楼层户间排位辆家条座")


def _cuts_a_quantity(units: Sequence[str], start: int, end: int) -> bool:
    """Whether the span [start, end) ends on a numeral whose measure word follows it, or begins
    on a measure word whose numeral precedes it."""
    ends_inside = (
        end < len(units) and units[end - 1] in _NUMERAL_UNITS and units[end] in _MEASURE_UNITS
    )
    begins_inside = (
        start > 0 and units[start - 1] in _NUMERAL_UNITS and units[start] in _MEASURE_UNITS
    )
    return ends_inside or begins_inside


def _grams(segment: Segment) -> list[str]:
    syllables = [r[0] for r in segment.readings]
    return bigrams_of(syllables) + (bigrams_of(list(segment.units)) if segment.han else [])


def _closest(segment: Segment, near: NearTerms) -> list[int]:
    """The nearby terms most like the segment, by whole-string similarity."""
    if segment.han:
        text, names = "".join(segment.units), near.names
    else:
        text, names = "".join(r[0] for r in segment.readings), near.sounds
    found = process.extract(
        text, names, scorer=Indel.normalized_similarity, limit=NEAR_TERMS, score_cutoff=0.5
    )
    return [int(near.ids[k]) for _, _, k in found]


def _fuzzy(
    index: NameIndex,
    segment: Segment,
    number: int,
    keep: _Keep,
    terms: Iterable[int],
    how: str = "fuzzy",
    threshold: float = FUZZY_THRESHOLD,
) -> None:
    units = list(segment.units)
    syllables = [r[0] for r in segment.readings]
    text = "".join(units)
    # The windows of each term length, with their sound and writing: terms of one length share
    # them, and a long utterance has dozens.
    by_size: dict[int, list[tuple[int, int, str, str]]] = {}
    # Terms of neighbouring lengths share windows of a width: each window is written once.
    by_span: dict[tuple[int, int], tuple[int, int, str, str]] = {}

    def window(start: int, end: int) -> tuple[int, int, str, str]:
        found = by_span.get((start, end))
        if found is None:
            written = text[start:end] if segment.han else ""
            found = by_span[start, end] = (start, end, "".join(syllables[start:end]), written)
        return found

    def windows_of(size: int) -> list[tuple[int, int, str, str]]:
        windows = by_size.get(size)
        if windows is None:
            windows = by_size[size] = [window(*span) for span in _windows(len(units), size)]
        return windows

    terms = list(terms)
    best_of = _best_windows(index, segment, terms, windows_of, threshold)
    for term in terms:
        term_text = index.terms[term]
        best, span = best_of[term]
        if best >= threshold:
            quality = FUZZY * best
            if segment.han and _cuts_a_quantity(units, span[0], span[1]):
                continue  # 上一|个 is not 尚义: 一个 is one word
            heard_only = segment.han and _two_syllables_heard(term_text, text[span[0] : span[1]])
            if heard_only and span[1] - span[0] > len(term_text):
                # A division's two characters heard only by their sound, and alike only with
                # more words than its name has (上一个小 as 尚义县): a chance, not a name said.
                continue
            if span[1] - span[0] <= 2 or heard_only:
                # Two words alike (上一 as 尚义) are alike by chance, as by sound.
                quality = min(quality, SHORT_HOMOPHONE)
            keep(
                Mention(
                    number,
                    segment.offset + span[0],
                    segment.offset + span[1],
                    term,
                    quality,
                    how,
                )
            )


_Window = tuple[int, int, str, str]  # start, end, sound, writing (of a written segment)


def _best_windows(
    index: NameIndex,
    segment: Segment,
    terms: Sequence[int],
    windows_of: Callable[[int], list[_Window]],
    threshold: float,
) -> dict[int, tuple[float, tuple[int, int]]]:
    """Each term's likeness to its best window of the segment, and that window's span (the
    first of the best; (0, 0) where none is alike): by sound, and for written words as
    written too, the better of the two (the sound a little less sure).

    The terms of one length are compared with the windows of that length at once; the few
    windows where a term's likeness is more than a comparison of the whole words are then
    read one by one (`_window_likeness`)."""
    unique = list(dict.fromkeys(terms))
    rows = np.array(unique, dtype=np.int64)
    names = dict(zip(unique, index.terms.take(rows), strict=True))
    sounds = dict(zip(unique, index.term_sound.take(rows), strict=True))
    heads_of = _division_heads_of(index)
    by_size: dict[int, list[int]] = {}
    for term, size in zip(unique, index.term_size[rows].tolist(), strict=True):
        by_size.setdefault(size, []).append(term)
    syllables = [r[0] for r in segment.readings]
    text = "".join(segment.units)
    found: dict[int, tuple[float, tuple[int, int]]] = {}
    for size, group in by_size.items():
        windows = windows_of(size)
        scores = likeness(
            [sounds[term].replace(" ", "") for term in group],
            [sound for _, _, sound, _ in windows],
            threshold,
        )
        if segment.han:
            written = likeness(
                [names[term] for term in group], [words for _, _, _, words in windows], threshold
            )
            scores = np.maximum(scores * 0.97, written)
        # The first window of the best, as a scan that keeps only a better one finds.
        firsts = scores.argmax(axis=1).tolist()
        bests = scores.max(axis=1).tolist()
        for k, term in enumerate(group):
            best, first = bests[k], firsts[k]
            heads = heads_of.get(term)
            if heads is None:
                heads = heads_of[term] = _heads_of(index, term)
            if heads or not segment.han:
                row = scores[k].tolist()
                term_heads = _Heads(names[term], sounds[term].split(" "), heads)
                if _mend(segment, syllables, text, term_heads, windows, row, threshold):
                    best = max(row)
                    first = row.index(best)
            found[term] = (best, windows[first][:2]) if best > 0 else (0.0, (0, 0))
    return found


class _Heads:
    """A name, its syllables, and the divisions' names it begins with (the name and the
    rest of it, written and heard), longest first."""

    __slots__ = ("name", "sounds", "heads")

    def __init__(self, name: str, sounds: list[str], lengths: Sequence[int]) -> None:
        self.name = name
        self.sounds = sounds
        self.heads = [(name[:k], sounds[:k], name[k:], sounds[k:]) for k in lengths]


def _mend(
    segment: Segment,
    syllables: list[str],
    text: str,
    term: _Heads,
    windows: Sequence[_Window],
    row: list[float],
    threshold: float,
) -> bool:
    """Read one by one the windows where a term is not alike by its whole words (those that
    hold the name of a division the term begins with, and typed syllables as few as two),
    and say whether there were any."""
    # A name that begins with a division's (龙亭区人民政府, 杞县人民医院) looks like words
    # that say that division as written, or type it in pinyin, only by the rest of it: the
    # division's name is found on its own, and it says nothing of the place named after it
    # (龙亭午门 is not 龙亭区政府, nor 给郑州打的 郑州大学, nor kaifengzhan chuzhankou
    # 开封中山路).
    if segment.han:
        said = [
            (at, at + len(head)) for head, _, _, _ in term.heads for at in _occurrences(text, head)
        ]
        if not said:
            return False
    else:
        said = [
            (at, at + len(head_sounds))
            for _, head_sounds, _, _ in term.heads
            for at in _sequence_at(syllables, head_sounds)
        ]
    mended = False
    for k, window in enumerate(windows):
        start, end = window[0], window[1]
        if (not segment.han and end - start <= 2) or any(
            start <= first and last <= end for first, last in said
        ):
            mended = True
            row[k] = _window_likeness(segment, syllables, text, term, window, threshold)
    return mended


def _window_likeness(
    segment: Segment,
    syllables: list[str],
    text: str,
    term: _Heads,
    window: _Window,
    threshold: float,
) -> float:
    """A term's likeness to one window of the segment (0 for none)."""
    start, end, sound, written = window
    if not segment.han and _only_the_names_end(syllables[start:end], term.sounds):
        return 0.0
    name, name_sound = term.name, "".join(term.sounds)
    for head, head_sounds, rest, rest_sounds in term.heads:
        said, heard = text[start:end], syllables[start:end]
        at = said.find(head) if segment.han else _find(heard, head_sounds)
        if at > 0:
            # Words before the division's name are no part of a name that begins with
            # it (加油站，开封 is no 开封站): the window says it only in another order.
            name_sound = written = ""
            break
        if at == 0:
            k = len(head_sounds)
            written = said[:at] + said[at + k :]
            others = heard[:at] + heard[at + k :]
            sound = "".join(others)
            name, name_sound = rest, "".join(rest_sounds)
            if len(rest_sounds) > 1 and not set(rest_sounds) & set(others):
                # The division said, and not one syllable of the rest of the name
                # (东站去洛阳 for 洛阳工专): their letters are alike only by chance.
                name_sound = ""
            break
    similarity = Indel.normalized_similarity(sound, name_sound, score_cutoff=threshold)
    if segment.han:
        similarity = max(
            similarity * 0.97,
            Indel.normalized_similarity(written, name, score_cutoff=threshold),
        )
    return similarity


def _sequence_at(units: Sequence[str], part: Sequence[str]) -> list[int]:
    """Where the units `part` begin among `units`, every time."""
    size = len(part)
    wanted = list(part)
    return [k for k in range(len(units) - size + 1) if list(units[k : k + size]) == wanted]


def _only_the_names_end(heard: Sequence[str], sounds: Sequence[str]) -> bool:
    """Whether two typed syllables or fewer are only the last of a longer name's (ye shi of
    西司夜市, gong yuan of 人民公园): the word for its kind was typed, not the name."""
    return (
        len(heard) <= 2 and len(sounds) > len(heard) and list(sounds[-len(heard) :]) == list(heard)
    )


def _two_syllables_heard(name: str, written: str) -> bool:
    """Whether a division's name of two characters and its level word (尚义县, 东区) was
    heard only by its sound: none of its two characters is written in the words."""
    level = next((word for word in LEVEL_WORDS if name.endswith(word)), None)
    if level is None:
        return False
    core = name[: -len(level)]
    return len(core) <= 2 and not any(char in written for char in core)


# A term's heads are asked for on every fuzzy pass over it: worked out once per index, and
# forgotten with it (a cache keyed by the index itself would keep every index a process built).
_HEADS: weakref.WeakKeyDictionary[NameIndex, dict[int, tuple[int, ...]]] = (
    weakref.WeakKeyDictionary()
)


def _division_heads(index: NameIndex, term: int) -> tuple[int, ...]:
    """The lengths of the divisions' names (full or short: 龙亭区, 龙亭, which names the park as
    well) a longer name begins with, longest first, for a name that is not itself a division's.
    Only for names written in characters read one syllable each, so that a head's syllables are
    the first ones."""
    known = _division_heads_of(index)
    heads = known.get(term)
    if heads is None:
        heads = known[term] = _heads_of(index, term)
    return heads


def _division_heads_of(index: NameIndex) -> dict[int, tuple[int, ...]]:
    """`_division_heads` of the terms of an index worked out so far, by term."""
    known = _HEADS.get(index)
    if known is None:
        known = _HEADS.setdefault(index, {})
    return known


def _heads_of(index: NameIndex, term: int) -> tuple[int, ...]:
    term_text = str(index.terms[term])
    if (
        len(term_text) < 3
        or not all(is_written(c) for c in term_text)
        or len(index.term_sound[term].split(" ")) != len(term_text)
        or _division_codes(index, term)
    ):
        return ()
    sizes = range(len(term_text) - 1, 1, -1)
    heads = index.term_ids([term_text[:k] for k in sizes])
    return tuple(
        k
        for k, head in zip(sizes, heads, strict=True)
        if head is not None
        and any(link.place in index.division_prefix for link in index.links(head))
    )


def _find(heard: Sequence[str], sounds: Sequence[str]) -> int:
    """Where the syllables `sounds` begin among `heard`, or -1."""
    size = len(sounds)
    return next(
        (k for k in range(len(heard) - size + 1) if list(heard[k : k + size]) == list(sounds)),
        -1,
    )


def _windows(n: int, size: int) -> list[tuple[int, int]]:
    if n <= size + 1:
        return [(0, n)]
    spans: list[tuple[int, int]] = []
    for width in (size - 1, size, size + 1):
        if width >= 2:
            spans.extend((s, s + width) for s in range(n - width + 1))
    return spans


def _fully_explained(index: NameIndex, segment: Segment, mentions: Iterable[Mention]) -> bool:
    covered = [False] * len(segment.units)
    for mention in mentions:
        if mention.quality >= HOMOPHONE:
            for k in range(mention.start, mention.end):
                local = k - segment.offset
                if 0 <= local < len(covered):
                    covered[local] = True
    text = "".join(segment.units)
    # A house number is read by the street pass, never as part of a name (东风路6号 is not
    # a loose 东风路校区).
    for number in _HOUSE_NUMBER.finditer(text):
        for k in range(number.start(), number.end()):
            covered[k] = True
    for word in index.generic_words:
        for start in _occurrences(text, word):
            for k in range(start, start + len(word)):
                covered[k] = True
    if not segment.han:
        # A kind of place typed in pinyin (gongyi zhongxue) is that word, as written: no name
        # is read loosely over it (郑州外国语中学 over gong yi zhong xue).
        for word in index.generic_words:
            for sound in index.reader.name_readings(word):
                for start in range(len(segment.units) - len(sound) + 1):
                    if segment.units[start : start + len(sound)] == sound:
                        covered[start : start + len(sound)] = [True] * len(sound)
    return all(covered)


def _occurrences(text: str, word: str) -> list[int]:
    out, start = [], text.find(word)
    while start >= 0:
        out.append(start)
        start = text.find(word, start + 1)
    return out


def campus_hints(
    index: NameIndex, utterances: list[Utterance], mentions: list[Mention]
) -> list[Mention]:
    """Loose mentions of the campuses or 院区 of an institution the caller already named.

    Once 郑大一附院 has been said, "东区" means its 郑东院区, and once 河科大 has, "医学院"
    means its 景华校区 (河科大医学院) rather than another university's medical campus: words
    not already explained by that institution are matched, in order but not necessarily
    adjacent, against the names of its sites only, where a wrong match is unlikely.
    """
    claimed: dict[int, set[tuple[int, int]]] = {}
    # Institutions named by their own or a site's name, not only by a road at a site's gates.
    named: set[int] = set()
    # Words that name an institution itself (河科大) are never loose words for another one.
    naming: set[tuple[int, int]] = set()
    for mention in mentions:
        if mention.quality < HETERONYM or mention.how in ("fuzzy", "dropped"):
            # A look-alike, or a name short of a character (儿童医院 for 省儿童医院), leaves its
            # words loose: they may still name one of the institution's sites.
            continue
        for link in index.links(mention.term):
            kind = index.places.kind(link.place)
            if kind in ("province", "city") and mention.how == "exact":
                # A city said exactly (洛阳) is where the caller is, not a loose word for a site
                # whose name starts with it (洛阳职业技术学院九都路校区). A county's name may be
                # chance (攀枝花's 东区 is 郑大一附院's 郑东院区).
                naming.update((mention.utterance, k) for k in range(mention.start, mention.end))
                continue
            if kind in ("university", "hospital"):
                institution = link.place
                naming.update((mention.utterance, k) for k in range(mention.start, mention.end))
            elif kind in ("campus", "hospital_branch") and index.parent[link.place] >= 0:
                institution = index.parent[link.place]
            else:
                continue
            claimed.setdefault(institution, set()).update(
                (mention.utterance, k) for k in range(mention.start, mention.end)
            )
            if link.weight >= NAMES:
                named.add(institution)
    hints: list[Mention] = []
    for institution, claimed_here in claimed.items():
        taken = claimed_here | naming
        loose = [
            (number, segment, start, end, words)
            for number, utterance in enumerate(utterances)
            for segment in utterance.segments
            if segment.han
            for start, end in _loose_spans(segment, number, taken)
            if (words := _before_housing("".join(segment.units[start:end])))
            not in index.generic_words
            and len(words) >= 2
        ]
        if not loose:
            # Everything said is claimed: with a generic name (校本部) claiming hundreds of
            # institutions, their site names are not read for nothing.
            continue
        sites = set(index.children.get(institution, ()))
        names = [
            normalise_text(name)
            for site in sites
            for name in (index.places[site].name, *index.places[site].aliases)
        ]
        name_terms = list(zip(names, index.term_ids(names), strict=True))
        if institution not in named:
            # Only a road at a site's gates points to the institution (开元大道 for 河科大's
            # 开元校区): loose words say one of its sites only when they say the institution too
            # (轻工, 工大, not 新区, which a city said before it makes that city's new district).
            own = "".join(
                normalise_text(name)
                for name in (index.places[institution].name, *index.places[institution].aliases)
            )
            loose = [span for span in loose if set(span[4]) & set(own)]
        for number, segment, start, end, words in loose:
            for name, term in name_terms:
                if (
                    term is not None
                    and _in_order(words, name)
                    and all(link.place in sites for link in index.links(term))
                ):
                    hints.append(
                        Mention(
                            number,
                            segment.offset + start,
                            segment.offset + end,
                            term,
                            HETERONYM,
                            "hint",
                        )
                    )
    return hints


def _before_housing(words: str) -> str:
    """Loose words without the housing word they end with (轻工|家属院): the words before it
    name the institution whose staff housing it is."""
    for word in HOUSING_WORDS:
        if words.endswith(word) and len(words) > len(word):
            return words[: -len(word)]
    return words


def _loose_spans(
    segment: Segment, number: int, specific: set[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Maximal runs (two units or more) of a segment that no specific mention covers."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for k in range(len(segment.units) + 1):
        free = k < len(segment.units) and (number, segment.offset + k) not in specific
        if free and start is None:
            start = k
        elif not free and start is not None:
            if k - start >= 2:
                spans.append((start, k))
            start = None
    return spans


def _in_order(words: str, name: str) -> bool:
    """Whether every character of `words` occurs in `name`, in order.

    >>> _in_order("东区", "郑东院区"), _in_order("区东", "郑东院区")
    (True, False)
    """
    position = 0
    for char in words:
        position = name.find(char, position) + 1
        if position == 0:
            return False
    return True


def _word_ends(utterance: Utterance) -> set[int]:
    """Where the caller's words stop: before a pause, a word pointing at what was said (少林四
    这儿), or the end of a run of characters or syllables."""
    ends = pause_starts(utterance)
    for segment in utterance.segments:
        ends.add(segment.offset + len(segment.units))
        if segment.han:
            ends.update(segment.offset + k for k, u in enumerate(segment.units) if u in _POINTING)
    return ends


def _thin(ends: set[int], mentions: list[Mention]) -> list[Mention]:
    """Drop a mention that lies inside, or mostly over, a surer mention already kept (`ends`:
    where the caller's words stop)."""
    ordered = sorted(mentions, key=lambda m: (-m.weight, m.start, m.term))
    written = {
        (m.utterance, k) for m in mentions if m.how == "exact" for k in range(m.start, m.end)
    }
    kept: list[Mention] = []
    for mention in ordered:
        if any(
            _overshadowed(mention, k) and not _heard_past(mention, k, written, ends) for k in kept
        ):
            continue
        kept.append(mention)
    # Words that read as a name only across the join of two longer names said one after the
    # other (路北 in 花园路|北环路) are a chance reading, not a third thing said.
    kept = [m for m in kept if not _straddles(m, kept)]
    # Where two exact names overlap in part (开封明伦|街 and 开封|明伦街), or two read from
    # typed pinyin (dengfeng shaolin|si and dengfeng|shaolinsi), the words of one that the
    # other leaves out are read on their own too (开封): otherwise the second reading would
    # lose the city said with it to the first.
    rests: dict[tuple[tuple[int, int, int], str], float] = {}
    for a in kept:
        for b in kept:
            if a is not b and (
                _runs_past(a, b) or _heard_past(b, a, written, ends) or _written_past_a_sound(b, a)
            ):
                span = (
                    (a.utterance, a.start, b.start)
                    if a.start < b.start
                    else (a.utterance, b.end, a.end)
                )
                # Words heard as part of a longer name heard whole (登峰 of 登峰少林 as 登封少林)
                # are heard as surely as it, not as a chance pair of syllables.
                sure = a.quality if a.how == b.how == "pinyin" else 0.0
                rests[(span, a.how)] = max(rests.get((span, a.how), 0.0), sure)
    kept += [
        replace(m, quality=max(m.quality, rests[key]))
        for m in mentions
        if (key := ((m.utterance, m.start, m.end), m.how)) in rests and m not in kept
    ]
    return kept


def _straddles(mention: Mention, kept: list[Mention]) -> bool:
    longer = [
        k
        for k in kept
        if k.how == "exact"
        and k.quality >= mention.quality
        and k.utterance == mention.utterance
        and k.end - k.start >= mention.end - mention.start
        and (k.start, k.end) != (mention.start, mention.end)
        and k.start < mention.end
        and mention.start < k.end
    ]
    covered = {u for k in longer for u in range(k.start, k.end)}
    return len(longer) >= 2 and all(u in covered for u in range(mention.start, mention.end))


def _overshadowed(mention: Mention, stronger: Mention) -> bool:
    if mention.utterance != stronger.utterance or stronger.weight < mention.weight:
        return False
    if stronger.quality < mention.quality - 0.15:
        return False  # a long loose match does not hide a short sure one
    if _heard_whole(mention) and stronger.how == "fuzzy":
        # Nor does a look-alike hide a name of three or more syllables heard whole by sound
        # (正州东站 as 郑州东站 under 郑州站西广场): which one the words say is for the scores.
        return False
    if mention.how == "dropped" and stronger.how == "fuzzy" and mention.start < stronger.start:
        # Nor does a look-alike begun inside a name short of a character hide it (尉氏人民医 住院部
        # read as 市人民医院 from 氏 on): the name takes in words the look-alike leaves unsaid.
        return False
    if mention.how in ("near", "edit"):
        # A place beside the caller, or a name one character from the words as written, stays
        # a candidate whatever else was said.
        return False
    if (mention.start, mention.end) == (stronger.start, stronger.end):
        # The same words naming several places: keep every reading that is as sure, but not
        # a sound-alike of words that were written exactly as a real name (北校区, not 北郊区).
        return stronger.quality - mention.quality > 0.05
    if _runs_past(mention, stronger) or _written_past_a_sound(mention, stronger):
        # 开封鼓楼|区 against 开封|鼓楼区: both exact, and the shorter one takes in words the
        # longer leaves unsaid. Which reading explains more is for the scores to tell.
        return False
    overlap = min(mention.end, stronger.end) - max(mention.start, stronger.start)
    return overlap * 2 >= mention.end - mention.start


def _heard_past(
    mention: Mention, stronger: Mention, written: set[tuple[int, int]], ends: set[int]
) -> bool:
    """Whether a name heard whole by sound begins inside a name said exactly, or heard by
    sound too, and runs past its end into the last words said, which no name reads as written
    (登封少林|四 heard as 少林寺, 四 for 寺; 登峰少林|四, both by sound): the caller said the
    sound-alike, and the other name took in only part of it. Which of the two the words say is
    for the scores."""
    return (
        _heard_whole(mention)
        and (stronger.how == "exact" or (stronger.how == "pinyin" and _heard_whole(stronger)))
        and mention.utterance == stronger.utterance
        and stronger.start <= mention.start < stronger.end < mention.end
        and mention.end in ends
        and all((mention.utterance, k) not in written for k in range(stronger.end, mention.end))
    )


def _written_past_a_sound(mention: Mention, stronger: Mention) -> bool:
    """Whether a name said exactly begins inside a name heard only by sound and runs past its
    end (登峰少林|寺: 登封少林 heard, 少林寺 written): the words the sound reading leaves unsaid
    are the written name's, so the caller may have said a county heard wrong and a place in
    it. Which of the two the words say is for the scores."""
    return (
        mention.how == "exact"
        and stronger.how in ("pinyin", "latin")
        and mention.utterance == stronger.utterance
        and stronger.start < mention.start < stronger.end < mention.end
        and mention.end - mention.start >= 3
    )


def _heard_whole(mention: Mention) -> bool:
    return (
        mention.how in ("pinyin", "latin")
        and mention.quality >= HOMOPHONE
        and mention.end - mention.start >= 3
    )


def _runs_past(mention: Mention, stronger: Mention) -> bool:
    """Whether two exact names, or two read from typed pinyin, overlap in part, each holding
    words the other does not. Typed pinyin has no characters to tell the readings apart."""
    return (
        mention.how == stronger.how
        and mention.how in _READ_WHOLE
        and mention.start < stronger.end
        and stronger.start < mention.end
        and (mention.start < stronger.start or mention.end > stronger.end)
        and (stronger.start < mention.start or stronger.end > mention.end)
    )


# Readings taken as said, each as sure as another of its kind.
_READ_WHOLE = ("exact", "latin")
_TOWN_LEVEL_WORDS = ("镇", "乡", "街道")


def _town_in_full(index: NameIndex, mention: Mention) -> bool:
    """Whether a mention is a town's full name, level word and all (谷营镇): its 街 after it
    (谷营镇街上) is the town's street, in the town, not a road named after it elsewhere."""
    return str(index.terms[mention.term]).endswith(_TOWN_LEVEL_WORDS) and all(
        index.places.kind(link.place) == "town" for link in index.links(mention.term)
    )
