"""Triage word families learned from the forty-first blind set's critical misses: a birth under
way said by the baby bearing down beside the waters or the pains, or by what came out said in a
piece of its own; not breathing in Minnan and Hakka; a wish to cut the wrist with a blade in
hand; a stroke in Hakka; a snake bite with blurred sight or a thick tongue; a toxic alcohol
with a changed mind, denied or not; roused only after long calling, or the same question asked
again and again after a fall; blood vomited heard as 雪; the tongue said wrong in pieces; a
scald over the whole body or with the clothes stuck; 不喘了 after a gas or a collapse — each
said here in other words than any line of bench/, with near-misses that must keep their level.
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
        ("她说肚子一阵紧一阵，宝宝一直往下坠，下面流水了", "critical"),
        ("俺闺女怀着孕，说娃直往下坠，裤子全湿了", "critical"),
        ("我……要生了……头……出来一些了……", "critical"),
        ("她要生了，已经出来一点了", "critical"),
        # A heaviness late in pregnancy, a stool that will not come.
        ("怀孕八个月，有点往下坠的感觉，不疼也没流水", "not critical"),
        ("老人好几天没大便，肚子往下坠，拉不出来", "not critical"),
    ],
)
def test_birth_bearing_down_or_coming_out(text: str, level: str) -> None:
    assert (_level(text) == "critical") == (level == "critical")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("阿公跋落去水沟，拖起来袂喘气矣", "critical"),
        ("涯阿婆倒在灶下，冇喘气了", "critical"),
        # Breathing said fine, a breath short.
        ("阮囝跋倒，手骨破皮，喘气攏正常", "not critical"),
    ],
)
def test_not_breathing_minnan_hakka(text: str, level: str) -> None:
    assert (_level(text) == "critical") == (level == "critical")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("伊提一支刀片佇手，讲欲割腕", "critical"),
        ("小弟拿着刀仔，讲欲割手", "critical"),
        ("佢拿把剪刀，话要割手，唔开门", "critical"),
        # A hand cut at the board, a sickle at work.
        ("切菜割到手了，口子不大，贴了创可贴", "not critical"),
        ("割稻仔镰刀割着手，流一点血", "not critical"),
    ],
)
def test_blade_held_wrist_threat(text: str, level: str) -> None:
    assert (_level(text) == "critical") == (level == "critical")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("涯阿叔食朝早个时候，突然讲毋清楚", "critical"),
        ("佢半边手擎毋起，头晕", "critical"),
        # A shoulder hurt in a fall, an old ear.
        ("涯跌倒了，肩头痛，手举毋起来", "not critical"),
        ("阿婆耳公听毋清楚，想挂个号", "not critical"),
    ],
)
def test_stroke_hakka(text: str, level: str) -> None:
    assert (_level(text) == "critical") == (level == "critical")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("佢分蛇咬着手，而今目珠朦朦个", "critical"),
        ("佢分蛇咬着手，而今讲话大舌，看东西重影", "critical"),
        # Only a swelling; a snake seen, no one bitten.
        ("被蛇咬了一口，手背肿了，精神挺好，说话正常", "not critical"),
        ("墙角有条蛇，没咬到人，能不能来个人抓", "not critical"),
    ],
)
def test_snake_bite_nerve_signs(text: str, level: str) -> None:
    assert (_level(text) == "critical") == (level == "critical")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("防冻液少了半瓶，他现在站都站不稳", "critical"),
        ("学徒偷喝了玻璃水，这会儿走路打晃，说话不清楚", "critical"),
        # Spilt, splashed or leaking.
        ("换防冻液的时候溅到手背上了，冲了水，不疼", "not critical"),
        ("车底下防冻液漏了，是绿色的，想问怎么处理", "not critical"),
    ],
)
def test_toxic_alcohol_changed_mind(text: str, level: str) -> None:
    assert (_level(text) == "critical") == (level == "critical")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("他从床上掉下来，拍他好半天才睁眼", "critical"),
        ("老太太摔了一跤，一个问题反复问，问了好多遍", "critical"),
        # Slow to get up in the morning; an old man's habit with no fall.
        ("儿子早上赖床，喊了半天才醒，问是不是缺觉", "not critical"),
        ("我妈年纪大了，同一件事问了好几遍，想约个记忆门诊", "not critical"),
    ],
)
def test_knock_with_a_changed_mind(text: str, level: str) -> None:
    assert (_level(text) == "critical") == (level == "critical")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("病人刚才呕雪呕了一大口脸发白", "critical"),
        ("我爸吐了半盆雪人都站不稳了", "critical"),
        # Snow eaten and sick.
        ("孩子在外面抓雪吃，吐了一次，现在玩得好好的", "not critical"),
    ],
)
def test_blood_vomited_heard_as_snow(text: str, level: str) -> None:
    assert (_level(text) == "critical") == (level == "critical")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我……舌头……不听使唤……左手……拿不住手机……", "critical"),
        ("老公……舌头……不对……手……拿不住手机……", "critical"),
        # A tongue bitten or scalded.
        ("吃饭把舌头咬了，有点不对劲，出了点血", "not critical"),
        ("喝汤舌头烫了，现在有点不灵", "not critical"),
    ],
)
def test_tongue_wrong_in_pieces(text: str, level: str) -> None:
    assert (_level(text) == "critical") == (level == "critical")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我……被开水……烫了……衣服……扒不下来……", "critical"),
        ("热油锅翻了，他被烫了，衣服粘在肉上脱不下来", "critical"),
        # A fever, clothes stuck with sweat, a finger splashed.
        ("孩子发烧浑身发烫，三十九度", "not critical"),
        ("干活出了一身汗，衣服粘在身上，有点头晕", "not critical"),
        ("开水溅到手指上烫了一下，红了一小块", "not critical"),
    ],
)
def test_clothes_stuck_to_a_scald(text: str, level: str) -> None:
    assert (_level(text) == "critical") == (level == "critical")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("仓库里一氧化碳泄漏，一个人倒在地上，已经不喘气了", "critical"),
        ("粪池里拉上来一个，这会儿不喘了", "critical"),
        # An asthma eased, a runner rested.
        ("孩子哮喘，喷了药，现在不喘了，能说话", "not critical"),
        ("爬了六楼喘得厉害，歇了一会儿不喘了", "not critical"),
    ],
)
def test_breath_stopped_after_gas(text: str, level: str) -> None:
    assert (_level(text) == "critical") == (level == "critical")
