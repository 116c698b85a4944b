"""Triage harm found in reviewing the thirtieth and thirty-first sets' learning (learn3031b):
spraying said as 打药 with the poison's signs read urgent, a cord heard as 袋子 lost, 脱水 heard
in a washing machine, cement or fruit, deep water said before the fall, a jaw gone to one side,
a hard thing into the eye read as a fly. Each case in other words than bench/, with near-misses
that keep their level.
"""

from __future__ import annotations

import pytest

from dispatch_intake.priority.service import load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


@pytest.mark.parametrize(
    ("text", "level", "near_miss", "near_level"),
    [
        # Spraying, then a sweat and a clouded mind; then drool and twitching; the spray in the
        # mouth. Beside: washed and well, or a dizziness with a clear mind.
        (
            "俺叔在苞谷地喷药，回来汗珠子直往下掉，人也犯迷糊",
            "critical",
            "他打药回来有点头晕，人清醒",
            "urgent",
        ),
        (
            "他喷药回家以后嘴里老往外淌口水，腿上的肉直跳",
            "critical",
            "他打药回来洗了个澡，一点事没有",
            "routine",
        ),
        (
            "俺爹打药哩，药水呛了一口，这会儿直吐",
            "critical",
            "他打药回来有点头晕，人清醒",
            "urgent",
        ),
        # A cord in labour heard as 袋子; a finger's piece kept in a bag.
        ("快生了，底下耷拉出来一根袋子", "critical", "断了的那截手指拿袋子装着了", "urgent"),
        ("羊水破了，露出来一截白袋子", "critical", "断了的那截手指拿袋子装着了", "urgent"),
        # Deep water said first, then a child gone in; a key gone in.
        ("那个塘水很深，我孙子掉进去了", "critical", "钥匙掉进去了，水很深", "unknown"),
        ("水很深，我家娃掉下去了", "critical", "钥匙掉进去了，水很深", "unknown"),
        # A fall in Min and passed out; a Min fall with a graze.
        ("阿伯跋一倒，人昏去了", "critical", "阿公跋一跤，手擦破一点皮，家己爬起来了", "routine"),
        # A spark of metal into the eye; a midge rubbed out.
        ("电焊的时候眼睛里迸进去个焊渣", "urgent", "眼睛里飞进去个蚊子，揉掉了", "routine"),
        # Glass into the eye; glasses broken, their glass a small cut (眼镜 heard as 眼睛).
        (
            "切玻璃的时候眼睛里飞进去个玻璃渣",
            "urgent",
            "他眼镜摔碎了，镜片玻璃划了手，一点小口子",
            "routine",
        ),
    ],
)
def test_a_sign_said_beside_a_learned_word_keeps_its_level(
    text: str, level: str, near_miss: str, near_level: str
) -> None:
    assert _level(text) == level
    assert _level(near_miss) == near_level


@pytest.mark.parametrize(
    "text",
    [
        # 脱水 of a machine, and 拖水 / 托水 of cement and fruit carried, heard as dried out.
        "他托水果的时候手指划了个小口子，贴了创可贴",
        "洗衣机在脱水，我手上擦破一点皮",
        "拖水泥的时候脚崴了一下，能走",
        # A finger sewn back years ago, on its way to a check.
        "我爸断指再植出院一个月，约车去复查",
        # A phone dropped and water deep: no hand cut deep.
        "他手机掉地上，手上擦破点皮，水好深",
    ],
)
def test_a_word_heard_as_a_learned_sign_is_routine(text: str) -> None:
    assert _level(text) == "routine"


def test_dried_out_beside_a_loose_bowel_is_still_sent_a_mopped_floor_is_not() -> None:
    assert _level("地上拖水还没干，孩子滑倒了，膝盖擦破点皮") == "routine"
    assert _level("孩子吐了一天，脱水了，尿都没有") == "urgent"
    assert _level("孩子拉到脱水了，软绵绵的，叫不醒") == "critical"


def test_a_jaw_gone_to_one_side_with_the_speech_leaking_is_a_face_drooping() -> None:
    assert _level("我爸下巴歪向一边了，说话漏风") == "critical"
    assert _level("他打哈欠把下巴弄脱臼了，嘴合不上") == "urgent"
