"""Triage over-reach found by second reviewers in rules older than their reviews: phrasings a
careful 120 dispatcher would not send as critical or urgent — each family said here in other
words than bench/data/overreach-probe.tsv, with near-misses that must keep their level.
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
        # A breath that would not come on a climb, a run or a load carried, over after a rest:
        # a breathing complaint that passed — sent, no longer lights and sirens.
        ("上了三楼喘不过气来，坐着歇了会儿就好了", "urgent"),
        ("踢完球喘不上来，歇了一会就好了", "urgent"),
        # A child's, or one short from little effort, is read as said.
        ("小孩跑了两圈喘不上来，歇了一会就好了", "critical"),
        ("扛完米上楼喘不上来，缓了几分钟就缓过来了", "urgent"),
        # Not eased, or with the lips blue, the chest or a sweat: read as said.
        ("爬楼梯喘不上来，歇了还是喘不上来", "critical"),
        ("上楼喘不过气，嘴唇都紫了，歇了也没用", "critical"),
        ("爬坡喘不上来，胸口闷，一头冷汗，歇一会就好了", "critical"),
        ("喘不上来，脸都憋紫了", "critical"),
    ],
)
def test_a_breath_lost_on_an_effort_and_over_after_a_rest(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A caller in pieces who says a minor complaint passed with a rest: catching up on what
        # happened, not short of breath now.
        ("我……心里……跳得慌……坐了一会……就好了", "urgent"),
        ("我……心慌……歇了一会好了", "urgent"),
        # The pieces of a chest, a breath or a stroke stay critical, passed or not.
        ("我……心口……疼……歇一会就好了", "critical"),
        ("我……胸口……压着……出汗……歇一会就好了", "critical"),
        ("我……喘……不上……气……", "critical"),
        ("我……左边……手……麻……歇一会……就好了", "critical"),
    ],
)
def test_a_minor_complaint_in_pieces_said_over(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A shaving nick said with its 口子, or by when it happened: the shave's, routine.
        ("刮胡子的时候下巴拉了个口子", "routine"),
        ("刮脸的时候拉了个小口子，流了点血", "routine"),
        # A finger pinched in a door or a drawer that moves and only reddens: routine.
        ("闺女的手指让抽屉夹了，红了，会动", "routine"),
        ("门挤到手指了，有点红，能活动", "routine"),
        # A shaving cut that will not stop, a finger black and swollen or bent: as said.
        ("刮胡子划破了，血流个不停，按都按不住", "critical"),
        ("手指让门夹了，指甲黑了，肿得厉害", "urgent"),
        ("手指让门夹了，弯不了，歪到一边了", "urgent"),
    ],
)
def test_a_shaving_nick_and_a_pinched_finger_that_moves(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A stabbing pain in the neck or the back is a pain, as 脖子疼 is.
        ("这两天脖子老是刺痛，一低头就疼", "urgent"),
        ("后背一阵一阵刺疼", "urgent"),
        # A neck or a back stabbed, however said, stays a stabbing.
        ("后背让人刺了，衣服全是血", "critical"),
        ("有人拿刀往他脖子上刺", "critical"),
        ("颈部被刺伤了", "critical"),
    ],
)
def test_a_stabbing_pain_in_the_neck_is_a_pain(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A baby who does not talk yet: an age, the call read by what is wrong today.
        ("小宝才十个月，还不会说话，吐了两口奶", "routine"),
        ("我家宝宝还不会说话，烧到三十九度了", "urgent"),
        # Speech lost in a child who spoke, or still gone since a blow, or of a grown-up: critical.
        ("两岁的孩子一下子不会说话了，一边胳膊没劲", "critical"),
        ("孩子从床上摔下来，到现在还不会说话", "critical"),
        ("我奶奶今天早上还不会说话", "critical"),
    ],
)
def test_a_baby_who_does_not_talk_yet(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A foetus kicking: a foot in the belly is no scalding water poured on it (浇在).
        ("怀孕六个月，小家伙的脚在肚子里一直蹬", "urgent"),
        ("宝宝的脚在我肚皮底下踢，怀孕三十周了", "urgent"),
        # A pregnancy said by its term is a pregnancy.
        ("孕中期了，这两天腰酸得厉害", "urgent"),
        # Scalding water poured on the belly, written or heard: as said.
        ("一壶开水浇在肚子上，起了好大一片泡", "critical"),
        ("要生了，孩子的脚先露出来了", "critical"),
    ],
)
def test_a_foetus_kicking_is_no_scald(text: str, level: str) -> None:
    assert _level(text) == level
