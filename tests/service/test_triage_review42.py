"""Triage word families of holdout42's learning, second-reviewed: a snake bite's eyelids said
otherwise or in a clause of their own; a paracetamol overdose counted otherwise or the bottle
emptied; a wrist or an arm cut in distress said otherwise; no urine in Minnan; a Minnan fever
said a little, and 毋食 not heard as 误食; a pulse counted racing; schizophrenia said 神经分裂 or
misheard; a mania said otherwise or named; over-breathing named or told by stiff hands; a scab
on a wound or a scald; a jab's site said otherwise — in other words than the learning's own,
with near-misses that must keep their level, and what the learning over-reached to (a stable
schizophrenia asking for a follow-up, a bottle of water beside a paracetamol taken, a coffee's
excitement, a talkative wife, an old man's money spent) held back.
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
        ("我爸叫蛇咬了，现在眼皮很重，往下掉", "critical"),
        ("被蛇咬了以后。眼睛。都睁不开了。", "critical"),
        ("阿伯予蛇咬着，目睭擘袂开", "critical"),
        # A bite with only a swelling; eyes heavy from no sleep.
        ("叫蛇咬了小腿，肿得厉害，人好好的", "urgent"),
        ("熬夜打游戏，眼皮沉得抬不起来", "unknown"),
    ],
)
def test_a_snake_bites_eyelids_said_otherwise(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("她吃了七十片扑热息痛，现在说话挺清楚", "critical"),
        ("他把那盒百服宁全吃了，四十多片，看着没啥事", "critical"),
        # A bottle of a drink beside a paracetamol taken as it should be; a card.
        ("发烧吃了扑热息痛，又喝了一瓶矿泉水", "urgent"),
        ("吃了一片对乙酰氨基酚，喝了半瓶牛奶，睡着了", "unknown"),
    ],
)
def test_a_paracetamol_overdose_counted_otherwise(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("她情绪崩溃，用刀片在手臂上划了几道，现在不流了", "urgent"),
        ("吵了架，他拿美工刀划胳膊，血止住了", "urgent"),
        # A cut by accident.
        ("修车不小心手腕被划了一下，贴了创可贴", "routine"),
    ],
)
def test_a_cut_in_distress_said_otherwise(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("阮阿嬷规暝攏无放尿，腹肚胀", "urgent"),
        ("阿公归工放袂出尿", "urgent"),
        # Urine passed.
        ("阿公今仔日放尿真顺，无代志", "routine"),
    ],
)
def test_no_urine_said_in_minnan(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("阮囝有一点仔烧，会食会耍", "routine"),
        ("阿公人无力，毋食物件，叫会应", "unknown"),
        # A swallowing by mistake said in Mandarin keeps its reading.
        ("孩子误食了奶奶的药，好几片", "critical"),
    ],
)
def test_a_minnan_fever_a_little_and_not_eating(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("摸着他的脉跳一百八，人是醒的", "urgent"),
        ("老人脉率一百五，手脚冰凉，心慌", "urgent"),
        # A blood pressure or a fetal heart of the same count.
        ("量了血压，高压一百五，脉搏八十，没有不舒服", "routine"),
    ],
)
def test_a_pulse_counted_racing(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我叔有神经分裂，这几天又犯病了，把门砸了", "urgent"),
        ("她精神分烈，停药一个月了，老说邻居要害她", "urgent"),
        # The same illness said stable, a follow-up asked.
        ("我哥精神分裂症，一直挺稳定的，想约车去复诊", "routine"),
    ],
)
def test_schizophrenia_said_otherwise_and_a_stable_one(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我爸有躁郁症，这次又犯了，谁都劝不住", "urgent"),
        ("她这几天特别兴奋，一夜没睡，到处给人打电话", "urgent"),
        ("他话说个不停，这三天都没合眼", "urgent"),
        # Each sign alone: a coffee's excitement, a talkative husband, money spent.
        ("喝了两杯咖啡，人特别亢奋，想问问要紧吗", "unknown"),
        ("我婆婆话说个不停，烦得很", "unknown"),
        ("我爸退休了老乱花钱，买了好多保健品", "unknown"),
    ],
)
def test_a_mania_said_otherwise_and_its_signs_alone(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("她过度换气了，手脚都麻了，人能说话", "urgent"),
        ("呼吸很快，手指头僵了，掰不开，能说话", "urgent"),
        # A fit.
        ("他倒地以后手脚一直抽，口吐白沫", "critical"),
    ],
)
def test_over_breathing_named_or_told_by_its_hands(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("孩子烫伤的地方结了痂，有点痒", "routine"),
        ("手上那个伤口已经结痂了，想问问能不能碰水", "routine"),
        # A finger caught in a door, a wound bleeding again.
        ("孩子手指叫门夹了，指甲都紫了，肿得厉害", "urgent"),
    ],
)
def test_a_scab_on_a_wound_or_a_scald(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("昨天打了预防针。针眼。红肿了。", "routine"),
        ("打完疫苗，胳膊那块肿了，摸着硬，孩子能吃能玩", "routine"),
        # A jab followed by a swollen face and a tight throat.
        ("打完疫苗脸肿了，喉咙发紧，喘不上气", "critical"),
    ],
)
def test_a_jabs_site_said_otherwise(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("孩子吐了一天，从早上到现在才尿一次", "urgent"),
        # Once said with no day (a nappy just changed, a night).
        ("刚换的尿不湿，就尿了一次，孩子挺好", "unknown"),
        ("夜里就尿了一次，早上起来挺好", "unknown"),
    ],
)
def test_urine_once_counted_only_in_a_day(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("伤口发黑的地方是碘伏染的，不疼", "routine"),
        ("伤口烂了好几天，发黑，一股臭味", "urgent"),
    ],
)
def test_a_wounds_dye_is_not_rot(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("女生在厕所拿刀片划了自己手臂，情绪很差", "urgent"),
        ("我先生在家里，有点咳嗽", "routine"),
        # A birth in the toilet keeps its reading.
        ("她生在厕所了，孩子不哭", "critical"),
    ],
)
def test_a_person_named_in_sheng_is_no_birth(text: str, level: str) -> None:
    assert _level(text) == level
