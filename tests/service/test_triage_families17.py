"""Triage word families and reading rules learned from the seventeenth blind set's misses, each
said here in other words than any line of bench/: a baby's head said out already, breathing
said stopped with 没在, a fit said of 身上, a pulse felt for at the wrist or neck and not found,
skin burned off, a big patch of blisters beside a scald, a window or a railing climbed onto with
a blade in hand, a wrist cut said 割的手腕, a back pain that keeps the patient down beside legs
said to move; and, over-triaged before: a breath said fine with 挺 (not 停), a vehicle that
missed, a fear of poisoning named, a stroke of years back with the patient bedridden since, a
blister rubbed up by a shoe or a tool, a burn of one part told in full in broken speech; magnets
or a battery named in the clause after the swallow, the forehead said 额颅, a child gone off to
play again, a patch of skin rubbed off, a child who cried a moment and was fine, a spouse said
口子 (俺家那口子, 两口子), a faint found to be a doze where the patient sat. And
the reading rule: a piece that is only a state, cut from its part by a pause (右手……动不了), is
one phrase broken by breath — not a new clause whose own finding holds. Each family has
near-misses that sound alike and keep their level.
"""

from __future__ import annotations

import pytest

from dispatch_intake.priority.service import load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


# --- under-triaged: critical -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # The head said out already (MPDS card 24, birth under way).
        "老婆快生了，孩子的头已经出来了",
        "在出租车上要生了，脑袋已经露出来了",
        # Breathing said stopped with 没在, or 没喘气 with 了 (MPDS card 9).
        "我爸倒在沙发上，胸口没在呼吸",
        "老人趴在地上，好像没在出气",
        "他躺在地上，没喘气了",
        # A fit said of 身上 (MPDS card 12).
        "倒地以后身上一抽一抽的",
        "孩子发着烧，身上一抽一抽的",
        # A pulse felt for at the wrist or the neck and not found.
        "摸了他的手腕，摸不着",
        "他倒了，脖子那儿摸不到",
        "摸他手腕，摸不出来",
        # The skin burned off over a limb or the trunk (MPDS card 7).
        "着火了，他后背的皮都烧掉了",
        "锅翻了，两条腿的皮都烧掉了",
        # A big patch of blisters over the trunk beside a scald.
        "热汤洒了，孩子肚皮上起了一大片泡",
        "被开水烫了，后背一大片水泡",
        # A window or a railing climbed onto, a blade in hand (MPDS card 25).
        "她把窗户推开爬上去了，拿着剪刀",
        "他把阳台栏杆翻过去了，手里拿着刀片",
        # A wrist cut said with 的 after the act.
        "她是拿剃须刀片割的手腕",
        "用碎玻璃割的腕子，血止不住",
    ],
)
def test_critical_said_in_the_seventeenth_sets_ways(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    "text",
    [
        # A back pain that keeps the patient down: legs said to move speak of the legs only.
        "腰疼得起不来，两条腿都能动",
        "闪了腰，腰疼得直不起，腿能动弹",
        # A burn of one part told in full in pieces is the burn, sent, not lights and sirens.
        "我……手指……被烤箱……烫了……起泡了……疼",
    ],
)
def test_urgent_said_in_the_seventeenth_sets_ways(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A boil's or a pimple's head is not a baby's.
        ("疖子的脓头出来了", "routine"),
        ("脸上长痘，痘痘头出来了", "routine"),
        # A baby's head seen still is.
        ("头露出来了", "critical"),
        # No wheeze is not no breath.
        ("孩子咳嗽，没喘，不憋", "routine"),
        # A lash or a cramp is not a fit.
        ("腿上一抽一抽的，抽筋了", "routine"),
        ("肚子一抽一抽地疼", "urgent"),
        # A lump that cannot be felt, a spot the hand cannot reach: no pulse is meant.
        ("后背痒，手够不着", "routine"),
        # A mole burned off on purpose is no burn; hair singed is no large burn.
        ("脸上的痣用激光烧掉了", "unknown"),
        # A rash over the back is not a burn.
        ("后背起了一大片疹子", "routine"),
        # A window climbed for a chore, a tool in hand, is no edge.
        ("窗户坏了他爬上去修，手里拿着螺丝刀", "unknown"),
        # A threat said over a railing stays critical.
        ("她翻过栏杆了，说不想活了", "critical"),
        # A finger cut in the kitchen is a wound, not a wrist slashed.
        ("切菜割的手指，流了点血", "urgent"),
        # A finger that moves after a pinch is still minor: its own part.
        ("手指头被门夹了一下，能动", "routine"),
        ("腰扭了一下，腰能动", "routine"),
    ],
)
def test_near_misses_of_the_seventeenth_sets_families_keep_their_level(
    text: str, level: str
) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "身上被皮带抽了好几下",
        "脖子上的包摸不着了",
        "头发烧掉了一点",
        "手背起了一大片泡，晒的",
        "他爬上窗台擦玻璃，手里拿着刀片刮胶",
    ],
)
def test_words_that_only_sound_like_the_seventeenth_sets_signs_are_not_critical(text: str) -> None:
    assert _level(text) != "critical"


# --- over-triaged ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A vehicle that missed: no crash (MPDS card 29 needs an impact).
        ("电动车过来，其实没撞着，老太太自己绊了一下，手蹭破点皮", "routine"),
        ("刚才说孩子被车撞了，车没碰着他，吓哭了", "routine"),
        ("刚才说孩子被车撞了，其实没撞上，就是吓哭了", "routine"),
        # A fear of poisoning named, with nothing poisonous swallowed and the child well.
        ("孩子啃了一口蜡笔，我怕中毒，现在玩得好好的", "routine"),
        ("孩子舔了一下墙皮，担心中毒", "routine"),
        # A stroke of years back, the patient bedridden since: a transport.
        ("我奶奶脑梗瘫在床上好几年了，今天想送去复查", "routine"),
        ("我爸中风瘫床上好多年了，要去医院换胃管", "routine"),
        # A blister rubbed up by a shoe or a tool, however the call is broken up.
        ("新鞋把脚后跟磨起泡了", "routine"),
        ("干了一天活，手上磨出泡了", "routine"),
        ("我……脚……被新鞋……磨了……起了泡……", "routine"),
        ("我……被……锄头……磨了……手心……起泡……破了", "routine"),
    ],
)
def test_over_triage_of_the_seventeenth_set_is_lowered(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        # A breath said fine with 挺 is not 停.
        "孩子睡着了，呼吸挺正常",
        "他躺着休息，呼吸挺正常",
        "他喝醉了在睡觉，呼吸挺平稳，叫得醒",
    ],
)
def test_a_breath_said_fine_with_ting_is_not_a_stopped_breath(text: str) -> None:
    assert _level(text) != "critical"


@pytest.mark.parametrize(
    "text",
    [
        # A breath that stopped is still read.
        "呼吸停了",
        # A crash that happened, with a part said unhurt, is still a crash.
        "被车撞了，没撞着头，腿疼",
        "被车撞了，司机说没撞上，可人躺地上叫不醒",
        # 怕是 (probably) is no fear; a poison named is read, feared or not.
        "怕是中毒了，人叫不醒",
        "孩子吃了几粒老鼠药，怕中毒",
        "孩子喝了百草枯，我怕中毒",
        # A stroke now, not years back.
        "他刚中风了，瘫在床上动不了",
        # A scald over the back, or a burn with the breath failing, told in pieces.
        "我……被……开水……烫了……后背……全是泡",
        "我……脸上……被火……烧了……喘不上气",
        # A burn and its blisters over the back, whatever else is rubbed.
        "被开水烫了，后背起泡了，衣服磨破了",
    ],
)
def test_near_misses_of_the_over_triaged_families_stay_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    "text",
    [
        # A one-sided weakness broken by a pause is still a stroke sign (MPDS card 28).
        "他右手……动不了",
        "俺娘左胳膊……没知觉了",
    ],
)
def test_a_part_and_its_state_cut_by_a_pause_are_one_phrase(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    "text",
    [
        # Cut by a comma, the clause's own reading holds as before.
        "她左手，动不了",
        # A limb hurt in a fall, then broken off, is the injury.
        "他右胳膊摔了……动不了",
    ],
)
def test_a_state_after_a_mark_or_an_injury_is_not_raised_by_the_pause_rule(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Magnets or a button battery named after the swallow (MPDS cards 23 and 26).
        ("孩子咽下去了，是两颗磁力珠", "urgent"),
        ("孩子说咽下去了，是吸铁石", "urgent"),
        ("孩子吞下去了，是个纽扣电池", "critical"),
        # Not swallowed, or a meal or a fish bone beside the toy.
        ("孩子玩磁铁，没吞下去", "unknown"),
        ("饭咽下去了，孩子在玩磁力片", "routine"),
        ("孩子咽下去了", "routine"),
        # The forehead said 额颅 (Henan): a knock on the head.
        ("俺孙子额颅撞桌角上了，起了个包", "urgent"),
        # A child gone off to play again after a knock (MPDS card 17, no priority symptoms).
        ("孩子摔了一跤，磕着头了，不哭了，又去玩了", "routine"),
        ("孩子磕着脑门了，起了个包，又跑着玩", "routine"),
        # Play again does not end what came after it.
        ("孩子摔了一跤，又去玩了，后来叫不醒", "critical"),
        ("孩子磕着头，又去玩了，后来吐了好几回", "urgent"),
    ],
)
def test_swallows_named_after_and_a_child_back_at_play(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A patch of skin rubbed off after a fall, and a child who cried a moment (MPDS card 17).
        ("孩子摔了一跤，胳膊肘蹭掉一块皮，哭了两声就好了", "routine"),
        ("孩子摔了，手掌擦掉了块皮", "routine"),
        # A pain gone in seconds is not a child's cry: still sent.
        ("胸口疼了一下就好了", "urgent"),
        # Skin gone with a bleed that will not stop, or a back scalded raw, stays critical.
        ("脸擦掉了一块皮，血止不住", "critical"),
        ("后背烫掉了一层皮", "critical"),
        ("孩子从滑梯上摔下来，哭了一下就好了，后来叫不醒", "critical"),
    ],
)
def test_skin_rubbed_off_and_a_short_cry(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A spouse said 那口子 or 两口子 is a person, not a cut.
        ("他们两口子吵架了", "unknown"),
        ("俺家那口子摔了一跤", "urgent"),
        ("他家那口子说胸口疼，一身冷汗", "critical"),
        # A cut said 那口子 or 口子 is still a wound.
        ("手上那口子又流血了", "urgent"),
        ("腿上划了个口子", "urgent"),
        ("两口子打架，男的头被砸破了", "urgent"),
    ],
)
def test_a_spouse_said_kouzi_is_not_a_cut(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A faint taken back as a doze (MPDS card 31 needs a faint): the correction's level.
        ("他晕倒了，其实是坐着打盹", "routine"),
        ("我姥姥晕倒了，后来发现是靠着沙发睡着了，现在在看电视", "routine"),
        # A guess lowers nothing; no waking, or a sign of its own, stays as it was.
        ("他晕倒了，好像是睡着了", "urgent"),
        ("晕倒了，叫不醒，原来是睡着了", "critical"),
        ("晕倒了，后来发现是坐着打盹，可是胸口疼，一身冷汗", "critical"),
    ],
)
def test_a_faint_found_to_be_a_doze(text: str, level: str) -> None:
    assert _level(text) == level
