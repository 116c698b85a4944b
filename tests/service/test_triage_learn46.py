"""Triage word families learned from the forty-sixth blind set's misses (old people living
alone and calls made at a distance): a snore heard after a sudden collapse; a faint still lying
in a bathroom; someone seen down from outside a shut home; a breath in bursts after a faint; no
answer said with Henan 木; only a moan on the phone; smoke in the home with no way out; a worn
alarm the wearer does not answer; and, kept lower, bedridden said of who the patient is, a watch
that set off its own alarm, a head only said unhurt beside a pain, a phone dialled at random and
Henan 木 for 没 in a minor complaint; then a dialysis fistula gone still, neither eating nor
drinking for days, constipation said with Henan 解手 and another hospital asked for — each
said here in other words than any line of bench/, with near-misses that must keep their level.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("姑父吃着饭一下子倒下去了，嗓子里呼噜声很大", "critical"),
        ("大娘在菜地里晕倒了，我们跑过去她在打鼾", "critical"),
        # A sleeper's snore, asked about.
        ("我家老头睡着了打呼噜，平时就这样，想问问要不要紧", "not critical"),
    ],
)
def test_snore_after_a_collapse(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("奶奶晕在浴室里，手里还拿着毛巾", "critical"),
        ("我婶子晕在洗手间，门从里面锁着", "critical"),
        # Dizzy in the bathroom and come out talking.
        ("洗澡水太热了有点晕，出来喝了口水好多了", "not critical"),
    ],
)
def test_faint_still_in_a_bathroom(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("社区网格员隔着玻璃瞧见老爷子倒在地板上了", "critical"),
        ("快递员说从窗缝里看到屋里有个人躺地下", "critical"),
        # Seen down and awake, waving: a fall read by itself.
        ("隔着窗子看见姑奶奶躺在地上，她朝我摆手", "not critical"),
        # Knocked and not answered, nobody seen down.
        ("敲了好几回门都没人开，不知道人在不在家", "not critical"),
    ],
)
def test_seen_down_from_outside(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("二姨昏倒了，呼吸一阵急一阵慢", "critical"),
        ("他晕倒了，这会儿喘得好怪", "critical"),
        # A cough in bouts, the breath said normal; an asthma that comes in bouts, eased.
        ("奶奶咳嗽一阵一阵的，呼吸顺畅，能吃饭", "not critical"),
        ("闺女的哮喘一阵一阵地犯，喷了药缓过来了", "not critical"),
    ],
)
def test_breath_in_bursts(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("俺大伯躺床上，拍拍他木有回应", "critical"),
        ("俺嫂子歪沙发上了，喊她木吭声", "critical"),
        # 木 as numb, the patient talking; numb (麻木) before 应该.
        ("俺爷脚底下有点木，能说能笑", "not critical"),
        ("叫他手麻木应该咋办", "not critical"),
    ],
)
def test_no_answer_said_with_henan_mu(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("视频里光听到他哼，别的啥也没说", "critical"),
        ("打给俺爹，那头讲不成话，就是喘", "critical"),
        # Moaning with pain from a patient who talks.
        ("我姥姥牙疼得直哼哼，说话挺清楚的", "not critical"),
    ],
)
def test_only_a_moan_on_the_phone(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("着了以后一屋子的烟，我外公困在卧室里", "critical"),
        ("邻居说楼上冒烟了，老太太一个人在家下不来", "critical"),
        # Cooking smoke, nobody trapped.
        ("锅烧干了满屋子油烟，开窗散了，没人难受", "not critical"),
    ],
)
def test_smoke_with_no_way_out(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("养老院系统显示李大爷的呼救器报警了，打他电话都不接", "critical"),
        ("姥姥的手环刚才报警，视频电话也不接", "critical"),
        ("老爷子电话一直不接，他那个手环也报警了", "critical"),
        # A car's alarm: no wearer.
        ("楼下车报警了，打电话车主不接", "not critical"),
        # The wearer answered and is well.
        ("手环报警了，打过去我妈接了，说是洗碗的时候碰了一下手环，人没事", "not urgent"),
    ],
)
def test_alarm_the_wearer_does_not_answer(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("长期卧床的俺娘，瘫在床上七八年了，想约车去县医院", "not urgent"),
        ("把瘫在床上的老爷子送去复查", "not urgent"),
        # Gone limp on the bed now and not answering; 的 ending the clause, slumped there now.
        ("我妈刚才突然瘫在床上，叫她也不应", "critical"),
        ("俺姑瘫在床上的，一动不动", "critical"),
    ],
)
def test_bedridden_said_of_who_the_patient_is(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("奶奶摔了一跤，爬不起来，膝盖疼，头没磕着", "urgent"),
        ("老太太摔地上起不来了，屁股疼，脑袋没磕着", "urgent"),
        # Unhurt all over: a lift assist.
        ("老头在屋里摔了，没摔伤，扶起来就行", "routine"),
    ],
)
def test_head_only_said_unhurt(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("打错了，这电话是小孙子乱打的", "unknown"),
        ("表报了个摔倒，一问是孙子把手表掉地上了，老人好好的", "not urgent"),
        # A watch that came off in the wearer's own fall.
        ("老人摔倒了，手表掉了，腿疼起不来", "urgent"),
        ("胳膊上撞了块青，不疼，问问用不用擦药", "routine"),
        ("脚上划了个口子，包上以后木再流血了", "routine"),
    ],
)
def test_lower_levels_kept(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我舅的造瘘那儿今天摸不着跳了，后天才透析", "urgent"),
        ("老太太两天滴水不进，一直躺在炕上", "urgent"),
        ("俺公公解不下手快一个礼拜了，吃饭还中", "routine"),
        ("俺爹住院住得挺好，就是想换一家医院", "routine"),
        # A booked dialysis ride: not a fistula gone still.
        ("透析做完了，想约个车回家", "routine"),
    ],
)
def test_remaining_families(text: str, level: str) -> None:
    assert_level(text, level)
