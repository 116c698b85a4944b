"""Triage word families and reading rules learned from the twentieth blind set's misses, each said
here in other words than any line of bench/: a large burn told by its extent (the trunk or whole
limbs said burned with 烧, skin gone from the chest down, "all over" said short beside a burn),
Wu 弗 for not (called and no answer, a denial), someone still inside a crashed car; and sent, not
critical: a crash or a ditch climbed out of, an eye struck by a welding flash (welding is no
electric shock), something swallowed with no reaction since, a bite that tore the skin, an attack
eased by the own inhaler said as the breath come back; and minor: a chest pain taken back by the
patient (a strain), a child running about after a bump, a lip split in a fall, a rider's brush
with a graze (not a car's brush of a rider), a sting's small swelling, a finger caught in a door
in the south-west, a coin not swallowed after all; and nothing yet said of a patient by a caller
who goes to look. Each family has near-misses that sound alike and keep their level.
"""

from __future__ import annotations

import pytest

from dispatch_intake.priority.service import load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


# --- under-triaged before: critical ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A burn told by its extent with 烧 alone: the trunk, whole limbs, half the body (MPDS
        # card 7, a large burn).
        "着火了，他两条腿都烧了",
        "半边身子烧着了",
        "煤气炸了，后背全烧了",
        "整条胳膊都烧成黑的了",
        # Blisters or skin gone from the trunk down or across, said as a stretch (从…到…).
        "开水烫了，从后背到屁股，全是泡",
        "热水浇了，从肚子一直到大腿，起了好多泡",
        "油烫了，从肩膀到手，皮都掉了",
        # "All over" said short beside a burn.
        "开水烫伤了，浑身上下都是",
        "烧伤了，全身都是",
        "车间里蒸汽管爆了，一个工人烫伤，满身都是",
        # Wu 弗 (not): called and no answer.
        "阿婆叫伊弗应",
        "喊伊弗醒",
        "拍拍伊也弗动",
        "阿爷叫弗醒了",
        # Someone still inside a crashed car, whoever else got out.
        "车翻了，一个人爬出来了，另一个还在车里不动",
        "车翻了，司机爬出来了，他老婆还卡在里面",
    ],
)
def test_family_read_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    "text",
    [
        # Near-misses: the same words in an everyday sense, or a burn said small.
        "后背烧得慌",
        "孩子发烧，后背烧得滚烫",
        "两条腿烧了一下，没起泡，就是发红",
        "从胸口到肚子长了好多疹子",
        "从腰到腿疼",
        "手烫伤了，全身都是汗",
        "全身都是，快来",
        "过敏了，全身都是",
        "伊讲弗痛，就是脚肿",
        "伊弗气急，就是咳嗽",
        # A welder's flash said of the flash: not an electric shock (routine in the holdout19
        # review).
        "电焊打了眼，眼睛睁不开，一直淌眼泪",
        "他电焊打眼了，眼睛发红流泪",
        "让电焊晃了眼睛，睁不开",
        "电焊火花溅到手上烫了个泡",
        "他在电焊，突然倒了",
        "手指头遭抽屉夹了一哈，有点乌",
    ],
)
def test_near_misses_not_critical(text: str) -> None:
    assert _level(text) != "critical"


@pytest.mark.parametrize(
    "text",
    [
        # Near-misses that stay critical: a crash with a patient who does not answer or bleeds,
        # a shock while welding, a battery with the patient not answering, lips gone dark.
        "车翻了，人卡在车里爬不出来",
        "车翻了，人爬出来了，现在叫不醒",
        "车翻了，人爬出来了，满头是血",
        "车翻了，司机自己下车了，副驾驶那个没动静",
        "电焊的时候被电打了，人倒地上不动",
        "焊机漏电把他电倒了",
        "吞了纽扣电池，叫他没有什么反应",
        "叫他没有什么反应",
        "孩子吞了纽扣电池，一直流口水，咽不下去",
        "嘴唇乌了",
        "嘴唇有点乌",
        "老人喘不上气，嘴唇发乌",
        "哮喘犯了，喷了药也没缓过来，说不出话",
        "哮喘犯了，喷了药缓过来一点，可嘴唇发紫",
        "被蜜蜂蜇了，手有点肿，喘不上气",
        "他说胸口疼",
        "胸口疼，他说不是心脏病，一身冷汗",
        "保安说有人晕倒了，叫不醒，我去看看",
    ],
)
def test_near_misses_stay_critical(text: str) -> None:
    assert _level(text) == "critical"


# --- sent, not critical ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A crash or a ditch climbed out of by the patient (MPDS card 29, no priority symptoms).
        "车翻了，他自己从车里爬出来了，胳膊疼",
        "车翻到路边，司机自己下的车，头上擦破点皮",
        "车翻沟里了，人钻出来了，说腰疼",
        # An eye said struck by a welder's flash: the eye's injury, not an electric shock.
        "两只眼睛被电焊晃伤了，一直淌眼泪",
        "眼睛被焊枪的光打了，疼得厉害",
        "他眼睛被电弧晃了，睁不开",
        # Something swallowed with no reaction since, said in full.
        "孩子吞了纽扣电池，没有什么不舒服",
        "宝宝把纽扣电池吞了，到现在没有什么反应",
        "吞了一颗磁铁，没啥不舒服",
        # A bite that tore the skin: a wound to close, however little it bleeds.
        "被狗咬了，胳膊上撕了个大口子，血不多",
        "狗扑上来咬了一口，小腿撕了道口子，没怎么流血",
        "狗咬掉一块肉，血不多",
        # An attack eased by the own inhaler, said as the breath come back.
        "哮喘犯了，喷了药缓过劲来了",
        "老慢支犯了，喷了药喘匀了点",
        "喘得厉害，喷了喷雾气顺了一些，还是想去医院看看",
    ],
)
def test_family_read_urgent(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        # Near-misses that stay urgent: a sting swelling fast, a lip that bleeds on, a rider
        # who cannot stand, a bite that only broke the skin is less — not more.
        "被蜜蜂蜇了，手肿得老高，越来越肿",
        "蜂子蜇了脚，脚肿得厉害",
        "摔了一下，嘴唇磕破了，血流个不停",
        "骑车蹭了一下，腿疼得站不起来",
        # A car that brushed the rider is a walker struck, not the rider's own spill.
        "骑车让汽车刮了一下，胳膊擦破了",
        "手遭门夹了一哈，肿得老高，动不了",
        "孩子头磕了个包，吐了两回",
    ],
)
def test_near_misses_stay_urgent(text: str) -> None:
    assert _level(text) == "urgent"


# --- minor -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A chest pain or a breath taken back by the patient, relayed by the caller.
        "她先说喘不上气，后来改口说不是，是嗓子干",
        "他说心口疼，后来又说不对，是前两天扭着了",
        "老人先说胸口疼，再问又说不是，是搬花盆抻着了",
        # A child running about after a bump.
        "孩子头上磕了个包，现在满屋子跑",
        "宝宝额头撞了个包，哭了两声，现在满院子跑",
        "孩子摔了一跤，磕了个包，孩子好好的",
        # A lip or a chin split in a fall.
        "孩子摔了一跤，下巴磕破了，血已经止住了",
        "摔了一下，嘴唇磕破了",
        # A rider's brush with a graze.
        "骑电动车刮了一下，手掌擦破了",
        "骑自行车蹭了一下，胳膊蹭破了点皮",
        # A sting's small swelling.
        "被蜜蜂蜇了一下，手背有点肿",
        "被蜜蜂蜇了，手指头肿了一点",
        "马蜂蜇了，胳膊有点红肿",
        # A finger caught in a door, as said in the south-west.
        "手指头遭抽屉夹了一哈，有点乌",
        "脚趾头遭砖头砸了一哈，乌起了，动得了",
        "手遭门夹了一哈，乌起了，不影响活动",
        # A muscle strained.
        "搬东西抻着了",
        "搬东西扭着了",
        # A coin or a bead not swallowed after all, the child well.
        "孩子没吞纽扣，在地上找着了，孩子好好的",
        "孩子没吞珠子，珠子在床底下，孩子一直在玩",
        "两个孩子在学校撞了头，都起了个包，都好好的",
    ],
)
def test_family_read_routine(text: str) -> None:
    assert _level(text) == "routine"


@pytest.mark.parametrize(
    "text",
    [
        # A caller who goes to look first has said nothing of a patient yet.
        "门卫说楼下有人喊救护车，我过去看一下",
        "我是物业的，业主打电话叫车，我先上去看看",
        "保安说有人叫车，我先过去看看再打给你",
        "快递撕开了",
        "电焊",
    ],
)
def test_nothing_of_a_patient(text: str) -> None:
    assert _level(text) == "unknown"


@pytest.mark.parametrize(
    "text",
    ["我妈想去医院看看", "带他去医院看看"],
)
def test_check_up_asked_for_stays_routine(text: str) -> None:
    assert _level(text) == "routine"
