"""Triage word families from the second review of the thirty-sixth blind set's learning: the
families that learning added (a no with a modal before the breath, a blade drawn over one's own
neck or wrist, a lost breath feared in a question, loose bowels or vomiting till the legs go weak)
said in other words than any line of bench/ — other modals and word orders, the south-west's and
Cantonese's words — with near-misses that must not be raised (a question whose 不会 is the
asking's, a worry of what may come, a cart pulled till the legs ache, a hand pulled up).
"""

from __future__ import annotations

import pytest

from dispatch_intake.priority.service import load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Other modals and forms before the breath: 没法, 没办法, 不能够, 不得 (the south-west's
        # cannot), 吸气, a breath no longer one's own, the breath said first.
        ("我奶奶没法喘气了", "critical"),
        ("老人没办法呼吸了", "critical"),
        ("他不能够喘气了", "critical"),
        ("俺爷不会吸气了", "critical"),
        ("我屋头老汉儿不得出气了", "critical"),
        ("他已经不会自己呼吸了", "critical"),
        ("他连呼吸都不会了", "critical"),
        # A modal with something harmless, or the nose only: as before.
        ("鼻子堵了没法用鼻子呼吸,别的都好", "routine"),
        ("他不会游泳,在岸边摔了一下擦破皮", "routine"),
    ],
)
def test_other_modals_before_the_breath(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A lost breath feared, asked of what may come: the 不 is the asking's, and the words
        # between (突然, 憋得) do not make it a breath found lost.
        ("吃这个药会不会呼吸停止?他现在好好的", "unknown"),
        ("我爷爷打呼噜很响,会不会突然不喘气啊", "routine"),
        ("孩子有点鼻塞,趴着睡会不会憋得不呼吸", "routine"),
        ("担心他睡着了会不喘气,他白天有点咳嗽", "routine"),
        # The breath already gone, asked (会不会是, 是不是, 会不会已经), or said beside the
        # question: sent first.
        ("他是不是没气了", "critical"),
        ("他会不会已经没气了", "critical"),
        ("会不会是喘不上气了,他一直张着嘴", "critical"),
        ("他不呼吸了,会不会死啊", "critical"),
        ("宝宝喘不上气会不会憋死啊", "critical"),
    ],
)
def test_a_lost_breath_feared_in_a_question(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The blade said before the neck (拿刀抹脖子), the neck said as one's own, Cantonese
        # 割咗手腕 with the blood going on.
        ("我舅舅用刀抹脖子了", "critical"),
        ("他用碎碗片划了自己的脖子", "critical"),
        ("佢用刀割咗手腕,流唔停", "critical"),
        # A cut in the kitchen, or the threat with the blade taken: as before.
        ("切菜割到手指,血止住了", "routine"),
    ],
)
def test_a_blade_to_ones_own_neck_or_wrist_said_otherwise(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Emptied out by loose bowels or vomiting (拉虚脱, 吐虚脱): sent.
        ("孩子吐虚脱了", "urgent"),
        ("我婆婆上吐下泻,拉虚脱了", "urgent"),
        # Still read across clauses and after a loose-bowel word said whole.
        ("拉了一天肚子,腿都软了", "urgent"),
        ("拉肚子,腿软", "urgent"),
        # 拉 as a pull (a cart, a hand up, a ride): no fluid lost.
        ("拉了一天车,腿都软了", "unknown"),
        ("我腿软,他拉了我一把", "unknown"),
        ("被他拉到医院,腿都软了", "unknown"),
    ],
)
def test_fluid_lost_till_the_legs_go_said_otherwise(text: str, level: str) -> None:
    assert _level(text) == level
