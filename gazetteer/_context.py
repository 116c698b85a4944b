"""The words around a name: what they say about whether the caller is at the place it names.

A place said as a reference (靠淮河医院, 郑大一附院往南, 相国寺对过, 铁塔旁边) is not where the
caller is when something else was said for that: the road or site they are on. The reference
still tells which of the places so named is meant (铁塔旁边那个河大 is the campus by the tower),
so it explains the places near it, never itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

import numpy as np

from gazetteer._county_towns import town_words
from gazetteer._geo import haversine_km
from gazetteer._index import INITIALS_MIN, NAMES, NEAR, ROAD_WORDS, NameIndex
from gazetteer._match import (
    HOUSING_WORDS,
    NOT,
    Mention,
    Utterance,
    pause_starts,
    units_said,
)
from gazetteer._normalise import normalise_text
from gazetteer._road_stretches import a_county_saying_which_road

# Words after a name that put the caller beside it, not in it (跟前 is how Henan says 旁边).
# 边上 is not among them: by a
# lake or a square (眉湖边上) it is where the caller is; nor is 那边, which says only where a
# place is (龙子湖那边). 后头 and 对门 are how much of Henan says 后面 and 对面.
AFTER = (
    "斜对面",
    "对面",
    "对过",
    "对门",
    "旁边",
    "附近",
    "隔壁",
    "后边",
    "后面",
    "后头",
    "往南",
    "往北",
    "往东",
    "往西",
    "南边",
    "北边",
    "东边",
    "西边",
    "南面",
    "北面",
    "东面",
    "西面",
    "不远",
    "跟前",
    # By a place, saying which of another is meant (包公湖边上那个开封府): the other is where
    # the caller is. 边上 alone is where the caller is (above).
    "边上那个",
    # The same by a place said with 那边 (郑州火车站那边那个解放路): 那边 alone says only where
    # a place is, but 那边那个 picks the one there of the name that follows.
    "那边那个",
    # And by a place said with 那边的 before the one it is by (二七广场那边的德化街, 紫荆山那边的
    # 商代城墙): the one after is where the caller is (nothing after it in its clause: no cue).
    "那边的",
    # Outside a place's gate or walls (郑大新校区东门外): on the road or square before it.
    "门外",
    "外面",
    "外边",
    "外头",
    # The shore of a lake the place stands by (包公湖北岸): the lake is where it is, not it.
    "北岸",
    "南岸",
    "东岸",
    "西岸",
    # Which end or stretch of the road the caller is on (北三环那头, 南门那一段): the road or
    # place named is where that stretch is, not where the caller is.
    "那头",
    "这头",
    "那一头",
    "这一头",
    "那一段",
    "这一段",
    "那段",
    "这段",
)
# The cues of which stretch of a road (那一段 and the rest above); not of which end (郑开大道，
# 开封这头: the city is where the end the caller is at lies, not which of the roads).
_STRETCH_CUES = frozenset({"那一段", "这一段", "那段", "这段", "那一截", "这一截"})


def _division_of_a_road(
    said: str, clause: str, clauses: Sequence[str], names_a_division: Callable[[str], bool]
) -> bool:
    """Whether words said with a stretch cue are a city's district said after a road in a
    clause of its own (未来路，管城区这段; 东大街，管城那一截): which of the roads so named. Not a
    county or city (郑上路，荥阳那一段): a road through several is said by where along it."""
    said = said.removeprefix("在")
    return names_a_division(said if said.endswith("区") else said + "区") and any(
        c != clause and _road_said(c) and _ROAD_ALONE.fullmatch(c) for c in clauses
    )


# Words before a name that do the same (靠淮河医院这一段), make it where the caller is
# going (东站城际场，去开封那个), has passed (过了中原路, 刚过农业路) or has not yet come to
# (快到鼓楼了, 还没到文化路, 马上到金水路, 马上就到, 眼看就到, 还差一点到), the going said too
# (快走到花园路了, 马上开到, 没走到, 还没有走到, 刚走过, 刚路过), or is about to enter or go up
# onto (快进龙湖那块, 马上进经开区, 还没进新区, 快上黄河大堤): the caller is still on the way,
# not yet where the two roads meet nor in the area ahead. Reached (走到花园路了, 进了新区) is no
# cue: the caller is there.
_GOING = ("走", "开", "骑", "跑")
_NOT_YET = ("快", "快要", "马上", "马上就", "眼看就", "还没", "还没有", "没", "还差一点")
# About to enter a place or go up onto it (快进, 马上进, 还没进, 快上): not there yet.
_ENTERING = tuple(
    f"{soon}{into}"
    for soon in ("快", "快要", "马上", "马上就", "眼看就", "还没", "还没有")
    for into in ("进", "上")
)
_JOURNEY = (
    "过了",
    "快到",
    "刚过",
    "还没到",
    "马上到",
    "快要到",
    "马上就到",
    "眼看就到",
    "还没有到",
    "还差一点到",
    "还差一点就到",
    *(f"{soon}{going}到" for soon in _NOT_YET for going in _GOING),
    *(f"刚{going}过" for going in (*_GOING, "路", "经")),
    *_ENTERING,
)
# What is beside the caller, said after where they are (如意湖这儿，对面就是大玉米; 会展中心门口，
# 旁边就是大玉米): the place after it is a reference, as one after 挨着 is.
_BESIDE_IT_IS = tuple(
    f"{side}就是" for side in ("旁边", "边上", "对面", "对过", "隔壁", "跟前", "后头", "后面")
)
BEFORE = ("靠近", "挨着", "靠", "离", "去", *_BESIDE_IT_IS, *_JOURNEY)
# Words after 刚过 that make it a coming or going, not a mark passed (刚过来, 刚走过去的那个).
_NOT_PASSED = ("来", "去")
# Where a train, a bus or the caller is headed (往河南大学新区方向, 朝郑州方向): the place named
# is where the line goes, not where the caller is.
_TOWARD = re.compile("(?:往|向|朝|开往)(.+?)方向")
# The same said with 那边 or 那头 (轩辕路，往黄帝故里那边): a way along the road, as 往东 is; a
# bare way (往北那边) names no place. Without 往 (市政府那边) it only says where a place is.
_TOWARD_THERE = re.compile("(?:往|朝)((?![东南西北前后左右里外上下][边面头]?那).+?)那(?:边|头)")
# Where a train, a bus or the caller is bound for, said with the going (往洛阳去, 开往郑州的)
# or with what carries them there (到洛阳的车上, 回开封的大巴): the place named is at the end of
# the journey, not where the caller is now.
# A way said (往东走, 往前一点的, 往北边去) is not a place's name (西安, 北京, 东站 are).
_PLACE_NAMED = "((?![东南西北前后左右里外上下这那][边面头]?[走去开拐转一点些的])..+?)"
_BOUND_FOR = (
    re.compile(f"(?:往|开往|发往|驶往){_PLACE_NAMED}(?:去|开|走|的)"),
    re.compile(
        f"(?:到|去|回|开往|发往){_PLACE_NAMED}的"
        "(?:车|火车|高铁|动车|列车|大巴|班车|客车|长途车|公交|专线|飞机|航班|船)"
    ),
)
# A ring road said as the bound of the stretch the caller is on (中原路，西三环以里; 北三环以内，
# 花园路上; 嵩山路，南三环外头): inside or outside the ring along the road said, not at the
# crossing with it; the ring is a mark, as a road passed is.
_RING_AS_A_BOUND = re.compile(
    "((?:[东西南北]|内|外|中)?[一二三四五]环(?:路|快速路)?)"
    "(?:以里|以内|往里|里头|里面|里边|以外|往外|外头|外面|外边)"
)
# A city said as the centre the caller rang (打的是郑州的吗, 咋打到开封了, 你们郑州的能来不,
# 开封的管不管), where someone lives their days (俺闺女在郑州上学) or where the caller comes from
# (我是郑州人): not where the caller is.
_CITY = "([\u4e00-\u9fff]{2,3}?)"
# Where someone spends their days (俺闺女在郑州上学, 他在二七区上班).
_DAYS_SPENT = re.compile(f"在{_CITY}(?:上学|上班|工作|打工|读书|念书|住校)")
# One of the caller's own, after 我, 俺 or 咱 (我妈, 俺大娘, 我姥爷家), or someone else (同事,
# 他): a person other than the caller, whom the call may be about.
KIN = (
    "爸", "妈", "爹", "娘", "儿子", "女儿", "闺女", "孩子", "孙子", "孙女", "爷", "奶", "姥",
    "外公", "外婆", "老公", "老婆", "老伴", "媳妇", "爱人", "对象", "哥", "姐", "弟", "妹",
    "婆婆", "公公", "岳父", "岳母", "舅", "姑", "叔", "伯", "姨", "外甥", "外甥女", "侄子",
    "侄女", "嫂子", "姐夫", "妹夫", "女婿", "儿媳", "舅子", "领导", "老板", "师傅", "徒弟",
    "闺蜜",
)  # fmt: skip
SOMEONE_ELSE = (
    "(?:(?:俺们|我们|咱们|俺|我|咱)(?:家)?(?:的)?(?:那个)?[大二三四小老表堂]?(?:"
    + "|".join(KIN)
    + ")|同事|朋友|邻居|同学|老乡|室友|工友|领导|(?<![其吉])[他她])"
)
# Someone else said just before where they spend their days (我姐在大卫城上班).
_SOMEONE_ELSE_BEFORE = re.compile(f"{SOMEONE_ELSE}$")
# Words saying someone is not at their work or school now (今天休息在家, 下班回家了, 家在农业路):
# the site they work at is then a mark, not where they are.
_AWAY_FROM_WORK = re.compile("在家|家在|家里|回家|回来|休息|放假|下班|请假|没上班|没去")
_NOT_WHERE_NOW = (
    re.compile(f"(?:打的是|打到了?|打成|打给|打进|拨到|拨的是){_CITY}(?:的|了|市|吗|那)"),
    # 打的郑州的 with 是 dropped; not 打的到郑州 (a taxi taken there).
    re.compile(f"打的(?![到去回来往]){_CITY}(?:的|吗)"),
    re.compile(f"(?:你们|恁们|恁){_CITY}的"),
    re.compile(f"{_CITY}的(?:120)?(?:管不管|能来不|能不能来|来不来|管吗|能管不|管这)"),
    _DAYS_SPENT,
    # Where the caller comes from (我是郑州人, 俺们是中牟人), not 郑州人民医院 begun so.
    re.compile(f"(?:我|俺|咱)们?(?:是|就是|老家是){_CITY}的?人(?!民)"),
    # The same said by the caller's home or papers (老家中牟的, 户口在新郑), the clause ending
    # there; 老家在中牟 alone may be where the old folks are and stays.
    re.compile(f"老家(?:是|也是)?{_CITY}(?:市|县)?(?:的|哩|人)(?=\\s|$)"),
    re.compile(f"户口(?:是|在|落在){_CITY}(?:市|县)?的?(?=\\s|$)"),
)


def without_cities_not_where_now(text: str) -> str:
    """The words without a city said as the centre rung or where someone studies or works
    (打的是郑州的吗, 你们开封的), unless that city is said again.

    >>> without_cities_not_where_now("我在洛阳 打的是郑州的吗")
    '我在洛阳 吗'
    >>> without_cities_not_where_now("我在郑州 郑州的管不管")
    '我在郑州 郑州的管不管'
    >>> without_cities_not_where_now("武汉解放大道上 我是郑州人")
    '武汉解放大道上 '
    >>> without_cities_not_where_now("户口在中牟 人在二七塔这")
    ' 人在二七塔这'
    >>> without_cities_not_where_now("我老家在中牟 老人摔了")
    '我老家在中牟 老人摔了'
    """
    said = normalise_text(text)
    for not_now in _NOT_WHERE_NOW:
        for hit in not_now.finditer(said):
            if said.count(hit[1]) == 1:
                said = said.replace(hit[0], "", 1)
    return said


# A place this close to a reference is what the reference points at.
REFERENCE_KM = 1.5
# How far a road's one point may lie from a place it runs past: the point stands somewhere along
# a stretch of several km (金水路's is 2.7 km from 紫荆山公园, which stands on it).
ROAD_STRETCH_KM = 3.0
# Places named by a reference stay on offer, well below what the caller is on.
REFERENCE_SHARE = 0.5
# A road's name, held or not: two or more characters and a road word (寺后街, 自由路).
_ROAD = re.compile("[\u4e00-\u9fff]{2,}?(?:" + "|".join(ROAD_WORDS) + ")")
# Where a clause is cut before a reference: after the road the caller says they are on
# (西门大街上靠淮河医院), or after where they say they are (在).
_ON_ROAD = re.compile("(?:" + "|".join(ROAD_WORDS) + ")上")
# A street that names no road (马路, 路边, 大街上): said first in a clause or after words of
# where someone is or lies (倒在马路上, 躺路边, 在大街上), it is no road said; with a name
# before it (一马路, 东大街, 建设路上) it is one.
_NO_ROAD = re.compile(
    "(?:^|(?<=[在到倒躺趴摔过从往沿着了的个条去走是有]))"
    "(?:大?马路|大路|小路|公路|大街|小街|小巷|路|街)(?:边上|边儿|边|上|口|中间|当中)?"
)
# A road said alone as where the caller is (大学北路, 就在建设路上): the clause is the road.
_ROAD_ALONE = re.compile(
    "(?:我在|就在|在|就)?[\u4e00-\u9fff]{2,5}?(?:" + "|".join(ROAD_WORDS) + ")(?:上|这|这边|这儿)?"
)
# The same with its city or district said before it as which one (郑州管城那个东大街, 开封那个
# 自由路): the road is still all the clause names.
_ROAD_OF_AN_AREA = re.compile(
    "(?:我在|就在|在|就)?[\u4e00-\u9fff]{2,6}?(?:那个|这个)[\u4e00-\u9fff]{2,5}?(?:"
    + "|".join(ROAD_WORDS)
    + ")(?:上|这|这边|这儿)?"
)
_IMPRECISE = frozenset({"province", "city", "district", "town", "village"})
_PRECISE = frozenset({"surveyed", "address", "approx"})
# The precision of a point that says only the county a place is in.
_COUNTY_ONLY = "district"

Explains = Callable[[NameIndex, Mention, int], float]


# Words that take back what was just said, as a clause of their own (兰考？不不，我在菏泽); 不是
# alone between pauses does too (县医院…不是…中医院), where 不是中医院 says what it is not.
_TAKEN_BACK = ("不不", "不对", "不是不是")
# Words that begin as a correction does and say something is wrong with someone (中原路上
# 不对劲 人晕了, 他不对头): they take nothing back.
_NOT_TAKEN_BACK = ("不对劲", "不对头")


def _takes_back(clause: str) -> bool:
    """Whether a clause takes back what was said before it (不对，是荥阳), not 不对劲.

    >>> _takes_back("不对"), _takes_back("不对是荥阳"), _takes_back("不对劲"), _takes_back("不对头")
    (True, True, False, False)
    """
    return clause.startswith(_TAKEN_BACK) and not clause.startswith(_NOT_TAKEN_BACK)


_WHOLE_NAME = 2
# Words that say where the caller is not and never take back what was said before them: said
# alone between pauses (speech-to-text spaces its words: 没在 兰考 在 杞县), the name after is
# the place denied, as said together (没在兰考).
_NOT_AT = ("不在", "没在")


@dataclass(frozen=True)
class References:
    """Mentions said as references, and whether something else says where the caller is."""

    mentions: frozenset[Mention]
    demoted: bool  # something else was said: the references do not name the caller's place
    negated: frozenset[Mention] = frozenset()  # said as where the caller is not
    bound_for: frozenset[Mention] = frozenset()  # said as where the caller is going


# Words saying where the caller is (在兰考, 我在兰考): what they say stands when 不是 follows.
_SAID_TO_BE_AT = ("在", "我在", "人在", "俺在", "就在", "我们在", "现在在")


def negated_phrases(text: str) -> list[str]:
    """The words said after 不是 or 不在, to the end of their clause.

    >>> negated_phrases("河南大学，不是明伦，是金明那个新的")
    ['明伦']
    >>> negated_phrases("兰考？不不，我在菏泽")
    ['兰考']
    >>> negated_phrases("县医院…不是…中医院")
    ['县医院']
    >>> negated_phrases("我在兰考 没在 杞县"), negated_phrases("人 不在 二七广场 在 碧沙岗")
    (['杞县'], ['二七广场'])
    >>> negated_phrases("在兰考 不是 杞县")
    ['杞县']
    >>> negated_phrases("营阳 索河路上 不对 是荥阳")
    ['营阳']
    """
    out: list[str] = []
    clauses = normalise_text(text).split(" ")
    for k, (before, clause, after) in enumerate(
        zip(["", *clauses[:-1]], clauses, [*clauses[1:], ""], strict=True)
    ):
        if _takes_back(clause) and before:
            before = _corrected(clauses[: k - 1], before, after)
        # 不是 alone takes back the words before only for a name said whole after it: a
        # lone word (西广场…不是，东) corrects part of them.
        whole = clause == "不是" and len(after) >= _WHOLE_NAME
        if whole and before.startswith(_SAID_TO_BE_AT):
            # 我在兰考 不是 杞县: where the caller says they are stands; 不是 denies what follows.
            out.append(after)
        elif before and (_takes_back(clause) or whole):
            # 兰考？不不，我在菏泽: what was said just before is what the caller is not at.
            out.append(before)
        if clause in _NOT_AT and after:
            out.append(after)
        for cue in NOT:
            at = clause.find(cue)
            if at >= 0 and clause[at + len(cue) :]:
                out.append(clause[at + len(cue) :])
                break
    return out


def _corrected(earlier: list[str], before: str, correction: str) -> str:
    """The words a correction takes back (营阳 索河路上 不对 是荥阳): the clause just before it,
    unless that shares no character with the correction and an earlier clause does (营阳 for
    荥阳, a name misheard): the caller put that name right and the road said after it stands."""
    said = set(correction) - set(_CORRECTION_WORDS)
    if not said or said & set(before):
        return before
    return next((c for c in reversed(earlier) if said & set(c)), before)


# Words of the correction itself (是荥阳, 在荥阳): no part of the name put right.
_CORRECTION_WORDS = "是在我俺人就"


def bound_for_phrases(text: str) -> list[str]:
    """The words said as where a journey ends.

    >>> bound_for_phrases("郑州东站，往洛阳去的高铁上")
    ['洛阳']
    """
    return [
        found[1]
        for clause in _clauses(normalise_text(text))
        for pattern in _BOUND_FOR
        for found in pattern.finditer(clause)
    ]


# Words typed apart (speech-to-text writes a space between every word) or cut by punctuation.
_WORDS = re.compile(r"[^\s\W_]+|(\s+)|[\W_]+")
# Which stretch or end of a road, or the ground about a place (那一段, 这一头, 那一截): typed
# apart from the name before it, still about it.
_STRETCH_WORD = re.compile("[那这]一?[头段块片带截]儿?")
# A way said with how far (往东一点, 往西 一点): an offset from the name before it, not the way
# the caller goes (金水路 往东 is that, and keeps its pause).
_WAY_WORD = re.compile("往[东西南北](?:边|面)?")
_HOW_FAR = re.compile("(?:一点|点|一些|些|一截|不远|[0-9一二两三四五六七八九十百几]+(?:米|步))儿?")
# Where the caller heads, typed apart (往开封 方向, 朝郑州 那边): the place is the way's end, as
# `_TOWARD` and `_TOWARD_THERE` read it said together.
_TOWARD_START = re.compile("(?:往|向|朝|开往)[\u4e00-\u9fff]{2,}")
_TOWARD_END = frozenset({"方向", "那边", "那头"})


def _cues_joined(text: str) -> str:
    """The words with a cue typed apart from the name it is about joined to it, as when it is
    said together: a stretch or the ground after a name (薛店 那一段, 开封 这一头), a way with
    how far (西三环 往东 一点), and a journey's cue before a name (快到 未来路, 过了 航海路, 靠
    107辅道), and where the caller heads (往开封 方向). Two roads typed apart before such a cue
    (经三路 纬五路 往南一点) are joined to it both: their crossing is what it is about. Cues
    that put the caller beside a place (旁边, 附近), a way alone (金水路 往东: the way the
    caller goes) and words cut by punctuation keep their pause.

    >>> _cues_joined("金水路 往东 快到 未来路 那一段")
    '金水路 往东 快到未来路那一段'
    >>> _cues_joined("西三环 往东 一点"), _cues_joined("经三路 纬五路 往南一点")
    ('西三环往东 一点', '经三路纬五路往南一点')
    >>> _cues_joined("岳飞庙 旁边"), _cues_joined("快到，未来路")
    ('岳飞庙 旁边', '快到，未来路')
    >>> _cues_joined("往开封 方向 郑开大道 上"), _cues_joined("龙子湖 那边")
    ('往开封方向 郑开大道 上', '龙子湖 那边')
    """
    words = [" " if found[1] else found[0] for found in _WORDS.finditer(text)]
    out: list[str] = []
    for k, word in enumerate(words):
        after = [normalise_text(w) for w in words[k + 1 : k + 4 : 2]]
        cue_after = bool(after) and (
            _STRETCH_WORD.fullmatch(after[0]) is not None
            or (
                after[0] in _TOWARD_END
                and bool(out)
                and _TOWARD_START.fullmatch(normalise_text(out[-1])) is not None
            )
            or (
                (way := _WAY_WORD.match(after[0])) is not None
                and (
                    _HOW_FAR.fullmatch(after[0][way.end() :]) is not None
                    or (
                        way.end() == len(after[0])
                        and len(after) > 1
                        and words[k + 2] == " "
                        and _HOW_FAR.fullmatch(after[1]) is not None
                    )
                )
            )
        )
        if word != " " or not out or not after:
            out.append(word)
        elif cue_after:
            # The road before, typed apart from another road before it: their crossing.
            if (
                len(out) >= 3
                and out[-2] == " "
                and all(_ROAD.fullmatch(normalise_text(w)) for w in (out[-1], out[-3]))
            ):
                del out[-2]
        elif normalise_text(out[-1]) not in BEFORE:
            out.append(word)
    return "".join(out)


def reference_phrases(
    text: str,
    names_a_division: Callable[[str], bool] = lambda _: False,
    names_a_village: Callable[[str], bool] = lambda _: False,
    names_a_site: Callable[[str], bool] = lambda _: False,
) -> tuple[list[str], str]:
    """The words said as references in one utterance, and the rest of it. `names_a_division`
    says whether words are a province's, city's or county's name (新乡), which, said after a
    road with where it is, says where the road is. `names_a_site` says whether words name only
    places other than divisions and towns (大卫城, 郑大): someone else said to work or study
    there (我姐在大卫城上班) is there, and the site is no mark.

    >>> reference_phrases("西门大街上，靠淮河医院这一段")
    (['淮河医院'], '西门大街上 这一段')
    >>> reference_phrases("郑大一附院往南")
    (['郑大一附院'], '')
    >>> reference_phrases("铁塔旁边那个河大")
    (['铁塔'], '那个河大')
    >>> reference_phrases("往河南大学新区方向 到紫荆山站了")
    (['河南大学新区'], '到紫荆山站了')
    >>> reference_phrases("开封站 到洛阳的车上")
    (['洛阳'], '开封站 上')
    >>> reference_phrases("郑州管城那个东大街，文庙那一截")
    (['文庙'], '郑州管城那个东大街')
    """
    phrases: list[str] = []
    rest: list[str] = []
    # The clause just before, while it is still the last of `rest`: a cue said after a pause
    # (大学路，郑大南校区，附近) is about it when a road said in another clause is where the
    # caller is; with no road said (朱仙镇岳飞庙，旁边) the place is all there is.
    before = ""
    normalised = normalise_text(_cues_joined(text)).translate(_ROAD_WORDS_TYPED)
    clauses = _clauses(normalised)
    # A road said as passed or not yet reached (过了农业路, 快到金水路了) is a mark along the
    # road the caller is driving: a road said with the way they go (花园路往北走) is then that
    # road, not a reference.
    passing = any(_PASSING.search(c) for c in clauses)
    last_road = ""
    for clause in clauses:
        last, before = before, ""
        for said_as_toward in (_TOWARD, _TOWARD_THERE, *_BOUND_FOR, _RING_AS_A_BOUND):
            phrases += [found[1] for found in said_as_toward.finditer(clause)]
            clause = said_as_toward.sub("", clause)
        if road_before(last_road, clause):
            # 丰产路上，往东走一点就是花园路: what lies ahead along the road is not where the
            # caller is yet; they are on the road said first.
            ahead = _AHEAD.fullmatch(clause)
            if ahead:
                phrases.append(ahead[1])
                continue
        if _road_said(clause) and _ROAD_ALONE.fullmatch(clause):
            last_road = clause
        for not_now in _NOT_WHERE_NOW:
            # Unless the city is said again where the caller is (平顶山建设路，他在平顶山上班).
            whole = clause
            for hit in not_now.finditer(whole):
                if (
                    not_now is _DAYS_SPENT
                    and names_a_site(hit[1])
                    and _SOMEONE_ELSE_BEFORE.search(whole[: hit.start()])
                    and not _AWAY_FROM_WORK.search(normalised, normalised.find(hit[0]))
                ):
                    continue  # 我姐在大卫城上班: someone at work at a site is there
                if normalised.count(hit[1]) == 1:
                    phrases.append(hit[1])
                    clause = clause.replace(hit[0], "", 1)
        if not clause:
            continue
        found = False
        for cue in BEFORE:
            at = clause.find(cue)
            if at >= 0 and at + len(cue) < len(clause):
                after = clause[at + len(cue) :]
                if (cue.startswith("刚") or cue in _ENTERING) and after.startswith(_NOT_PASSED):
                    continue
                end = min((k for cue2 in AFTER if (k := after.find(cue2)) >= 0), default=-1)
                phrases.append(after if end < 0 else after[:end])
                rest.append(clause[:at] + ("" if end < 0 else after[end:]))
                found = True
                break
        if found:
            continue
        if (
            last
            and rest
            and rest[-1] == last
            and _begins_beside(clause)
            and not _ROAD.search(last)
            and any(_road_said(c) for c in clauses if c != last)
        ):
            phrases.append(rest.pop())
            clause = clause[len(_begins_beside(clause)) :]
        # A cue of which one with nothing after it (河大，龙子湖那边那个) is `which_one_phrases`'.
        cuts = [
            (k, cue)
            for cue in AFTER
            if (k := clause.find(cue)) > 0 and not (cue.endswith(_PICKS) and clause.endswith(cue))
        ]
        if not cuts:
            if clause:
                rest.append(clause)
                before = clause
            continue
        at, cue = min(cuts)
        if cue in _SIDES and _PART.match(clause[at + len(cue) :]):
            # 一附院后边住院楼: the building at the back is part of the place, not beside it.
            rest.append(clause)
            before = clause
            continue
        said, after = clause[:at], clause[at + len(cue) :]
        if cue in _STRETCH_CUES and _division_of_a_road(said, clause, clauses, names_a_division):
            # 未来路，管城区这段: the district is which of the roads so named, not a place on it.
            rest.append(clause)
            before = clause
            continue
        if passing and cue in _WAYS and cue[0] == "往" and _ROAD_DRIVEN.fullmatch(said):
            rest.append(said)
            before = said
            continue
        road = _ROAD.match(said)
        place = said[road.end() :] if road else ""
        if (
            road
            and _road_said(road[0])
            and _BESIDE_ROAD.fullmatch(place)
            and not _another_road_or_its_crossing(place)
            and not _KIND_ALONE.fullmatch(place)
        ):
            # 中原路绿城广场对面: the road said first is where the caller is, as with a pause.
            # Not a kind of place alone after it (丁角街夜市, 文化路小学): a place named after
            # the road, said whole.
            rest.append(road[0])
            said = said[road.end() :]
        phrases.append(said)
        rest.append(after)
    # The caller on a road (中原路上) names the stretch by a place and the ground about it
    # (绿城广场那块, 国棉三厂那一片): the place is where that stretch is, not where they are.
    # A road named so (北环那块, a ring road said short) is their crossing, not a reference.
    # A road said alone in its clause (中原路，绿城广场那块) is where the caller is, as 中原路上 is,
    # and so is one said after its area as which one (郑州管城那个东大街，文庙那一截).
    if any(
        _road_said(c)
        and (c.endswith("上") or _ROAD_ALONE.fullmatch(c) or _ROAD_OF_AN_AREA.fullmatch(c))
        for c in clauses
    ):
        for k, said in enumerate(rest):
            ground = _ABOUT.search(said)
            place = said[: ground.start()] if ground else ""
            place = place.removeprefix("在")
            if (
                len(place) >= 2
                and (not _ROAD.search(place) or _another_road_alone(place, clauses))
                and not (
                    ground
                    and "截" in ground[0]
                    and _division_of_a_road(place, said, clauses, names_a_division)
                )
            ):
                phrases.append(place)
                rest[k] = ""  # the ground word ends the clause (_ABOUT)
    # The same with where the place is (商城路，城隍庙那边; 管城东大街，文庙那儿; 开封宋城路，城际站
    # 边上) after the road said first in a clause of its own, its city or district before it or
    # not: the road is where the caller is, the place which stretch of it. Said before the road
    # (城隍庙那边，商城路上), or alone, the place is where the caller is. A division so said, or
    # a name the road's clause said (洛阳，开元大道，洛龙区这边; 新乡平原路，新乡这儿), says
    # where the road is; a place said again (花园路，国贸那个，国贸360那儿) is where the caller
    # insists they are.
    # Not a place said with 这儿 or 这里 (here: 建设路，一附院这儿), one where someone is said
    # to be (有人晕倒在紫荆山公园那儿, 我就在省中医那儿), nor one with a part of it said next
    # (二附院那儿，住院部; 城隍庙那边，大门口): the caller is at that place.
    # The same after a town said first in a clause of its own (荥阳汜水镇，虎牢关那边): the
    # place says which part of the town, the town is where the caller is; not a village (汜水镇，
    # 虎牢关村那边), which is where the caller is.
    # The same with which road by a landmark on it (自由路，相国寺那条; 人民路，二七塔那条路): the
    # road is where the caller is, the landmark says which of the roads so named, said before
    # the road or after it (相国寺那条，自由路). 那条 names a road, so a place that is also a
    # division's name (书店街，鼓楼那条) is the landmark here.
    road_first = town_first = ""
    for k, said in enumerate(rest):
        which_road = _WHICH_ROAD.search(said)
        if which_road and not (
            road_first or any(_road_said(c) and _ROAD_ALONE.fullmatch(c) for c in rest[k + 1 :])
        ):
            which_road = None
        there = which_road or _THERE.search(said) or (_ABOUT.search(said) if town_first else None)
        place = said[: there.start()] if there else ""
        if road_first and _another_road_alone(place.removeprefix("在"), rest[:k]):
            # 经三路，在黄河路那儿: another road said where along the road said first, as
            # 在丰产路那块 is; not someone said to be at a place (`_AT_IT`).
            place = place.removeprefix("在")
        if (
            (
                road_first
                or which_road
                or (town_first and not place.endswith(_VILLAGE_ENDS) and not names_a_village(place))
            )
            and len(place) >= 2
            and not _AT_IT.search(place)
            and not (k + 1 < len(rest) and _A_PART_OF_IT.fullmatch(rest[k + 1]))
            and (not _ROAD.search(place) or _another_road_alone(place, rest[:k]))
            and not place.endswith(_AREA_WORDS)
            and (which_road or not names_a_division(place))
            and place not in road_first + town_first
            # A place named after the town said first (官渡镇，官渡古战场那边) is not the town
            # said again: it says which part of the town, as 虎牢关 does.
            and not any(
                place[:2] in other for j, other in enumerate(rest) if j != k and other != town_first
            )
        ):
            phrases.append(place)
            rest[k] = ""
        if (
            not road_first
            and _road_said(said)
            and (_ROAD_IN_ITS_AREA.fullmatch(said) or _ROAD_OF_AN_AREA.fullmatch(said))
        ):
            road_first = said
        if not road_first and not town_first and _TOWN_IN_ITS_AREA.fullmatch(said):
            town_first = said
    return [p for p in phrases if p], " ".join(r for r in rest if r)


# Words that end the name of a province, city or county (洛龙区, 中牟县).
_AREA_WORDS = ("省", "市", "区", "县")
# A town said alone, its county or city before it or not (荥阳汜水镇, 巩义市康店镇).
_TOWN_IN_ITS_AREA = re.compile(
    "(?:我在|就在|在)?(?:[\u4e00-\u9fff]{2,4}?[市县区])?[\u4e00-\u9fff]{2,4}?[镇乡](?:上|这|这边)?"
)
# The words a village's name ends in: a village said is where the caller is, not a part of town.
_VILLAGE_ENDS = ("村", "庄", "寨", "屯", "营")
# Where a place is, said after it (城隍庙那边, 文庙那儿, 城际站边上, 御街那); not 这儿 or 这里,
# which say the caller is there.
_THERE = re.compile("(?:那(?:边|儿|里)|这边|边上|那)$")
# A road said as the one by what was named before it (相国寺那条, 二七塔那条路, 碧沙岗那条路上,
# 绿博园那条大路, 中岳庙那条马路).
_THAT_ROAD = "那条(?:大马路|大街|大路|大道|马路|公路|路|街|道)?(?:上|边上)?"
# Which road, by a landmark on it, said after the landmark: the road meant, not the landmark.
_WHICH_ROAD = re.compile(_THAT_ROAD + "$")
# What a building of a place is for, said before 楼 (住院楼, 教学楼): a part of the place.
_BUILDING_USES = "住院|门诊|急诊|病房|医技|综合|宿舍|教学|办公|实验|图书"
# Someone said to be at a place (我在, 就在, 有人晕倒在, 老人倒在).
_AT_IT = re.compile("在")
# A part of a place, or a gate of it, said alone after it (住院部, 急诊门口, 南门, 出站口).
_A_PART_OF_IT = re.compile(
    f"(?:(?:{_BUILDING_USES})楼|住院部|门诊部|急诊科?|门诊"
    "|(?:[东西南北正后侧大]门|门)口?|出站口|进站口|候车室|负[一二三]楼|[0-9一二三四五六七八九十]+号?楼"
    "|里面|里头)+(?:[那这](?:边|儿|里)?)?"
)
# A road said alone, its city or district before it or not (管城回族区东大街, 开封宋城路), or
# with which end or stretch of it (铭功路南头, 自由路西头, 花园路最南头, 人民路南段, 书店街南口):
# the caller is on it there.
_ROAD_IN_ITS_AREA = re.compile(
    "(?:我在|就在|在|就)?(?:[\u4e00-\u9fff]{2,6}?[市区县])?[\u4e00-\u9fff]{2,5}?(?:"
    + "|".join(ROAD_WORDS)
    + ")(?:上|这|这边|这儿|最?[东西南北](?:头儿?|段|口))?"
)


# A road or place passed or not yet reached (过了农业路, 快到金水路了, 快到龙亭): `BEFORE`'s
# cues of a journey, not 刚过来 (a coming).
_PASSING = re.compile("(?:" + "|".join(_JOURNEY) + ")(?![来去了])[\u4e00-\u9fff]{2,}")
# A road alone, or with the side of it (中州大道南), as the road driven along (花园路往北走).
_ROAD_DRIVEN = re.compile(
    "(?:我在|在|就在)?[\u4e00-\u9fff]{2,6}?(?:" + "|".join(ROAD_WORDS) + ")[东南西北]?(?:上)?"
)


# What lies ahead a way along the road the caller is on, said in a clause of its own after it
# (往东走一点就是花园路, 再往西就是秦岭路, 往北一点就到嵩山路了): a mark ahead, not where they are.
_AHEAD = re.compile(
    "(?:再|再往前)?往[东南西北前]边?(?:走|开)?(?:一点儿?|一些|点儿?|不远)?"
    "(?:就是|就到|就到了|是|到)([\u4e00-\u9fff]{2,}?)了?"
)


def road_before(road: str, clause: str) -> bool:
    """Whether a road was said alone in a clause before this one (the road the caller is on)."""
    return bool(road) and clause.startswith(("往", "再往"))


def _another_road_alone(place: str, clauses: Sequence[str]) -> bool:
    """Whether words are one road said alone (丰产路, not 北环 said short, nor two roads said
    together: 黄河路南阳路, their crossing) other than the road said alone in a clause of its
    own (南阳路，在丰产路那块: the caller is on 南阳路, by 丰产路).

    >>> _another_road_alone("丰产路", ["南阳路", "丰产路那块"])
    True
    >>> _another_road_alone("黄河路南阳路", ["二柴家属院", "黄河路南阳路那块"])
    False
    >>> _another_road_alone("北环", ["花园路上", "北环那块"])
    False
    """
    if not _ROAD.fullmatch(place) or _ROAD.fullmatch(place[:-1]) or "环" in place:
        return False
    if any(_ROAD.search(place[k:]) and _ROAD.match(place[:k]) for k in range(2, len(place) - 1)):
        return False
    return any(_road_said(c) and _ROAD_ALONE.fullmatch(c) and place not in c for c in clauses)


# A road word typed as its look-alike (东大衔 for 东大街; lexicon.yaml's look_alike_characters
# read the name): where the road is said, it is the road word.
_ROAD_WORDS_TYPED = str.maketrans({"衔": "街"})


# A way or a side said first in a clause (往西走, 东边那个院区, 西边出口) is where the caller
# goes or which part of the place before it they mean, not that they are beside it.
_WAYS = frozenset(
    cue for cue in AFTER if cue[0] == "往" or (cue[0] in "东南西北" and cue[1] in "边面")
)


def _begins_beside(clause: str) -> str:
    """The cue a clause begins with that puts the caller beside what was said before it
    (附近, 对面, 后头), or "" (a way or a side: `_WAYS`).

    >>> _begins_beside("附近有人躺路边"), _begins_beside("往西走"), _begins_beside("后边住院楼")
    ('附近', '', '')
    """
    cues = [cue for cue in AFTER if clause.startswith(cue) and cue not in _WAYS]
    cue = max(cues, key=len, default="")
    return "" if cue in _SIDES and _PART.match(clause[len(cue) :]) else cue


# A place said straight after the road (中原路绿城广场): not the road's own unit (解放路街道),
# which one of a name the road says (桐柏路那个中心医院), nor its crossing (交叉口, 和农业路:
# nor any other road, `_ROAD`).
_BESIDE_ROAD = re.compile(
    "(?!街道|社区|办事处|那个|这个|上|口|交叉|十字|和|跟|与|同)[\u4e00-\u9fff0-9]{2,}"
)


# A kind of place with no name of its own: said straight after a road, the road names it.
_KIND_ALONE = re.compile(
    "[一二三四五六七八九十0-9]?(?:夜市|菜市场|市场|小学|中学|小|中|幼儿园|医院|卫生院|诊所|公园"
    "|广场|小区|家属院|派出所|加油站|超市|商场|银行|大厦|宾馆|酒店|饭店|市)"
    "(?:[东西南北]?门口?|大门|里头?|那儿?|这儿?)?"
)


# What may follow a second road said straight after the first: their crossing.
_CROSSING_AFTER_A_ROAD = re.compile(
    "(?:那个|这个)?(?:交叉口|交汇处|十字路口|十字|路口|口)?[那这]?(?:儿|边|里)?"
)


def _another_road_or_its_crossing(said: str) -> bool:
    """Whether words said straight after a road are another road, or its crossing with the
    first (花园路交叉口), and not a place named after a road (丁角街夜市, 农业路小学).

    >>> _another_road_or_its_crossing("花园路交叉口"), _another_road_or_its_crossing("农业路")
    (True, True)
    >>> _another_road_or_its_crossing("丁角街夜市"), _another_road_or_its_crossing("绿城广场")
    (False, False)
    """
    road = _ROAD.match(said)
    return road is not None and _CROSSING_AFTER_A_ROAD.fullmatch(said[road.end() :]) is not None


# A side of a place (后边, 东面) followed by one of its buildings (后边住院楼, 东边3号楼) says
# which part of the place, as 西边出口 does: the caller is in it, not beside it.
_SIDES = frozenset(cue for cue in AFTER if cue[0] in "前后东南西北" and cue[1] in "边面头")
_PART = re.compile(
    f"(?:的|那个|那栋|那座)?(?:(?:{_BUILDING_USES}|家属)楼"
    "|住院部|门诊部|[0-9一二三四五六七八九十]+号楼)"
)


# The ground about a place (那块, 那一片): a stretch of the road the caller is on.
# 那一带 and 那一截 say it as well, and 这 for 那 (中原路上，绿城广场这一片).
_ABOUT = re.compile("[那这]一?[块片带截]儿?$")


def _road_said(text: str) -> bool:
    """Whether words name a road, held or not, beside a street that names none (`_NO_ROAD`).

    >>> _road_said("就在建设路上"), _road_said("一马路"), _road_said("有人倒在马路上")
    (True, True, False)
    >>> _road_said("有人躺路边上"), _road_said("在大街上"), _road_said("东大街")
    (False, False, True)
    """
    return _ROAD.search(_NO_ROAD.sub(" ", text)) is not None


# A clause ending "the one" (包公湖那个) after another: which of the places so named is meant.
_WHICH_ONE = "那个"
# The endings of the cues that pick the place said after them (边上那个, 那边的): with nothing
# after them in the clause (河大家属院 明伦那边的 东门进) they pick nothing.
_PICKS = (_WHICH_ONE, "的")


def which_one_phrases(text: str) -> list[str]:
    """The words of the clauses after the first that end with 那个, without it.

    >>> which_one_phrases("开封府，包公湖那个"), which_one_phrases("鼓楼那个")
    (['包公湖'], [])
    """
    clauses = normalise_text(text).split(" ")
    return [
        clause.removesuffix(_WHICH_ONE)
        for clause in clauses[1:]
        if clause.endswith(_WHICH_ONE) and len(clause) > len(_WHICH_ONE)
    ]


def _clauses(text: str) -> list[str]:
    out: list[str] = []
    for part in text.split(" "):
        start = 0
        for found in _ON_ROAD.finditer(part):
            out.append(part[start : found.end()])
            start = found.end()
        out.append(part[start:])
    return [c for c in out if c]


def bound_for_units(
    index: NameIndex, utterances: Sequence[str], read: Sequence[Utterance]
) -> list[set[int]]:
    """The units of each utterance said as where a journey ends (`bound_for_phrases`)."""
    return [
        _reference_units(index, r, bound_for_phrases(u))
        for r, u in zip(read, utterances, strict=True)
    ]


def find_references(
    index: NameIndex,
    utterances: Sequence[str],
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    sure: float,
    bound_units: Sequence[set[int]],
) -> References:
    """Mentions whose words were said only as a reference; demoted when the caller also said
    where they are: a sure name, or a road's name (held or not). `bound_units` are the units
    said as where a journey ends (`bound_for_units`)."""
    said_as: list[tuple[list[str], str]] = [
        reference_phrases(
            u,
            lambda words: _names_a_division(index, words),
            lambda words: _names_a_village(index, words),
            lambda words: _names_a_site(index, words),
        )
        for u in utterances
    ]
    units = [
        _reference_units(index, r, phrases, rest=rest, said=u)
        for r, u, (phrases, rest) in zip(read, utterances, said_as, strict=True)
    ]
    negated_units = [
        _reference_units(index, r, negated_phrases(u), after=NOT)
        for r, u in zip(read, utterances, strict=True)
    ]
    negated = {
        m for m in mentions if any(k in negated_units[m.utterance] for k in range(m.start, m.end))
    }
    # A name read a character past the place's (洛阳的 as 洛阳大学) is still the place said.
    bound = {
        m
        for m in mentions
        if m.start in bound_units[m.utterance]
        and 2 * sum(k in bound_units[m.utterance] for k in range(m.start, m.end)) > m.end - m.start
    }
    refs: set[Mention] = set(negated)
    # A landmark said as which one (开封府，包公湖那个) is where the place named before it is; a
    # road or a site's own short name said so (省中医，东风路那个; 河大，龙子湖那个) names the
    # site, as it always does.
    which = [which_one_phrases(u) for u in utterances]
    for mention in mentions:
        words = words_said(read[mention.utterance], mention)
        named = [link for link in index.links(mention.term) if link.weight >= NAMES]
        if (
            len(words) >= 2
            and any(words == p for p in which[mention.utterance])
            and named
            and all(index.places.kind(link.place) == "landmark" for link in named)
            and not _said_otherwise(index, mention, mentions, {link.place for link in named})
        ):
            refs.add(mention)
    for mention in mentions:
        phrases, rest = said_as[mention.utterance]
        words = words_said(read[mention.utterance], mention)
        inside = sum(k in units[mention.utterance] for k in range(mention.start, mention.end))
        if words in AFTER:
            # The cue word itself read as a name (东岸, a township's): it says where by the
            # reference the caller is, not another place.
            refs.add(mention)
            continue
        if _read_past_its_reference(read[mention.utterance], mention, units[mention.utterance]):
            continue
        if len(words) >= 2 and (
            inside * 2 >= mention.end - mention.start
            or (any(words in p for p in phrases) and words not in rest)
        ):
            refs.add(mention)
    for mention in list(refs - negated):
        # 解放路，新郑这段: the county says which of the roads so named (`_road_stretches`).
        roads = [m.term for m in mentions if m not in refs and m.utterance == mention.utterance]
        words = words_said(read[mention.utterance], mention)
        if a_county_saying_which_road(
            index, utterances[mention.utterance], words, mention.term, roads
        ):
            refs.discard(mention)
    # An institution named, then named again by another of its names as where (省妇幼，康复前街，
    # 三附院那): the caller says the one place twice, and the street between says which site.
    for mention in list(refs - negated):
        institutions = {
            link.place
            for link in index.links(mention.term)
            if link.weight >= NAMES and index.places.kind(link.place) in _INSTITUTIONS
        }
        if institutions and any(
            other not in refs
            and other.quality >= sure
            and other.term != mention.term
            and (other.utterance, other.end) <= (mention.utterance, mention.start)
            and any(
                link.weight >= NAMES and link.place in institutions
                for link in index.links(other.term)
            )
            for other in mentions
        ):
            refs.discard(mention)
    if not refs:
        return References(frozenset(), False)
    if negated and not any(m not in refs for m in mentions):
        # Only what the caller is not at was named: nothing is left to say where they are.
        return References(frozenset(refs), True, frozenset(negated))
    elsewhere = any(
        m not in refs
        and m.quality >= sure
        and m.how != "fuzzy"
        and (
            not _encloses_a_reference(index, read[m.utterance], m, refs - negated)
            or _roads_said_only_as_near(index, read, refs - negated, sure)
        )
        for m in mentions
    ) or any(_road_said(rest) for _, rest in said_as)
    return References(frozenset(refs), elsewhere, frozenset(negated), frozenset(bound & refs))


def _names_a_division(index: NameIndex, words: str) -> bool:
    """Whether words are the name of provinces, cities or counties only (新乡, 洛龙区)."""
    (term,) = index.term_ids([normalise_text(words)])
    named = [link.place for link in index.links(term)] if term is not None else []
    return bool(named) and all(index.places.kind(p) in _ENCLOSING_KINDS for p in named)


def _names_a_site(index: NameIndex, words: str) -> bool:
    """Whether words name places and none of them a division or a town (大卫城, 郑大): a site
    someone can be at, not an area they spend their days in (郑州, 二七区, 马寨镇)."""
    (term,) = index.term_ids([normalise_text(words)])
    named = [link.place for link in index.links(term)] if term is not None else []
    return bool(named) and not any(index.places.kind(p) in _AREA_KINDS for p in named)


def _names_a_village(index: NameIndex, words: str) -> bool:
    """Whether words, with 村 or without, name a village (陈德楼 of 陈德楼村): said after its
    town, a village is where the caller is, not a part of the town they are in; not words that
    name a landmark too (虎牢关, and 虎牢关村 named after it)."""
    terms = index.term_ids([normalise_text(words), normalise_text(words) + "村"])
    if terms[0] is not None and any(
        index.places.kind(link.place) == "landmark" for link in index.links(terms[0])
    ):
        return False
    return any(
        index.places.kind(link.place) == "village"
        for term in terms
        if term is not None
        for link in index.links(term)
    )


def _read_past_its_reference(utterance: Utterance, mention: Mention, units: set[int]) -> bool:
    """Whether a name was read as written across the word that made its first part a reference
    and the pause after it (市一院旁边 东大街 read as 市一院东大街, the site's name): the caller
    said the place, then the road it stands on, and the name read says which site; it is no
    reference. A name read loosely (洛阳的大巴 read as 洛阳大…) or a character past the pause
    is not so read."""
    if mention.how != "exact":
        return False
    said = [k in units for k in range(mention.start, mention.end)]
    cut = said.index(False) if False in said else len(said)
    return (
        cut >= 2
        and len(said) - cut >= 2
        and not any(said[cut:])
        and mention.start + cut in pause_starts(utterance)
    )


_ENCLOSING_KINDS = frozenset({"province", "city", "district"})
# What someone spends their days in, not at (郑州, 二七区, 马寨镇).
_AREA_KINDS = _ENCLOSING_KINDS | {"town"}


def _encloses_a_reference(
    index: NameIndex, utterance: Utterance, mention: Mention, refs: set[Mention]
) -> bool:
    """Whether a mention names only divisions, said alone before a pause, that hold a place a
    reference names (就是荥阳，荥阳乔楼镇政府对过): the county said again says where the
    reference is, not another place the caller is at. So too a division said as its town (兰考县城，
    兰考县人民医院北边; 巩义城里, 登封市区): the town of a county is all the county says, and the
    place said by its side lies in it. A division said as the start of a longer name (郑州汽车客运
    总站) says more than the division."""
    if not _said_alone_or_as_its_town(utterance, mention):
        return False
    named = index.places_named(mention.term)
    if not named or any(index.places.kind(p) not in _ENCLOSING_KINDS for p in named):
        return False
    prefixes = [index.division_prefix.get(p, "") for p in named]
    held = {
        index.places.admin(link.place).adcode or ""
        for ref in refs
        for link in index.links(ref.term)
        if link.weight >= NAMES
    }
    return any(prefix and code.startswith(prefix) for prefix in prefixes for code in held)


def _said_alone_or_as_its_town(utterance: Utterance, mention: Mention) -> bool:
    """Whether a mention's words are followed by a pause or the end, or only by words that say
    the town of the division it names (`town_words`) and then a pause or the end."""
    pauses = pause_starts(utterance)
    if mention.end >= utterance.length or mention.end in pauses:
        return True
    end = min((k for k in pauses if k > mention.end), default=utterance.length)
    return town_words(
        units_said(utterance, mention.end, end), units_said(utterance, mention.end - 1, mention.end)
    )


# Words that say a road only as what the place is near (离北三环不远, 靠近建设路, 离农业路挺近):
# somewhere along it, not by it (对过, 旁边 say the caller is at the road).
_NEAR_BEFORE = ("离", "靠近")
_NEAR_AFTER = ("不远", "很近", "挺近", "近")


def _roads_said_only_as_near(
    index: NameIndex, read: Sequence[Utterance], refs: set[Mention], sure: float
) -> bool:
    """Whether the sure references are all roads said only as what the place is near (金水区，
    离北三环不远): a district said before them is where the caller is, not where the road is
    said again, for a road runs on through it and the district says more of where the caller
    is than a point somewhere along the road."""
    sure_refs = [m for m in refs if m.quality >= sure]
    if not sure_refs:
        return False
    for ref in sure_refs:
        named = index.places_named(ref.term)
        if not named or any(index.places.kind(p) != "road" for p in named):
            return False
        utterance = read[ref.utterance]
        before = units_said(utterance, max(0, ref.start - 2), ref.start)
        after = units_said(utterance, ref.end, ref.end + 2)
        if not (before.endswith(_NEAR_BEFORE) or after.startswith(_NEAR_AFTER)):
            return False
    return True


def _said_otherwise(
    index: NameIndex, mention: Mention, mentions: Sequence[Mention], places: set[int]
) -> bool:
    """Whether other words (铁塔, then 铁塔公园那个) name one of the places a mention names."""
    return any(
        other.utterance != mention.utterance
        or other.end <= mention.start
        or mention.end <= other.start
        for other in mentions
        if any(link.weight >= NAMES and link.place in places for link in index.links(other.term))
    )


def _reference_units(
    index: NameIndex,
    utterance: Utterance,
    phrases: list[str],
    after: tuple[str, ...] = (),
    rest: str = "",
    said: str = "",
) -> set[int]:
    """The units of an utterance written in Han that lie in its reference phrases. With cues
    `after` (不是), only where a phrase follows one when it does anywhere: 南阳 of 不是南阳 is
    not 南阳 of the road 南阳路 said before it. A phrase whose words were also said as where
    the caller is (`rest`: 中原区华山路，华山路跟前) is the reference only where a cue is said
    with it (in `said`, the words as said, before fillers such as 旁边 are taken out): the road
    said first is where the caller is, said again as what they are near; so too a name said
    first as the start of the road the caller is on (在鼓楼街，旁边就是鼓楼: 鼓楼 of 鼓楼街 is the
    road's, not the reference)."""
    if not phrases or not all(segment.han for segment in utterance.segments):
        return set()
    written = utterance.text.replace(" ", "")
    found: set[int] = set()
    for phrase in phrases:
        words = index.fillers.remove(phrase).replace(" ", "")
        starts: list[int] = []
        start = written.find(words) if words else -1
        while start >= 0:
            starts.append(start)
            start = written.find(words, start + 1)
        cued = [k for k in starts if any(written[:k].endswith(cue) for cue in after)]
        if (
            not cued
            and len(starts) > 1
            and words in rest.replace(" ", "")
            and (words.endswith(ROAD_WORDS) or _begins_a_road(words, rest.replace(" ", "")))
        ):
            cued = _cued_occurrences(starts, words, normalise_text(said).replace(" ", ""))
        for start in cued or starts:
            found.update(range(start, start + len(words)))
    return found


def _begins_a_road(words: str, rest: str) -> bool:
    """Whether words begin the name of a road said as where the caller is (鼓楼 of 鼓楼街,
    包公湖 of 包公湖北路), not of a district (鼓楼 of 鼓楼区).

    >>> _begins_a_road("鼓楼", "在鼓楼街"), _begins_a_road("鼓楼", "鼓楼区中山路上")
    (True, False)
    """
    return (
        re.search(re.escape(words) + "[\u4e00-\u9fff]{0,2}?(?:" + "|".join(ROAD_WORDS) + ")", rest)
        is not None
    )


def _cued_occurrences(starts: list[int], words: str, said: str) -> list[int]:
    """Of the places `starts` where words recur in an utterance as read, those where they were
    said with a cue of nearness (华山路跟前, 靠华山路), found in order in the words as said; none
    when the words as said do not recur as often. Any occurrence followed by a cue that picks
    another place (边上那个) makes none certain: the old reading stands."""
    at: list[int] = []
    start = said.find(words)
    while start >= 0:
        at.append(start)
        start = said.find(words, start + 1)
    if len(at) != len(starts) or any(said.startswith(_PICKING, s + len(words)) for s in at):
        return []
    return [
        k
        for k, s in zip(starts, at, strict=True)
        if said.startswith(_NEAR_ALONE, s + len(words)) or said[:s].endswith(BEFORE)
    ]


# The cues of a reference that say only what the caller is near (华山路跟前), not which other
# place by it is meant (包公湖边上那个开封府, whose lake said first was no place of its own).
_NEAR_ALONE = tuple(cue for cue in AFTER if not cue.endswith(_PICKS))
_PICKING = tuple(cue for cue in AFTER if cue.endswith(_PICKS))


def score_with_references(
    index: NameIndex,
    mentions: Sequence[Mention],
    references: References,
    explains: Explains,
    institution_kinds: frozenset[str],
    spared: Collection[int] = frozenset(),
) -> dict[int, float]:
    """Text scores when references are demoted: what the caller is on is named by the other
    words; a reference explains the places near what it names, and what it names itself
    stays on offer below them. `spared` are places denied words read that the denial is not
    about (`_denials`): they are not put below the rest."""
    refs = references.mentions
    named_by_ref: set[int] = set()
    for mention in refs:
        for link in index.links(mention.term):
            if link.weight >= NAMES:
                named_by_ref.add(link.place)
                if index.places.kind(link.place) in institution_kinds:
                    named_by_ref.update(index.children.get(link.place, ()))
    anchors = [
        p
        for p in named_by_ref
        if index.places.kind(p) not in _IMPRECISE and index.places.precision(p) in _PRECISE
    ]
    pool: set[int] = set()
    for mention in mentions:
        if mention in refs:
            continue
        for link in index.links(mention.term):
            pool.add(link.place)
            if index.places.kind(link.place) in institution_kinds:
                pool.update(index.children.get(link.place, ()))
    # A road said as a mark along the road the caller is on (花园路往南，过了东风路) is crossed
    # somewhere along it: the one point the data has for the road marked is not near the caller,
    # nor are the places beside that point.
    on_a_road = any(
        index.places.kind(link.place) == "road"
        for mention in mentions
        if mention not in refs
        for link in index.links(mention.term)
        if link.weight >= NAMES
    )
    if on_a_road:
        anchors = [p for p in anchors if index.places.kind(p) != "road"]
    precise = [p for p in sorted(pool) if index.places.precision(p) in _PRECISE]
    near = _near_anchors(index, precise, anchors)
    # A road said as where the caller is (紫荆山公园对面 金水路) runs past the reference when its
    # one point, somewhere along it, is within a road's stretch of it.
    near |= _near_anchors(
        index, [p for p in precise if index.places.kind(p) == "road"], anchors, ROAD_STRETCH_KM
    )
    # A reference the data places only by its county (黄帝故里, 登封市政府) says which county:
    # of the places a name said names (人民路 of 郑州 and of 新郑), those in it.
    counties = {
        code
        for p in named_by_ref
        if index.places.kind(p) not in _IMPRECISE | {"road"}
        and index.places.precision(p) == _COUNTY_ONLY
        and len(code := index.places.admin(p).adcode or "") == len("410184")
    }
    if counties:
        for mention in mentions:
            if mention in refs:
                continue
            sites = {
                link.place
                for link in index.links(mention.term)
                if link.weight >= NAMES and index.places.kind(link.place) not in _IMPRECISE
            }
            inside = {p for p in sites if (index.places.admin(p).adcode or "")[:6] in counties}
            if inside and sites - inside:
                near.update(inside)
    # A road said whose name is that of a site the reference names (西门大街 and its 西门大街
    # 院区 of 淮河医院) passes it, wherever the data puts their points.
    for mention in mentions:
        if mention in refs:
            continue
        links = index.links(mention.term)
        if any(link.weight < NAMES and link.place in named_by_ref for link in links):
            near.update(link.place for link in links if link.weight >= NAMES)

    # A reference that takes in a name said as where the caller is, read again with a word
    # of its own (古荥镇 镇政府旁边: the town, and the town's government read as the town's), is
    # that place said again, not another place beside it.
    said_again = {
        m for m in refs if any(o not in refs and o.term == m.term and o.inside(m) for o in mentions)
    }

    def relation(mention: Mention, place: int) -> float:
        if mention not in refs or mention in said_again:
            return explains(index, mention, place)
        if mention in references.negated and place in spared:
            # The denied words read it too (开封市兰考站 over 是兰考站), and are not about it.
            return explains(index, mention, place)
        if mention in references.negated or place in named_by_ref:
            return 0.0
        return NEAR if place in near else 0.0

    # Where the caller is going says nothing of where they are, for or against a place: its
    # words are not weighed (郑州东站，往洛阳去的高铁 is 郑州东站 said whole).
    said = said_weight([m for m in mentions if m not in references.bound_for])
    scores = {p: _text(mentions, p, said, relation) for p in pool}
    # An institution is represented by its campuses or 院区 once they explain as much.
    for parent in [p for p in scores if index.places.kind(p) in institution_kinds]:
        kids = index.children.get(parent, ())
        if any(scores.get(k, 0.0) >= scores[parent] - 1e-9 for k in kids):
            del scores[parent]
    ref_units = said_weight([m for m in refs if m not in references.negated])
    floor = REFERENCE_SHARE * ref_units / said if said else 0.0
    # Below what the caller is at, however many more words the references took to say
    # (往河南大学新区方向 到紫荆山站了).
    named = [s for p, s in scores.items() if p not in named_by_ref and s > 0.0]
    if named:
        floor = min(floor, REFERENCE_SHARE * max(named))
    for place in named_by_ref if floor > 0.0 else ():
        scores[place] = max(scores.get(place, 0.0), floor)
    # What the caller said they are not at (不是纬五路那个) goes below the rest, at its gates too.
    for mention in references.negated:
        for link in index.links(mention.term):
            if link.place in scores and link.place not in spared:
                scores[link.place] *= REFERENCE_SHARE
    return {p: s for p, s in scores.items() if s > 0.0}


def _near_anchors(
    index: NameIndex, places: list[int], anchors: list[int], km_at_most: float = REFERENCE_KM
) -> set[int]:
    if not anchors or not places:
        return set()
    rows = np.asarray(places, dtype=np.int64)
    near: set[int] = set()
    for anchor in anchors:
        km = haversine_km(
            float(index.lat[anchor]), float(index.lon[anchor]), index.lat[rows], index.lon[rows]
        )
        near.update(int(rows[k]) for k in np.flatnonzero(km <= km_at_most))
    return near


def _text(
    mentions: Sequence[Mention],
    place: int,
    said: float,
    relation: Callable[[Mention, int], float],
) -> float:
    covered: dict[tuple[int, int], float] = {}
    strength: dict[tuple[int, int], float] = {}
    for mention in mentions:
        how = relation(mention, place)
        if how <= 0.0:
            continue
        for k in range(mention.start, mention.end):
            key = (mention.utterance, k)
            covered[key] = max(covered.get(key, 0.0), mention.quality)
            strength[key] = max(strength.get(key, 0.0), mention.quality * how)
    if not covered or said <= 0.0:
        return 0.0
    return (sum(covered.values()) / said) * (sum(strength.values()) / len(strength))


def said_weight(mentions: Sequence[Mention]) -> float:
    """How much was said that matched anything: units weighted by their surest mention."""
    said: dict[tuple[int, int], float] = {}
    for mention in mentions:
        for k in range(mention.start, mention.end):
            key = (mention.utterance, k)
            said[key] = max(said.get(key, 0.0), mention.quality)
    return sum(said.values())


def words_said(utterance: Utterance, mention: Mention) -> str:
    """The units of an utterance a mention covers, as said."""
    return units_said(utterance, mention.start, mention.end)


def roads_said_exactly(index: NameIndex, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions that say a held road's name exactly (大学路)."""
    return [m for m in mentions if m.how == "exact" and index.names_kind(m.term, ("road",))]


def drop_hints_over_roads(
    index: NameIndex, hints: Sequence[Mention], mentions: Sequence[Mention]
) -> list[Mention]:
    """A held road's name said exactly (大学路) is that road, not loose words for a site whose
    name holds its characters in order (中州大学航海路校区)."""
    roads = roads_said_exactly(index, mentions)
    return [
        h
        for h in hints
        if not any(
            r.utterance == h.utterance and r.start <= h.start and h.end <= r.end for r in roads
        )
    ]


# How well a held road explains the other road of a crossing said when the data holds no point
# for that crossing: the caller is on it, at a point not known.
CROSSING_UNKNOWN = 0.8
_CROSSING_WORDS = ("路口", "交叉口", "交叉路口", "十字路口")


def crossing_without_point(
    index: NameIndex,
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    pool: dict[int, float],
    explains: Explains,
    sure: float,
) -> None:
    """Two roads said as a crossing (大学路航海路口) whose crossing the data does not hold: each
    held road of the two is where the caller is; a site named after one of them, at their
    corner or not, is only near. Adjusts `pool` in place."""
    if any(p in index.crossing_roads for p in pool):
        return
    pairs: list[tuple[Mention, Mention]] = []
    for number, utterance in enumerate(read):
        if not any(word in utterance.text for word in _CROSSING_WORDS):
            continue
        roads = sorted(
            (
                m
                for m in mentions
                if m.utterance == number
                and m.quality >= sure
                and str(index.terms[m.term]).endswith(ROAD_WORDS)
            ),
            key=lambda m: m.start,
        )
        pairs += [
            (a, b)
            for k, a in enumerate(roads)
            for b in roads[k + 1 :]
            if a.end <= b.start and a.term != b.term
        ]
    if not pairs:
        return
    said = said_weight(mentions)
    for place in list(pool):
        for first, second in pairs:
            own = {
                m
                for m in (first, second)
                if index.places.kind(place) == "road"
                and any(
                    link.place == place and link.weight >= NAMES for link in index.links(m.term)
                )
            }
            if len(own) == 1:
                other = second if first in own else first

                def relation(m: Mention, p: int, other: Mention = other) -> float:
                    return CROSSING_UNKNOWN if m is other else explains(index, m, p)

                pool[place] = max(pool[place], _text(mentions, place, said, relation))
            elif not own:
                explaining = [m for m in mentions if explains(index, m, place) > 0.0]
                if explaining and all(
                    m in (first, second) and explains(index, m, place) < NAMES for m in explaining
                ):
                    pool[place] *= CROSSING_UNKNOWN


def drop_readings_out_of_a_destination(
    mentions: Sequence[Mention], bound: Sequence[set[int]]
) -> list[Mention]:
    """A loose reading begun in the words said as where the caller is going (`bound`, from
    `bound_for_units`) and run on past them (往东站去，在金水东路 read as 金水东路站 from 站 on) is
    the destination's words misread with the next clause's, not a place the caller named: it
    is dropped."""
    return [
        m
        for m in mentions
        if not (
            m.how == "fuzzy"
            and m.start in bound[m.utterance]
            and m.end - 1 not in bound[m.utterance]
        )
    ]


def drop_look_alikes_over_roads(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention]
) -> list[Mention]:
    """A look-alike read over a held road said exactly and the words after it, when those
    words go on to another road's name (东京大道跟四大街 as 东京大道校区), or over a road's
    whole name while its own has none: the caller named roads, not a site."""
    roads = roads_said_exactly(index, mentions)

    def over(mention: Mention) -> bool:
        name = str(index.terms[mention.term])
        if mention.how == "dropped" and not any(word in name for word in ROAD_WORDS):
            # A name short of a character read over the start of a road's name (开封中|山路 as
            # 开封中院): the caller named the road.
            after = units_said(read[mention.utterance], mention.end, mention.end + 2)
            return after.startswith(ROAD_WORDS) or after[1:].startswith(ROAD_WORDS)
        if mention.how != "fuzzy":
            return False
        words = words_said(read[mention.utterance], mention)
        if not any(word in name for word in ROAD_WORDS) and (
            _ROAD.search(words) or any(word in words[1:-1] for word in ROAD_WORDS)
        ):
            # Its words hold a road's whole name (开封中山路 read as 开封市开封府), or run on
            # past one's end (中山路|开封 as 河大开封): the caller named that road.
            return True
        inner = [r for r in roads if r.utterance == mention.utterance and r.inside(mention)]
        if not inner:
            return False
        first = min(r.start for r in inner)
        last = max(r.end for r in inner)
        utterance = read[mention.utterance]
        after = units_said(utterance, last, mention.end + 2)
        return first == mention.start and any(word in after for word in ROAD_WORDS)

    def in_a_road_name(mention: Mention) -> bool:
        # A name every city has, said as the start of a road's name (西站北街, 东站路), is
        # that road's name, not the place.
        if index.terms[mention.term] not in index.common_words or str(
            index.terms[mention.term]
        ).endswith(ROAD_WORDS):
            return False
        utterance = read[mention.utterance]
        if mention.end in pause_starts(utterance):
            # 大河村，街上: the street is the village's, said after a pause, not its name.
            return False
        onward = units_said(utterance, mention.end, mention.end + max(2, index.longest_way_word))
        if any(onward.startswith(word) for word in index.way_words):
            # 大河村铁路桥东边: a railway or a road of no name by it, not 大河村铁路.
            return False
        after = onward[:2]
        return after.startswith(ROAD_WORDS) or after[1:].startswith(ROAD_WORDS)

    def over_housing(mention: Mention) -> bool:
        # A look-alike read over the words for staff housing (郑大家属院 as 郑大医学院): the
        # caller named the institution's housing, not a site whose name it resembles.
        if mention.how not in ("fuzzy", "dropped", "edit"):
            return False
        words = words_said(read[mention.utterance], mention)
        name = str(index.terms[mention.term])
        return any(word in words and word not in name for word in HOUSING_WORDS)

    return [m for m in mentions if not over(m) and not in_a_road_name(m) and not over_housing(m)]


_DIVISION_ENDINGS = ("市", "县", "区", "旗")


def drop_names_across_a_division(index: NameIndex, mentions: Sequence[Mention]) -> list[Mention]:
    """Drop a name said exactly that starts inside a city or county said in full and lies
    outside it (登封|市人民医院 read as 郑州's 市人民医院): the words are that division's own
    place of that kind, which the data may not hold.

    Kept when one of the name's places lies in the division (郑州|市第一人民医院)."""
    divisions = [
        (m, prefixes)
        for m in mentions
        if m.how == "exact"
        and str(index.terms[m.term]).endswith(_DIVISION_ENDINGS)
        and (
            prefixes := tuple(
                index.division_prefix[link.place]
                for link in index.links(m.term)
                if link.place in index.division_prefix
            )
        )
    ]
    if not divisions:
        return list(mentions)

    def across(mention: Mention) -> bool:
        if mention.how not in ("exact", "road_word"):
            return False
        for division, prefixes in divisions:
            if not (
                division.utterance == mention.utterance
                and division.start < mention.start < division.end < mention.end
            ):
                continue
            codes = [
                index.places.admin(link.place).adcode or "" for link in index.links(mention.term)
            ]
            if not any(code.startswith(prefixes) for code in codes):
                return True
        return False

    return [m for m in mentions if not across(m)]


# A town's name as said: two to four characters and its level word.
_TOWN = re.compile("[\u4e00-\u9fff]{2,4}?(?:街道|镇|乡)")


def unheld_town_said(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention]
) -> bool:
    """Whether the caller named a town (九村街道, an old name) that no mention reads: a
    village said with it is another village of that name, or one the data files under the
    town's new name, never one to read back."""
    for number, utterance in enumerate(read):
        if not all(segment.han for segment in utterance.segments):
            continue
        written = utterance.text.replace(" ", "")
        for found in _TOWN.finditer(written):
            span = range(found.start(), found.end())
            covered = {
                k
                for m in mentions
                if m.utterance == number and m.how == "exact"
                for k in range(m.start, m.end)
            }
            # The town's own name (九村) must be unread; its level word may be read into a
            # village's name.
            if not any(k in covered for k in span[:-1]):
                return True
    return False


# The caller says they do not know which of an institution's sites (不知道哪个校区, 哪个院区
# 说不清): no one site is theirs to read back.
_UNSURE = "(?:不知道|不晓得|不清楚|说不清|搞不清|记不清|不确定|不懂)"
_WHICH_SITE = "(?:哪个|哪一个|哪|啥)(?:校区|院区|分院|分校|校|院)"
_UNSURE_WHICH = re.compile(f"{_UNSURE}.{{0,2}}{_WHICH_SITE}|{_WHICH_SITE}.{{0,2}}{_UNSURE}")


def unsure_which_site(texts: Sequence[str]) -> bool:
    """Whether the caller said they do not know which site of an institution they are at."""
    return any(_UNSURE_WHICH.search(text.replace(" ", "")) for text in texts)


# A road said only by a landmark on it (相国寺那条路, 医院那条街): the caller is on that road,
# not at the landmark; with no road named, neither is theirs to read back.
_ROAD_BY_A_LANDMARK = re.compile("[\u4e00-\u9fff]{2,}" + _THAT_ROAD + "(?=$|[\\s，,。；;！!？?、])")


def road_said_by_a_landmark(texts: Sequence[str]) -> bool:
    """Whether a road was said only as the one by a landmark (相国寺那条路, 二七塔那条).

    >>> road_said_by_a_landmark(["相国寺那条路上"]), road_said_by_a_landmark(["医院那条，门口"])
    (True, True)
    >>> road_said_by_a_landmark(["相国寺那边"]), road_said_by_a_landmark(["那条狗咬人了"])
    (False, False)
    """
    return any(_ROAD_BY_A_LANDMARK.search(normalise_text(text)) for text in texts)


# Words an institution's name ends with; and a school's, said short (二高, 十一中, 47中, 三小,
# 开封高中, 河大附中, 郑州外国语, 省实验, 开封卫校) or whole (第十四中学, 实验小学): a campus word
# after it is that school's campus, not another institution's (a school held with one site has
# no campus of that name; one held with several is found by the campus's own name). A school's
# number is said in figures as often as in words (47中, 25中); a 附中 or 附小 is the school of a
# university, not the university.
_INSTITUTION_WORDS = ("大学", "学院", "医院", "学校")
_SCHOOL_NAME_END = re.compile(
    "(?:中学|小学|高中|初中|职高|附中|附小|幼儿园|卫校|技校|职专|中专|外国语|实验"
    "|[0-9〇零一二三四五六七八九十百]+[中高小])$"
)


def another_institution_said(
    index: NameIndex,
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    site: int,
    sure: float,
) -> bool:
    """Whether a site was named right after an institution's name that is not its own
    (轻工业大学东风路校区, where 东风路校区 is another university's): the caller named a
    site of that institution, one the words do not find. A school's name said in the clause
    right after the site's words (新校区那边，开封二高的) names whose campus it is the same way:
    callers say the campus first as often as the school."""
    parent = index.parent[site]
    own = {site, parent}

    def named_at(utterance: int, end: int) -> bool:
        return any(
            m.utterance == utterance
            and m.end == end
            and m.quality >= sure
            and any(k.place in own for k in index.links(m.term))
            for m in mentions
        )

    for mention in mentions:
        if mention.how != "exact" or not any(k.place == site for k in index.links(mention.term)):
            continue
        units = [
            (segment.offset + k, unit)
            for segment in read[mention.utterance].segments
            for k, unit in enumerate(segment.units)
        ]
        before = "".join(unit for at, unit in units if at < mention.start)
        if (
            before.endswith(_INSTITUTION_WORDS) or _SCHOOL_NAME_END.search(before)
        ) and not named_at(mention.utterance, mention.start):
            return True
        # The clause after the site's words: up to the next pause after its first unit.
        pauses = pause_starts(read[mention.utterance])
        clause: list[tuple[int, str]] = []
        for at, unit in units:
            if at < mention.end:
                continue
            if clause and at in pauses:
                break
            clause.append((at, unit))
        after = "".join(unit for _, unit in clause)
        if (
            clause
            and _SCHOOL_NAME_END.search(after)
            and not named_at(mention.utterance, clause[-1][0] + 1)
        ):
            return True
    return False


# A village's or 社区's name as said after its town: one to four characters and the word that
# ends it; the town's office said between them (须水街道办事处柳湖社区) is the town's, not the
# village's name.
_VILLAGE = re.compile(
    "(?:街道办事处|办事处|街道办|政府)?([\u4e00-\u9fff]{1,4}?(?:社区|村|寨|庄|屯))"
)


def unheld_village_said(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention], town: int
) -> bool:
    """Whether the caller named a village after the town (考城镇张东村, 平城乡孙府寨, or
    after more words: 某某镇 以前叫某某 某某村), or typed words after it in pinyin that no name
    reads (zhuqu zhen xiaozhai), that the data holds under no such name there: the town is
    where the village lies, not where the caller is, and never one to read back."""
    held = {normalise_text(index.places.name(child)) for child in index.children.get(town, ())}
    # Syllables count as read only by a name of the town, of what holds it or of what lies in
    # it: one read as a place elsewhere (sunjiazhai as another county's 孙家寨) is a chance.
    read_units = {
        (m.utterance, k)
        for m in mentions
        if m.quality >= UNREAD_MIN
        and any(_in_line(index, link.place, town) for link in index.links(m.term))
        for k in range(m.start, m.end)
    }
    for mention in mentions:
        if not any(link.place == town for link in index.links(mention.term)):
            continue
        segments = read[mention.utterance].segments
        after = "".join(
            unit
            for segment in segments
            for k, unit in enumerate(segment.units)
            if segment.han and mention.end <= segment.offset + k
        )
        # Where a village's name may begin in `after` (han units only): right after the town,
        # or where the caller paused.
        han_after = [
            segment.offset + k
            for segment in segments
            if segment.han
            for k in range(len(segment.units))
            if mention.end <= segment.offset + k
        ]
        pauses = pause_starts(read[mention.utterance])
        offsets = [0] + [at for at, unit in enumerate(han_after) if unit in pauses]
        said_here = {k for u, k in read_units if u == mention.utterance}
        for at, end in zip(offsets, [*offsets[1:], len(after)], strict=True):
            found = _VILLAGE.match(after, at)
            if found is not None:
                name = found.group(1)
                if not any(name == h or name + "村" == h or h.startswith(name) for h in held):
                    return True
            elif _village_name_elsewhere(
                index, after[at:end], held, said_here.intersection(han_after[at:end])
            ):
                return True
        unread = [
            k
            for segment in segments
            if not segment.han
            for k in range(segment.offset, segment.offset + len(segment.units))
            if k >= mention.end and (mention.utterance, k) not in read_units
        ]
        if len(unread) >= _UNREAD_SYLLABLES and unread[0] == mention.end:
            return True
    return False


def _village_name_elsewhere(
    index: NameIndex,
    words: str,
    held: set[str],
    read: set[int],
) -> bool:
    """Whether the words of one clause after a town, which no name of the town reads, are a
    village's name without its 村 (双槐树 for 双槐树村) that villages elsewhere bear and the
    town's do not: the caller named a village of the town the data does not hold."""
    if not _SHORT_VILLAGE_SIZES[0] <= len(words) <= _SHORT_VILLAGE_SIZES[1]:
        return False
    if read:
        return False  # a name of the town, or of what lies in it, reads them
    name = words + "村"
    if name in held or words in held:
        return False
    (term,) = index.term_ids([name])
    return term is not None and any(
        index.places.kind(link.place) == "village" for link in index.links(term)
    )


# How many characters a village's name said without its 村 has, for it to be told from the
# words a caller says after a town (那边, 路口): two-character ones are too often a chance.
_SHORT_VILLAGE_SIZES = (3, 4)


def _in_line(index: NameIndex, place: int, town: int) -> bool:
    """Whether a place is the town, holds it, or lies in it."""

    def above(low: int, high: int) -> bool:
        while low >= 0:
            if low == high:
                return True
            low = index.parent[low]
        return False

    return above(town, place) or above(place, town)


# Pinyin syllables typed right after a town that no name reads, as many as a village's name has
# at least; and how surely a name must read syllables to account for them.
_UNREAD_SYLLABLES = 2
UNREAD_MIN = 0.5


def villages_short_of_their_word(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention], quality: float
) -> list[Mention]:
    """A village said right after its town without its 村 (平城乡孙府寨 for 孙府寨村): the
    town says which of the many villages so named it is."""
    found: list[Mention] = []
    # Words after the town that name something as said stay that name; a division's short
    # name elsewhere (城东, 锦江) is a chance reading of a village's.
    taken = {
        (m.utterance, m.start)
        for m in mentions
        if m.how == "exact"
        and any(
            index.places.kind(link.place) not in ("province", "city", "district")
            for link in index.links(m.term)
        )
    }
    for mention in mentions:
        towns = _towns_named(index, mention)
        if mention.how != "exact" or not towns:
            continue
        placed = [
            (segment.offset + k, unit)
            for segment in read[mention.utterance].segments
            if segment.han
            for k, unit in enumerate(segment.units)
            if mention.end <= segment.offset + k
        ]
        units = [unit for _, unit in placed]
        if (mention.utterance, mention.end) in taken:
            continue  # the words after the town are a name as said
        # The town's own name said again, then a pause or 那个 (官渡镇，官渡那个桥): the town
        # repeated; what follows is a thing in it, not the rest of a village's name.
        pauses = pause_starts(read[mention.utterance], across_pinyin=True)
        stems = {_town_stem(index, town) for town in towns}
        repeated = next(
            (
                len(stem)
                for stem in stems
                if "".join(units[: len(stem)]) == stem
                and len(placed) > len(stem)
                and placed[len(stem)][0] in pauses
            ),
            0,
        )
        children = {
            normalise_text(index.places.name(child))
            for town in towns
            for child in index.children.get(town, ())
        }
        # The town's own name said again (白沙镇 白沙寺) names its seat village (白沙村) no more
        # than the town, or a place named after it, unless the 村 is said too.
        seats = {_town_stem(index, town) + "村" for town in towns}
        for size in range(min(4, len(units)), 1, -1):
            name = "".join(units[:size]) + "村"
            if name not in children or (name in seats and units[size : size + 1] != ["村"]):
                continue
            if repeated and size > repeated:
                continue
            (term,) = index.term_ids([name])
            if term is not None:
                start = mention.end
                found.append(
                    Mention(mention.utterance, start, start + size, term, quality, "exact")
                )
            break
    return found


_TOWN_LEVELS = ("街道办事处", "办事处", "街道", "镇", "乡")


def _town_stem(index: NameIndex, town: int) -> str:
    """A town's name without its level word (白沙 of 白沙镇)."""
    name = normalise_text(index.places.name(town))
    return next((name[: -len(w)] for w in _TOWN_LEVELS if name.endswith(w)), name)


def own_village_filed_elsewhere(index: NameIndex, town: int, village: int) -> bool:
    """Whether a village bears its town's name (万滩村 of 万滩镇) but is filed under another
    town of the same county (杨桥街道's 万滩村), the town holding no village of that name: the
    town's own village, said with the town, filed under the 街道 that took its place."""
    name = normalise_text(index.places.name(village))
    town_code = index.places.admin(town).adcode or ""
    return (
        index.places.kind(town) == "town"
        and index.parent[village] != town
        and name == _town_stem(index, town) + "村"
        and (index.places.admin(village).adcode or "")[:6] == town_code[:6]
        and len(town_code) >= 6
        and not any(
            normalise_text(index.places.name(child)) == name
            for child in index.children.get(town, ())
        )
    )


def villages_short_of_a_character(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention], quality: float
) -> list[Mention]:
    """A village said right after its town with one character of its name dropped and its 村
    said (某镇林店村 for 林锦店村, held as 林锦店社区; 古荥纪庙村 for 纪公庙村): among one
    town's villages a name one character short, first and last kept, is rarely another's;
    it is found at `quality`, below a name said in full."""
    found: list[Mention] = []
    for mention in mentions:
        towns = _towns_named(index, mention)
        if not towns or mention.quality < quality:
            continue
        units: list[str] = []
        for segment in read[mention.utterance].segments:
            for k, unit in enumerate(segment.units):
                if segment.offset + k >= mention.end:
                    if not segment.han or segment.offset + k != mention.end + len(units):
                        break
                    units.append(unit)
        stems: dict[str, list[str]] = {}
        for town in towns:
            for child in index.children.get(town, ()):
                name = normalise_text(index.places.name(child))
                for word in _VILLAGE_WORDS:
                    if name.endswith(word) and len(name) - len(word) >= 3:
                        stems.setdefault(name[: -len(word)], []).append(name)
        best: tuple[int, list[str]] | None = None
        for size in range(2, min(4, len(units) - 1) + 1):
            if units[size] != "村":
                continue
            said = "".join(units[:size])
            held = [
                name
                for stem, names in stems.items()
                if len(stem) == size + 1
                and any(stem[:k] + stem[k + 1 :] == said for k in range(1, size))
                for name in names
            ]
            if held:
                best = (size, held)
        if best is None or len(best[1]) != 1:
            continue  # none, or more than one village the words might be short of
        size, (name,) = best
        (term,) = index.term_ids([name])
        if term is not None:
            found.append(
                Mention(
                    mention.utterance, mention.end, mention.end + size + 1, term, quality, "dropped"
                )
            )
    return found


_VILLAGE_WORDS = ("社区", "村")


def _towns_named(index: NameIndex, mention: Mention) -> list[int]:
    """The towns (乡, 镇, 街道) a mention's words name."""
    return [
        link.place for link in index.links(mention.term) if index.places.kind(link.place) == "town"
    ]


# Typed pinyin as sure as any read whole (LATIN in the matcher).
TYPED = 0.9


def villages_typed_after_their_town(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention], quality: float
) -> list[Mention]:
    """A village typed in pinyin right after its town (dongbatou zhangzhuang cun): heard among
    that town's villages only, where a chance likeness is rare; villages are otherwise found
    as written. Without its 村 (zhangzhuang) at `quality`, below a name typed in full."""
    found: list[Mention] = []
    for mention in mentions:
        towns = _towns_named(index, mention)
        if not towns or mention.quality < quality:
            continue
        syllables: list[str] = []
        for segment in read[mention.utterance].segments:
            end = segment.offset + len(segment.units)
            if segment.han or end <= mention.end:
                continue
            if segment.offset > mention.end + len(syllables):
                break  # written words between the town and these syllables
            syllables += segment.units[max(0, mention.end - segment.offset) :]
        if len(syllables) < 2:
            continue
        children = {
            child
            for town in towns
            for child in index.children.get(town, ())
            if index.places.kind(child) == "village"
        }
        best: Mention | None = None
        for child in sorted(children):
            name = normalise_text(index.places.name(child))
            (term,) = index.term_ids([name])
            if term is None:
                continue
            sound = str(index.term_sound[term]).split()
            if name.endswith("社区") and len(sound) > 2:
                # A village become a community, typed as the village it was (xiaoqiao cun).
                sound = [*sound[:-2], "cun"]
                name = name[:-2] + "村"
            for size, sure in ((len(sound), TYPED), (len(sound) - 1, quality)):
                if size < 2 or tuple(syllables[:size]) != tuple(sound[:size]):
                    continue
                if size < len(sound) and not name.endswith("村"):
                    continue
                said = Mention(
                    mention.utterance, mention.end, mention.end + size, term, sure, "latin"
                )
                if best is None or said.weight > best.weight:
                    best = said
                break
        if best is not None:
            found.append(best)
    return found


# How well a road's name explains a site at its gates when the data holds no such road: the
# site is one point along a road the caller may be anywhere on, less than the city said with
# it (ROAD_UNKNOWN in the resolver).
SITE_ON_UNKNOWN_ROAD = 0.75


def roads_known_only_by_sites(
    index: NameIndex,
    mentions: Sequence[Mention],
    pool: dict[int, float],
    explains: Explains,
) -> None:
    """A road's name said (神火大道, 王城大道) that the data holds only as the road at some
    site's gates, or holds only in other cities than a site's (人民路 of 郑州, said of 焦作大学's
    in 焦作): the site is only somewhere along it. Adjusts `pool` in place."""
    # The cities each road's name said is held in as a road (none: only at sites' gates).
    roads = {
        m: {
            (index.places.admin(link.place).adcode or "")[:4]
            for link in index.links(m.term)
            if index.places.kind(link.place) == "road"
        }
        for m in mentions
        if str(index.terms[m.term]).endswith(ROAD_WORDS)
        and all(
            link.weight < NAMES or index.places.kind(link.place) == "road"
            for link in index.links(m.term)
        )
    }
    if not roads:
        return
    said = said_weight(mentions)
    for place in list(pool):
        city = (index.places.admin(place).adcode or "")[:4]
        loose = {m for m, cities in roads.items() if city not in cities}
        if place in index.division_prefix or not any(
            0.0 < explains(index, m, place) < NAMES for m in loose
        ):
            continue  # a division said with the road is where it runs (ROAD_UNKNOWN)

        def relation(m: Mention, p: int, loose: set[Mention] = loose) -> float:
            how = explains(index, m, p)
            return min(how, SITE_ON_UNKNOWN_ROAD) if m in loose and how < NAMES else how

        pool[place] = min(pool[place], _text(mentions, place, said, relation))


_NUMERALS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_SPOKEN_NUMBER = re.compile("([零〇一二两三四五六七八九十百]+)[号號]")
# A number and its 号 apart (纬五路 7 号): speech-to-text writes a space between the words.
_NUMBER_APART = re.compile(r"([0-9０-９零〇一二两三四五六七八九十百]+)\s+(?=[号號])")


def house_numbers_in_digits(text: str) -> str:
    """House numbers said in words written in digits, as addresses hold them: digit by digit
    (一九九号 → 199号) or as a number (三十六号 → 36号), and the number joined to its 号 when a
    space was typed between them. Only before 号: 纬五路 stays.

    >>> house_numbers_in_digits("纬五路七号"), house_numbers_in_digits("心怡路一九九号")
    ('纬五路7号', '心怡路199号')
    >>> house_numbers_in_digits("自由路三十六号"), house_numbers_in_digits("一百零八号院")
    ('自由路36号', '108号院')
    >>> house_numbers_in_digits("纬五路 7 号"), house_numbers_in_digits("纬五路 七 號")
    ('纬五路 7号', '纬五路 7号')
    """
    joined = _NUMBER_APART.sub(r"\1", text)
    return _SPOKEN_NUMBER.sub(lambda found: f"{_number(found[1])}号", joined)


def _number(words: str) -> int:
    if "十" not in words and "百" not in words:
        return int("".join(str(_NUMERALS[w]) for w in words))
    total, digit = 0, 0
    for word in words:
        if word == "百":
            total += (digit or 1) * 100
            digit = 0
        elif word == "十":
            total += (digit or 1) * 10
            digit = 0
        else:
            digit = _NUMERALS[word]
    return total + digit


# How the name of an area held as a landmark ends (郑东新区CBD, 龙子湖高校园区, 樱桃沟景区).
_AREA_ENDINGS = ("新区", "CBD", "商务区", "园区", "开区", "港区", "度假区", "名胜区", "景区")


def _names_an_area(index: NameIndex, term: int) -> bool:
    """Whether a term names only an area held as a landmark (如意湖, the lake at the heart of
    郑东新区CBD and a name for it): sites said with it may stand in it."""
    links = [link for link in index.links(term) if link.weight >= NAMES]
    return bool(links) and all(
        index.places.kind(link.place) == "landmark"
        and index.places.name(link.place).endswith(_AREA_ENDINGS)
        for link in links
    )


def _holds_an_area(index: NameIndex, term: int) -> bool:
    """Whether a term names an area among its places (高新区: 郑州高新区), not only sites that
    every city has (人民公园)."""
    return any(
        link.weight >= NAMES and index.places.name(link.place).endswith(_AREA_ENDINGS)
        for link in index.links(term)
    )


def sites_in_a_named_area(
    index: NameIndex,
    mentions: Sequence[Mention],
    pool: dict[int, float],
    explains: Explains,
    sure: float,
) -> None:
    """A site said with the area it stands in, by a name every city has (CBD大玉米) or by one of
    an area held as a landmark (如意湖 for 郑东新区CBD): the site accounts for the area's words
    too, as a site at a road's gates does for the road. Adjusts `pool` in place."""
    areas = [
        m
        for m in mentions
        if m.quality >= sure
        and (index.terms[m.term] in index.common_words or _names_an_area(index, m.term))
    ]
    if not areas:
        return
    said = said_weight(mentions)
    for area in areas:
        anchors = [
            link.place
            for link in index.links(area.term)
            if link.weight >= NAMES and index.places.precision(link.place) in _PRECISE
        ]
        candidates = [
            p
            for p in pool
            if index.places.precision(p) in _PRECISE | {_COUNTY_ONLY}
            and explains(index, area, p) == 0.0
            # An area said with another (郑东新区 如意湖) is not a site in it.
            and not (
                index.places.kind(p) == "landmark" and index.places.name(p).endswith(_AREA_ENDINGS)
            )
            # Nor is a road beside a place every city has that is no area (人民园 南门 二七路上:
            # the park said short, at its gate on the road), as it is in one (高新区 科学大道).
            and not (index.places.kind(p) == "road" and not _holds_an_area(index, area.term))
            and any(
                m is not area
                and m.quality >= sure
                and index.terms[m.term] not in index.common_words
                and explains(index, m, p) >= NAMES
                for m in mentions
            )
        ]
        near = _near_anchors(
            index, [p for p in candidates if index.places.precision(p) in _PRECISE], anchors
        )
        # A zone spans many km beyond its one point: a place whose address names it (莲花街:
        # 河南省郑州市高新技术产业开发区) stands in it wherever the point is, and whatever it is:
        # a street placed only at its county's seat (枫香街) is in the zone its address names.
        near |= _addressed_in_the_area(index, candidates, area.term)
        for place in near:

            def relation(m: Mention, p: int, area: Mention = area) -> float:
                return NEAR if m is area else explains(index, m, p)

            pool[place] = max(pool[place], _text(mentions, place, said, relation))


def _addressed_in_the_area(index: NameIndex, places: Sequence[int], term: int) -> set[int]:
    """The places whose address names an area the term names, by any of the area's names of
    three characters or more, its city's name before it or not (郑州高新技术产业开发区, 高新技术
    产业开发区)."""
    names: set[str] = set()
    for link in index.links(term):
        if link.weight < NAMES or not index.places.name(link.place).endswith(_AREA_ENDINGS):
            continue
        area = index.places[link.place]
        city = normalise_text(area.admin.city or "").removesuffix("市")
        for name in (area.name, *area.aliases):
            said = normalise_text(name)
            for form in (said, said.removeprefix(city) if city else said):
                if len(form) >= _AREA_NAME_SHORTEST:
                    names.add(form)
    if not names:
        return set()
    return {
        p
        for p in places
        if any(name in normalise_text(index.places[p].address or "") for name in names)
    }


# An area's name long enough not to be found inside another's by chance (高新区 is; 高新 not).
_AREA_NAME_SHORTEST = 3


# A site named by its initials only is offered, never read back (below SURE and MATCHED).
INITIALS = 0.6
_LETTERS = re.compile(f"[a-z]{{{INITIALS_MIN},}}")


def initials_mentions(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention]
) -> list[Mention]:
    """Sites whose syllables' initials are a run of letters said that nothing else reads
    (qmshy): offered, never read back on them alone."""
    found: list[Mention] = []
    for number, utterance in enumerate(read):
        for segment in utterance.segments:
            letters = "".join(
                u if len(u) == 1 and u.isascii() and u.isalpha() else " " for u in segment.units
            )
            for run in _LETTERS.finditer(letters):
                start, end = segment.offset + run.start(), segment.offset + run.end()
                if any(m.utterance == number and m.start < end and start < m.end for m in mentions):
                    continue
                for term in index.site_initials.get(run.group(), ()):
                    found.append(Mention(number, start, end, term, INITIALS, "initials"))
    return found


# An institution said by its name without the word for its kind, right before one of its sites
# (淮河|西门大街 for 淮河医院's 西门大街院区): a shortening made on the spot, so the site is
# offered, never read back on it (below SURE).
SHORT_INSTITUTION = 0.8
_KIND_WORDS = ("医院", "大学", "学院")
_SITE_KINDS = frozenset({"campus", "hospital_branch"})


def institutions_said_short(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention], sure: float
) -> list[Mention]:
    """An institution's name without its kind word (淮河 for 淮河医院), said right before a
    name for one of its sites or the road at its gates, in words nothing else reads: a mention
    of the institution over those words."""
    found: list[Mention] = []
    for mention in mentions:
        if mention.how != "exact" or mention.quality < sure:
            continue
        before = _units_before(read[mention.utterance], mention.start)
        if len(before) < 2:
            continue
        sites = [
            link.place
            for link in index.links(mention.term)
            if index.places.kind(link.place) in _SITE_KINDS
        ]
        for parent in dict.fromkeys(index.parent[s] for s in sites if index.parent[s] >= 0):
            place = index.places[parent]
            for name in (place.name, *place.aliases):
                stem = _stem(normalise_text(name).replace(" ", ""))
                if stem is None or not before.endswith(stem):
                    continue
                start = mention.start - len(stem)
                if any(
                    m.utterance == mention.utterance
                    and m.quality >= sure
                    and start <= m.start
                    and m.end <= mention.start
                    for m in mentions
                ):
                    continue  # the words are a name of their own (河南|金明校区)
                (term,) = index.term_ids([normalise_text(name).replace(" ", "")])
                if term is not None:
                    found.append(
                        Mention(
                            mention.utterance,
                            start,
                            mention.start,
                            term,
                            SHORT_INSTITUTION,
                            "short",
                        )
                    )
                    break
    return found


def _stem(name: str) -> str | None:
    for word in _KIND_WORDS:
        stem = name.removesuffix(word)
        if stem != name:
            return stem if len(stem) >= 2 else None
    return None


def _units_before(utterance: Utterance, start: int) -> str:
    """The Han units of one segment that end right before `start`."""
    for segment in utterance.segments:
        if segment.han and segment.offset < start <= segment.offset + len(segment.units):
            return "".join(segment.units[: start - segment.offset])
    return ""


def other_place_said(
    index: NameIndex,
    mentions: Sequence[Mention],
    place: int,
    explains: Explains,
    sure: float,
    coarse: frozenset[str],
) -> set[int]:
    """The places named for sure by words that say nothing of `place` (禹王台公园 said with 开封站):
    the caller named two places, and which one they are at is theirs to say."""
    explaining = [m for m in mentions if explains(index, m, place) > 0.0]
    others: set[int] = set()
    for mention in mentions:
        if (
            mention.how != "exact"
            or mention.quality < sure
            or mention.end - mention.start < 2
            or any(
                m.utterance == mention.utterance and m.start < mention.end and mention.start < m.end
                for m in explaining
            )
        ):
            continue
        named = [
            link.place
            for link in index.links(mention.term)
            if link.weight >= NAMES and index.places.kind(link.place) not in coarse
        ]
        if named and index.terms[mention.term] not in index.common_words:
            others.update(named)
    return others


def common_names_off_the_road(
    index: NameIndex,
    mentions: Sequence[Mention],
    pool: dict[int, float],
    explains: Explains,
) -> None:
    """A name every city has (百货大楼, 人民公园) said with a held road its place is not on
    (中原路上的百货大楼): the caller is on that road, by one of that name the data may not
    hold; the held one is only half named. Adjusts `pool` in place."""
    roads = roads_said_exactly(index, mentions)
    if not roads:
        return
    said = said_weight(mentions)
    for place in list(pool):
        explaining = [m for m in mentions if explains(index, m, place) > 0.0]
        if not explaining or any(m in roads for m in explaining):
            continue
        if not all(index.terms[m.term] in index.common_words for m in explaining):
            continue

        def relation(m: Mention, p: int) -> float:
            return REFERENCE_SHARE * explains(index, m, p)

        pool[place] = min(pool[place], _text(mentions, place, said, relation))


# Words that make a name said before them another place's (王城 in 王城公园, a park, not the
# 王城 campus): a campus's short name as the first words of such a name is not the campus.
_OTHER_PLACE_WORDS = ("公园", "广场", "小区", "花园", "市场", "商场", "大厦", "车站", *ROAD_WORDS)


def drop_site_names_inside_other_places(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention]
) -> list[Mention]:
    """Drop a campus's or 院区's short name said as the first words of another place's name
    (洛阳 王城公园: a park named after the area the 王城 campus is named after too): the words
    name the park, which the data may not hold, not the campus; it does not rank on them. Nor
    does a look-alike read over the park's name that changes the campus's words (西苑公园 as
    象湖公园). A name other places bear too (龙子湖, an area as well) is left to the scores.
    Typed apart (洛阳 王城 公园, as speech-to-text spaces its words) the words name the park
    all the same; a campus said with its own word (北校区 广场) names the campus the square is
    in."""
    inside: list[Mention] = []
    for mention in mentions:
        named = [link for link in index.links(mention.term) if link.weight >= NAMES]
        utterance = read[mention.utterance]
        after = units_said(utterance, mention.end, mention.end + 3, written_only=True)
        if (
            mention.how == "exact"
            and named
            and all(index.places.kind(link.place) in _SITES for link in named)
            and after.startswith(_OTHER_PLACE_WORDS)
            and not str(index.terms[mention.term]).endswith(_SITE_KIND_WORDS)
        ):
            inside.append(mention)
    if not inside:
        return list(mentions)

    def over(mention: Mention, site: Mention) -> bool:
        return (
            mention.how in ("fuzzy", "edit")
            and mention.utterance == site.utterance
            and mention.start <= site.start
            and site.end < mention.end
            and str(index.terms[site.term]) not in str(index.terms[mention.term])
        )

    return [m for m in mentions if m not in inside and not any(over(m, s) for s in inside)]


_SITES = frozenset({"campus", "hospital_branch"})
# What a campus or 院区 is called by its kind (北校区, 东院区, 校本部, 本院): its own name.
_SITE_KIND_WORDS = ("校区", "院区", "本部", "本院", "分院", "分校")


def campus_only_by_borrowed_words(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention], site: int
) -> bool:
    """Whether a campus is named only by a road at its gates (王城大道 for a 王城校区 there) or
    by its short name as the first words of another place's name (王城公园): many roads and
    parks are named after an area a campus is named after too, so the caller may be anywhere
    on that road or in that park, and the campus is never one to read back on those words."""
    own = {site, index.parent[site]}
    named = borrowed = False
    for mention in mentions:
        links = [link for link in index.links(mention.term) if link.place in own]
        if not links:
            continue
        if all(link.weight < NAMES for link in links):
            borrowed = True  # a road or landmark at its gates
            continue
        utterance = read[mention.utterance]
        after = units_said(utterance, mention.end, mention.end + 3, written_only=True)
        if after.startswith(_OTHER_PLACE_WORDS) and mention.end not in pause_starts(utterance):
            borrowed = True
            continue
        named = True
    return borrowed and not named


# Words for a sub-district or town said after a name (老鸦陈街道): the caller named a division.
_DIVISION_WORDS = ("街道", "办事处", "镇", "乡")


def division_said_of_a_site(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention], site: int
) -> bool:
    """Whether the caller said a site's name as a town's or sub-district's (老鸦陈街道 for the
    城中村 老鸦陈): the division so named is an area around the site, one the data may not
    hold, and the site is never one to read back on those words."""
    for mention in mentions:
        if not any(link.place == site for link in index.links(mention.term)):
            continue
        after = units_said(read[mention.utterance], mention.end, mention.end + 3, written_only=True)
        if after.startswith(_DIVISION_WORDS) and not after.startswith("乡村"):
            return True
        # Or the site's name ends with the first words of the division's (鼓楼街|道 for a
        # 鼓楼街道 around the street 鼓楼街): many 街道 are named after a street in them.
        said = words_said(read[mention.utterance], mention)
        if any(
            said.endswith(word[:k]) and after.startswith(word[k:])
            for word in _DIVISION_WORDS
            for k in range(1, len(word))
        ):
            return True
    return False


# What a town has one of, said after its name (官渡镇卫生院, 某某乡中心小学): a place in the town.
_TOWN_FACILITY_WORDS = (
    "卫生院",
    "医院",
    "诊所",
    "中学",
    "小学",
    "初中",
    "高中",
    "学校",
    "幼儿园",
    "派出所",
    "敬老院",
    "养老院",
    "汽车站",
    "车站",
    "火车站",
    # Where its people trade and pass (广武批发市场, 某某镇农贸市场): also a place in the town.
    "批发市场",
    "农贸市场",
    "菜市场",
    "市场",
    "超市",
    "商场",
    "加油站",
    "服务区",
    "邮局",
    "银行",
)


_TOWN_LEVEL_SAID = re.compile("^(?:街道|镇|乡)")


def facility_said_in_a_town(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention], town: int
) -> bool:
    """Whether the caller named a town's health centre, school or police station (官渡镇卫生院,
    which the data does not hold) by the town's name and what it is: the town is where it lies,
    and its point is the town's seat, not that place; never one to read back."""
    for mention in mentions:
        if not any(link.place == town for link in index.links(mention.term)):
            continue
        after = units_said(read[mention.utterance], mention.end, mention.end + 7, written_only=True)
        # The town said by its old level (侯寨乡, now a 街道) or short of it: its level word
        # comes between the name and what it has.
        after = _TOWN_LEVEL_SAID.sub("", after, count=1)
        if after.removeprefix("中心").startswith(_TOWN_FACILITY_WORDS):
            return True
    return False


def common_names_of_a_city_said(
    index: NameIndex,
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    aside: frozenset[Mention] = frozenset(),
) -> list[Mention]:
    """The mentions without a name every city has (百货大楼, 人民公园) read as a place that
    lies in none of the cities said (焦作 百货大楼 is 焦作's, not 郑州's): the caller's is one
    the data does not hold, in the city they named."""
    cities = [
        (m, prefixes)
        for m in mentions
        if m.how == "exact"
        and m not in aside
        and (links := index.links(m.term))
        and all(index.places.kind(link.place) in ("city", "district") for link in links)
        # A city (新乡, which is also 新乡县): a county's short name alone (南关) is often a
        # chance reading of two characters.
        and any(index.places.kind(link.place) == "city" for link in links)
        and (
            # By the city: callers often name the wrong district of their own city.
            prefixes := tuple(
                p[:4] for link in links if len(p := index.division_prefix.get(link.place, "")) >= 4
            )
        )
    ]
    if not cities:
        return list(mentions)

    def of_another_city(mention: Mention) -> bool:
        if words_said(read[mention.utterance], mention) not in index.common_words:
            return False
        if any(index.places.kind(link.place) == "road" for link in index.links(mention.term)):
            # A road's name stays, read as the city's road the data lacks (许昌 … 建设路):
            # the road offered says what kind of place the caller named.
            return False
        others = [p for city, prefixes in cities if not city.overlaps(mention) for p in prefixes]
        if not others:
            return False
        return not any(
            index.in_divisions(link.place, p) for link in index.links(mention.term) for p in others
        )

    return [m for m in mentions if not of_another_city(m)]


# A village said by where it lies, not by its name (须水那边的村, 来集那个村, 少林寺下面那个村):
# a pointing or placing word, then the word for a village. 村委会, 村部 are not a village said.
_UNNAMED_VILLAGE = re.compile(
    "(?:那个|这个|那边的?|这边的?|那儿的?|附近的?|旁边的?|下面的?|底下的?|后面的?|的)"
    "(?:村子|村里|村上|村)(?![委部长])"
)
_LEVEL_WORDS = ("街道", "镇", "乡")


def unnamed_village_said(index: NameIndex, texts: Sequence[str], place: int) -> bool:
    """Whether the caller said they are in a village they did not name, by the place it lies
    by (须水那边的村): the town or landmark named is where the village is, not the caller, and
    a village that bears the town's own name (须水村 of 须水街道) is one of the villages there,
    not the one said. Neither is one to read back."""
    if not any(_UNNAMED_VILLAGE.search(normalise_text(t).replace(" ", "")) for t in texts):
        return False
    if index.places.kind(place) != "village":
        return True
    town = index.parent[place]
    if town < 0:
        return False
    stem = normalise_text(index.places.name(place)).removesuffix("村")
    town_name = normalise_text(index.places.name(town))
    return any(town_name == stem + word for word in _LEVEL_WORDS)


# The word for a village said straight after a town's short name (颍阳村, 邢口村).
_VILLAGE_WORD = "村"


def village_bearing_its_towns_name_said(index: NameIndex, texts: Sequence[str], place: int) -> bool:
    """Whether `place` is a town (镇, 乡, 街道) whose short name the caller said as a village's,
    with 村 straight after it (登封颍阳村 of 颍阳镇), and the town said nowhere in full: the
    caller is in that village, most often the town's seat, which the data does not hold under
    the town, so the town is offered, not read back. A town said in full (颍阳镇颍阳村) is
    asked as before; a village the data holds by that name under the town is read as itself."""
    if index.places.kind(place) != "town":
        return False
    name = normalise_text(index.places.name(place))
    level = next((w for w in _LEVEL_WORDS if name.endswith(w)), "")
    stem = name.removesuffix(level) if level else ""
    if len(stem) < 2:
        return False
    said = ["".join(normalise_text(text).split()) for text in texts]
    if any(name in text for text in said):
        return False
    village = stem + _VILLAGE_WORD
    if not any(village in text for text in said):
        return False
    return not any(
        normalise_text(child_name).startswith(village)
        for child in index.children.get(place, ())
        for child_name in (index.places.name(child), *index.places[child].aliases)
    )


# Names of developers and shop chains with sites in many places (万达, 正商): said, they name
# that brand's site where the caller is (开封万达, 正商城), one the data may not hold there.
_BRANDS = ("万达", "正商", "丹尼斯", "新玛特", "大商", "锦艺", "万象城", "碧桂园")


def unheld_brand_said(
    index: NameIndex,
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    place: int,
    sure: float,
) -> bool:
    """Whether the caller named a brand's site (开封万达) that no sure name of the place read
    back holds: the road or place found on the other words is near it at best, a guess."""
    said = "".join(u.text.replace(" ", "") for u in read)
    brands = [b for b in _BRANDS if b in said]
    if not brands:
        return False
    naming = [
        words_said(read[m.utterance], m)
        for m in mentions
        if m.quality >= sure and any(link.place == place for link in index.links(m.term))
    ]
    return any(not any(b in words for words in naming) for b in brands)


# Words after a street that make it name a site of an institution (解放路那个老院, 康复前街院区).
_SITE_WORDS_AFTER_STREET = ("老院", "新院", "院区", "分院", "老校区", "新校区", "校区")
_INSTITUTIONS = frozenset({"university", "hospital"})


def sites_named_by_a_street(
    index: NameIndex,
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    pool: dict[int, float],
    explains: Explains,
    sure: float,
) -> None:
    """An institution named, then a street said as which of its sites (市一院，解放路那个老院):
    the caller is at that institution's site, held there or not; the street itself and other
    institutions' sites on it are only its reference. Adjusts `pool` in place."""
    streets = [
        m
        for m in roads_said_exactly(index, mentions)
        if units_said(read[m.utterance], m.end, m.end + 3, written_only=True).startswith(
            _SITE_WORDS_AFTER_STREET
        )
    ]
    if not streets:
        return
    own: set[int] = set()
    for mention in mentions:
        if mention.quality < sure or any(mention.overlaps(s) for s in streets):
            continue
        for link in index.links(mention.term):
            if link.weight >= NAMES and index.places.kind(link.place) in _INSTITUTIONS:
                own.add(link.place)
                own.update(index.children.get(link.place, ()))
    if not own:
        return
    for place in list(pool):
        if place not in own and any(explains(index, s, place) > 0.0 for s in streets):
            pool[place] *= REFERENCE_SHARE


# Where the caller says they are, by a name (俺搁老坟岗这, 我在大石桥那儿): 在 or 搁 (how much
# of Henan says 在), the name, and 这 or 那.
_AT_NAME = re.compile(
    "(?:在|搁|待)([\u4e00-\u9fff]{2,6}?)(?:这儿|这里|这块|这边|这|那儿|那里|那块|那边|那)"
)
# Words of where with no name of their own (在家这, 在路边那, 在门口这): nothing unread.
_NO_NAME = re.compile(
    "(?:俺|我|他|她|我们|俺们|咱)?(?:家|家里|屋里|院里|院子|外面|外边|门口|楼下|楼上|路边|路口"
    "|马路|街上|地里|村里|店里|厂里|车上|车里|里面|里头)(?:上|边|头|里)?"
)


def _a_name_unread(name: str, said: Sequence[str]) -> bool:
    """Whether `name` is a place's name (not words of where, a road word or a kind of place
    alone) that none of the words mentions read holds or is held in."""
    if _NO_NAME.fullmatch(name) or _NO_ROAD.fullmatch(name) or _KIND_ALONE.fullmatch(name):
        return False
    return not any(w and (w in name or name in w) for w in said)


def at_an_unread_name(read: Sequence[Utterance], mentions: Sequence[Mention]) -> bool:
    """Whether the caller said where they are by a name (俺搁老坟岗这) that no mention reads:
    the place they are at is not held, and a place they name beside it (二七塔西边不远) only
    says where that is.

    >>> from gazetteer._match import Utterance
    >>> at_an_unread_name([Utterance("俺搁老坟岗这 就二七塔西边不远", (), 0)], [])
    True
    >>> at_an_unread_name([Utterance("俺在家这 二七塔西边不远", (), 0)], [])
    False
    """
    for k, utterance in enumerate(read):
        said = [
            words_said(utterance, m) for m in mentions if m.utterance == k and m.end - m.start >= 2
        ]
        for found in _AT_NAME.finditer(utterance.text):
            if _a_name_unread(found[1], said):
                return True
    return False


# A place pointed at as where the caller is or is by (迎宾馆那, 老粮库那边, 废品站这儿, 桃园饭庄
# 门口): the words before the pointing word, after where the caller says they are (在, 搁, 待).
_POINTED_AT = re.compile(
    "(?:.*[在搁待])?(?:那个|这个|就是|就|是)?([\u4e00-\u9fff]{2,8})"
    "(?:这儿|这里|这块|这边|那儿|那里|那块|那边|门口|跟前|旁边|这|那)"
)


def unread_place_pointed_at(
    texts: Sequence[str], read: Sequence[Utterance], mentions: Sequence[Mention], sure: float
) -> bool:
    """Whether a clause points at a place by a name no mention reads (迎宾馆那 迎宾路上; 万胜路
    王记烩面馆那): the caller is at or by a place the data does not hold, on the road said, which
    is then not all they said of where they are. Not the road itself pointed at (就在迎宾路这儿),
    nor words of where with no name (路边这儿, 家门口) or a kind of place alone (超市门口). A
    name is read only by a mention said for sure: 红星旅社 is not 红星区 heard loosely.

    >>> from gazetteer._match import Utterance
    >>> unread_place_pointed_at(["老粮库那，大河路上"], [Utterance("", (), 0)], [], 0.9)
    True
    >>> unread_place_pointed_at(["路边这儿 超市门口"], [Utterance("", (), 0)], [], 0.9)
    False
    """
    said = [
        words_said(read[m.utterance], m)
        for m in mentions
        if m.end - m.start >= 2 and m.quality >= sure
    ]
    for text in texts:
        for clause in _clauses(normalise_text(text)):
            found = _POINTED_AT.fullmatch(clause)
            if found is None:
                continue
            if _a_name_unread(found[1], said):
                return True
    return False
