"""Triage word families and reading rules learned from the eleventh blind set's misses, by
family, each said here in other words than any line of bench/: eyes never opened, a moan for an
answer, a beat said gone with 没有, thrown by a crash, pinpoint pupils, pesticide sprayed, a
snake bite with a changed mind, a child gone in at the water's edge, a blow shrugged off then a
belly pain with a cold sweat, a height said in metres, a fall then a changed mind; a limb bent,
an object still in the body, tight not painful, a chest that hurts on coughing, blood in the
urine, a drinker's tongue; and, below them, a drunk who answers, a fish bone swallowed past,
brought up once, lively after a sip, grazes, dressings, scratches, transfers, readings, pinches,
boils, shallow punctures, a start in sleep and everyday words heard as signs.
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
        # Eyes never opened since the fall: not come round.
        "我爷爷摔倒以后眼睛就没睁开过",
        "她从楼梯上滑下来，到现在都没睁眼",
        # Called, answers only with a moan.
        "喊他他就哼一声",
        "叫她名字她只是哼",
        # The beat said gone with 没有 (and not a racing heart denied).
        "我摸了摸他没有心跳了",
        "老人倒在厨房，没有心跳也没有呼吸",
        # Thrown by the impact.
        "被大货车撞了，人甩出去好几米",
        "骑电动车的被撞得飞出去了",
        # Pupils small as a pin.
        "我看他瞳孔特别小，跟针尖似的",
        # Pesticide sprayed, then a sweat.
        "我妈在棉花地里喷农药，回家一身大汗",
        # A snake bite with a changed mind.
        "让毒蛇咬了手，现在说胡话",
        "被蛇咬了，人有点迷糊",
        # At the water's edge and gone in.
        "孩子在江边玩水，被冲走了",
        "我们在湖边钓鱼，我儿子掉进去了，看不见人",
        # A blow shrugged off, then a belly pain with a cold sweat.
        "被三轮车撞了一下，当时能走，现在肚子疼得冒冷汗",
        # A height said in metres.
        "从三米多高的地方掉下来了",
        # A fall, then asking the same thing again and again.
        "摔了一跤以后老是重复问同一句话",
    ],
)
def test_critical_families_of_the_eleventh_set(text: str) -> None:
    assert _level(text) == "critical", text


@pytest.mark.parametrize(
    "text",
    [
        # A limb bent, an object left in, a deep cut said before 口子.
        "他小臂明显弯了",
        "一根铁条插在他小腿上，我们没敢拔",
        "削土豆把大拇指削了一个深口子，有点渗血",
        # Tight, not painful, in one breath; a chest that hurts only on coughing.
        "胸闷但不疼，休息一会儿好点",
        "咳嗽的时候胸口扯着疼，发烧两天了",
        # Blood in the urine is not a wound's blood loss.
        "小便是红的，像洗肉水一样",
        # A drinker's thick tongue is the drink's.
        "他喝醉了，话都说不清",
        # Pesticide sprayed, with only a queasiness.
        "打完农药回来有点恶心",
        # An inhaler that helped a little.
        "老慢支犯了，用了喷剂好一些了",
        # Everyday words heard as signs: a harvest, firewood, a measure word.
        "他割麦子的时候中暑了",
        "砍柴的时候手背划了一道深口子",
        "手指头切了一道口子",
    ],
)
def test_urgent_families_of_the_eleventh_set(text: str) -> None:
    assert _level(text) == "urgent", text


@pytest.mark.parametrize(
    "text",
    [
        # A drunk who curses when called.
        "楼道里有个喝醉的，喊他他还骂人",
        # A fish bone, and the patient eats and talks.
        "吃鱼卡了根鱼刺，能吃饭能说话",
        # Brought up once; lively again after a sip of a cleaner.
        "吃完饭吐了一回，别的没啥",
        "孩子舔了点洗手液，现在精神得很",
        # A graze on a limb, a wound dressed, a claw's scratch.
        "骑车把胳膊肘磕破了",
        "胳膊划了个口子，已经包扎好了",
        "让猫把手背挠破了",
        # Loose bowels and a transfer said apart.
        "昨晚闹了一夜肚子",
        "我爸在县医院躺着呢，明天要转到市里",
        # A pressure a little up.
        "量了下血压一百五，没啥不舒服",
        # A toe's 指头, a bruise after a fall, a finger caught in a door.
        "脚指头磕破了",
        "下楼梯摔了一下，胳膊上磕青了",
        "手指头叫门挤了，指甲有点发青",
        # A boil's swelling, a shallow puncture.
        "腿上长了个疖子，腿肿了",
        "踩到钉子了，扎得不深",
        # A start in sleep; back at the television after a belly ache.
        "宝宝刚睡着的时候一激灵",
        "孩子刚才喊肚子疼，现在在看电视",
        # 拉 said of a razor.
        "早上剃胡子拉了一下，出了点血",
    ],
)
def test_routine_families_of_the_eleventh_set(text: str) -> None:
    assert _level(text) == "routine", text


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # What the new families must not take with them.
        ("没有心跳加快，就是头晕", "urgent"),
        ("他一生气把手机甩出去了", "unknown"),
        ("我在河边钓鱼，鱼竿掉下去了", "unknown"),
        ("打农药回来有点头晕", "urgent"),
        ("肚子疼得一头汗", "urgent"),
        ("从四五米高的梯子上摔下来", "critical"),
        ("吐了一口血", "critical"),
        ("孩子舔了点洗手液，一直咳，喘得厉害", "critical"),
        ("喝多了，叫不醒", "critical"),
        ("拉了好几次，全是血", "critical"),
        ("钉子扎了脚，拔出来了，血止不住", "critical"),
        ("一咳嗽胸口就疼，一身冷汗", "critical"),
        ("鱼刺卡住了，喘不上气", "critical"),
        ("我爸突然口齿不清", "critical"),
        ("他被捅了一刀", "critical"),
        ("血压一百八", "urgent"),
        ("孩子喝了一口84，现在挺精神，就是一直咳", "urgent"),
        ("孩子把奶奶的降压药吃了，现在挺精神", "urgent"),
        ("摔了一跤，头磕破了，包好了", "urgent"),
    ],
)
def test_the_new_families_leave_the_rest_as_it_was(text: str, level: str) -> None:
    assert _level(text) == level, text


def _rules(**document: Any) -> TriageRules:
    base: dict[str, Any] = {"language": {"clause_marks": "，。"}}
    return TriageRules(TriageConfig.model_validate({**base, **document}))


def test_a_combination_counts_a_sign_said_over_only_when_it_says_so() -> None:
    findings = [
        {"id": "blow", "sign": "blow", "level": "urgent", "phrases": ["撞了"]},
        {
            "id": "shrugged",
            "sign": "course",
            "level": "routine",
            "phrases": ["没事"],
            "resolves": ["blow"],
        },
        {"id": "belly", "sign": "belly", "level": "urgent", "phrases": ["肚子疼"]},
    ]
    plain = _rules(
        findings=findings,
        combinations=[{"signs": ["blow", "belly"], "level": "critical"}],
    )
    assert plain.assess(["撞了，没事，肚子疼"]).priority == "urgent"
    over_too = _rules(
        findings=findings,
        combinations=[{"signs": ["blow", "belly"], "level": "critical", "over_too": ["blow"]}],
    )
    assert over_too.assess(["撞了，没事，肚子疼"]).priority == "critical"
    assert over_too.assess(["撞了，没事"]).priority == "routine"
    with pytest.raises(ValueError, match="over_too names sign"):
        TriageConfig.model_validate(
            {
                "language": {"clause_marks": "，"},
                "findings": findings,
                "combinations": [
                    {"signs": ["blow", "belly"], "level": "critical", "over_too": ["course"]}
                ],
            }
        )
