"""Triage word families learned from the fifty-second blind set's misses (pregnancy, birth,
women's and men's health) — each said here in other words than any line of bench/, with
near-misses that must keep their level.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("娃生下来没哭没动静嘴唇发紫", "critical"),
        ("孩子生下来没哭也没喘气脸发青", "critical"),
        ("孩儿刚生下来木哭木出声", "critical"),
        ("孩子生下来不哭不喘脸上青紫", "critical"),
        # A newborn crying well, a newborn's yellow.
        ("孩子生下来哭声挺大，脸红红的", "not critical"),
        ("孩子生下来第二天皮肤有点黄", "not critical"),
    ],
)
def test_a_newborn_not_crying_or_blue_said_in_one_run_is_critical(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The urge to push said without 要 or as 解大手, beside the pains said running together.
        ("快生了，她忍不住用力，我们还在车上", "critical"),
        ("她一阵紧似一阵地疼，直想解大手", "critical"),
        # The baby out into the clothes, or stuck halfway.
        ("在出租车上孩子滑出来了，掉到裤裆里", "critical"),
        ("孩儿在车上生裤裆里了，恁快点", "critical"),
        ("宝宝卡在半截出不来，产妇一点劲都没了", "critical"),
        # The cord felt beating, not named.
        ("羊水已经破了，下面有根软乎乎的东西一蹦一蹦的", "critical"),
        # A bladder that will not hold, a wet child, a child caught in a railing, the baby's
        # hiccups felt in the belly.
        ("要生了，一阵一阵疼，她说憋不住尿了", "not critical"),
        ("孩子在裤子里尿了一点，已经换了", "not critical"),
        ("孩子的头卡在楼梯栏杆中间一半出不来", "not critical"),
        ("怀孕三十周，肚子里有个东西一跳一跳的", "not critical"),
    ],
)
def test_a_birth_under_way_said_otherwise_is_critical(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Where the head lies as a check found it: a labour, sent.
        ("破水了，胎头已入盆，还没宫缩", "urgent"),
        ("羊水破了，产检说孩子是头位，肚子还不怎么疼", "urgent"),
        # A head come out stays critical.
        ("羊水破了，一看下面，是头", "critical"),
    ],
)
def test_the_babys_lie_reported_is_no_head_out(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Said by its amount after a birth or a miscarriage, or as a sluice, with the patient limp.
        ("引产以后床上老大一摊，她脸都白了", "critical"),
        ("刚生完孩子，又出了大半盆", "critical"),
        ("流血像开了闸似的，人已经软了", "critical"),
        # A basin of washing, milk on the bed.
        ("生完孩子，洗了一大盆衣服，腰酸", "not critical"),
        ("产后一个月，奶水流了一大摊在床上", "not critical"),
    ],
)
def test_heavy_bleeding_after_a_birth_said_by_amount_is_critical(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("怀孕两个多月，突然昏倒在洗手间里", "critical"),
        # A fall said with where, got up from, is a fall.
        ("老人在楼道里摔倒了，自己起来了，腿疼", "not urgent"),
    ],
)
def test_a_faint_in_a_pregnancy_said_with_where_is_critical(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("睾丸疼，肿了", "urgent"),
        ("他说阴囊疼，肿了一圈", "urgent"),
        ("小孩的蛋子痛，肿了", "urgent"),
        ("孩子蛋蛋被踢了一下，现在不疼了，也不肿", "not urgent"),
    ],
)
def test_a_testicle_that_hurts_and_swells_is_sent(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("俺爹一天木撒尿，小肚子憋得老大", "urgent"),
        ("老头儿到现在还木解小便", "urgent"),
    ],
)
def test_urine_held_said_with_the_henan_mu_is_sent(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("最近白带有点多，颜色正常", "routine"),
        ("月经推迟一个礼拜了，没有别的不舒服", "routine"),
        ("老头儿夜尿多，一晚上起来好几趟", "routine"),
        ("尿里有泡沫，想去查查肾", "routine"),
        # A fever with a painful passing, a bleed with a pain: read by their own words.
        ("尿频尿急，尿的时候疼，发烧了", "urgent"),
        ("孕妇例假没来，肚子疼得厉害，出血了", "critical"),
    ],
)
def test_a_minor_gynaecological_or_urinary_complaint_named_is_routine(
    text: str, level: str
) -> None:
    assert_level(text, level)
