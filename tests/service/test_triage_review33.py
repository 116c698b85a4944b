"""Triage word families from the second review of the thirty-third blind set's learning: words
that learning read in other senses (a hole cut in the ice to fish, a swim begun with a jump into
a river, a Cantonese tyre or phone gone flat or dead, bleeding said more than once, a child's
belly knock gone off to play, a baby kicking inside, dragon fruit in the toilet, a pregnant
mother's older child calmed, a mark had since birth) — each said here in other words than any
line of bench/, with the learned family's own cases that must keep their level.
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
        # Ice named with no one through it: a fishing hole, ice that gave way under no one.
        ("我们在水库上打了个冰窟窿钓鱼,脚冻麻了,走路有点疼", "routine"),
        ("河面的冰塌了一大块,幸亏没人在上面", "unknown"),
        # Someone through the ice: still a drowning.
        ("我侄子在冰上玩,一下掉进冰窟窿了", "critical"),
        ("冰面塌了掉下去一个人,还没拉上来", "critical"),
    ],
)
def test_ice_is_a_drowning_only_with_someone_through_it(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Jumped in to swim or bathe: a swim, read by what followed.
        ("几个小孩跳到河里洗澡,我孙子上来以后胳膊擦破点皮", "routine"),
        ("他天热跳进湖里凫水,腿抽筋了,自己游上岸了,现在腿还疼", "routine"),
        # A jump to drown, or a swimmer not come up: still critical.
        ("有个女的从堤上跳进江里了,没看见人", "critical"),
        ("他跳进河里游泳,到现在也没上来", "critical"),
    ],
)
def test_a_jump_in_to_swim_is_no_drowning(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A tyre, a ball or a phone in Cantonese: no patient.
        ("架电单车个胎冇晒气,我要推住行", "unknown"),
        ("部电话冇咗反应,打唔出去,我想问点样叫车", "unknown"),
        # A person so: still critical.
        ("佢晕低咗,冇咗反应", "critical"),
        ("我阿妈冇咗气,快啲嚟", "critical"),
    ],
)
def test_a_cantonese_tyre_or_phone_is_no_patient(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # 不止 as more than once: a count, no bleed that will not stop.
        ("我便后出血不止一回了,都是纸上一点点,想挂个号", "urgent"),
        # Bleeding said not to stop: still critical.
        ("他脚被割了,出血不止,鞋里全是血", "critical"),
    ],
)
def test_bleeding_more_than_once_is_no_pouring(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A child's belly knock gone back to play, or a baby kicking inside: nothing to send.
        ("闺女在床上蹦,肚子磕到桌角了,哭两声又去玩了", "routine"),
        ("怀孕八个月,觉得孩子在肚子里踢了一脚,挺有劲的,问问正常不", "urgent"),
        # A blow with a pallor or alone: as learned.
        ("肚子被人踹了一脚,一直捂着,疼", "urgent"),
        ("他肚子被车把顶了,现在嘴唇发白,一身冷汗", "critical"),
    ],
)
def test_a_belly_knock_said_over_is_no_blow(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # What reddens the water named: no blood.
        ("孩子吃了好多火龙果,拉完马桶里都是红的,有点拉肚子", "routine"),
        # The toilet red with nothing to explain it: sent.
        ("我妈拉完马桶里都是红的,有点没劲", "urgent"),
    ],
)
def test_a_red_toilet_explained_is_no_bleed(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A pregnant mother's older child calmed, a mark had since birth: no newborn gone quiet.
        ("我怀孕七个月,老大刚才磕了下巴,哭了一会儿,现在孩子不哭了", "urgent"),
        ("孩子打生下来就有个小血管瘤,今天碰破了,哭了一下,宝宝不哭了", "routine"),
        # A newborn gone quiet: still critical.
        ("孩子刚生下来,宝宝不哭了,身子软", "critical"),
    ],
)
def test_a_calmed_child_beside_a_pregnancy_is_no_silent_newborn(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A pour said stopped after it: sent, no longer critical.
        ("胳膊上蹭了个口子,哗哗地流血,拿纸巾按了一会儿不流了", "urgent"),
        # A pour still going: critical.
        ("他小腿上的伤口一直呼呼地出血,纱布都湿透了", "critical"),
    ],
)
def test_a_pour_said_stopped_after_is_sent_not_critical(text: str, level: str) -> None:
    assert _level(text) == level
