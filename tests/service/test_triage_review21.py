"""Where the twenty-first set's learning read the world wrong or not at all, each said here in yet
other words. What is over: a Cantonese choke coughed or spat out (咳返出嚟), while a choke still
silent or blue stays critical. What is only the caller's day: tired from work (好攰), busy past
breathing (忙得喘不过气). What stays minor: a few drops of hot oil, only tooth marks said with 有, a
drink the night before in Henan words. What is sent: a face gnawed by a dog, blood that keeps
oozing said the other way about, a belly tightening at intervals told in whole phrases between
pauses.
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
        # A Cantonese choke coughed or spat out is over (MPDS card 11)…
        ("个女食饼哽亲，咳返出嚟，而家讲嘢正常", "routine"),
        ("阿伯食饭哽住咗，吐咗出嚟，冇事喇", "routine"),
        # …not while the voice, the breath or the colour still fail.
        ("哽住咗，吐咗少少出嚟，仲係出唔到声", "critical"),
        ("个仔哽亲，咳咗出嚟，但係面仲係紫", "critical"),
        ("食嘢哽住，一啲声都出唔到，面都青晒", "critical"),
        # Tired in Cantonese is 累 (MPDS card 26, non-priority)…
        ("我做嘢做到好攰，想约车陪阿爷去睇医生", "routine"),
        ("佢话好攰，想问下可唔可以上门打针", "routine"),
        # …not beside a sign that is sent, or a fall that takes the legs.
        ("阿嫲屙咗成日，好攰，企唔稳", "urgent"),
        ("阿爷攰到唔想郁，发烧两日", "urgent"),
        # Busy past breathing is the caller's day…
        ("我这几天忙得喘不过气，帮我妈约个车去复查", "routine"),
        ("店里忙得气都喘不赢，想问下打疫苗去哪里", "unknown"),
        # …a breath that does not get out is not.
        ("我爸坐着都气喘不赢，嘴唇乌了", "critical"),
        ("老汉儿喘不过气，脸都憋紫了", "critical"),
    ],
)
def test_review21_choke_tired_busy(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A few drops of hot oil: a burn the size of a drop (MPDS card 7, Alpha)…
        ("炸丸子溅了几滴热油在手腕上，红了一点", "routine"),
        ("做饭崩了点热油到胳膊上，没起泡", "routine"),
        # …not over the body, nor in the eye.
        ("一锅热油扣在孩子身上了，从胸口到肚子都起泡了", "critical"),
        ("溅了几滴热油到眼睛里，睁不开，一直流眼泪", "urgent"),
        ("炒菜油崩进眼睛了，疼得睁不开", "urgent"),
        # Only tooth marks said with 有 (MPDS card 3, superficial)…
        ("被小狗咬了一下脚踝，就有几个牙印，没破皮", "routine"),
        ("叫仓鼠咬了，有个小牙印，没咋出血", "routine"),
        # …a bite that bleeds, or a face bitten or gnawed, is sent.
        ("狗把孩子的脸啃了，有牙印，出血了", "urgent"),
        ("孩子脸上被狗咬了一口，有几个牙印在流血", "urgent"),
        ("狗咬了小腿，就有两个牙印，可血一直往外冒", "critical"),
    ],
)
def test_review21_oil_and_tooth_marks(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A drink the night before in Henan words (夜儿个): a hangover (MPDS card 26)…
        ("夜儿个黑喝大了，今儿头有点疼", "routine"),
        ("俺昨个喝多了，这会儿头疼恶心", "routine"),
        # …unless the stomach brings up blood, the head bursts or the patient does not wake.
        ("夜儿个喝多了，今儿吐了一大口血", "critical"),
        ("昨个喝醉了，到现在还叫不醒", "critical"),
        # Blood that keeps oozing, said the other way about: sent…
        ("缝针的地方一直渗血，换了两块纱布了", "urgent"),
        ("拔了牙，不停地渗血，一下午了", "urgent"),
        # …a little oozing that stopped is not.
        ("手上蹭破点皮，渗了点血，已经不渗了", "routine"),
        # A belly tightening at intervals told in whole phrases between pauses: labour as felt.
        ("我……怀孕三十五周……肚子……每隔几分钟……就硬一下……", "urgent"),
        # A word a breath with the breath in it stays critical.
        ("我……肚子……一阵阵……发紧……喘……不上气……", "critical"),
    ],
)
def test_review21_drink_ooze_pieces(text: str, level: str) -> None:
    assert _level(text) == level
