"""Triage word families learned from the fifty-third blind set's misses (bites, stings,
allergies, poisons and things swallowed, the surface of the head) — each said here in other
words than any line of bench/, with near-misses that must keep their level.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The face singed by a flame or a blast, then a hoarse voice or black nostrils.
        ("液化气罐漏气一点火，火苗扑到他脸上，这会儿说话嗓子发哑", "critical"),
        ("二踢脚崩到脸上了，眉毛烧了，鼻孔都黑了", "critical"),
        # A hoarse voice from shouting, a singed fringe with nothing else.
        ("看球赛喊了一晚上，今天嗓子哑了", "not critical"),
        ("点蜡烛燎了一撮刘海，脸上没事", "not critical"),
    ],
)
def test_a_face_burnt_by_a_flame_with_the_airway_signs_is_critical(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Hives or a sting, then gone limp all at once.
        ("蜂子蛰了以后身上起了好多风疙瘩，人瘫了", "critical"),
        # A throat gripped as by a hand, or tight, with a faint or a slide to the floor.
        ("刚打完针，他说喉咙跟让人掐住一样，人往下出溜", "critical"),
        ("打完吊针嗓子发堵，人晕倒了", "critical"),
        # A faint after a jab alone, a throat alone, a paralysis of years.
        ("抽完血在椅子上晕倒了，躺了一会好了", "not critical"),
        ("他说喉咙发紧，喘气还行", "not critical"),
        ("俺娘瘫了好几年了，这两天不爱吃饭", "not critical"),
    ],
)
def test_an_allergy_said_by_its_course_is_critical(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A nosebleed by its towels or its basin.
        ("老人鼻子一直流血，擦脸的毛巾都红透了", "critical"),
        ("孩子鼻孔出血，拿脸盆接，接了半盆了", "critical"),
        # A towel soaked by a sweat or a runny nose; a soaked pillow, the bleed since stopped.
        ("感冒流鼻涕，毛巾都湿透了", "not critical"),
        ("夜里流鼻血，枕巾都湿透了，捏了一会儿止住了", "not critical"),
        # More than an ordinary nosebleed said with 不是: still a nosebleed, sent.
        ("不是一般的鼻血，捏了半天还在流", "urgent"),
    ],
)
def test_a_nosebleed_said_by_its_amount_is_critical(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Mushrooms gathered, said with 拾, then a changed mind or the stomach.
        ("俺姥爷吃了自个儿拾的蘑菇，这会儿糊涂了", "critical"),
        # Yellow skin or eyes with a changed mind, whatever the cause.
        ("他身上发黄好几天了，今天开始说胡话", "critical"),
        ("俺娘眼白发黄，这两天老想睡，叫她也迷迷瞪瞪", "critical"),
        # A yellow alone, a muddle alone, a shop mushroom.
        ("他眼白有点发黄，吃饭睡觉都好", "not critical"),
        ("菜市场买的蘑菇，吃了有点恶心", "not critical"),
    ],
)
def test_a_poisoning_or_a_jaundice_with_a_changed_mind_is_critical(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A sting with one lump, nothing else; a rat's bite that only broke the skin.
        ("小孩叫蜂子蜇了，鼓个包，哭了两声", "routine"),
        ("蜜蜂蜇了手指头，起个红包，木有别的事", "routine"),
        ("孩子让耗子咬了一下，就蹭破点皮", "not urgent"),
        # A lump with a tight throat, a lump after a blow to the head.
        ("被蜂蜇了，起了个包，说嗓子眼发紧", "critical"),
        ("孩子撞到桌角，额头起了个包，哭了一会", "not critical"),
    ],
)
def test_a_sting_or_a_rat_bite_with_only_a_small_lump_is_routine(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    "text",
    [
        # Rat poison said as its bait — a poison that kills later, however well the child looks.
        "俩孩子把毒耗子的饵啃了，暂时看着没事",
        "小孙子嚼了几粒鼠饵，吐出来了",
    ],
)
def test_rat_poison_said_as_a_bait_is_critical(text: str) -> None:
    assert_level(text, "critical")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Lime or cement dust blown into the eye, said with 迷; a blast to the eye, the blow first.
        ("石灰面子迷了他的眼，一直揉", "urgent"),
        ("搅水泥浆溅起来，水泥灰迷住眼了", "urgent"),
        ("过年放花炮，崩着孩子眼睛了", "urgent"),
        # Sand or wind in the eye; a blast that only startled.
        ("骑车的时候沙子迷了眼，冲了冲好了", "not urgent"),
    ],
)
def test_a_caustic_dust_or_a_blast_to_the_eye_is_urgent(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The jaw put out, said in the north or by a mouth that will not close.
        ("老太太下巴颏子掉了，嘴闭不上", "urgent"),
        ("他笑得太狠，下巴合不拢了", "urgent"),
        # A child asleep with the mouth open.
        ("孩子睡着了嘴巴合不上，张着嘴打呼", "not urgent"),
    ],
)
def test_a_jaw_put_out_is_urgent(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A denture or a bone swallowed and stuck going down.
        ("奶奶睡觉时假牙掉进去了，卡在食管那，咽东西疼", "urgent"),
        ("俺爷把排骨咽了，卡在心口那下不去", "urgent"),
        # Bones that ache are no bone swallowed.
        ("这两天骨头疼，咽不下去饭，没别的", "not critical"),
    ],
)
def test_a_denture_or_a_bone_stuck_going_down_is_urgent(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The snake remedy asked after; whether the service takes a kind of call.
        ("哪家药店能买到蛇药片", "unknown"),
        ("问一下你们管不管被蜈蚣咬的", "unknown"),
        # A bite said before the question, or beside it.
        ("我爸被蛇咬了，你们管不管", "urgent"),
        ("被蛇咬了，家里有蛇药，先吃了两片", "urgent"),
    ],
)
def test_a_question_about_a_remedy_or_the_service_says_nothing_of_a_patient(
    text: str, level: str
) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Bitten by a bug not named, burnt by the sun said with 得, an ear running yellow.
        ("露营的时候让虫子咬了一腿包", "routine"),
        ("下午在公园晒得通红了，火辣辣的", "routine"),
        ("孩子耳朵眼里冒黄水，不发烧", "routine"),
        # A bug's bite with the breath failing stays critical.
        ("让虫子叮了一口，嘴唇发紫喘不过气", "critical"),
    ],
)
def test_a_bug_bite_a_sunburn_or_an_ear_running_said_plainly_is_routine(
    text: str, level: str
) -> None:
    assert_level(text, level)
