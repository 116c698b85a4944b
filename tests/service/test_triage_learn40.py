"""Triage word families learned from the fortieth blind set's misses: a breath likened to a snore
or a snore after a blow to the head; a breath that comes and goes said by its sounds; one breath
left; a fuel gas let loose behind a shut door; the baby's head pushed out; a burnt airway after a
fire; a newborn who does not cry; water breathed in and a cough that goes on; a nail bruised by a
pinch; a nosebleed stopped with the nose and the blood apart, and 淌 heard as 烫; 蔫了 and 量了
heard as 人凉了; 头 inside a word that names no head; a caller only uneasy; a sting that left a
dot; heat illness with a dizziness; a break said after the pain in a clause of its own; a tooth
come out with no blow; a limb's cramp over; a jab's arm sore; a fallen child running again —
each said here in other words than any line of bench/, with near-misses that must keep their
level.
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
        # The likeness said before the breath.
        ("他被钢管砸了头，躺着跟打呼噜一样喘气", "critical"),
        ("老头摔了一跤，出气像打鼾似的", "critical"),
        # A snore in one struck on the head and lying there.
        ("他后脑勺着地以后，躺着打起呼噜来了", "critical"),
        # Snoring in sleep, after a knock or not.
        ("我爸晚上打呼噜打得很响，能不能挂个号", "routine"),
        ("头撞了一下门框，有个包，晚上睡觉还是打呼噜", "urgent"),
    ],
)
def test_breath_likened_to_a_snore(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我外公躺在床上，出气一声有一声没的", "critical"),
        ("她呼吸有一声冇一声", "critical"),
        # A cough so, a tap dripping.
        ("咳嗽有一声没一声的，吃饭睡觉都正常", "routine"),
        ("水龙头有一声没一声地滴水，吵得睡不着", "routine"),
    ],
)
def test_breath_comes_and_goes_by_sound(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("工地上砸着一个人，抬出来只剩一口气", "critical"),
        ("老人家就剩下半口气了，你们快点", "critical"),
        # At one go; a caller worn out.
        ("我一口气爬到六楼，腿有点酸", "routine"),
        ("熬了一宿夜，累得只剩一口气了", "routine"),
    ],
)
def test_one_breath_left(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我爸把门反锁了，在里面开着燃气，叫他不应声", "critical"),
        ("她把自己关在屋里，天然气开着，不让我们管", "critical"),
        # A shut door alone; a gas stove to be mended.
        ("老人关着门在屋里看电视，叫他不开门", "unknown"),
        ("天然气打不着，想问问找谁修", "unknown"),
        # Pills or a nap behind a shut door.
        ("他把药吃了，关上门睡觉了", "unknown"),
    ],
)
def test_gas_let_loose_behind_a_shut_door(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("宫缩一阵比一阵紧，宝宝的头已经冒出来了", "critical"),
        ("破水了，孩子头都钻出来一点了", "critical"),
        ("羊水破了，头已经挤出来一点了", "critical"),
        # A bump on a child's crown.
        ("孩子摔了一跤，头顶起了个包", "urgent"),
    ],
)
def test_head_pushed_out(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("他从失火的房子里爬出来的，嗓子哑了，鼻孔里黑乎乎的", "critical"),
        ("火场里背出来一个老太太，咳的痰是黑的", "critical"),
        ("我家起火，我吸了很多烟，现在说话嘶哑", "critical"),
        # A cold's voice; a barbecue's soot; a burnt pot's smoke.
        ("嗓子哑了两天，有点咳嗽", "routine"),
        ("烧烤的时候脸上熏得黑乎乎的，问问哪里能洗澡", "unknown"),
    ],
)
def test_airway_burnt_in_a_fire(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("孩子生下来一声都不哭，浑身发软", "critical"),
        ("刚生下的娃不哭，脸发青", "critical"),
        # A newborn's soft crown, a question of feeding.
        ("刚生的孩子头顶软软的，正常吗", "unknown"),
        ("刚生的孩子，我不懂怎么喂奶", "unknown"),
    ],
)
def test_newborn_not_crying(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("小孩在水库边玩呛了好几口水，拉上来一直在咳", "urgent"),
        ("在泳池里呛水了，现在咳个不停", "urgent"),
        # Over at once; quiet or blue after it.
        ("游泳呛了口水，咳了两下就好了，现在好好的", "routine"),
        ("孩子呛了水，捞上来不哭也不动", "critical"),
    ],
)
def test_water_breathed_in_coughing(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("手指头被锤子砸了一下，指甲发黑，手指能动", "routine"),
        ("抽屉夹着手了，指甲有点紫，不怎么疼", "routine"),
        # Blue nails beside a breath that fails.
        ("老太太指甲发紫，喘不过气来", "critical"),
    ],
)
def test_nail_bruised_by_a_pinch(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("鼻子流了些血，仰头一会儿就止住了", "routine"),
        ("手指头淌了点血，贴上创可贴已经不流了", "routine"),
        # Will not stop.
        ("鼻子出血，捏了二十分钟还止不住", "urgent"),
    ],
)
def test_nosebleed_stopped_said_apart(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我爷爷吐了两天，整个人蔫了", "urgent"),
        ("给老人量了血压，一百五", "routine"),
        # Found cold is still found cold.
        ("进屋一看，老人已经凉了", "critical"),
    ],
)
def test_words_heard_as_found_cold(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("膝头碰破了一点皮", "routine"),
        ("榔头砸到脚趾了，青了一块，能走路", "routine"),
        # A needle's prick, read as 针扎了一下 is — no chest stabbed.
        ("缝衣服的针头扎了一下", "urgent"),
        # The head itself.
        ("额头撞到门上，破了个口子", "urgent"),
    ],
)
def test_head_inside_another_word(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("喝了一口过期的牛奶，人一点反应都没有，就是心里不放心", "routine"),
        ("她一点反应都没有，只是担心，想问问", "routine"),
        # Called, or found down.
        ("叫她一点反应都没有，我就是不放心", "critical"),
        ("他倒在地上一点反应都没有，我有点不放心", "critical"),
        ("他晕过去了，我就是担心", "critical"),
        ("老人昏迷了，叫不醒，心里不踏实", "critical"),
    ],
)
def test_only_uneasy(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("叫蜂子蜇了，就一个小点，不疼", "routine"),
        ("被蜜蜂叮了一下，也不肿", "routine"),
        # A sting beside a tight throat.
        ("蜜蜂蜇了，就一个红点，可是嗓子发紧，说话费劲", "critical"),
    ],
)
def test_sting_left_a_dot(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我妈在厨房热得中暑了，头晕，恶心", "urgent"),
        # With a changed mind, or a coal fire's fumes.
        ("中暑了，说胡话，认不得人", "critical"),
        ("烧蜂窝煤的屋里，两个人都头晕起不来了", "critical"),
    ],
)
def test_heat_illness_named(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("他的胳膊，疼得很，可能断了", "urgent"),
        ("他的脚，有点疼，好像断了", "urgent"),
        ("我的手，疼，断了", "urgent"),
        # A break denied.
        ("他的胳膊，有点疼，没断", "routine"),
    ],
)
def test_break_said_after_the_pain(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我爷爷的大牙掉了一颗，有点血", "routine"),
        # A blow said anywhere in the call.
        ("打架被人打了，门牙掉了一颗", "urgent"),
        ("骑电动车摔的，一个牙掉了，嘴里都是血", "urgent"),
    ],
)
def test_tooth_out_with_no_blow(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("打完篮球腿肚子抽筋，现在缓过来了", "routine"),
        # A feverish child's 抽筋 is a fit.
        ("孩子高烧抽筋，现在缓过来了", "urgent"),
    ],
)
def test_limb_cramp_over(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("打了流感疫苗，胳膊发酸", "routine"),
        ("昨天打的预防针，今天胳膊有点胀", "routine"),
    ],
)
def test_vaccine_arm_sore(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("刚才打过电话，那个摔了的孩子现在能蹦能跳了", "routine"),
        # Drowsy and vomiting on the second call.
        ("刚才摔了的那个孩子，现在吐了，叫他也不怎么理", "critical"),
    ],
)
def test_fallen_child_running_again(text: str, level: str) -> None:
    assert _level(text) == level
