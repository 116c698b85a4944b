"""Triage word families learned from the thirty-ninth blind set's critical misses: a wound's blood
told by the clothes reddened through; people fallen where a gas water heater or a charcoal fire
burns; workers gone down a sewer or a pit who did not come up; a birth under way said by the baby
coming down or the urge to push; a heart said to stop between racing beats; molten metal
over the body; the bowel out in Hakka; a blade drawn across one's own neck with the words apart or
the blood spurting said with 直; a threat to jump on a balcony — each said here in other words
than any line of bench/, with near-misses that must keep their level.
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
        # The clothes said reddened through, the blood unnamed.
        ("铁丝戳进他胳膊了，袖子一下子全红透了", "critical"),
        ("木刺扎进大腿，裤腿都红透了", "critical"),
        # Laundry, a stain: no wound.
        ("新买的裤子洗了一下，把别的衣服都染红了", "unknown"),
    ],
)
def test_clothes_reddened_through(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Fallen senseless where a heater or a fire burns.
        ("卫生间热水器一直开着，我妈晕倒在里面了", "critical"),
        ("煤炉子生在屋里，老两口都倒在屋里了", "critical"),
        # A heater with no one ill.
        ("热水器打不着火，冬天洗不了澡", "unknown"),
    ],
)
def test_collapsed_by_a_fume_source(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Gone down below and not come up.
        ("工人下到污水池里清理，半天没上来", "critical"),
        ("下水道里下去的人没上来", "critical"),
        # A phone, a cut hand: no one overcome.
        ("手机掉下水道里了，捞了半天没上来", "unknown"),
        ("修下水道的师傅把手划了个口子，出了点血", "urgent"),
    ],
)
def test_not_come_up_from_below(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The urge to push, the baby coming down.
        ("孕妇在车上，说孩子往下掉", "critical"),
        ("快生了，憋不住要使劲", "critical"),
        # A child come down the stairs; a due date.
        ("孩子已经下来了，在楼下等车", "unknown"),
        ("我怀孕七个月了，想问问什么时候去建档", "urgent"),
    ],
)
def test_birth_coming_down(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A heart said to stop between its racing beats, a dialysis missed or not.
        ("我舅舅血透这周漏了两次，心跳快一阵又停一下", "critical"),
        ("我爸心跳一会快一会停，人软得很", "critical"),
        # A heart that races and slows, or will not slow after a run: urgent as before.
        ("心跳一会儿快一会儿慢，心里发慌", "urgent"),
        ("跑完步心跳快得停不下来", "urgent"),
        # A ride booked.
        ("明天上午要去透析，想约个车", "routine"),
    ],
)
def test_heart_stops_between(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Molten metal over the body.
        ("铝水溅了他一身，衣服都烧穿了", "critical"),
        ("铸件的铁水洒出来，他的后背一大片都焦了", "critical"),
        # The metal in a talk of work; one drop.
        ("我们车间今天开始浇钢水了，问一下体检的事", "unknown"),
        ("手指上溅了一滴铁水，烫了个小泡", "routine"),
    ],
)
def test_molten_metal_on_the_body(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The bowel out, in Hakka and Cantonese.
        ("佢分野牛撞到，肠跌出来咯", "critical"),
        ("肠都漏出来了，肚子破了", "critical"),
        # An enteritis.
        ("肠胃炎拉出来都是水", "unknown"),
    ],
)
def test_bowel_fallen_out(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A blade across one's own neck, the words apart; spurting said with 直.
        ("拿着刀划自家脖子，血一直流", "critical"),
        ("手腕被玻璃划开，血直飙", "critical"),
        # A kitchen knife; a cat's scratch on the neck.
        ("菜刀放在厨房台面上，孩子够不着", "unknown"),
        ("脖子上被猫抓了一道，有点红", "routine"),
    ],
)
def test_neck_cut_words_apart(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A threat to jump on a balcony.
        ("我站在阳台上，活够了", "critical"),
        ("我在自家阳台，活够了，这就跳", "critical"),
        # A balcony with no threat.
        ("我在阳台上浇花，喉咙有点痛", "routine"),
    ],
)
def test_threat_on_a_balcony(text: str, level: str) -> None:
    assert _level(text) == level
