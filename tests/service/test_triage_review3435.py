"""Triage word families from the second review of the thirty-fourth and thirty-fifth blind sets'
learning: the families that learning widened (a cleaner or a suspect liquor drunk, pill counts, a
toddler's heart or sugar pills, a fall out said by the floor, sleepy after a fall, something hot
over the body, a blow-like headache with a stiff neck, a face swollen with a hoarse voice or a
throat said closing, silent behind a locked door or found cold, Cantonese sinking, CPR and a
blade, a wish to die with the means at hand, a walk pulling to one side) said in other words than
any line of bench/, with near-misses that must not be raised (a meal gone cold, a door answered,
a child refused the pills, a flat gone downstairs, the means taken away, a boiler-room fever).
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
        # A cleaner named by its use, the bottle said between: drunk, a corrosive.
        ("我闺女把刷厕所的那瓶蓝水喝了一口,嘴里起泡了", "critical"),
        ("他把通马桶的那个药当水喝了,一直吐", "critical"),
        # Used to scrub, smelt or splashed: not drunk.
        ("拿刷马桶的药水刷完厕所,闻着呛,咳了两声,开窗好了", "routine"),
    ],
)
def test_a_cleaner_named_by_use_and_drunk(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A suspect liquor and the sight going since: methanol.
        ("我舅喝了人家自己兑的散装酒,早上起来眼前一片白", "critical"),
        ("他喝的假白酒,现在两只眼睛都看不清了", "critical"),
        # A fake liquor not drunk: nothing said of a patient.
        ("买了两瓶假酒还没喝,想问问去哪举报", "unknown"),
    ],
)
def test_a_suspect_liquor_with_the_sight_going(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Counts in the tens with 多 or in the hundreds.
        ("我爸把家里的降压药吃了七十多片", "critical"),
        ("她一下吞了两百粒安眠药", "critical"),
    ],
)
def test_pill_counts_in_the_tens_and_hundreds(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A toddler into pills that kill, named by illness or drug, aged in 周岁.
        ("孙女一周岁多,把她爷爷治高血压的药吃了一片", "critical"),
        ("孩子两周岁,咬了一颗二甲双胍", "critical"),
        # Pills kept away or refused: no taking.
        ("孩子三岁,要吃我的降糖药,我没给他", "unknown"),
        ("孩子两周岁,家里降压药都锁在柜子里,就是今天有点咳嗽", "routine"),
    ],
)
def test_a_toddler_into_pills_that_kill(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A fall out said by other verbs, the floor up to thirty.
        ("我妈在阳台晒被子一探身就掉了,我们家十四楼", "critical"),
        ("孩子从飘窗出溜下去了,我们住二十六层", "critical"),
        ("阿爷喺九楼个露台跌咗落去", "critical"),
        # Gone downstairs, or a thing dropped: no fall.
        ("我家住十二楼,孩子下楼去了半天没回来", "unknown"),
    ],
)
def test_a_fall_out_said_by_the_floor(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Sleepy since a fall.
        ("他早上从梯子上摔了,磕到头,到现在昏昏欲睡的", "critical"),
        # A night's sleep after a graze: no drowsiness.
        ("孩子下午摔了一跤擦破膝盖,晚上照常睡觉,早上活蹦乱跳", "routine"),
    ],
)
def test_sleepy_after_a_fall(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A pot or a boiler over the body.
        ("一锅刚烧开的羊汤扣在孩子身上,胸口肚子全红了", "critical"),
        ("车间锅炉爆了,工人浑身都烫了", "critical"),
        # A boiler-room worker's fever, drops of boiled water: no burn over the body.
        ("锅炉房的老王发烧了,浑身没劲", "urgent"),
        ("刚烧开的水溅到手背上几滴,红了一小块", "routine"),
    ],
)
def test_something_hot_over_the_body(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A headache like a blow, the pain said first, with a stiff neck.
        ("头痛得像被人用锤子敲了一下,脖颈子硬得转不动", "critical"),
        # A stiff neck from sleeping wrong: a crick.
        ("早上起来落枕了,脖颈子硬,别的没事", "routine"),
    ],
)
def test_a_blow_like_headache_with_a_stiff_neck(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A face swollen with a cracked voice; a throat said closing with words between.
        ("吃了芒果整个脸都肿了,说话声音都劈了", "critical"),
        ("输完液喉咙好像慢慢在合拢", "critical"),
        ("佢饮完药水,喉咙好似收窄咗", "critical"),
        # A shutter closed on someone: no throat.
        ("仓库的卷帘门关上了,我被关在里面", "unknown"),
    ],
)
def test_an_airway_closing_said_other_ways(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Silent behind a locked door; found stiff.
        ("我姐一个人住,门从里头锁着,拍门一直没人吱声", "critical"),
        ("爷爷早上没起床,一摸人都僵了", "critical"),
        # A meal gone cold; a door answered to the knock.
        ("汤都凉透了他还不回来吃饭", "unknown"),
        ("他门反锁着,敲了好一会儿他自己来开了,说就是有点拉肚子", "routine"),
    ],
)
def test_silent_behind_a_locked_door_or_found_cold(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Cantonese: sunk, CPR under way, a blade said between, blood over the floor.
        ("个后生仔喺泳池沉咗落水,捞上嚟唔识反应", "critical"),
        ("我哋而家轮流帮佢按紧心口", "critical"),
        ("佢喺门口畀人攞刀劈咗两下", "critical"),
        ("佢跌亲个头,成地都系血", "critical"),
    ],
)
def test_cantonese_sinking_cpr_and_a_blade(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A wish to die said other ways with the means at hand.
        ("他发微信说活腻了,绳子都挂好了", "critical"),
        ("她说不想再活了,刀片放在手边", "critical"),
        # The means taken away, or none at hand: sent, not critical.
        ("他说不想活了,家里的药都被我们收起来了,人在沙发上哭", "urgent"),
        ("她说不想活了,可身边啥都没有,就一直哭", "urgent"),
    ],
)
def test_a_wish_to_die_with_the_means_at_hand(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A walk pulling to one side mid-stride.
        ("我爸走着走着就往左边偏,自己控制不住", "critical"),
        # A sprain: the foot, not the balance.
        ("走着走着崴了一下脚,往一边歪了一下,现在能走", "routine"),
    ],
)
def test_a_walk_pulling_to_one_side(text: str, level: str) -> None:
    assert _level(text) == level
