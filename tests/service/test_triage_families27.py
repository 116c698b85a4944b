"""Triage word families learned from the twenty-seventh blind set's misses, each said here in
other words than any line of bench/, with near-misses that keep their level.
"""

from __future__ import annotations

import pytest

from dispatch_intake.priority.service import load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


# --- a choke said in Hunan and south-west words; a breath that will not come out --------------


@pytest.mark.parametrize(
    "text",
    [
        "细妹子吃糍粑卡到了，急得直跺脚",
        "我爷爷吃肉卡起了，脸都乌了",
        "伢儿吃葡萄卡到了，哭都哭不出来，气都出不来",
    ],
)
def test_a_choke_while_eating_is_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("吃鱼的时候骨头卡到了，喝水说话都没事", "routine"),  # a bone that scratches
        ("鼻子不通气，出不来，想问挂什么科", "routine"),  # a blocked nose
        ("吃完饭弯腰，腰卡到了，动不了", "urgent"),  # a back caught
    ],
)
def test_a_bone_or_a_blocked_nose_is_not_a_choke(text: str, expected: str) -> None:
    assert _level(text) == expected


# --- a fit said by its minutes, still counting ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "没喝酒也没摔，就是抽了二十来分钟了",
        "我妈抽了有一刻钟了，口吐白沫",
        "孩子发着烧，抽了半个钟头了，怎么办",
    ],
)
def test_a_fit_counted_in_minutes_is_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他在门口抽了十来分钟烟，问一下几点了", "unknown"),  # a smoke
        ("小腿抽筋抽了十来分钟，现在好了", "routine"),  # a cramp
        ("孩子抽泣了十来分钟了，现在睡了", "unknown"),  # a sob
        ("给他抽了血，等了二十分钟了还没结果", "unknown"),  # a blood test
        ("他在厕所抽了半个钟头了烟", "unknown"),  # a smoke
    ],
)
def test_minutes_of_a_smoke_or_a_cramp_are_not_a_fit(text: str, expected: str) -> None:
    assert _level(text) == expected


# --- a rope made fast, the caller unable to pull the patient away -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "我儿子把皮带拴在房梁上了，我拽都拽不住",
        "她把围巾绑在床头了，我一个人拉不住她",
        "俺爹把绳子系到树杈上了，俺拉不动他",
    ],
)
def test_a_rope_made_fast_that_cannot_be_pulled_away_is_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    "text",
    [
        "我爸喝多了在家砸东西，我们几个拉不住他，没人受伤",  # an agitated man, held
        "晾衣绳挂在阳台栏杆上断了，问问物业电话",  # laundry
        "用绳子把狗拴在栏杆上，狗太大我拉不住",  # a dog
    ],
)
def test_a_struggle_or_a_washing_line_is_not_a_hanging(text: str) -> None:
    assert _level(text) != "critical"


# --- a knife in the hand, told in pieces ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "他说活不下去了，菜刀在他手里",
        "我……不想……再活了……剪刀……我手里……攥着……",  # the wish split by the pauses
        "我……活不下去了……刀片……在我手上……",
    ],
)
def test_a_wish_and_a_blade_in_hand_in_pieces_is_critical(text: str) -> None:
    assert _level(text) == "critical"


def test_a_cook_with_the_knife_in_hand_is_not_a_threat() -> None:
    assert _level("我……在切菜……刀……在手上……问一下……几点……来抄表") != "critical"


# --- a diabetic foot gone dark with pus; urine held; a vomit all night ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "我婆婆糖尿病，大脚趾乌起了，一按就冒脓",
        "他的脚后跟烂了个洞，还发着烧",
        "老汉儿脚面黑起了，肿得发亮",
    ],
)
def test_a_foot_gone_bad_is_urgent(text: str) -> None:
    assert _level(text) == "urgent"


def test_a_toe_bruised_by_a_kick_stays_routine() -> None:
    assert _level("脚趾头踢到门槛上，乌起了一块，能走") == "routine"


@pytest.mark.parametrize(
    "text",
    [
        "阿拉姆妈小便解勿出，肚皮胀得老难过",
        "我爷从昨天到现在没撒尿，小肚子鼓鼓的",
        "老头子尿屙不出，急得团团转",
    ],
)
def test_urine_held_is_urgent(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "额女子吐咧一黑，嘴唇干得裂开了",
        "孩子吐到天亮，一口水都喝不下",
        "娃吐了一宿，尿都没有",
    ],
)
def test_a_vomit_through_the_night_is_urgent(text: str) -> None:
    assert _level(text) == "urgent"


def test_one_vomit_stays_routine() -> None:
    assert _level("孩子早上吐了一回，现在吃了饭在玩") == "routine"


# --- a history named for a booked transfer ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "我妈是脑梗后遗症，左边手脚不太利索，想约个车去复查",
        "我爸前些年心跳骤停救回来的，现在挺好，想约车去医院开药",
        "老伴脑出血留下的毛病，卧床好几年了，想叫车送去换胃管",
    ],
)
def test_a_history_named_for_a_booked_transfer_is_routine(text: str) -> None:
    assert _level(text) == "routine"


@pytest.mark.parametrize(
    "text",
    [
        "刚才心跳停了，按了几分钟救过来了",  # an arrest now, not a history
        "我爸中风后遗症好几年了，今天突然喊不醒了",  # a new sign
    ],
)
def test_an_arrest_now_or_a_new_sign_beside_a_history_stays_critical(text: str) -> None:
    assert _level(text) == "critical"


# --- 快不行了 said of a minor pain ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "我疼得快不行了，智齿发炎了，吃不了饭",
        "我快死了，痔疮疼得坐都坐不下",
    ],
)
def test_a_figure_of_a_minor_pain_is_not_critical(text: str) -> None:
    assert _level(text) in ("routine", "urgent")


@pytest.mark.parametrize(
    "text",
    [
        "我快不行了，牙疼，可是胸口也闷得慌，一身汗",
        "我快不行了",
    ],
)
def test_a_figure_beside_a_grave_sign_or_alone_stays_critical(text: str) -> None:
    assert _level(text) == "critical"


# --- a climb's breath, normal now -------------------------------------------------------------


def test_a_climbs_breath_said_normal_now_is_routine() -> None:
    assert _level("我十九岁，刚才跑步喘不过气，歇了一会儿，现在喘气正常了") == "routine"


def test_a_breath_short_from_little_effort_is_not_the_climbs() -> None:
    assert _level("上了一层楼梯就喘不上气，现在说话还正常") == "urgent"


# --- a sting with every sign denied; 走不利索 ----------------------------------------------------


def test_a_sting_with_no_rash_risen_is_routine() -> None:
    assert _level("让蜜蜂蜇了一下，肿了个包，身上没起疙瘩，喘气也正常") == "routine"


def test_a_sting_with_a_tight_throat_stays_critical() -> None:
    assert _level("让蜜蜂蜇了一下，身上起疙瘩了，嗓子发紧") == "critical"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("让蜂子叮了一口", "urgent"),  # a sting said with 叮
        ("胳膊遭蜂子叮了，起了个包，没得别的", "routine"),  # nothing else, in south-west words
        ("被蜜蜂叮了，嗓子发紧，喘不上气", "critical"),
    ],
)
def test_a_bee_sting_said_with_ding_is_a_sting(text: str, expected: str) -> None:
    assert _level(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "想叫辆车拉俺爷去复查，他腿不利索",
        "俺爹腿脚不利索，想叫个车送他去医院拿药",
        "我奶奶走路不利落，约个车明天出院回家",
    ],
)
def test_a_slow_walker_for_a_transfer_is_routine(text: str) -> None:
    assert _level(text) == "routine"


# --- small splash burns; a fish bone with the breath normal -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "煎鸡蛋的时候油崩到手腕上，红了一小片",
        "掀锅盖让蒸汽烫了一哈，手指头红了一点点",
        "炒菜热油溅到胳膊上，红了一小坨，冇起泡",
    ],
)
def test_a_small_splash_burn_is_routine(text: str) -> None:
    assert _level(text) == "routine"


def test_a_splash_with_blisters_is_not_routine() -> None:
    assert _level("热油溅了一脸，红了一小块，还起了好几个大泡") != "routine"


def test_a_fish_bone_with_speech_and_breath_normal_is_routine() -> None:
    assert _level("孩子让鱼刺卡着了，说话呼吸正常，就是咽东西疼") == "routine"


def test_a_fish_bone_with_blood_brought_up_is_not_routine() -> None:
    assert _level("鱼刺卡着了，说话喘气正常，可是吐了一口血") != "routine"
