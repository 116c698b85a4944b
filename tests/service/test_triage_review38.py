"""Triage word families of holdout38's learning, second-reviewed: a deep burn by its look, a
blade taken up by a threat said in other words, a poison drunk in Cantonese and froth said white,
a person pinned under a wheel said first, a Cantonese voice gone hoarse beside hives, a low sugar
said in words beside a changed mind, a collapse said place-first, cold after hours out in other
words, weakness said with words between, not knowing people in Cantonese, a bite's mark — in
other dialects, other word orders and other words than the learning's own, with near-misses
that must keep their level.
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
        # A burn gone white, waxy or hard over the trunk or a limb, said after the burn or in
        # its own clause: a deep burn however little it hurts.
        ("烫伤的地方发白，一点都不疼，整个后背都是", "critical"),
        ("佢俾滚油淋到成只手臂，皮变晒白色，唔识痛", "critical"),
        ("着火烧的，胸口和肚子的皮烧得发黑发硬", "critical"),
        ("俺娃胳膊跟胸口叫开水烫得煞白，摸着硬邦邦的", "critical"),
        ("开水泼到肚子上，那一片皮都变白了，摸着硬硬的", "critical"),
        ("烧伤的是两条腿，皮肤发白发硬，他说不怎么疼", "critical"),
        # A small white scald, a blister, skin soaked white or a heel's callus: not that.
        ("烫了一小块，铜钱那么大，发白，不怎么疼", "routine"),
        ("手指头烫了一下，起了个小白泡，有点疼", "routine"),
        ("手背被烟头烫了一下，发白一个小点", "routine"),
        ("脚后跟的皮发白发硬，干裂，想问挂什么科", "routine"),
    ],
)
def test_a_deep_burn_by_its_look_in_other_words(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A blade taken up in Cantonese (揸起, 执起) beside a wish, and a threat to die "for them
        # to see" beside a blade.
        ("佢揸起把刀话想死", "critical"),
        ("佢执起把剪刀，话唔想活啦", "critical"),
        ("我儿子拿起水果刀说要死给我们看", "critical"),
        ("她拿着刀片说死给你看", "critical"),
        # A threat to die for them to see with no means is a threat: urgent.
        ("她跟她男人吵架，说要死给他看", "urgent"),
        # A blade taken up to cut or peel.
        ("佢揸起把刀切菜，𠝹到手指，流咗少少血", "routine"),
    ],
)
def test_a_blade_taken_up_beside_a_threat_in_other_words(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A poison drunk in Cantonese with 饮咗 or 食咗 before it, and froth said white.
        ("佢饮咗成樽农药", "critical"),
        ("阿公饮咗半支敌敌畏", "critical"),
        ("佢食咗老鼠药", "critical"),
        ("佢饮咗成支消毒水，而家叫唔应", "critical"),
        ("他倒在地上，口冒白泡", "critical"),
        ("人抽过去了，嘴里吐白泡", "critical"),
        # A baby's bubbles, a drink that is no poison.
        ("宝宝嘴里吐泡泡，口水多，在长牙", "routine"),
        ("宝宝嘴里冒泡泡，咳嗽两天了", "routine"),
        ("佢饮咗好多酒，头有啲晕，自己行得", "routine"),
    ],
)
def test_a_poison_drunk_in_cantonese_and_froth_said_white(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The wheel said first and what it does to the person after (后轮子压牢了, 轱辘压住了).
        ("阿拉爷叔被卡车后轮子压牢了", "critical"),
        ("俺爹让拖拉机的后轱辘压住了", "critical"),
        ("一个小孩被渣土车的车轮碾了", "critical"),
        ("佢畀泥头车个车辘压住咗", "critical"),
        # A bicycle's wheel over a foot is a limb's injury, sent; a finger caught is the finger's.
        ("自行车轮子压了一下他的脚，有点红，能走", "urgent"),
        ("三轮车轮子压到了脚趾头，肿了", "urgent"),
    ],
)
def test_a_person_pinned_by_a_wheel_said_first(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A voice gone all hoarse in Cantonese (把声都沙晒) beside hives after a food or a sting.
        ("佢食咗花生，成身起风癞，把声都沙晒", "critical"),
        ("佢俾黄蜂叮咗，周身起风癞，声都沙晒", "critical"),
        # Hoarse with a cold, or hives with the breath and the voice normal.
        ("佢感冒咗，声沙，流鼻水", "routine"),
        ("食咗虾成身起风癞，好痕，呼吸冇问题，讲嘢正常", "urgent"),
    ],
)
def test_a_voice_gone_hoarse_beside_hives_in_cantonese(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A sugar said low in words, or not to come up, beside a changed mind: the brain short
        # of sugar, as a low reading in digits.
        ("血糖低得很，吃了糖也上不来，人开始糊涂了", "critical"),
        ("他血糖又低了，现在说胡话", "critical"),
        ("血糖一直上不去，人迷迷糊糊的", "critical"),
        # Low and alert, or high with a muddle: as before.
        ("血糖有点低，人清醒，出冷汗", "urgent"),
        ("血糖偏低，吃了块糖好了", "routine"),
    ],
)
def test_a_low_sugar_in_words_beside_a_changed_mind(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A person collapsed, the place said first with words between (在路边上倒了一个人).
        ("在路边上倒了一个人", "urgent"),
        ("在街上倒了个老头", "urgent"),
        # A tree, a load, a bike fallen where a person might: no patient.
        ("在路边倒了一棵树，挡住路了", "unknown"),
        ("在路上倒了一车沙子", "unknown"),
        ("在马路上倒了一排共享单车", "unknown"),
    ],
)
def test_a_collapse_said_place_first_is_a_person(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Hours counted out (五六个小时) or a whole night in Cantonese (成晚) out in the cold, and
        # the body cold or shivering since.
        ("老人走丢了在外面待了五六个小时，找到的时候冻得发抖", "urgent"),
        ("佢喺街度瞓咗成晚，成身冻冰冰，震到停唔到", "urgent"),
        ("在桥洞底下待了三四个小时，身上冰凉，直哆嗦", "urgent"),
        # A night of work or a fever's shiver, or hours indoors with nothing cold said.
        ("发烧了一晚上，浑身发抖", "urgent"),
        ("打了五六个小时麻将，有点累", "routine"),
    ],
)
def test_cold_after_hours_out_in_other_words(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Weak all over with a word between (规身躯软软无力, 全身都没力气).
        ("阮老母规身躯软软无力，袂食", "urgent"),
        ("我妈全身都没力气，起不来床", "urgent"),
        # A little weak, still at work.
        ("有点乏力，不想吃饭，还能上班", "routine"),
    ],
)
def test_weak_all_over_with_words_between(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Not knowing people in Cantonese (唔认得人, 认唔到人): as 不认人.
        ("佢突然唔认得人", "critical"),
        ("阿嫲忽然认唔到人", "critical"),
        ("阿爷讲嘢乱晒，唔认得人", "urgent"),
        # A shy baby, or a dementia long known and a visit booked.
        ("小孩子认生，不认人，见人就哭", "unknown"),
        ("老年痴呆好几年了，平时就不认人，约了明天复查", "routine"),
    ],
)
def test_not_knowing_people_in_cantonese_and_its_near_misses(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A bite that left only a mark (一个红印, 没咬破): minor.
        ("被邻居家狗咬了一下，腿上一个红印，没咬破", "routine"),
        ("狗咬了一口，没有咬破，就一个红印", "routine"),
        # A bite that broke the skin, a hanging's mark.
        ("被狗咬了，咬出好几个血洞，一直在流血", "urgent"),
        ("脖子上一道红印，上吊被救下来了，叫不醒", "critical"),
    ],
)
def test_a_bite_that_left_only_a_mark(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A pain drawn in with the breath, pulling or stabbing (一吸气就扯着疼): the chest's.
        ("左边一吸气就扯着疼，咳嗽也疼", "urgent"),
        ("右边吸气就扎着疼，两天了", "urgent"),
        # A cough alone.
        ("咳嗽两天了，嗓子有点疼", "routine"),
    ],
)
def test_a_pain_pulled_or_stabbing_on_breathing_in(text: str, level: str) -> None:
    assert _level(text) == level
