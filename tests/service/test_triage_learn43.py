"""Triage word families learned from the forty-third blind set's misses (injuries and accidents
told in the first panicked minute): a scald's extent said otherwise, however painless; a bleed
said by 血流 that goes on or soaks the clothes; a knock to the head with the sight gone dark and a
vomiting, in pieces too; a caller in pieces with an ordinary injury — the blood said little, a
wrist askew, a back strained and unable to move; molten metal on a small patch; 同 heard for 痛;
a farm vehicle tipped with the patient alert; the breath said still normal after a sting; a
scald's skin gone white on an area said not large; flesh torn off; and, lowered, a knee grazed,
a staple or a fish hook in a finger, a bead in an ear, an awn in the eye, an ankle rolled, a
caller asking where to be stitched — each said here in other words than any line of bench/,
with near-misses that must keep their level.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("他让一锅热汤浇了，胸脯子上一大片，说不咋疼", "critical"),
        ("俺娘说一点不疼，可烫伤的面积老大，两条腿和后背都是", "critical"),
        ("滚水泼到她身上，后背那皮都掀起来了", "critical"),
        # A patch said small, an area said not large: no large burn.
        ("热水烫了手腕，一小片，皮掀起来一点", "not critical"),
        ("烫伤的面积不大，就在手指上", "not critical"),
    ],
)
def test_scald_extent_said_otherwise(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("他人还明白，脚脖子让钢管砸了，血流个不停", "critical"),
        ("胳膊叫电锯拉了一下，血淌了，衣裳都浸透了", "critical"),
        # A sweat soaking the clothes, a bleed that stopped: no haemorrhage.
        ("干了一上午活，汗流个不停，衣服都湿透了，手上划了个小口子", "not critical"),
        ("手指割了，血流了一点，按了一会儿不流了", "not critical"),
    ],
)
def test_bleed_said_flowing_goes_on_or_soaks(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("他骑车摔着头了，眼前一阵阵发黑，吐了三回", "critical"),
        ("我……摔了……头……眼前……发黑……吐了……两回……", "critical"),
        # A knock with one vomit and the child well; a blackout before a fall, no head hit.
        ("孩子磕了头，吐了一口，现在跑来跑去的", "not critical"),
        ("他说眼前一黑就摔了，膝盖破了，没磕着头", "not critical"),
    ],
)
def test_head_knock_with_sight_gone_dark(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我……让邻居家狗……咬了……小腿上……俩口子……血……还在流……不多", "urgent"),
        ("我……轮滑……摔了……脚腕……歪了……肿了……", "urgent"),
        ("我……腰……闪了……在仓库……卸货……动不了……", "urgent"),
        # A bleed said heavy, a breath short, a side that will not move: still critical.
        ("我……摔了……胳膊……血……哗哗的……止不住……", "critical"),
        ("我……右边……手脚……动不了……说话……也不清楚……", "critical"),
    ],
)
def test_caller_in_pieces_with_an_ordinary_injury(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("铜水崩到胳膊上了，烧了鸡蛋那么大一块", "urgent"),
        ("钢水贱到脚面上，就巴掌大一块", "urgent"),
        # Over both legs and the belly: a large burn.
        ("铝水泼到他腿上肚子上，一大片焦黑", "critical"),
    ],
)
def test_molten_metal_on_a_small_patch(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("孩子肚子同了一晚上了还发烧", "urgent"),
        ("我牙同了两天了一碰就同", "not critical"),
        # Stabbed, heard 同了 with the blade: still critical.
        ("他叫人拿刀同了一下，肚子上一个口子", "critical"),
    ],
)
def test_pain_heard_as_tong(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("农用车翻沟里了，我哥让甩出来了，腿骨折了，人清清楚楚的", "urgent"),
        # Trapped under it, not answering: critical.
        ("农用车翻了，人扣在车底下，喊他没反应", "critical"),
    ],
)
def test_farm_vehicle_tipped(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("两个人叫蜜蜂蜇了，一个脖子肿了，喘气也还正常", "urgent"),
        ("俺爷叫马蜂蜇了好几下，脸肿了，喘气都还正常", "urgent"),
        # The throat tight and the breath short after a sting: critical.
        ("叫马蜂蜇了，嗓子眼发紧，喘不上来气", "critical"),
    ],
)
def test_sting_with_the_breath_still_normal(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("烫的不是大面积，就脚面，可那块皮都变白了", "urgent"),
        ("腿叫割草机削掉一块肉，拿衣服缠上了", "urgent"),
        ("钉枪把钉子打进大腿里了", "urgent"),
        # Skin soaked white, a graze: routine.
        ("洗了半天碗，手指头的皮泡得发白起皱", "not critical"),
    ],
)
def test_white_skin_flesh_torn_nail_gun(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("闺女滑冰摔了，胳膊肘差伤了，没啥事", "routine"),
        ("我手让订书钉订住了，钉子还扎着", "routine"),
        ("钓鱼鱼钩挂到手上了，钩子还在肉里", "routine"),
        ("小孙子往耳朵里塞了粒米，弄不出来", "routine"),
        ("打麦子麦芒进眼里了，能看清，就是磨得慌", "routine"),
        ("踢球脚往里一崴，有点瘸，能走", "routine"),
        ("我手让玻璃划了，不深，问一下去哪儿缝针", "routine"),
        # A fish hook in the eyelid is the eye's: sent.
        ("鱼钩扎进眼皮里了，拔不出来", "urgent"),
    ],
)
def test_ordinary_small_injuries(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("小子玩滑板摔了，门牙撞掉了半颗，头没碰着，人挺精神", "routine"),
        ("她跑着绊倒了，磕掉了门牙，没摔着头", "routine"),
        # The head not answered for, or something else hurt beside it: sent.
        ("孩子从滑梯上摔下来，撞掉门牙了", "urgent"),
        ("他摔了一跤磕掉一颗牙，头没事，就是胳膊摔断了", "urgent"),
    ],
)
def test_tooth_out_head_unhurt(text: str, level: str) -> None:
    assert_level(text, level)
