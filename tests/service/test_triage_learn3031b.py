"""Triage word families learned from the thirtieth and thirty-first blind sets' under-triaged
lines (urgent read routine or unknown, routine read unknown), each said here in other words
than any line of bench/, with near-misses that keep their level.
"""

from __future__ import annotations

import pytest

from dispatch_intake.priority.service import load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


@pytest.mark.parametrize(
    ("text", "near_miss", "near_level"),
    [
        # A limb gone to one side in Hunan words, or a thumb out of joint; a hat worn crooked.
        ("我崽摔咖一跤，脚杆子歪咖哒", "他帽子戴歪了，人好好的", "routine"),
        ("孩子大拇指脱位了", "他帽子戴歪了，人好好的", "routine"),
        # Spraying said as 打药 with signs after it; the same sprayer washed off and well.
        (
            "她去棉花地里打药，药洒到脖子上，回来就恶心发抖",
            "他上午给菜地打完药，洗了澡，一点事没有",
            "routine",
        ),
        # Loose bowels counted many in a clause of their own; a few times, eating well.
        ("俺闺女拉稀，一上午十好几回", "他闹肚子，拉了两三次，能吃能喝", "routine"),
        # Dried out, heard by a slip; stools a little loose.
        ("我妈拉到托水了", "我就拉了两回，有点稀", "routine"),
        # A calf hot after an operation and days in bed; legs swollen from standing.
        (
            "我公公做完胆囊手术一直卧床，右腿肚子摸着发烫",
            "站了一天班，两条腿有点肿，晚上抬高就好了",
            "routine",
        ),
        # Fingers frozen a colour; hands red from the cold and warm again.
        ("他在冷库干活，手指头冻乌了", "手冻得通红，烤了会火就好了", "routine"),
        # A fingertip cut off said first; a nail cut short.
        ("削土豆削掉了一小截手指尖", "手上划了一下，不太深，贴了创可贴", "routine"),
        # The finger cut off and kept; a question with no patient, in Cantonese.
        ("他被机器压掉半个指头，断指用冰包着", "想问下你哋几点收工", "unknown"),
    ],
)
def test_an_injury_or_an_illness_in_other_words_is_urgent(
    text: str, near_miss: str, near_level: str
) -> None:
    assert _level(text) == "urgent"
    assert _level(near_miss) == near_level


@pytest.mark.parametrize(
    ("text", "near_miss", "near_level"),
    [
        # A fall in Min with the knee grazed; a fall in Min that cannot get up.
        ("阮阿伯跋一倒，跤头趺破皮，无代志", "阮阿伯今仔日跋一倒，爬袂起来", "urgent"),
        # A cold in Wu with a little cough; a self-harm said outright.
        ("阿拉老头子伤风，有眼咳嗽", "他说要自伤", "urgent"),
        # A runny nose and a little cough in Min; a question with no patient.
        ("阮阿母鼻水流袂停，淡薄仔嗽", "想问下你哋几点收工", "unknown"),
        # A dog's scratch in Cantonese, the skin broken; a cold man who does not wake.
        ("我细妹俾狗仔抓咗一下，损咗层皮", "老人在外面冻了一夜，手脚冻青了，叫不醒", "critical"),
        # A bite of chalk, the child well; a laundry pod bitten.
        ("女儿咬了一口粉笔，吐掉了，精神挺好", "孩子咬了一口洗衣凝珠", "urgent"),
        # A toe knocked in Wu, a little swollen; spraying, then a sweat and a clouded mind.
        (
            "阿拉囡囡脚趾头撞着门，有眼肿",
            "我爸给果园打药，回来以后一直出汗流口水，人迷迷糊糊的",
            "critical",
        ),
    ],
)
def test_a_minor_complaint_in_other_words_is_routine(
    text: str, near_miss: str, near_level: str
) -> None:
    assert _level(text) == "routine"
    assert _level(near_miss) == near_level


def test_a_deep_cut_told_in_pieces_is_urgent_not_breathlessness() -> None:
    assert _level("我……削木头……划到……手心……很深……") == "urgent"
    assert _level("刀切到手了，割得很深，血一直往外冒") == "critical"
