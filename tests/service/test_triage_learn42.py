"""Triage word families learned from the forty-second blind set's misses (illness as laypeople
tell it): a fit said in Minnan; a paracetamol overdose whose harm comes later, said with the
patient looking well; a snake bite's drooping eyelids said in one run past the 不 of 抬不起 or in
a caller's pieces; a fever said in Minnan; no urine in dialect, less and less, or once in a day;
a wrist or an arm cut for what the patient feels; a racing heart by its count; schizophrenia as
speech-to-text writes it; home oxygen run out beside a short breath; a wound gone rotten; and,
lowered, a sore throat said by a pain on swallowing, a soup shop's 汤那 in an address, a mania
read as speech gone wrong, a caller asking whether this is the hospital — each said here in
other words than any line of bench/, with near-misses that must keep their level.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level, level_of


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("阿嬷倒佇眠床边，身躯咧搐，喙角流瀾", "critical"),
        ("阮小弟手骹搐袂停，喙咬牢牢", "critical"),
        ("囝仔发烧，目珠吊上去，喙角流瀾", "critical"),
        # An eyelid's twitch, a sweat said with the body — no fit.
        ("伊目睭皮咧搐，规工按呢", "not critical"),
        ("阿公手骹一直出汗，有淡薄头晕", "not critical"),
    ],
)
def test_fit_said_in_minnan(text: str, level: str) -> None:
    assert (level_of(text) == "critical") == (level == "critical")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我弟一下子吞了一瓶必理通，现在人挺清醒的", "critical"),
        ("她吃了大半瓶对乙酰氨基酚，说没什么感觉", "critical"),
        ("吃的是泰诺林，一百多片，看着没事人似的", "critical"),
        # Ibuprofen so is an alert ingestion; one tablet for a fever is no overdose.
        ("他吃了半瓶芬必得，现在人挺清醒的", "urgent"),
        ("发烧三十八度五，吃了一片对乙酰氨基酚，退下来了", "not critical"),
    ],
)
def test_paracetamol_overdose_looking_well(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("在菜地里让蛇咬了小腿眼皮抬不起来看不清东西", "critical"),
        ("他被蛇咬了手背眼睛睁不开看东西模糊", "critical"),
        ("我……被……蛇……咬了……脚……肿……眼皮……睁不开……看东西……模糊……在……河边……", "critical"),
        # A bite with a swelling only; eyes heavy from crying.
        ("被蛇咬了一口，小腿肿了一圈，说话走路都正常", "not critical"),
        ("哭了一晚上，眼皮肿得睁不开，想问问怎么消肿", "not critical"),
    ],
)
def test_snake_bite_eyelids_in_one_run(text: str, level: str) -> None:
    assert (level_of(text) == "critical") == (level == "critical")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("阮阿嬷头壳烧烧，规暝嗽袂停", "urgent"),
        ("伊昨暝开始有烧，痰黄黄", "urgent"),
        # Water boiled, a smell of burning: no fever.
        ("阮咧烧饭，想问恁遮的地址", "unknown"),
        ("厝内有烧糊的味道，阮阿公无代志", "not urgent"),
    ],
)
def test_fever_said_in_minnan(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我奶奶一整天冇吃冇喝，小便冇解", "urgent"),
        ("我公公肝不好，这几天尿量越来越少", "urgent"),
        ("娃拉稀，一上午只尿了一回", "urgent"),
        # Urine said normal.
        ("孩子胃口不好，尿得正常，能跑能跳", "not urgent"),
    ],
)
def test_no_urine_said(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("他说不想死，就是压力大，拿美工刀在手臂上划了几道，已经不出血了", "urgent"),
        ("他心烦，把手腕划了，血已经止住了", "urgent"),
        # A kitchen's cut stopped.
        ("削苹果的时候手腕划了一下，血止住了", "routine"),
    ],
)
def test_cut_oneself_in_distress(text: str, level: str) -> None:
    assert level_of(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我妈心跳一百七，手一直抖", "urgent"),
        ("我儿子精神分裂停了药，这几天不睡觉老自言自语", "urgent"),
        ("老人肺心病，氧气瓶用光了，有点气短", "urgent"),
        ("我……慢阻肺……制氧机……坏了……有点……喘……", "not critical"),
        ("我爸小腿上的伤口溃烂了，一股臭味", "urgent"),
        # A normal count; a wound healing; a machine to be mended, nothing said of the breath.
        ("心跳八十多，挺正常的", "not urgent"),
        ("腿上的伤口结痂了，快好了，想问问能不能洗澡", "not urgent"),
        ("家里的氧气瓶用完了，想问问去哪充", "not urgent"),
    ],
)
def test_illness_under_triaged(text: str, level: str) -> None:
    got = level_of(text)
    if level == "not urgent":
        assert got not in ("urgent", "critical")
    elif level == "not critical":
        assert got == "urgent"
    else:
        assert got == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我在那个牛肉汤那家店门口，快点来", "not critical"),
        ("她这一个礼拜狂躁得很，话讲个不停，到处乱刷卡", "urgent"),
        ("请问你们是不是病院啊", "unknown"),
        # A patient lying there, heard 汤那; speech gone wrong with a twisted mouth.
        ("我妈汤那不动了，叫她不应", "critical"),
        ("我爸刚才说话突然乱了，一边手也没劲", "critical"),
    ],
)
def test_ordinary_calls_not_critical(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("喉咙有点痛，两天了，吞咽的时候痛", "routine"),
        ("嗓子不舒服，一咽就疼", "routine"),
        # A chest pain with a cold sweat that hurts on swallowing too.
        ("心口疼，吞口水的时候也疼，冒冷汗", "critical"),
    ],
)
def test_sore_throat_said_by_swallowing(text: str, level: str) -> None:
    assert level_of(text) == level
