"""Triage word families and reading rules learned from the twenty-fourth blind set's misses, each
said here in other words than any line of bench/, with near-misses that keep their level.
"""

from __future__ import annotations

import pytest

from dispatch_intake.priority.service import load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


# --- a bleed said flowing, then that it will not stop --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "她一直流血，怎么都停不下来",
        "腿上的口子一直出血，就是不停",
        "血一直淌，止不了",
        "伤口出血，止不了",
    ],
)
def test_bleed_that_will_not_stop_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A nose's bleed, a bleed said stopped, a cough that will not stop.
        ("鼻子出血，一直停不下来", "urgent"),
        ("血一直流，后来停住了", "urgent"),
        ("咳嗽停不下来", "routine"),
    ],
)
def test_bleed_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level


# --- a scald said by the water fallen into -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Blisters over the trunk with the scald said by what the patient went into.
        "孩子掉进开水锅里了，前胸全是水泡",
        "老人滑进了热水池，后背起了一大片泡",
    ],
)
def test_scald_fallen_into_with_wide_blisters_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A scald alone is sent; a hand put into warm water is nothing.
        ("小孩掉进热水桶里了", "urgent"),
        ("他把手伸进热水里试了试水温", "unknown"),
    ],
)
def test_scald_fallen_into_near_misses(text: str, level: str) -> None:
    assert _level(text) == level


# --- pills counted as many in a word -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["孩子吃了他爷爷的降压药，好多片", "孩子吃了他姥爷的安眠药，好多粒"],
)
def test_many_pills_critical(text: str) -> None:
    assert _level(text) == "critical"


def test_a_lot_of_years_is_no_handful_of_pills() -> None:
    # 一把年纪 is an age, not a handful: the medicine taken stays what it was.
    assert _level("孩子吃了奶奶的降压药，奶奶一把年纪了") == _level("孩子吃了奶奶的降压药")


# --- a cut said deep, or in need of stitches -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "手被玻璃划得很深，肉都翻开了",
        "砍柴砍到脚，砍得老深",
        "割到好深啊",
        "佢跌亲，个口好深",
        "额头磕了，医生说得缝几针",
    ],
)
def test_deep_cut_urgent(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Cooking, a mask, stitches had.
        ("切了好大一块肉", "unknown"),
        ("呢个口罩好大", "unknown"),
        ("上个月缝过针，今天来拆线", "routine"),
    ],
)
def test_deep_cut_near_misses(text: str, level: str) -> None:
    assert _level(text) == level


# --- still in the water --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "我在水里站不住了，快来人",
        "他在江里扒着船边，上不来",
        "孩子在河里扒着石头，水太急了",
        "有人在江里被冲走了",
    ],
)
def test_still_in_the_water_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    "text",
    ["我在河里游泳，挺好的", "他在河里捞鱼，没事", "在河边钓鱼，抓着一条大鱼"],
)
def test_at_ease_in_the_water_is_nothing(text: str) -> None:
    assert _level(text) == "unknown"


# --- a swallow that fails, a thing swallowed that hurts -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "孩子吞了一颗弹珠，咽不下东西",
        "吞了个钢镚，说卡着难受",
        "孩子吞了个纽扣，一直流口水",
        "吞了个硬币，肚子有点疼",
        "老人噎了一下，现在吞不下去",
    ],
)
def test_swallow_that_fails_urgent(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Nothing felt, a sore throat that only hurts to swallow, a grievance.
        ("吞了个硬币，不疼不哭", "routine"),
        ("嗓子疼，咽东西有点疼", "routine"),
        ("这口委屈我咽不下去", "unknown"),
        # A battery stays the poison it is.
        ("吞了纽扣电池", "critical"),
    ],
)
def test_swallow_near_misses(text: str, level: str) -> None:
    assert _level(text) == level


# --- hives said as lumps over the body -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("身上起了好多疙瘩，痒", "urgent"),
        ("身上起满了风团，痒得不行", "urgent"),
        # With a collapse or a breath: anaphylaxis.
        ("吃了药以后，身上都是红疙瘩，人晕过去了", "critical"),
        ("打完针，身上全是红疙瘩，喘不上气", "critical"),
        # Mosquito bites and prickly heat are not hives.
        ("身上全是蚊子包", "routine"),
        ("身上都是痱子", "unknown"),
    ],
)
def test_hives_on_the_body(text: str, level: str) -> None:
    assert _level(text) == level


# --- charcoal named before it was lit ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["他把木炭点上了，门窗关得死死的", "我……把……炭……点着了……"],
)
def test_charcoal_lit_said_first_critical(text: str) -> None:
    assert _level(text) == "critical"


def test_charcoal_lit_for_a_barbecue_is_nothing() -> None:
    assert _level("把炭点着了准备烧烤") == "unknown"


# --- minor: a peck, a bitten tongue, a graze that bled a little -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "公鸡把孩子手叨了一下，有点红",
        "让鸭子啄了一下，没破",
        "吃东西咬破了嘴唇",
        "吃饭咬到舌头了",
        "手擦破了皮，流了点血",
        "膝盖蹭破点皮，渗了点血",
    ],
)
def test_minor_mishaps_routine(text: str) -> None:
    assert _level(text) == "routine"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A peck to the eye that bleeds, a tongue bitten in a fit or bleeding on.
        ("鸡啄了他眼睛，一直流血", "urgent"),
        ("抽搐的时候咬到舌头了", "critical"),
        ("舌头咬了，血止不住", "critical"),
        # Bleeding said without 点 is not a little; much of it is a bleed.
        ("骑车摔了，膝盖磕破流血了", "urgent"),
        ("擦破了皮，流了好多血", "critical"),
    ],
)
def test_minor_mishap_near_misses(text: str, level: str) -> None:
    assert _level(text) == level


# --- 不行 as an opinion; giggling between the words -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我看不行，还是叫个车", "unknown"),
        ("我觉得不行，得去医院", "unknown"),
        # Said of the patient, with 了, it is still a patient going.
        ("我看他不行了", "critical"),
    ],
)
def test_buxing_as_an_opinion(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("喂…呵呵…有人吗…嘻嘻", "unknown"),
        # A breath that fails in pieces stays critical.
        ("我…喘…喘不上…气…", "critical"),
    ],
)
def test_giggling_is_no_breath(text: str, level: str) -> None:
    assert _level(text) == level


# --- a breath after an effort, eased by a rest ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "打完球喘得厉害，歇了一会儿就没事了",
        "爬完山喘得不行，坐了会儿就好了",
        "跑了一圈喘粗气，歇了会儿气喘匀了",
    ],
)
def test_effort_breath_rested_routine(text: str) -> None:
    assert _level(text) == "routine"


@pytest.mark.parametrize(
    "text",
    [
        # Not eased, a breath that would not come, short from little effort, worse lately, or
        # with the colour or the chest.
        "他跑完步喘得不行，一直没缓过来",
        "孩子跑了一圈喘不上气，现在没事了",
        "爬了两层楼就上不来气，歇了就好了",
        "爬楼喘得不行，最近越来越重，歇了就好了",
        "跑完步喘得不行，嘴唇发紫，歇了会好了",
    ],
)
def test_effort_breath_near_misses_critical(text: str) -> None:
    assert _level(text) == "critical"


def test_effort_breath_with_a_chest_is_sent() -> None:
    assert _level("爬楼喘，歇会就好了，胸口闷") == "urgent"


# --- a muddled mind said clear again --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "摔了一跤，头磕了，糊涂了一会儿，现在不糊涂了",
        "骑电动车摔了，脑门划了个口子，迷糊了一阵，现在人清楚了",
    ],
)
def test_mind_clear_again_after_a_fall_urgent(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        # Still muddled, one side weak, heat, a poison, a bleed: the clear moment ends nothing.
        "骑车摔了，头磕了，迷糊了几秒钟",
        "头撞了，迷糊了一会儿，现在不迷糊了，一边手脚没劲",
        "中暑了，说胡话，现在人是清楚的",
        "喝了农药，糊涂了一会儿，现在人是清楚的",
        "摔了，头上流了好多血，迷糊了一会儿，现在清楚了",
        "他叫不醒，后来醒了，现在人是清楚的",
    ],
)
def test_mind_clear_again_near_misses_critical(text: str) -> None:
    assert _level(text) == "critical"
