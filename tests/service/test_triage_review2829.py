"""Where the rules learned from the twenty-eighth and twenty-ninth blind sets reached too far or
not far enough, said here in other words than any line of bench/, each beside a near-miss that
keeps its level.
"""

from __future__ import annotations

import pytest

from dispatch_intake.priority.service import load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


@pytest.mark.parametrize(
    ("text", "expected", "near_miss", "near_level"),
    [
        # A fit explains the waking after it, not a dizziness beside a wound that goes on bleeding.
        (
            "他抽风抽完了，胳膊上磕开个口子一直在流血，头晕得站不住",
            "critical",
            "刚才抽了一阵停了，醒过来了，小腿被碎瓷片划开一道小口子，在渗血",
            "urgent",
        ),
        # Blood in the urine does not hide a wound's haemorrhage said beside it.
        (
            "我公公小便带血好久了，今天锯木头锯到腿了，血往外冒，按不住",
            "critical",
            "撒尿带血，尿了好多，一股一股的",
            "urgent",
        ),
        # A slight bleed from below with a dizziness or a pale face is a haemorrhage in shock.
        (
            "怀孕五个月，下面见了点血，现在头晕心慌",
            "critical",
            "怀孕五个月，下面见了点血，肚子不疼，人挺好",
            "urgent",
        ),
        (
            "怀孕四个月，下面出了点血，脸白得像纸",
            "critical",
            "怀孕五个月，下面见了点血，肚子不疼，人挺好",
            "urgent",
        ),
    ],
)
def test_a_bleed_beside_what_explained_it_away_is_read_as_said(
    text: str, expected: str, near_miss: str, near_level: str
) -> None:
    assert _level(text) == expected
    assert _level(near_miss) == near_level


@pytest.mark.parametrize(
    ("text", "near_miss"),
    [
        # A regimen named does not switch off a poison taken today, nor deny what follows it.
        ("我婆婆平常吃降糖药，刚才喝了敌百虫", "我外公每天得吃好几种药，今天就是腰有点酸"),
        ("一天得吃好几种药的人，今天一口气吃了大半瓶", "我外公每天得吃好几种药，今天就是腰有点酸"),
        # A weed killer sprayed does not hide a drink of it in the same breath.
        ("喷敌草快时他把壶里的药喝了两口", "他下午在田里喷了敌草快，收工回来就是有点累"),
        ("打百草枯时他把桶里剩下的药喝掉了", "他下午在田里喷了敌草快，收工回来就是有点累"),
        # A weed killer's name heard wrong but its use said (除草那种) is what was drunk.
        ("俺爹喝了白造骨，就是打草那个药", "他下午在田里喷了敌草快，收工回来就是有点累"),
    ],
)
def test_a_poison_taken_beside_a_regimen_or_a_spraying_is_critical(
    text: str, near_miss: str
) -> None:
    assert _level(text) == "critical"
    assert _level(near_miss) == "routine"


@pytest.mark.parametrize(
    ("text", "near_miss"),
    [
        # A straw mushroom eaten, a farm named: not 百草枯 heard with gu for ku.
        ("中午吃了白草菇，下午拉了两回肚子", "他把半瓶白草菇喝了"),
        ("在百草谷吃农家饭，手被烫了一下，有点红", "他把半瓶白草菇喝了"),
    ],
)
def test_a_mushroom_or_a_place_is_no_weed_killer_unless_drunk(text: str, near_miss: str) -> None:
    assert _level(text) == "routine"
    assert _level(near_miss) == "critical"


@pytest.mark.parametrize(
    ("text", "near_miss", "near_level"),
    [
        # Someone went in after the thing dropped in the water.
        ("充电宝掉池子里了，我弟跳进去捞，到现在没浮上来", "充电宝掉池子里了，还能用吗", "unknown"),
        # 一直不灵便 since last night is a stroke now; after a bleed years ago it is history.
        (
            "我妈从昨天夜里开始右半边身子一直不灵便",
            "我妈脑出血后左边胳膊腿一直不灵便，想叫个车去复查",
            "routine",
        ),
        # A toothache that went before speech gone all at once; a face swollen round the tooth.
        (
            "我爸牙痛了好几天，今天中午突然讲话讲不清了",
            "牙痛得半边脸都肿了，讲话有点不清楚",
            "routine",
        ),
        # A hand that feels nothing after a shock; a patient who feels nothing after pills.
        ("触电了，手现在没什么感觉", "吃了十几片感冒药，现在没什么感觉", "urgent"),
        # A heart's flare said over with a cold sweat still on.
        (
            "冠心病又犯了，歇了一会儿就好了，可他还是一头的冷汗",
            "我爸冠心病，刚才胸口闷了一阵，吃了药五分钟就好了，现在说话走路都正常",
            "urgent",
        ),
    ],
)
def test_what_the_learning_read_as_harmless_is_critical_when_said_so(
    text: str, near_miss: str, near_level: str
) -> None:
    assert _level(text) == "critical"
    assert _level(near_miss) == near_level


@pytest.mark.parametrize(
    ("text", "near_miss"),
    [
        # A relative's comfort or a hope is not the fit's end.
        ("一直在抽，家里人说没事了", "抽了半分钟就停了，现在醒着，认得人"),
        ("抽得停不下来，老人说等会儿就好了", "抽了半分钟就停了，现在醒着，认得人"),
        ("浑身发硬在抽，应该过会儿就好了吧", "抽了半分钟就停了，现在醒着，认得人"),
        # A fit of minutes, or the fourth tonight, is not ended by the waking after it.
        ("孩子发烧抽了七八分钟才停，抽罢醒了", "孩子发烧抽了几秒钟就停了，抽完醒了"),
        ("一晚上抽了四次了，这回抽完醒了", "今天抽了好几次血，现在头晕"),
    ],
)
def test_a_fit_that_goes_on_lasted_long_or_came_again_stays_critical(
    text: str, near_miss: str
) -> None:
    assert _level(text) == "critical"
    assert _level(near_miss) == "urgent"


@pytest.mark.parametrize(
    ("text", "near_miss", "near_level"),
    [
        # A knock said as it happened, tender where struck; a crash's chest is read as said.
        (
            "打篮球胸口被人撞了一下，按着有点疼，别的都好",
            "骑电动车撞到树上了，胸口一按就疼",
            "critical",
        ),
    ],
)
def test_a_chest_knocked_at_play_is_routine(text: str, near_miss: str, near_level: str) -> None:
    assert _level(text) == "routine"
    assert _level(near_miss) == near_level


@pytest.mark.parametrize(
    ("text", "near_miss"),
    [
        # A spray splashed into the eye is sent; the spraying alone is a day's work.
        (
            "给麦子打药的时候，药液溅到眼睛里了，睁不开",
            "他下午在田里喷了敌草快，收工回来就是有点累",
        ),
    ],
)
def test_a_spray_in_the_eye_is_urgent(text: str, near_miss: str) -> None:
    assert _level(text) == "urgent"
    assert _level(near_miss) == "routine"
