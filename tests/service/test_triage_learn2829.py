"""Triage word families learned from the twenty-eighth and twenty-ninth blind sets' misses, each
said here in other words than any line of bench/, with near-misses that keep their level.
"""

from __future__ import annotations

import pytest

from dispatch_intake.priority.service import load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


# --- under-triaged: signs said in words the rules did not hear ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A poison's name written with a plain stop for an aspirated one (姑/怪/将 for 枯/快/强).
        "他说活够了，拿着那瓶白草姑喝了两口",
        "她喝了敌草怪，就是那个除草的",
        "桌上那包毒鼠将被他吃了",
        # Or poured into the mouth from the bottle in hand.
        "他拿着农药瓶子往嘴里倒",
    ],
)
def test_a_poison_heard_by_a_near_sound_or_poured_in_is_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    "text",
    [
        "电瓶车炸了，我弟脸上、手上、肚子上全烧了，皮都翻起来了",
        "屋里起火了，我哥遭烧到了，背上一大片，皮都秃噜了",
        "开水锅翻了，我爸肚子和两条腿都烫得脱了皮",
    ],
)
def test_skin_burned_off_the_trunk_after_a_fire_or_a_scald_is_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    ("text", "near_miss", "expected"),
    [
        # A fire with the patient out and a fever: the fever's 烧, no burn.
        (
            "电瓶车炸了，我弟脸上、手上、肚子上全烧了，皮都翻起来了",
            "家里起火了，人都跑出来了，孩子发烧三十八度",
            "urgent",
        ),
    ],
)
def test_a_fire_with_a_fever_is_no_burn(text: str, near_miss: str, expected: str) -> None:
    assert _level(text) == "critical"
    assert _level(near_miss) == expected


@pytest.mark.parametrize(
    "text",
    [
        "他从车斗上摔下来，腰以下一点知觉都没有",
        "我……从架子上……摔下来了……两条腿……一点感觉都没有……",
    ],
)
def test_a_fall_with_no_feeling_below_is_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    ("text", "near_miss"),
    [
        (
            "他从车斗上摔下来，腰以下一点知觉都没有",
            "蹲久了两条腿没知觉，站起来缓了一会就好了",
        ),
    ],
)
def test_legs_numb_from_squatting_are_no_spine(text: str, near_miss: str) -> None:
    assert _level(text) == "critical"
    assert _level(near_miss) == "routine"


@pytest.mark.parametrize(
    "text",
    [
        # Min: the whole body (规身躯), a throat stopped (塞牢), a breath that cannot go on (喘袂).
        "伊食了虾，规身躯起疹，喘袂落去",
        "阿公食了虾，规身躯起红点，喉咙塞牢",
        # A limb first at a birth, said without 的是.
        "俺闺女生孩子，先出来一条腿",
        # Speech gone in the north-west (不言传), half the body that will not stir (动弹不得).
        "我大伯吃饭吃着就不言传了，右半个身子动弹不得",
        # A hand at the chest and down, beside another patient who is well.
        "我妈没事，我爸刚才捂着心口栽在地上了",
        # A wrist cut told in pieces, the bleed that will not stop.
        "我刚才……拿刀……划了手腕……血停不下来……有点晕",
    ],
)
def test_signs_in_other_words_are_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    ("text", "near_miss", "expected"),
    [
        # A rope made fast with the patient up on a stool; a rope for the washing and a child
        # who slid off a stool.
        (
            "他把绳子挂门框上了，人已经踩着凳子了",
            "晾衣绳系好了，孩子站在凳子上够衣服，滑下来屁股着地，哭了一会就好了",
            "routine",
        ),
        # Said to be meant; a wrist nicked at the chopping board.
        (
            "不是闹着玩，他把围巾系在暖气管上了",
            "切菜的时候不小心在手腕上划了一下，贴了创可贴",
            "routine",
        ),
    ],
)
def test_a_rope_made_ready_and_meant_is_critical(text: str, near_miss: str, expected: str) -> None:
    assert _level(text) == "critical"
    assert _level(near_miss) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A fit said over in Henan words (抽完风, 醒嘞).
        "俺爹刚抽完风，这会儿醒嘞，能说话",
        # A wrist cut with a blade held, shallow and stopped: harm to oneself, sent.
        "他用刀片在手腕上拉了一下，不深，血自己停了",
        # Pills of one medicine by its name, the patient alert.
        "一口气吞了二十多片对乙酰氨基酚，人清醒",
        # A cleaner named first, the sip after.
        "喝的是洗衣液，不是饮料，喝了一小口，现在挺好的",
    ],
)
def test_sent_without_lights_and_sirens(text: str) -> None:
    assert _level(text) == "urgent"


def test_a_transfer_lying_down_in_the_south_west_is_routine() -> None:
    assert _level("我奶奶要从医院回屋，只能躺起走") == "routine"


# --- over-triaged: what the rules took for more than was said -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Spotting said small in a pregnancy.
        "怀孕六个月，下面出了点血，不多，肚子不疼",
        # Blood in the urine, clots and all.
        "小便全是血，尿了好多血块，腰有点酸",
        # A chest that hurts as the patient breathes in, with a cough and a fever, or a knock.
        "咳嗽发烧好几天，左边胸口一吸气就疼，人清醒",
        "骑电动车摔了，胸口磕了一下，吸气的时候肋骨疼",
        # A known epileptic's fit over, awake, and a cut from the fall: no shock.
        "他癫痫又犯了一次，一分钟就停了，醒过来了，额头磕破了流点血",
        # A first fit over at once.
        "孩子头一次抽，抽了半分钟就停了",
        # A welder's flash told in pieces; a leg gone purple told in pieces.
        "我……烧电焊……眼睛……疼得……受不了……一直流泪",
        "我……脚……被砸了……肿得老高……发紫……",
        # A fish bone stuck in Cantonese (鲠咗), not a choke.
        "食鱼鲠咗条骨，唔系好痛",
    ],
)
def test_urgent_not_critical(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "不是心脏的毛病，是前天被门框撞到的，按着疼，喘气不疼",
        "我爸有高血压，今天就是嗓子疼",
        "我奶奶平时吃降糖药，今天就是膝盖疼",
        "他每天要吃十几片药，今天就是有点咳嗽",
        "鱼刺卡住了，说话喘气都没问题",
        "我……牙龈……肿了……说话……有点……含糊……就是牙疼",
        "没摔破，就是脑门上起了个包，现在还在跑着玩",
        "个女跌亲，膝头哥擦损咗",
        "刚才追尾了，两个司机都说没事",
        "他血糖低，刚才已经醒了，喝了点糖水好多了",
        "刚才头有点晕，歇了会儿缓过来了，量了血压也正常，想问问",
        "没吃错药，就是多吃了一粒鱼油",
        "抽屉夹了一下我手背，青了",
        "他下午在田里喷敌草快，收工回家洗了澡，就是累",
    ],
)
def test_minor_matters_are_routine(text: str) -> None:
    assert _level(text) == "routine"


@pytest.mark.parametrize(
    ("text", "near_miss"),
    [
        # A phone dropped in the water; a person who went in after the dog.
        ("洗衣服的时候手机掉水里了，还能用吗", "遛狗的时候狗掉河里了，我去捞，人也掉水里了"),
    ],
)
def test_a_thing_in_the_water_is_no_drowning(text: str, near_miss: str) -> None:
    assert _level(text) == "unknown"
    assert _level(near_miss) == "critical"
