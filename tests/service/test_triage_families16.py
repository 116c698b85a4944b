"""Triage word families and reading rules learned from the sixteenth blind set's misses, each
said here in other words than any line of bench/: a cord seen before the baby in lay words, a
birth said in pieces, a coal or charcoal fire in a closed room, 出气 for breathing, a fragment
flown into the eye, 光 ending a denial, a child brought out of the water, a blade still held with
a wound bleeding, a bump over a collarbone, a whole body scalded said loosely, speech lost all at
once, the head covered in blood, magnets swallowed, a stitch, a sunburn, a nick, a cut said not
deep; a nosebleed said stopped in one breath, a dose missed, a question about learning CPR, a
small fall that hurts a little, children scuffling, a low sugar eaten away, not lying flat for
days, unhurt after a brush, a papercut that bleeds a little; and the reading rule: a clause after
a taking back says what was meant of the part the clause taken back named (血不多，说错了，哗哗的).
"""

from __future__ import annotations

import pytest

from dispatch_intake.priority.service import load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


# --- under-triaged: critical -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # The cord seen before the baby, said as a string, a tube or a strap (MPDS card 24).
        "羊水破了以后，下面有一截像绳子的东西先露出来了",
        "快生了，下面耷拉出来一根管子",
        "怀孕九个月了，掉出来一根带子",
        # A birth under way said in pieces: labour in one, something out in another.
        "我媳妇要生了……在厕所……露出来了",
        "快生了……快来……孩子下来了",
        # A coal or charcoal fire in a closed room, and the people in it dizzy or down.
        "家里生煤火取暖，俺爹俺娘都晕了",
        "屋里生着炉子睡觉，俩人都头晕站不住",
        "他在屋里烤炭火，晕倒了",
        # 出气 for breathing, as said in the south-west and Henan.
        "卡了个果冻，出不了气",
        "老汉躺床上出不了气",
        # Brought out of the water by someone else.
        "孩子被救上来了，软软的",
        # A wish to die taken back while the blade is still held and a wound bleeds.
        "她说想开了，但刀片还攥着，胳膊上在淌血",
        "他说不闹了，可是玻璃片还攥着不撒手，胳膊上淌着血",
        # A scald over the whole body, said before the spilt water and a small child's age.
        "烫伤了浑身都是热汤，孩子一岁半",
        # Speech lost all at once, said without 话.
        "我姥爷吃着饭一下子不会说了",
        "我爸刚才打着电话，一下子说不了了",
        # The head covered in blood.
        "骑车摔了，一头的血",
        "孩子撞到桌角，满头的血",
        # A bleeding said small, taken back, then said by what it does.
        "血不多，说错了，哗哗的",
        "没怎么流血？不对，地上一大摊",
    ],
)
def test_critical_said_in_the_sixteenth_sets_ways(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    "text",
    [
        # A fragment or a spark flown into the eye, said before it.
        "电焊的焊渣崩进眼里了",
        "干活砂轮崩了一下，迸到眼睛里了",
        # 光 (only): what follows a denial is there (不喝水光哕 is a vomiting).
        "他有糖尿病，这两天不喝水光哕",
        "不光哕，还拉肚子",
        # A bump come up over a collarbone or a rib, after a knock or with none said.
        "打球撞了一下，锁骨那块拱起来了",
        "他锁骨这儿隆起来了",
        "肋骨那儿鼓了个包",
        # Magnets swallowed, however well the child looks.
        "孩子咽了两颗磁珠，看着没事",
        "小孩把吸铁石咽下去了",
    ],
)
def test_urgent_said_in_the_sixteenth_sets_ways(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        # A stitch in the side, a sunburn, a nick: everyday (MPDS card 26).
        "跑步岔了气，歇会儿好了",
        "去海边晒伤了",
        "手划破了点，没事",
        # A cut said not deep, or asked about stitches.
        "我手割破了，口子不算深，想问下需不需要缝",
        "胳膊划破了，挺浅的",
    ],
)
def test_a_minor_complaint_is_routine_not_unknown(text: str) -> None:
    assert _level(text) == "routine"


# --- near misses: the same words that must not change level ---------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A strap or a string with no labour is nobody's sign.
        ("书包带子掉出来了", "unknown"),
        # A labour with the waters or the family coming out is still a labour.
        ("要生了，羊水出来了", "urgent"),
        ("要生了，我们已经出来了在路上", "urgent"),
        # 出气 as venting anger.
        ("他气得不行，拿孩子出气", "unknown"),
        # Grit or water in the eye is not a fragment.
        ("眼睛里进了沙子", "routine"),
        ("洗头水溅到眼睛了", "routine"),
        # A knife in use in the kitchen is not a means held ready.
        ("拿着刀切菜，划了个口子流血了", "urgent"),
        # A bump on a hand or a knee is a sting's or a knock's.
        ("手背上鼓了个包", "routine"),
        ("膝盖磕了一下鼓了个包", "routine"),
        # A toddler who does not talk yet.
        ("孩子两岁了还不会说", "unknown"),
        # Magnets bought, not swallowed.
        ("买了一盒磁力珠给孩子玩", "unknown"),
        # A cut said not deep that goes on bleeding is read by the bleeding.
        ("手割破了，不太深，可血一直往外冒", "critical"),
        # A taking back that corrects only which hand takes back no amount.
        ("没流多少血，不对，是左手", "routine"),
    ],
)
def test_near_misses_of_the_sixteenth_sets_families_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level


# --- over-triaged ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A nosebleed said stopped in one breath.
        ("流鼻血不流了", "routine"),
        ("鼻子出血已经不流了", "routine"),
        # A dose missed is not a dose taken.
        ("上周漏吃了两回降糖药，这会儿测血糖正常", "routine"),
        ("忘了吃降压药，想问问补不补", "routine"),
        # A question about learning CPR is not a call about a patient.
        ("想打听一下学心肺复苏去哪报名", "unknown"),
        # A small fall that hurts a little.
        ("在家滑了一下有点痛，能走路", "routine"),
        # Children scuffling, with a graze.
        ("和同桌打闹，膝盖磕破了", "routine"),
        # A low sugar eaten away.
        ("血糖低，喝了杯糖水就好了，现在正常了", "routine"),
        # Not lying flat for days, the ankles swollen: a heart failure worsening.
        ("这些天脚脖子都肿了，晚上躺不平", "urgent"),
        # Unhurt after a vehicle's brush.
        ("骑车被电动车剐了一下，人一点没伤到", "routine"),
        # A papercut or a scratch that bleeds a little.
        ("翻书叫纸割了个口子，流了点血", "routine"),
        ("叫树枝划了一下，出血了", "routine"),
    ],
)
def test_over_triage_of_the_sixteenth_set_is_lowered(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A nosebleed that will not stop is still sent.
        ("流鼻血止不住", "urgent"),
        # CPR under way is an arrest, whoever learned it.
        ("他不喘气了，我正在做心肺复苏", "critical"),
        # A fight that knocks a child out is more than a scuffle.
        ("跟同学打架，被打晕了", "urgent"),
        # Sugar taken and still muddled is not well: a low sugar with a changed mind, critical
        # (as a low reading in digits with one is).
        ("血糖低，喝了糖水还是说胡话", "critical"),
        # A breath said to fail, or not lying flat all at once, stays critical.
        ("这几天躺不下，喘不上气", "critical"),
        ("突然躺不平了，喘不上气", "critical"),
        # Unhurt said beside a faint is not unhurt.
        ("被车碰了一下，人没伤着，就是头晕过去了", "critical"),
        # A papercut that bleeds without stopping is read by the bleeding.
        ("被纸割了，血一直往外冒", "critical"),
        # A knife's cut is not a papercut.
        ("被玻璃划了一下，流血了", "urgent"),
    ],
)
def test_near_misses_of_the_over_triaged_families_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level
