"""Triage word families of holdout37's learning, second-reviewed: a part of the baby out already
in a birth; a belly that swells with a pale face or cold hands, bleeding inside; a wrist slashed
with the blade still held; a no-state breath (喘不上来) denied — in other dialects, other word
orders and other blades than the learning's own, with near-misses that must keep their level.
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
        # The wrist cut, the blade (glass, scissors, a razor) still gripped, said in other ways.
        ("她拿玻璃把手腕划开了，玻璃还攥着不松手", "critical"),
        ("我兄弟拿刀把手腕割咯，刀还捏起的", "critical"),
        ("俺儿把手脖子拉了个口子，刀还拿着哩", "critical"),
        ("他刚划了腕子，手里那把水果刀还不放下", "critical"),
        ("拿剃须刀片割了手腕，还攥着不撒手", "critical"),
        ("佢𠝹咗手腕，仲揸住把刀", "critical"),
        ("我女儿用剪刀戳手腕，剪刀还在她手里", "critical"),
        # Glass that broke or a glass held, a kitchen, a stopped bleed: no blade held to cut.
        ("她手里攥着玻璃杯，手腕扭了", "routine"),
        ("手腕被玻璃划了一下，血已经止住了", "routine"),
        ("他在厨房拿着刀切肉，手腕被刮了一下，小口子", "routine"),
        ("孩子发烧，还攥着不撒手我的衣服", "urgent"),
    ],
)
def test_a_wrist_cut_with_any_blade_still_held(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A belly blown up round, still swelling or hard as a stone after a blow, with pallor or
        # cold hands: bleeding inside.
        ("被人一脚踢在肚子上，现在肚子胀得鼓鼓的，手冰凉", "critical"),
        ("我老汉儿遭车撞了，肚皮胀鼓鼓的，脸都白完了", "critical"),
        ("俺家老爷们儿让车刮了，肚子鼓溜溜的，脸煞白煞白的", "critical"),
        ("手冰凉，肚子一直在胀大，他上午摔过", "critical"),
        ("车祸以后，现在肚子硬得像石头，脸色发白", "critical"),
        # A meal said any way, a face white from the cold, constipation: not that.
        ("吃了一大锅饺子，肚子胀得很，脸冻得发白", "urgent"),
        ("晚上吃了好多烧烤，肚子胀得鼓鼓的，手有点凉", "routine"),
        ("便秘好几天了，肚子鼓鼓的硬邦邦", "routine"),
    ],
)
def test_a_belly_swelling_in_other_words_with_pallor(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # An arm, a hand or the buttocks out first, the part said before the birth or after 出来.
        ("老婆要生了，小孩一条胳膊已经露出来了", "critical"),
        ("媳妇儿生孩子呢，孩子胳膊先出来一只了", "critical"),
        ("胎位不正，手先出来的，她在家里", "critical"),
        ("臀位，屁股都已经出来了，快来人", "critical"),
        ("孩子的脚丫出来了我老婆在生", "critical"),
        ("已经出来一只脚了，孩子，我老婆在车上生呢", "critical"),
        # A tooth come through, a pupil's foot first on the ground: no birth.
        ("宝宝牙出头了，有点低烧三十七度八", "routine"),
        ("我学生上体育课，脚先着地，崴了一下", "routine"),
    ],
)
def test_a_part_of_the_baby_out_in_other_words(text: str, level: str) -> None:
    assert _level(text) == level
