"""Readings the caller's words do not bear, and words that no reading takes.

A compound near a place (繁塔那边 那个小区) is not named after it; a look-alike read over a word
for a compound (老小区 as 老校区), a word pointing at a name (市一院那), or a city said before
words that share nothing with the rest of its name (安阳殷墟 as 安阳学院) is not what was said;
and a road or compound the caller names that nothing reads stops a read-back of another place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer._context import words_said
from gazetteer._index import NAMES, ROAD_WORDS, NameIndex
from gazetteer._match import Mention, Utterance, pause_starts, sure_names_of, units_said
from gazetteer._normalise import normalise_text
from gazetteer._water_words import EDGES, SIDES, SITE_PARTS

_HAN = "[\u4e00-\u9fff]"
# Words written after a name to point at it (市一院那, 鼓楼这).
_POINTING = ("那", "这")
# A word asking which (哪个校区 说不清): a look-alike read over it (哪个校区 as 黄梅校区, 道哪个
# as 东校区) is a name the caller did not say; they said they do not know which.
_ASKING = ("哪",)
# Words for where the caller is by a place (塔底下, 塔下面): a look-alike read over them (底下 as
# 地铁站) is a name the caller did not say.
_BESIDE = ("底下", "下面", "下头", "跟前", "旁边", "对面", "门口", "后头", "后面", "附近")


# Words that end what a caller says of one place (繁塔那边): a compound's name read across them
# (繁塔|那边 那个|小区 as 繁塔小区) is a compound near the place, not one named after it.
_PAUSES = ("那边", "这边", "那块", "这块", "那儿", "这儿")
_COMPOUND_WORDS = ("小区", "社区", "家属院", "大院")
# The same after a road with 那个 (建设路那个小区): the compound on the road, not the one named
# after it (巩义's 建设路社区); after other words (铁路那个家属院) it may be the one named so.
_WHICH_ONE = ("那个", "这个")
# A scenic area's word (开府景区 read as 开福区): the caller said what kind of place it is.
_AREA_WORDS = ("景区", "景点")


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
                for pause in (
                    (*_PAUSES, *_WHICH_ONE) if words[:k].endswith(ROAD_WORDS) else _PAUSES
                )
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
# A compound's word said by the caller (经三路那个小区): a name said apart that nothing reads
# (鑫苑名家) is the compound's.
_ESTATE_WORDS = ("小区", "家属院", "大院")
# A name said apart: long enough not to be a word of speech (那块, 这边).
_NAME_APART = 4
# An estate said by a name ending in its word 城 between pauses (万科城，南三环那个), that nothing
# reads: a name of three or more characters, not a word of speech (县城, 进城).
_ESTATE_ENDING = "城"
_ESTATE_NAME = 3
# Words of speech ending in 城 that say the caller is going into or out of town, or is in a
# county's or a city's old town (刚进城, 在县城, 宋都古城): where they are, not an estate's name.
_TOWN_WORDS = ("进城", "出城", "回城", "入城", "县城", "老城", "古城")
# A village said by its name and word between pauses (勺园村), that nothing reads.
_VILLAGE_WORD = "村"
_VILLAGE_WORD_AND_NAME = 2
# Words of speech no place's name holds: words said apart with them (快点过来, 老人摔倒了, 我也
# 不知道叫啥, 那个村, 城中村) are what the caller says of the patient, the call or the kind of
# place, not a compound's or a village's name.
_SPEECH_WORDS = (
    *"了吗呢吧啊呀啥么我你他她咱俺",
    "快点",
    "赶紧",
    "过来",
    "来人",
    "知道",
    "那个",
    "这个",
    "哪个",
    "一个",
    "城中村",
)


def unread_place_said(
    index: NameIndex,
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    place: int,
    sure: float,
) -> bool:
    """Whether the caller named a road they are on or a compound or estate (明德园, 万科城) that
    no sure reading takes and that the place read back does not stand on."""
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
            apart = [
                name
                for name in _uncovered_runs(words, covered, segment.offset, pause_starts(utterance))
                if not _said_again_read(words, name, covered)
            ]
            if any(
                name not in address
                and not any(word in name for word in _SPEECH_WORDS)
                and (
                    (len(name) >= _NAME_APART and any(w in utterance.text for w in _ESTATE_WORDS))
                    or (len(name) > _VILLAGE_WORD_AND_NAME and name.endswith(_VILLAGE_WORD))
                    or (
                        len(name) >= _ESTATE_NAME
                        and name.endswith(_ESTATE_ENDING)
                        and not name.endswith(_TOWN_WORDS)
                    )
                )
                for name in apart
            ):
                return True
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


def _said_again_read(words: str, name: str, covered: set[int]) -> bool:
    """Whether words said apart are said again straight after as the first words of a name a
    sure reading takes (21世纪 21世纪小区): the caller put the name right, and it is read."""
    at = words.find(name)
    again = at + len(name)
    return (
        at >= 0
        and words.startswith(name, again)
        and all(k in covered for k in range(again, again + len(name)))
    )


def _uncovered_runs(words: str, covered: set[int], offset: int, pauses: set[int]) -> list[str]:
    """The words said between pauses that no sure reading takes any of (鑫苑名家 in 鑫苑名家
    经三路那个小区)."""
    runs: list[str] = []
    start = 0
    for end in sorted({*(p - offset for p in pauses if 0 < p - offset < len(words)), len(words)}):
        if not any(k in covered for k in range(start, end)):
            runs.append(words[start:end])
        start = end
    return runs


def look_alikes_over_compound_words(
    read: Sequence[Utterance], mentions: Sequence[Mention], index: NameIndex
) -> list[Mention]:
    """The mentions without look-alikes or sound-alikes read over a word for a compound that
    their name does not hold (就是个小区 as 北校区, 老小区 as 老校区), or over a scenic area's
    word (开府景区 as 开福区): the caller said a compound or a scenic area, not a name like it.
    Nor over a word pointing at what was just named (市一院那 as 市一院南院区), asking which
    (哪个校区 as 黄梅校区), or saying where by it the caller is (塔底下 as 地铁站): the caller
    named it, and pointed or asked."""

    def over(mention: Mention) -> bool:
        if mention.how == "latin":
            # A name heard across typed pinyin and characters (xi小区 as 西校区): the
            # characters said for a compound are the caller's, not a name like them.
            return over_a_kind(words_said(read[mention.utterance], mention), mention)
        if mention.how not in ("fuzzy", "pinyin", "dropped"):
            return False
        words = words_said(read[mention.utterance], mention)
        name = str(index.terms[mention.term])
        if any(word in words and word not in name for word in (*_POINTING, *_ASKING, *_BESIDE)):
            return True
        # The word last read as the name's is what the caller is by (二七广汤 塔|下面, 塔 read
        # as 站): the name's own last word was not said.
        utterance = read[mention.utterance]
        next_words = units_said(utterance, mention.end, mention.end + 2, written_only=True)
        if words and name and words[-1] != name[-1] and next_words in _BESIDE:
            return True
        if _over_a_spoken_syllable(index, read[mention.utterance], mention):
            return True
        return over_a_kind(words, mention)

    def over_a_kind(words: str, mention: Mention) -> bool:
        name = str(index.terms[mention.term])
        return any(
            word in words and not any(w in name for w in group)
            for group in (_COMPOUND_WORDS, _AREA_WORDS)
            for word in group
        )

    return [m for m in mentions if not over(m)]


# Words of speech typed in pinyin around a name (zai lvcheng guangchang zhe: 在 … 这): a
# sound-alike that takes them in as the name's first or last syllable (zhe as zhan, 站) reads
# a name the caller did not say.
_SPOKEN_SYLLABLES = frozenset({"zai", "zhe", "zher", "zhei", "na", "nar", "nei"})


def _over_a_spoken_syllable(index: NameIndex, utterance: Utterance, mention: Mention) -> bool:
    """Whether a sound-alike's first or last typed syllable is a word of speech that is not
    the name's own syllable there."""
    if mention.how != "fuzzy" or mention.end - mention.start < 2:
        return False
    sound = str(index.term_sound[mention.term]).split()
    if not sound:
        return False
    first = units_said(utterance, mention.start, mention.start + 1)
    last = units_said(utterance, mention.end - 1, mention.end)
    return (first in _SPOKEN_SYLLABLES and _plain(first) != _plain(sound[0])) or (
        last in _SPOKEN_SYLLABLES and _plain(last) != _plain(sound[-1])
    )


def _plain(syllable: str) -> str:
    """A syllable as typed without the retroflex h (zhai typed zai, as callers of the south and
    many of Henan say and type it): 高皇寨 typed gaohuangzai ends in its own syllable, not 在."""
    for retroflex, plain in (("zh", "z"), ("ch", "c"), ("sh", "s")):
        if syllable.startswith(retroflex):
            return plain + syllable[len(retroflex) :]
    return syllable


# A gate of a place, said after its name (开大西门, 郑大北门): which way in, not part of a name.
_GATE = re.compile("[东西南北正后侧大小]门")


def names_across_a_gate(
    read: Sequence[Utterance], mentions: Sequence[Mention], index: NameIndex
) -> list[Mention]:
    """The mentions without names read across the end of a name said exactly and the gate
    after it (开大西门 read as 开|大西门, a 社区 of 尉氏, over 开大|西门; 开大东门 as 大东区):
    the words the name before leaves are a gate of it, and the character the two share is
    the name's."""

    def across(mention: Mention) -> bool:
        if mention.how != "exact":
            return False
        utterance = read[mention.utterance]
        for other in mentions:
            if not (
                other.how == "exact"
                and other.utterance == mention.utterance
                and other.start < mention.start < other.end < mention.end
            ):
                continue
            gate = units_said(utterance, other.end, other.end + 2, written_only=True)
            if _GATE.fullmatch(gate) and mention.end <= other.end + 2:
                return True
        return False

    return [m for m in mentions if not across(m)]


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


_DIRECTIONS = frozenset("东西南北")


def look_alikes_of_another_direction(
    read: Sequence[Utterance], mentions: Sequence[Mention], index: NameIndex
) -> list[Mention]:
    """The mentions without loose readings that take one direction said for another (市一院北门
    as 市一院南院区, 东门 as 西门): the two words name opposite sides or sites, which a
    likeness of the rest of the words does not make one.

    >>> _other_direction("市一院北门", "市一院南"), _other_direction("市一院南门", "市一院南")
    (True, False)
    """

    def other(mention: Mention) -> bool:
        if mention.how == "exact":
            return False
        words = words_said(read[mention.utterance], mention)
        return _other_direction(words, str(index.terms[mention.term]))

    return [m for m in mentions if not other(m)]


def _other_direction(words: str, name: str) -> bool:
    """Whether the words say directions and the name others, none of them the same; or say a
    road's section (中州中路) and the name another section of it (中州东路).

    >>> _other_direction("中州中路上", "中州东路2号"), _other_direction("中州东路上", "中州东路")
    (True, False)
    """
    said, named = _DIRECTIONS.intersection(words), _DIRECTIONS.intersection(name)
    if said and named and not said & named:
        return True
    sections_said, sections_named = set(_SECTION.findall(words)), set(_SECTION.findall(name))
    return bool(sections_said) and bool(sections_named) and not sections_said & sections_named


# A road's section: the direction or 中 before its road word (中州中路, 建设西路).
_SECTION = re.compile("([东西南北中])(?:路|街|大道|大街)")


# Words after which 是 is the verb (不是, 还是, 就是, 也是): the caller says what the place is,
# and a name heard in it by sound (是中医院 as 市中医院) is a city's place they did not say.
_BEFORE_THE_VERB = frozenset("不还就也都可才倒正又")
_SOUND_READINGS = frozenset({"pinyin", "fuzzy"})
_NEGATING_VERBS = ("不是", "没在", "不在")


def verb_heard_as_a_name(
    read: Sequence[Utterance], mentions: Sequence[Mention], index: NameIndex
) -> list[Mention]:
    """The mentions without names read by sound from a 是 said as the verb (通许 不是 中医院
    read as 市中医院): 是 after 不, 还, 就 or 也 is never 市, whatever the name after it."""

    def heard(mention: Mention) -> bool:
        if mention.how not in _SOUND_READINGS:
            return False
        utterance = read[mention.utterance]
        said = units_said(utterance, mention.start, mention.start + 1, written_only=True)
        before = units_said(utterance, mention.start - 1, mention.start, written_only=True)
        name = str(index.terms[mention.term])
        if said == "是" and before in _BEFORE_THE_VERB and not name.startswith("是"):
            return True
        # Nor a name heard across 不是 itself (区不是 as 曲阜市, 不 read as fu): the caller is
        # saying where they are not, in words no name is made of.
        words = words_said(utterance, mention)
        return any(verb in words and verb not in name for verb in _NEGATING_VERBS)

    return [m for m in mentions if not heard(m)]


# Words a short name's last character begins that name a thing of their own (贾鲁河大堤 is the
# river's dike, not 河大 and 堤; 金水河大桥 the bridge; 新郑大道 the road; 省医保局 the
# insurance office): the short name is read inside a longer word, not said. Gates (大门),
# buildings and grounds of the place itself (大礼堂, 大楼, 大院) are not among them.
_WORDS_A_SHORT_NAME_RUNS_INTO = (
    "大堤",
    "大坝",
    "大桥",
    "大闸",
    "大渠",
    "大道",
    "大街",
    "大厦",
    "大酒店",
    "大饭店",
    "大市场",
    "医保",
    "医药",
    "医疗",
)
# Words of the place's own that begin with the second character of such a word (省医保卫科 is
# the hospital's security office, 保卫 not 医保; 省医药房 its pharmacy, 药房 not 医药): the
# short name is said, and the place's room or office follows it.
_OWN_WORDS_AFTER_A_SHORT_NAME = ("保卫", "保安", "保洁", "药房", "药剂")
# The level word that ends a division's name (河南省): a short name that begins with it (省医)
# is said after the division's short name (河南|省医), not read across it.
_LEVEL_WORDS = frozenset("省市县区镇乡")


def short_names_inside_a_word(
    read: Sequence[Utterance], mentions: Sequence[Mention], index: NameIndex
) -> list[Mention]:
    """The mentions without a short name (an alias of two characters: 河大, 郑大, 省医) read
    inside a longer word: its last character beginning a word of its own (贾鲁河大堤 as
    贾鲁河|大堤, not 河大; 新郑大道; 省医保局), or its first the end of another name said
    exactly (新郑|郑大); nor the looser readings that begin with it. Said as a word (在河大,
    去郑大, 河大门口, 河大大礼堂, 河南省医) it stays."""

    def short_name(mention: Mention) -> bool:
        if mention.how != "exact" or mention.end - mention.start != 2:
            return False
        term = str(index.terms[mention.term])
        links = index.links(mention.term)
        return bool(links) and all(
            normalise_text(index.places.name(link.place)) != term for link in links
        )

    def inside(mention: Mention) -> bool:
        if not short_name(mention):
            return False
        utterance = read[mention.utterance]
        written = units_said(utterance, mention.start, mention.end + 3, written_only=True)
        if (
            mention.end not in pause_starts(utterance)
            and any(written[1:].startswith(word) for word in _WORDS_A_SHORT_NAME_RUNS_INTO)
            and not written[2:].startswith(_OWN_WORDS_AFTER_A_SHORT_NAME)
        ):
            return True
        first = units_said(utterance, mention.start, mention.start + 1, written_only=True)
        return first not in _LEVEL_WORDS and any(
            other.how == "exact"
            and other.utterance == mention.utterance
            and other.start < mention.start < other.end < mention.end
            and other.end - other.start >= 2
            for other in mentions
        )

    dropped = [m for m in mentions if inside(m)]
    # A looser reading that begins with the same short name (河大堤 heard as 河大礼堂, 省医保 as
    # 省医本部) reads the same characters the same way.
    return [
        m
        for m in mentions
        if m not in dropped
        and not any(
            m.how != "exact"
            and m.utterance == d.utterance
            and m.start == d.start
            and str(index.terms[m.term]).startswith(str(index.terms[d.term]))
            for d in dropped
        )
    ]


# A house number said after a road's name (竹林街186号).
_HOUSE_NUMBER_AFTER = re.compile(r"\d+号")
# What ends a road's name (as `ROAD_WORDS` of the index).
_ROAD_ENDS = ("路", "街", "大道", "大街", "巷")


def road_address_read_as_its_community(
    index: NameIndex, read: Sequence[Utterance], place: int
) -> bool:
    """Whether `place` is a 社区 named after a road (竹林街社区) that the caller said as an
    address, the road with a house number (竹林街186号): the caller gave a number on the road,
    which the 社区 does not say it holds, so the 社区 is offered, not read back. Said as the
    社区 (竹林街社区 三号楼) or the road alone, it is read as before."""
    if index.places.kind(place) != "village":
        return False
    name = normalise_text(index.places.name(place))
    if not name.endswith("社区"):
        return False
    road = name[: -len("社区")]
    if len(road) < 2 or not road.endswith(_ROAD_ENDS):
        return False
    for utterance in read:
        text = utterance.text.replace(" ", "")
        start = text.find(road)
        while start >= 0:
            if _HOUSE_NUMBER_AFTER.match(text, start + len(road)):
                return True
            start = text.find(road, start + 1)
    return False


# Words that make a town's short name said before them a site named after the same water or
# hill (雁鸣湖景区, 大峪沟公园): as `_SITE_WORDS` of the matcher for a division's name. 城 makes
# it a market or a pleasure ground's name (小宋城, 华南城), not the town: a town is 镇上, not
# 城, but for the seat's quarters (城关, 城区, 城郊) and the town within its old walls said as
# one word (洧川城里, 陈留 城里, 城外, 城中村): a market's 城 ends its name, and what is in it
# follows after a pause (小宋城 里面).
# A market named after the town (古荥农副产品批发市场, 万滩批发市场) is a site too.
_SITE_AFTER_A_TOWN = ("景区", "风景区", "公园", "遗址", "水库", "湿地", "农副", "批发")
_CITY_WORD = "城"
_TOWN_QUARTERS = ("城关", "城区", "城郊")
_WITHIN_THE_WALLS = ("城里", "城内", "城外", "城边", "城中", "城墙")
# A town named after its water (雁鸣湖镇, 米河镇, 五里河镇): its short name said with the edge
# or shore of it (雁鸣湖边上, 米河岸边, 刘河沿上) is the lake or river, which the data does not
# hold, not the town; 那边 (雁鸣湖那边) says only where the town is, and stays the town.
# A 街道 is named after its water too (须水街道 after 须水河), and a name that ends in 水 is
# the river's old name (汜水镇, 须水): said with 河 (汜水河边上), it is the river; said alone
# with 边上 (汜水边上), it may be the town's edge, and stays the town.
_WATER_WORDS = ("湖", "河", "江", "渠", "塘", "泉", "潭")
_RIVER_OLD_NAME_ENDS = ("水",)
_TOWN_LEVEL_WORDS = ("街道", "镇", "乡")
# The water said as water, not as the town: someone in it (掉水里, 落水, 湖里), or the lake or river
# said by its kind alone (那个湖, 河边): the caller is at the water, wherever it lies in the town.
_IN_THE_WATER = ("水里", "掉水", "落水", "溺水")
_WATER_BY_ITS_KIND = ("那个{}", "这个{}", "{}里", "{}边")
# A side of the water (雁鸣湖北边, 米河北岸) or a part of a site at it (雁鸣湖那个码头, 停车场),
# `SIDES` and `SITE_PARTS`, said right after the short name: the lake's or river's side, not the
# town's; 那边 is not one. The edges, sides and parts are `_water_words`', shared with the water
# said first as where the caller is.


def water_named_by_its_town(
    index: NameIndex,
    utterances: Sequence[str],
    place: int,
    read: Sequence[Utterance] = (),
    mentions: Sequence[Mention] = (),
) -> bool:
    """Whether `place` is a town named after its water (雁鸣湖镇) whose water was said with
    its edge (雁鸣湖边上), or said as water by the water's name, not the town's (雁鸣湖，那个湖;
    雁鸣湖，有人掉水里了): the caller is by the lake or river, which may lie well outside the
    town's seat, so the town is offered, not read back. The same for a 街道 (须水街道) and
    for a river said with 河 after a town's name that ends in 水 (汜水河边上 of 汜水镇). A
    pause typed between them (雁鸣湖 边上) is left out before looking. The short name said,
    or heard like it (雁明湖), right before a side of the water (北边, 西岸) or a part of a site
    at it (码头, 停车场) is the water too; the town said in full (雁鸣湖镇北边) stays the town."""
    if index.places.kind(place) != "town":
        return False
    name = normalise_text(index.places.name(place))
    level = next((w for w in _TOWN_LEVEL_WORDS if name.endswith(w)), "")
    stem = name.removesuffix(level) if level else ""
    if stem.endswith(_WATER_WORDS):
        water = stem
    elif stem.endswith(_RIVER_OLD_NAME_ENDS):
        water = stem + "河"
    else:
        return False
    if _short_name_said_by_its_water(index, read, mentions, place, stem):
        return True
    said = ["".join(normalise_text(text).split()) for text in utterances]
    said += ["".join(text.split()) for text in utterances]
    kind = water[-1]
    # Said as water only while the town is not said as a town (汜水镇，河边上: the town).
    as_water = not any(name in text for text in said)
    return any(
        water + edge in text
        or (
            as_water
            and (
                any(word in text for word in _IN_THE_WATER)
                or any(pattern.format(kind) in text for pattern in _WATER_BY_ITS_KIND)
            )
        )
        for text in said
        for edge in EDGES
    )


def _short_name_said_by_its_water(
    index: NameIndex,
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    place: int,
    stem: str,
) -> bool:
    """Whether a mention of `place` by its short name `stem` (after its county or not: 中牟雁鸣湖),
    as said or as heard (雁明湖 for 雁鸣湖), goes on with a side of the water or a part of a site
    at it. Words that hold the town's full name (雁鸣湖镇政府, read as the town) are the town's."""
    name = normalise_text(index.places.name(place))
    for mention in mentions:
        if not normalise_text(str(index.terms[mention.term])).endswith(stem) or not any(
            link.place == place and link.weight >= NAMES for link in index.links(mention.term)
        ):
            continue
        utterance = read[mention.utterance]
        if name in units_said(utterance, mention.start, mention.end):
            continue
        after = units_said(utterance, mention.end, mention.end + 3, written_only=True)
        if after.startswith(SIDES + SITE_PARTS):
            return True
    return False


def site_named_like_its_town(
    index: NameIndex,
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    place: int,
    sure: float,
) -> bool:
    """Whether `place` is a town named only by the short name of it (雁鸣湖 for 雁鸣湖镇) said
    as the first words of a site's name (雁鸣湖景区, 大峪沟公园, 小宋城): the caller names the
    lake's or the valley's scenic area the town is named after, or a market named so, which the
    data does not hold, not the town; the town is offered, not read back. Said in full
    (雁鸣湖镇), alone (中牟 雁鸣湖 那边) or with its walls (洧川 城里), the town is read back
    as before."""
    if index.places.kind(place) != "town":
        return False
    name = normalise_text(index.places.name(place))
    named = False
    for mention in sure_names_of(index, mentions, place, sure):
        if str(index.terms[mention.term]) == name:
            return False
        utterance = read[mention.utterance]
        after = units_said(utterance, mention.end, mention.end + 3, written_only=True)
        walls = after.startswith(_WITHIN_THE_WALLS) and mention.end + 1 not in pause_starts(
            utterance
        )
        site = after.startswith(_SITE_AFTER_A_TOWN) or (
            after.startswith(_CITY_WORD) and not after.startswith(_TOWN_QUARTERS) and not walls
        )
        if not site:
            return False
        named = True
    return named


# The word of its level a caller says a name again with (王村 王村村, 超化 超化镇).
_LEVEL_AFTER_A_NAME = ("村", "镇", "乡", "社区", "街道")


def names_said_twice(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention]
) -> list[Mention]:
    """The mentions without a name read across a pause whose two sides are the same words,
    the second going on with the word of its level (王村 王村村 read as 王村王村, a village of
    荥阳's 王村镇): the caller said one name twice, which is read once, on its own. Said twice
    alone (刘寨，我在刘寨), it is read as before."""
    kept: list[Mention] = []
    found: list[Mention] = []
    for mention in mentions:
        utterance = read[mention.utterance]
        pauses = [k for k in pause_starts(utterance) if mention.start < k < mention.end]
        words = units_said(utterance, mention.start, mention.end)
        after = units_said(utterance, mention.end, mention.end + 2, written_only=True)
        twice = [
            k
            for k in pauses
            if (half := k - mention.start) >= 2
            and (words[half:] + after).startswith(words[:half])
            and (words[half:] + after)[half:].startswith(_LEVEL_AFTER_A_NAME)
        ]
        if not twice:
            kept.append(mention)
            continue
        half = twice[0] - mention.start
        (term,) = index.term_ids([words[:half]])
        if term is not None:
            start = mention.start
            found.append(Mention(mention.utterance, start, start + half, term, 1.0, "exact"))
    held = {(m.utterance, m.start, m.end, m.term) for m in kept}
    return kept + [m for m in found if (m.utterance, m.start, m.end, m.term) not in held]


def names_said_again_with_their_level(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention]
) -> list[Mention]:
    """The mentions without a bare name said just before the same name with its level word
    (石佛 石佛村): the caller put the name right, and the bare words (石佛, 石佛镇's short name)
    are not another place. A division said before the bare name (高新区 石佛 石佛村, read as
    高新区石佛) is kept on its own. Said apart by other words, or alone, both stand."""
    said = {(m.utterance, m.start): units_said(read[m.utterance], m.start, m.end) for m in mentions}
    kept: list[Mention] = []
    found: list[Mention] = []
    for mention in mentions:
        words = said[(mention.utterance, mention.start)]
        again = said.get((mention.utterance, mention.end), "")
        bare = next(
            (
                again.removesuffix(level)
                for level in _LEVEL_AFTER_A_NAME
                if again.endswith(level) and len(again) - len(level) >= 2
            ),
            "",
        )
        if (
            not bare
            or not words.endswith(bare)
            or mention.end not in pause_starts(read[mention.utterance])
        ):
            kept.append(mention)
            continue
        before = words.removesuffix(bare)
        if len(before) >= 2 and (term := index.term_ids([before])[0]) is not None:
            end = mention.end - len(bare)
            found.append(
                Mention(mention.utterance, mention.start, end, term, mention.quality, "exact")
            )
    held = {(m.utterance, m.start, m.end, m.term) for m in kept}
    return kept + [m for m in found if (m.utterance, m.start, m.end, m.term) not in held]


# The words a village's name ends in, said before its name again without them (茶店村，茶店小学).
_VILLAGE_WORDS = ("村", "社区")


def village_names_said_again(
    index: NameIndex,
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    codes: Sequence[str],
) -> list[Mention]:
    """The mentions without a name said again after a village of that name with its 村 (茶店村，
    茶店小学门口; 川口村，川口大桥底下) when the bare words name only places outside the centre's
    area by a short name (林州's 茶店镇): the caller said their village's name twice, the second
    time as the start of a thing named after it, not a town of another city whose seat village
    bears the name too. A town of the centre's area so named (古荥村，古荥那边) is kept: it says
    which of the villages so named it is; said with its level word (茶店镇) it is its full name."""
    prefixes = tuple(codes)
    if not prefixes:
        return list(mentions)
    villages: list[tuple[int, int, str]] = []
    for mention in mentions:
        if mention.how != "exact":
            continue
        words = units_said(read[mention.utterance], mention.start, mention.end)
        bare = next((words.removesuffix(w) for w in _VILLAGE_WORDS if words.endswith(w)), "")
        if len(bare) >= 2 and any(
            index.places.kind(link.place) == "village"
            and normalise_text(index.places.name(link.place)) == words
            for link in index.links(mention.term)
        ):
            villages.append((mention.utterance, mention.end, bare))

    def again(mention: Mention) -> bool:
        if mention.how != "exact":
            return False
        words = units_said(read[mention.utterance], mention.start, mention.end)
        if not any(
            utterance == mention.utterance and end <= mention.start and bare == words
            for utterance, end, bare in villages
        ):
            return False
        return _only_far_places_not_named(index, mention.term, words, prefixes)

    return [m for m in mentions if not again(m)]


def _only_far_places_not_named(
    index: NameIndex, term: int, words: str, prefixes: tuple[str, ...]
) -> bool:
    """Whether a term leads only to places outside the centre's area (`prefixes`), none of them
    named in full by the words said: the words read as a far place's short name or sound."""
    named = index.places_named(term)
    return bool(named) and all(
        normalise_text(index.places.name(place)) != words
        and not index.in_divisions(place, prefixes)
        for place in named
    )


# The word a caller says for a crossing (那个路口, 旁边路口), never a town's name as said.
_CROSSING_WORD = "路口"


def crossing_word_heard_as_a_far_town(
    index: NameIndex,
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    codes: Sequence[str],
) -> list[Mention]:
    """The mentions without the crossing word 路口 read as a place outside the centre's area that
    the words do not name in full: 路口 alone as 息县's 路口乡 by its short name (肿瘤医院旁边路口),
    or with the 边 of a side said before it (二七塔北边那个路口) as 淮滨's 卞路口乡 by sound. The
    caller is at a crossing by the place said; typed as written (卞路口, 路口乡) the town stays."""
    prefixes = tuple(codes)
    if not prefixes:
        return list(mentions)

    def heard(mention: Mention) -> bool:
        words = units_said(read[mention.utterance], mention.start, mention.end)
        if not words.endswith(_CROSSING_WORD):
            return False
        if words != _CROSSING_WORD and mention.how == "exact":
            return False
        return _only_far_places_not_named(index, mention.term, words, prefixes)

    return [m for m in mentions if not heard(m)]


# Words after a 街道 naming its office or one of its 社区: the caller is in the 街道.
_DIVISION_PARTS = ("办", "社区", "居委", "辖区")


def _districts_said(index: NameIndex, mentions: Sequence[Mention]) -> set[str]:
    """The codes of the counties and districts a call names (巩义, 金水区)."""
    return {
        index.places.admin(link.place).adcode or ""
        for m in mentions
        for link in index.links(m.term)
        if link.weight >= NAMES and index.places.kind(link.place) == "district"
    }


def roads_said_before_their_street_division(
    index: NameIndex,
    utterances: Sequence[str],
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
) -> list[Mention]:
    """The mentions with a 街道 named after a road (济源路街道), said after that road's full
    name and with a word pointing at it (上街济源路，济源路街道那; 花园路，花园路街道那个), read
    as the road: the caller says where on the road they are, not that they are in the 街道
    rather than on it. Said alone, with its district or office, or after another road, the
    街道 stands; so it does when the words after the pointing word name the 街道's office or one
    of its 社区 (花园路街道那个社区, 建设路街道这个办事处), and when the call names a county or
    district holding the 街道 and no road of that name (巩义新华路，新华路街道那: 巩义's 街道,
    not 新郑's 新华路)."""
    spaced = [normalise_text(u) for u in utterances]
    said = [u.replace(" ", "") for u in spaced]
    districts = _districts_said(index, mentions)
    out: list[Mention] = []
    for mention in mentions:
        words = units_said(read[mention.utterance], mention.start, mention.end)
        road = words.removesuffix("街道")
        term = index.term_ids([road])[0] if road != words and road.endswith(ROAD_WORDS) else None
        roads = (
            [
                link.place
                for link in index.links(term)
                if index.places.kind(link.place) == "road" and link.weight >= NAMES
            ]
            if term is not None
            else []
        )
        pointing = f"[{''.join(_POINTING)}]"
        after = re.search(f"{re.escape(words)} ?{pointing}(\\S*)", spaced[mention.utterance])
        if (
            term is None
            or not roads
            or not any(
                m.term == term and (m.utterance, m.end) <= (mention.utterance, mention.start)
                for m in mentions
            )
            or not re.search(f"{re.escape(words)}{pointing}", said[mention.utterance])
            or (after is not None and any(w in after.group(1) for w in _DIVISION_PARTS))
            or (
                not any(index.places.admin(r).adcode in districts for r in roads)
                and any(
                    index.places.kind(link.place) == "town"
                    and index.places.admin(link.place).adcode in districts
                    for link in index.links(mention.term)
                )
            )
        ):
            out.append(mention)
            continue
        # The road's own units: the level word after them names nothing more.
        end = mention.end - len("街道")
        out.append(Mention(mention.utterance, mention.start, end, term, mention.quality, "exact"))
    return out


# A side of a road said after it (魏都路 路北, 中山路路东): which side, not 唐山's 路北区.
_ROAD_SIDE = re.compile("路[东西南北]")


def road_sides_said(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention]
) -> list[Mention]:
    """The mentions without a side of a road (路北, 路南) said with a road's name in the same
    utterance, after it or before it (开封魏都路 中段 路北, 路北 金水路上): the caller says which
    side of the road, not 路北区 or 路南区 of 唐山. Said with its level word (路北区), it is the
    district."""

    def side(mention: Mention) -> bool:
        utterance = read[mention.utterance]
        words = units_said(utterance, mention.start, mention.end, written_only=True)
        if mention.end - mention.start != 2 or not _ROAD_SIDE.fullmatch(words):
            return False
        if units_said(utterance, mention.end, mention.end + 1, written_only=True) == "区":
            return False
        before = units_said(utterance, 0, mention.start, written_only=True)
        after = units_said(utterance, mention.end, utterance.length, written_only=True)
        return any(word in before or word in after for word in ("路", "街", "大道"))

    return [m for m in mentions if not side(m)]


def names_short_across_the_next(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention]
) -> list[Mention]:
    """The mentions without a name heard short of a character (开封大 for 开封大学) whose words
    run into another heard so (大相寺 for 大相国寺) that goes on past them, where the words before
    the other name a place as said (开封): read so, every word said is read; read the first way,
    the other's last words (相寺) are left over."""

    def cut_short(mention: Mention) -> bool:
        return mention.how == "dropped" and any(
            other.how == "dropped"
            and other.utterance == mention.utterance
            and mention.start < other.start < mention.end < other.end
            and index.term_ids([units_said(read[mention.utterance], mention.start, other.start)])[0]
            is not None
            for other in mentions
        )

    return [m for m in mentions if not cut_short(m)]
