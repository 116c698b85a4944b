"""Triage word families learned from the fiftieth blind set's misses (how the words arrive:
county dialects, old people and children calling, broken Mandarin and English mixed in, relayed
and typed calls, lines cutting out): a fume other than a fuel gas with people gone down in it —
each said here in other words than any line of bench/, with near-misses that must keep their
level.
"""

from __future__ import annotations

import pytest

from .triage_levels import SHIPPED, assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("下水道井口一股怪味，下去修管子的师傅晕倒在下面了", "critical"),
        ("车间里氨气管子漏了，有个工人倒地上起不来", "critical"),
        ("储藏室里味道很冲，进去一看我婆婆倒在里面", "critical"),
        # A smell with nobody down; something tipped out.
        ("楼下一股刺鼻的味，我们都好好的", "not critical"),
        ("垃圾桶有股怪味，我把垃圾倒了", "not critical"),
    ],
)
def test_people_down_in_a_fume_other_than_a_fuel_gas(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("楼上那个老外一直喊 I cannot breathe，脸憋得通红", "critical"),
        ("留学生说他 chest pains，衣服都汗湿了", "critical"),
        ("我朋友 passed out 了，在酒吧门口", "critical"),
        ("导游说那个游客 not breathing，快来", "critical"),
        # English that names no complaint; a small hurt said in English.
        ("Sorry, wrong number，不好意思", "unknown"),
        ("my finger 划了一下，a small cut", "not critical"),
    ],
)
def test_a_complaint_said_in_english_words(text: str, level: str) -> None:
    assert_level(text, level)


def test_latin_words_said_together_are_one_phrase() -> None:
    clauses = SHIPPED.reader.clauses("他说 can't breathe，chest pain")
    joined = ["他说", "can\u02bct\u02bcbreathe", "chest\u02bcpain"]
    assert [clause.text for clause in clauses] == joined


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我儿子喉咙里头一下肿得厉害，口水顺着嘴角往外流", "critical"),
        ("闺女嗓子眼突然肿起来，哈喇子淌了一下巴", "critical"),
        # Drooling alone; an object stuck, said able to speak; a sore throat of a cold.
        ("宝宝这几天老流口水，是不是要出牙了", "not critical"),
        ("枣核卡在喉咙那了，能说话，口水往外流", "not critical"),
        ("嗓子有点肿，吃东西有点疼", "not critical"),
    ],
)
def test_a_throat_said_swollen_with_the_saliva_running_out(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("小腿上砍了个很深的口子，血还在往下滴", "critical"),
        ("胳膊让铁皮拉开了，口子老深，血滴个不停", "critical"),
        ("他说是不小心割的，伤口好深，血嘀嘀嗒嗒的", "critical"),
        # Dripping from a shallow cut is sent, not lights and sirens; a nose; drops that stopped.
        ("手背蹭破了，血一直在滴", "urgent"),
        ("鼻子出血，一直往下滴", "not critical"),
        ("刮胡子刮破了，滴了两滴血就好了", "not critical"),
    ],
)
def test_a_deep_wound_whose_blood_keeps_dripping(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我……头……跟叫人砸了一下似的……从来没这么疼过", "critical"),
        ("俺……脑袋……像被打了一闷棍……一辈子没这么疼过……", "critical"),
        # A blow that was dealt, and then a headache.
        ("让人拿棍子打了头，头疼", "urgent"),
    ],
)
def test_the_worst_headache_said_as_a_blow(text: str, level: str) -> None:
    assert_level(text, level)


def test_a_likeness_of_a_blow_keeps_the_worst_headache() -> None:
    found = SHIPPED.assess(["脑壳像被打了一下，这辈子都没这么疼过"]).findings
    assert "worst_headache" in {finding.id for finding in found}


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("老慢支了，这两天痰多，呼吸有点紧", "urgent"),
        ("感冒咳嗽，吸气有点费力", "urgent"),
        # Tight past speaking, or said severe: as before.
        ("喘气紧得说不上话", "critical"),
        ("他呼吸特别急促", "critical"),
    ],
)
def test_a_breath_said_only_a_little_hard(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("他小肚子下边鼓起来个东西，平时能推进去，今天推不回去了", "urgent"),
        ("孩子肚脐那个包按不回去了，一直哭", "urgent"),
        # Pushed and not answering stays a patient who does not answer.
        ("推了他半天，他也不回话", "critical"),
    ],
)
def test_a_lump_that_will_not_go_back_in(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("被烟花炸到了，耳朵嗡嗡的", "urgent"),
        ("孩子让礼花炸了，脸上黑一块，一直哭", "urgent"),
        # Fireworks only watched.
        ("晚上看烟花，人太多了，想问问能不能停车", "unknown"),
    ],
)
def test_a_firework_that_went_off_on_someone(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我妈织毛衣让针扎了一下，冒了一点血", "routine"),
        ("绣花针扎到我手了，出了个血点", "routine"),
        # A nail gone into the foot stays sent.
        ("脚底板让钉子扎了，扎得挺深", "urgent"),
    ],
)
def test_a_needle_prick(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("孩子拿手机玩打到这了，没啥事", "unknown"),
        ("我戴着手套呢，就是问问路", "unknown"),
        # A hand said broken still is.
        ("他戴手表那只手摔折了", "urgent"),
    ],
)
def test_a_phone_or_a_watch_holds_no_hand(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我爷爷这阵子没胃口，别的倒没啥", "routine"),
        ("闺女最近不爱吃东西，也不发烧", "routine"),
        ("扛水桶上楼把肩膀抻着筋了", "routine"),
        ("提东西把手腕抻了", "routine"),
        # Not eating beside a fever, or nothing taken for days, stays sent.
        ("孩子发高烧，不想吃饭", "urgent"),
        ("老人两天不吃不喝了", "urgent"),
    ],
)
def test_an_appetite_lost_or_a_strain_said_plainly(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("手上蹭到点油漆，问下怎么洗掉", "unknown"),
        ("电动车跟人家车蹭了，人都没事", "unknown"),
        # A strain said 抻 is still read.
        ("把腰抻了一下，有点酸", "routine"),
    ],
)
def test_a_scrape_is_not_heard_as_a_strain(text: str, level: str) -> None:
    assert_level(text, level)
