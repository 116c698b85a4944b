"""Second review of the triage families learned from the forty-fifth blind set's critical misses:
the learning kept them to its own words — a head-first fall from a truck's bed, a stack of
straw, a pole, or with the head said to strike or touch the ground first; a burn by a strong
acid or lye over the trunk, a scald over both thighs or from the waist down, a burn showing the
flesh, charred skin said with no blisters; a baby with its body or a limb out first, half born
said 到一半, the baby's hair seen with the urge to push. Each said here in other words than any
line of bench/, with near-misses that must keep their level (a jump landing on the feet, a slide
off a bed, a drop of acid, a heart's tablet named with an acid, a knee grazed to the flesh, a
lie-down heard as a scald, a baby's hair falling out). And two of the set's under-triaged
non-critical families: a dislocation said with its pain in one run, read as the limb's ache, and
a foot turned a little (有点扭), read as nothing.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("收麦的时候他从拖拉机车斗上摔下来了，脑门先着的地", "critical"),
        ("俺哥在柴火垛顶上没站稳，倒栽下来了", "critical"),
        ("在电线杆子上干活的师傅掉下来了，头先挨的地", "critical"),
        ("他从杆子上摔下来，后脑勺撞地上了", "critical"),
        # The feet first, and a slide off a bed: no long fall on the head.
        ("从车斗上跳下来，脚先着地，崴了一下，能走", "not critical"),
        ("小孙子从床边滑下来，脑门先磕地上了，哭两声就不哭了，在玩", "not critical"),
    ],
)
def test_head_first_from_other_heights(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("盐酸桶倒了，泼了他一身", "critical"),
        ("火碱水溅了，他脖子和胸前都烧红了", "critical"),
        # A drop on a hand; a heart's tablet whose name holds an acid.
        ("硫酸溅了一滴到手背上，冲过水了", "not critical"),
        ("含了一片硝酸甘油，胸口不闷了", "not critical"),
    ],
)
def test_acid_or_lye_over_the_body(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("洗澡水太烫，孩子两条大腿全烫了", "critical"),
        ("孩子坐进热水盆里，腰以下全烫伤了", "critical"),
        ("孩子一屁股坐进刚烧开的水盆，从腰往下全烫了", "critical"),
        # Lying down half a day (躺了 sounds like 烫了): no scald.
        ("在沙发上躺了大半天，腰有点酸", "not critical"),
    ],
)
def test_scald_over_both_thighs_or_below_the_waist(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("大腿上烫得见肉了", "critical"),
        ("腿上的皮烧黑了，没起泡，也不咋疼", "critical"),
        # A graze to the flesh is a wound, read by itself.
        ("骑车摔了，膝盖擦得见肉了", "not critical"),
    ],
)
def test_burn_said_deep(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("宝宝身子先出来了，脑袋还卡在里头", "critical"),
        ("娃儿先出来一条腿，别的出不来", "critical"),
        ("俺闺女生到一半生不下来了", "critical"),
        ("能摸到宝宝的头发了，她憋不住要使劲", "critical"),
        # A baby's hair falling out.
        ("宝宝的头发掉了一片，吃奶正常", "not critical"),
    ],
)
def test_birth_under_way_in_other_words(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("孩子手腕脱臼了疼得直哭", "urgent"),
        ("他胳膊肘掉环了疼", "urgent"),
        # An ache with the dislocation denied.
        ("胳膊有点疼，没脱臼，能动", "routine"),
    ],
)
def test_dislocation_said_with_its_pain(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("下楼梯脚有点扭，还能走", "routine"),
        # Swollen and not borne on: sent.
        ("脚扭了，肿得走不了路", "urgent"),
    ],
)
def test_foot_turned_a_little(text: str, level: str) -> None:
    assert_level(text, level)
