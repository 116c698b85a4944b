"""Triage word families of holdout41's learning, second-reviewed: the urge to push said
otherwise beside the waters or the pains; what came out said in a piece beside a labour; a
blade held with a wish to cut the wrist said 割脉 or 划自己; a Hakka stroke said 讲毋出 or by
a side that will not lift; a snake bite with the sight or the swallowing gone; a toxic alcohol
heard or a mind said otherwise; roused only after many calls or the same question after a fall
said otherwise; blood vomited heard as 雪 said apart; clothes stuck to a scald said otherwise;
不喘了 after a collapse — in other words than the learning's own, with near-misses that must
keep their level, and what the learning over-reached to (an operation's 刀, a snake too dark
to see, a tongue's taste, a door knocked on long, a ring on a scalded hand) held back.
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
        ("水已经破了，她一直喊想拉屎，憋不住了", "critical"),
        ("我媳妇快生了，她说想往下用劲", "critical"),
        # A stool with no labour, an urge denied.
        ("我怀孕七个月，肚子胀，想大便，没有宫缩也没破水", "urgent"),
        ("羊水破了，流了点水，不疼，也不想使劲", "urgent"),
    ],
)
def test_the_urge_to_push_said_otherwise_beside_a_labour(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("俺儿媳妇要生，头，已经出来了，快点", "critical"),
        ("快生了，羊水已经出来了，还没疼", "urgent"),
        ("老婆要生气了，孩子考试没考好", "unknown"),
    ],
)
def test_what_came_out_said_in_a_piece_beside_a_labour(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("他拿把剪刀要划自己，拦不住", "critical"),
        ("他拿菜刀切手指头了，切了个小口子", "urgent"),
        # An operation's 刀: a lump on the hand to be cut out.
        ("我爸明天要开刀，要割手上那个囊肿，想问用不用救护车送", "unknown"),
    ],
)
def test_a_blade_held_with_a_wish_to_cut(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("阿婆讲话讲毋出话，右边擎毋起", "critical"),
        ("阿公肩头痛，手擎毋起来，跌倒了", "urgent"),
    ],
)
def test_a_hakka_stroke_said_otherwise(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("俾蛇咬咗只脚，而家眼花，吞口水都难", "critical"),
        # Too dark to see what snake it was.
        ("晚上在地里被蛇咬了，天太黑看不清是什么蛇，脚有点肿", "urgent"),
        ("被蛇咬了，脚肿了，天黑没看清是什么蛇", "urgent"),
    ],
)
def test_a_snake_bite_with_the_sight_or_the_swallowing_gone(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("喝了防冻水，现在认不出人了", "critical"),
        ("防冻液溅到眼睛上了，冲洗过了", "unknown"),
    ],
)
def test_a_toxic_alcohol_with_a_mind_said_otherwise(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("跌了一跤以后问来问去都是那句话", "critical"),
        ("她摔倒后一直问同样的问题，刚才的事全忘了", "critical"),
        ("他摔倒了，叫了十几声才答应", "critical"),
        # A dementia's questions with no fall; a door knocked on long.
        ("爷爷失智好几年了，老是问同样的话，没摔", "unknown"),
        ("敲门敲了半天才应，人没事，就是喝多了", "urgent"),
    ],
)
def test_slow_to_rouse_or_asking_again_after_a_fall(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("呕出来的都是雪，一大滩", "critical"),
        ("吐的都是雪，还有块块", "critical"),
        ("孩子吃了雪糕吐了，吐的都是雪糕", "urgent"),
    ],
)
def test_blood_vomited_heard_as_snow_said_apart(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("舌头尝东西味道不对，两天了", "routine"),
        ("孩子舌苔发白，不爱吃饭", "routine"),
    ],
)
def test_a_tongue_said_wrong_of_its_taste_or_coating(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("开水烫了，毛衣粘在胳膊上了，撕不下来", "critical"),
        ("烫伤后纱布粘在伤口上了，揭不下来", "urgent"),
        ("手烫伤了，肿了，戒指脱不下来", "urgent"),
    ],
)
def test_clothes_stuck_to_a_scald_said_otherwise(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("他突然栽倒了，一会儿就不喘了", "critical"),
        ("他晕倒了一下，醒了，现在说话正常，也不喘了", "urgent"),
    ],
)
def test_breath_stopped_after_a_collapse(text: str, level: str) -> None:
    assert _level(text) == level
