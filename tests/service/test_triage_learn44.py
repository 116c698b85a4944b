"""Triage word families learned from the forty-fourth blind set's misses (children and young
people): a breath stopped heard 揣; a belly run over with a face said white and a sweat; a
reaction after a jab told in pieces with the sight going dark; a blade and a trunk that bleeds
said apart; a face covered in blood; a mind that comes and goes after a fall; blisters raised
with words between; a grandparent's medicine said short or with 哩; a cleaner in the eye; a bite
or a crushed finger told in pieces; and, lowered, a bruised finger beside a scratched face, 不知道
and 一滴 heard as 不止 and 一地, a thing stuck behind the breastbone, a jumper pulled back indoors
— each said here in other words than any line of bench/, with near-misses that must keep their
level.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("奶奶在沙发上坐着坐着就不揣气了", "critical"),
        ("小孙子咳了几声就揣不过气来了", "critical"),
        # 揣 as to tuck away: no breath named.
        ("孩子把药揣兜里就跑了，人挺好", "not critical"),
    ],
)
def test_breath_heard_chuai(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("闺女让电动三轮车轧过了肚子，小脸白，一头冷汗", "critical"),
        ("他肚子被车碾了一下，这会儿脸白，直冒冷汗", "critical"),
        # A hot-water bottle laid on the belly, a face washed in the daytime: nothing struck.
        ("肚子上压着个热水袋，有点胀", "not critical"),
        ("早上洗完脸白天一直有点咳嗽", "routine"),
    ],
)
def test_belly_run_over_with_pallor(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我……刚在诊所……打了针……全身……发痒……眼前……发黑……", "critical"),
        # A jab's site that itches, in pieces: the itch.
        ("我……打完针……胳膊上……那块……有点……痒……", "not critical"),
    ],
)
def test_reaction_after_a_jab_in_pieces(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("那人掏出刀来了，我朋友后背在流血", "critical"),
        ("快来……有个人……拿着刀……我同学……胸口……在流血……", "critical"),
        # A knife at the board and a finger that bleeds: the cut.
        ("妈妈拿刀切肉，切到手指头了，流了点血", "not critical"),
    ],
)
def test_blade_and_a_bleeding_trunk(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("学生从双杠上栽下来，满脸的血，叫他不答应", "critical"),
        ("出了车祸，后排孩子满脸血", "critical"),
        # A little blood wiped off a scratch.
        ("孩子脸上蹭破点皮，有一点血，擦干净了", "not critical"),
    ],
)
def test_face_covered_in_blood(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("孩子从秋千上掉下来，后来一阵糊涂一阵清醒", "critical"),
        ("我妈在楼梯上绊倒了，这会儿一会儿迷糊一会儿又好了", "critical"),
        # Pains by turns, the mind clear.
        ("孩子一会儿说头疼一会儿说肚子疼，人挺精神", "not critical"),
    ],
)
def test_mind_coming_and_going(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("孩子把刚泡好的奶洒在了脚背上，起了两个大泡", "urgent"),
        ("小孩扒拉翻了火锅，手腕上鼓起一串大泡", "urgent"),
        # A foot rubbed on a hike: no burn.
        ("爬山爬的，脚底板磨起了两个大泡", "routine"),
    ],
)
def test_blisters_raised_with_words_between(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("小孙女把俺姥姥哩药片吃了两颗，这会儿还怪好", "urgent"),
        ("孩子把他爷的药丸吞了一颗，不知道是啥药", "urgent"),
        # Asked for and not given: nothing swallowed.
        ("孩子想吃他爷的药，我没给他", "unknown"),
    ],
)
def test_grandparents_medicine_said_short(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("娃把漂白水弄到眼里了，眼睛通红", "urgent"),
        ("他眼睛里建进去一点洗衣液，一直流眼泪", "urgent"),
        # Something seen in the eye, not splashed into it.
        ("孩子说眼睛里见到好多小黑点，别的没啥", "not critical"),
    ],
)
def test_cleaner_in_the_eye(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我……叫狗……咬了……脚脖子……有点血……已经……不流了……", "urgent"),
        # A chest in pieces stays critical.
        ("我……心口……有点……疼……出汗……", "critical"),
    ],
)
def test_ordinary_injury_put_back_together(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("小孩抢玩具，一个脸被抓破了，一个手指头青了", "routine"),
        # The face and the fingers both blue: no air.
        ("孩子脸跟手指头都发青了，憋着", "critical"),
    ],
)
def test_bruised_finger_beside_a_scratched_face(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("胳膊蹭破了，血已经止住了，不知道要不要上医院", "not critical"),
        ("孩子手指头被纸划了，就流了一滴血", "not critical"),
        # A bleed said not to stop.
        ("腿上划了个大口子，血流不止，不知道咋办", "critical"),
    ],
)
def test_not_knowing_and_a_drop(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("鱼钩勾住孩子下眼皮了，不敢碰", "urgent"),
        # One in a finger.
        ("钓鱼鱼钩勾进手指了，取下来了", "routine"),
    ],
)
def test_hook_in_an_eyelid(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("吃了药没几分钟浑身起红疙瘩，还说眼前发黑", "critical"),
    ],
)
def test_a_short_time_with_mei_is_no_denial(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("儿子翻到阳台外面要跳，我们把他拖回来了，现在在沙发上哭", "urgent"),
        # Still out there.
        ("儿子在阳台外边站着说要跳，谁劝都不听", "critical"),
    ],
)
def test_jumper_pulled_back(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("孩子吞了一个玻璃球，能说话，就说胸口卡着疼，咽口水都难", "urgent"),
        # A chest pain with a cold sweat.
        ("孩子他爸胸口疼，出了一身冷汗", "critical"),
    ],
)
def test_thing_stuck_behind_the_breastbone(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("娃把电池含嘴里玩，我给掏出来了，嘴里红了一块", "urgent"),
        # Swallowed: critical; a battery only named while changing it: nothing.
        ("娃把一颗纽扣电池咽下去了", "critical"),
    ],
)
def test_battery_held_in_the_mouth(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("孩子鼻梁歪了，还有点肿", "urgent"),
        ("小孩鼻子赛住了，别的挺好", "routine"),
        # The mouth's droop stays a stroke's.
        ("我爸嘴突然歪了，说话不清楚", "critical"),
    ],
)
def test_nose_askew_and_blocked(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("没碰着别人，就是电动车倒了，孩子一点伤都没有", "routine"),
        # Unhurt said, then a fall from a height: the fall.
        ("孩子一点伤没有，就是从二楼窗台掉下来了", "critical"),
    ],
)
def test_unhurt_said_before_the_knock(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("不是抽，宝宝睡觉的时候腿蹬了几下，又接着睡了", "routine"),
        # A start in sleep, then a fit that goes on.
        ("宝宝睡着了抖了一下，然后一直抽，嘴唇发紫", "critical"),
    ],
)
def test_jerk_in_sleep(text: str, level: str) -> None:
    assert_level(text, level)
