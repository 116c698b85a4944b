"""Triage word families of holdout39's learning, second-reviewed: a wound's blood told by the
cloth or the pool, the blood unnamed; people down where a heater or a coal fire burns; people
gone down below and not seen to come up; a birth coming down said as a stool, a bearing down or
in Cantonese; a heart stopping between beats said doubled; molten metal said 液 or on a foot;
the bowel out in Cantonese or seen in an open belly; a neck wound pouring with the blood
unnamed, a spurt said 直窜; a threat to jump on a Cantonese 露台 — in other dialects, other word
orders and other words than the learning's own, with near-misses that must keep their level,
among them ordinary calls the learning had made critical (a bare 晕 or 红了 behind the filler 都,
a child's temperature come down, a medicine stopped for a while, a shop's name).
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
        # The cloth said red in Cantonese, a pool said red, a pool beside a wound.
        ("佢条裤红晒，只脚畀玻璃界咗", "critical"),
        ("他倒在楼梯口，身子底下一滩红红的，后脑勺有个口子", "critical"),
        ("大腿割开了，地上淌了一大摊", "critical"),
        # A nosebleed's towel, paint, a pool of mop water beside a small cut.
        ("流鼻血把毛巾都染红了，现在不流了", "routine"),
        ("地上一大摊红油漆，谁倒的也不知道", "unknown"),
        ("手上划了个口子，地上一大滩水是刚才拖地留的", "urgent"),
    ],
)
def test_a_wounds_blood_unnamed(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Down in the bathroom where the heater burns.
        ("推开卫生间门，人倒在里面，热水器一直开着", "critical"),
        # A faint over by a cooker, a heater leaking water, charcoal lit to grill.
        ("他晕倒了一下，马上就醒了，燃气灶上还坐着锅", "urgent"),
        ("热水器漏水，滴得满地都是", "unknown"),
        ("烧炭烤串的时候手叫炭火燎了个小泡", "routine"),
    ],
)
def test_down_by_a_fume_source(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Not seen to come up, gone down to fetch something.
        ("有个人下地窖拿东西，老半天没见上来", "critical"),
        # A miner's shift not yet over.
        ("我爸在井下上夜班，这个点还没上来，手机打不通", "unknown"),
    ],
)
def test_not_come_up_from_below(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The urge to push said as a stool, the baby working down, in Cantonese.
        ("羊水已经破了，她说老想大便，憋不住", "critical"),
        ("佢话BB要出嚟，忍唔住要用力", "critical"),
        ("要生了，孩子在往下钻", "critical"),
        # A reading come down, an animal's litter.
        ("孩子体温已经下来了，明天还用去医院吗", "unknown"),
        ("宝宝的黄疸已经下来了", "unknown"),
        ("我家母羊要生了，一直在使劲", "unknown"),
    ],
)
def test_a_birth_coming_down(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The heart said to stop and go, doubled, beside a missed dialysis.
        ("透析三天没做了，心口跳跳停停的，人软得很", "critical"),
        # A stop to rest after a run, a medicine stopped for a while.
        ("跑了两圈心跳快，停下来歇会儿就好了", "urgent"),
        ("心脏科大夫说这个药停一下，问问能不能停", "unknown"),
    ],
)
def test_a_heart_stopping_between_beats(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Molten metal said 液, over the feet; copper over an arm.
        ("铝液泼到他两只脚上，鞋都烧穿了", "critical"),
        ("铜水淋到他手臂上，皮都没了", "critical"),
        # The shop named beside a belly ache; a spark's dot.
        ("我在钢水车间上班，肚子疼了一上午", "urgent"),
        ("焊东西火星溅到手背，烫了个小点", "routine"),
    ],
)
def test_molten_metal_on_the_body(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The bowel seen in an open belly.
        ("肚皮叫铁片划开了，能看见里面的肠", "critical"),
        # A dish being made.
        ("做卤大肠，把肠子翻出来洗干净", "unknown"),
    ],
)
def test_the_bowel_out(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A neck wound pouring, the blood unnamed; cut deep; a spurt said 直窜.
        ("脖子被玻璃划到了，一直往外涌", "critical"),
        ("他颈部有个口子，往外喷", "critical"),
        ("在自己脖子上割得很深，按不住", "critical"),
        ("小腿叫钢管戳了，血直窜", "critical"),
        # Pus from a lump, a burst pipe.
        ("脖子上长了个疙瘩，往外冒脓", "routine"),
        ("水管爆了，水直往外喷", "unknown"),
    ],
)
def test_a_neck_wound_or_a_spurt(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A Cantonese balcony and 跳落去.
        ("佢企喺露台边，话要跳落去", "critical"),
        # A cat gone over, a child off a sofa.
        ("我家猫从阳台跳下去了，在二楼", "unknown"),
        ("孩子从阳台沙发上跳下来，脚扭了一下，能走路", "routine"),
    ],
)
def test_a_threat_on_a_balcony(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        # 都 is a filler: 都红了 is a bare 红了, 都有点晕 a bare 晕 — the skin's, a dizziness's.
        "穿上衣服过敏浑身都红了，痒",
        "热水器开着，洗完澡出来有点晕，现在好了",
        # A figure of speech on a balcony; a skipped beat (漏一拍 is no 跳楼 heard by sound).
        "她在阳台上热得想死，问问空调维修电话",
        "心跳漏一拍的感觉，医生说是早搏，不要紧",
    ],
)
def test_ordinary_calls_are_not_critical(text: str) -> None:
    assert _level(text) != "critical"
