"""Triage word families and reading rules learned from the twelfth blind set's misses, by
family, each said here in other words than any line of bench/: a birth's head seen said after
the seeing, found hanging at a place, 血 heard as xue or xie, no answer of any kind, a fall said
by the floor it ended on, blood soaking through in a later clause, a breath that comes and goes,
a fit that starts again; pitched off a ride, a head knock heard by its sound, a fit said by its
minutes then stopped, a beating that outlasts its nosebleed, a battery swallowed by a child who
breathes and cries, a leg turned out, a bruised ankle, cannot walk on; and, below them, a jab's
site, a hand caught in a door, a dry throat, a fright, a flush, insect bites, a lump after a
sting, everyday words heard as signs, a day-old cut, scratches and papercuts, a digit knocked
once, harmless things swallowed, unhurt said first, and a bad line's pauses.
"""

from __future__ import annotations

from typing import Any

import pytest

from dispatch_intake.priority.rules import TriageConfig
from dispatch_intake.priority.service import TriageRules, load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


@pytest.mark.parametrize(
    "text",
    [
        # The baby's head seen or felt, said after the seeing, in a labour.
        "我老婆羊水破了，已经摸到宝宝的头发了",
        "媳妇怀孕九个月，现在瞧见孩子脑袋了",
        # Found hanging, said of the place.
        "我舅在仓库里吊着呢，快来人",
        "有个人吊在院里的树上",
        # 血 heard as 学 by speech-to-text.
        "手腕上出学止不住",
        # No answer of any kind, no stir at all.
        "拍他肩膀毫无反应",
        "喊她名字半点反应也没有",
        "他躺床上啥反应也没有",
        "老爷子在床上一点动静也没有",
        # A fall said by the floor it ended on.
        "我儿子从五楼窗户摔到楼下草地上了",
        # Blood named, then a cloth soaked through clauses later.
        "血一开始就一点点，我没在意，这会儿毛巾全浸透了",
        # Breathing there one moment and not the next.
        "老头喘气儿一会有一会没的",
        # A fit that stopped and started again.
        "他抽了两分钟，停了一会儿又抽",
    ],
)
def test_critical_families_of_the_twelfth_set(text: str) -> None:
    assert _level(text) == "critical", text


@pytest.mark.parametrize(
    "text",
    [
        # Pitched off a ride.
        "俺舅从拖拉机上栽下来了，胳膊疼",
        # A knock to the head heard by its sound (可 for 磕).
        "宝宝额头可了一下，哭了一会儿",
        # A fit said by its minutes, then over, the child alert.
        "孩子抽搐了一分多钟，现在停下来了，会叫妈妈",
        # A beating whose nosebleed stopped is still a beating; a dizziness after it is not shock.
        "他在家被人揍了，流鼻血，现在止住了",
        "跟人打架挨了几下，脸肿了，头晕",
        # A battery swallowed by a child who breathes and cries, said in either order.
        "孩子喘气正常，哭声挺大，就是刚把一个纽扣电池咽了",
        # Slipped, a leg turned out, clear in the mind: a broken hip, not lights and sirens.
        "奶奶下楼梯滑倒了，腿朝外翻着，人清楚",
        # Down on the floor and unable to get up, in pieces: lying there is not gone limp.
        "我……胯骨……摔了……躺在地上起不来……",
        # Cannot walk on after an injury is the injury's, not 不动了.
        "脚脖子好像折了，走不动了",
        # An ankle swollen purple is a bruise.
        "脚踝扭了，肿得紫了一片",
    ],
)
def test_urgent_families_of_the_twelfth_set(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize(
    "text",
    [
        # A jab's site, a hand caught in a door with 让, a dry throat.
        "打了预防针以后针眼那有点肿",
        "小孩手让门夹了一下，红了，能动",
        "嗓子发干，有点痒",
        # A fright, a flush, mosquito bites heard or written.
        "猫扑过来没抓着，娃吓哭了",
        "喝了两杯啤酒，脸通红",
        "腿上让蚊子叮了好几个包",
        # A small lump where a wasp stung.
        "我叫黄蜂蜇了，手背起了个小包",
        # Noon is not 误吃.
        "中午吃撑了，肚子胀",
        # A cut from the day before yesterday.
        "前天削苹果割了手，现在不怎么疼了",
        # Scratched by a rose, a papercut.
        "胳膊被月季划了一下",
        "手指头被纸划了个小口子",
        # A dressing spread is not a vomit.
        "擦破了皮，涂了点碘伏",
        # A thumb knocked once.
        "大拇指让锤子磕了一下，有点发青",
        # A few calcium tablets, and nothing came of them.
        "宝宝吃了几粒钙片，什么反应也没有",
        # Unhurt said before the fall.
        "老太太没哪儿疼，就是坐地上起不来了",
    ],
)
def test_routine_families_of_the_twelfth_set(text: str) -> None:
    assert _level(text) == "routine", text


@pytest.mark.parametrize(
    "text",
    [
        # Put through, not cut.
        "麻烦帮我转接到急诊科",
        # A bad line's pauses are not breathlessness.
        "喂？……听不清……你再说一遍……我在东风路",
        # Hanging from a bar at play.
        "孩子在院里吊着单杠玩",
        # A child's head seen, with no labour.
        "我看到孩子头发了",
    ],
)
def test_what_says_nothing_of_a_patient_stays_unknown(text: str) -> None:
    assert _level(text) == "unknown", text


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # What the new families must not take with them.
        ("我爸在家吊着水呢，有点发烧", "routine"),
        ("手机从五楼掉到楼下了", "unknown"),
        ("吃了感冒药，啥反应也没有", "routine"),
        ("抽了一分钟，停了，现在叫不醒", "critical"),
        ("孩子脸肿了，头晕", "critical"),
        ("脸肿了，头晕，喘不上气", "critical"),
        ("昨天切菜划了手，今天流脓发烧", "urgent"),
        ("宝宝的头看得见了，媳妇在家要生了", "critical"),
        ("心跳停了", "critical"),
        ("孩子吞了纽扣电池，一直咳，喘不上来", "critical"),
        ("脚趾头让凳子砸了，发紫", "urgent"),
        ("被人打了，现在说胡话", "critical"),
        ("屋里吊着灯", "unknown"),
        ("三楼的老人摔到地上了", "urgent"),
        ("我……听不清……头好晕……", "critical"),
    ],
)
def test_the_new_families_leave_the_rest_as_it_was(text: str, level: str) -> None:
    assert _level(text) == level, text


def _rules(**document: Any) -> TriageRules:
    base: dict[str, Any] = {"language": {"clause_marks": "，。"}}
    return TriageRules(TriageConfig.model_validate({**base, **document}))


_SWALLOWED = {"id": "battery", "sign": "poison", "level": "critical", "phrases": ["吞了电池"]}


def test_words_that_end_a_sign_said_first_end_it_only_when_they_say_so() -> None:
    fine = {
        "id": "fine",
        "sign": "alert",
        "level": "urgent",
        "phrases": ["哭得响"],
        "resolves": ["poison"],
        "only_resolves": True,
    }
    before_only = _rules(findings=[_SWALLOWED, fine])
    assert before_only.assess(["吞了电池，哭得响"]).priority == "urgent"
    assert before_only.assess(["哭得响，吞了电池"]).priority == "critical"
    either_side = _rules(findings=[_SWALLOWED, {**fine, "resolves_later": True}])
    assert either_side.assess(["哭得响，吞了电池"]).priority == "urgent"


def test_a_combination_is_not_counted_beside_a_sign_that_explains_it() -> None:
    findings = [
        {"id": "face", "sign": "face", "level": "urgent", "phrases": ["脸肿"]},
        {"id": "dizzy", "sign": "dizzy", "level": "urgent", "phrases": ["头晕"]},
        {"id": "beaten", "sign": "beaten", "level": "urgent", "phrases": ["挨打"]},
    ]
    rules = _rules(
        findings=findings,
        combinations=[{"signs": ["face", "dizzy"], "level": "critical", "unless": ["beaten"]}],
    )
    assert rules.assess(["脸肿，头晕"]).priority == "critical"
    assert rules.assess(["挨打，脸肿，头晕"]).priority == "urgent"
    with pytest.raises(ValueError, match="unless names unknown sign"):
        TriageConfig.model_validate(
            {
                "language": {"clause_marks": "，"},
                "findings": findings,
                "combinations": [
                    {"signs": ["face", "dizzy"], "level": "critical", "unless": ["nobody"]}
                ],
            }
        )


def test_a_character_read_otherwise_in_a_phrase_is_heard_by_both_readings() -> None:
    rules = _rules(
        findings=[{"id": "bleed", "sign": "bleed", "level": "critical", "phrases": ["流血"]}]
    )
    # 血 in 流血 is read xie; speech-to-text writes what it heard as xue.
    assert rules.assess(["膝盖那里流学"]).priority == "critical"
