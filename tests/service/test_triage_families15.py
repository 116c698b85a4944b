"""Triage word families and reading rules learned from the fifteenth blind set's misses, each
said here in other words than any line of bench/: a headache with a changed mind, a muddled mind
said mildly or in Henan words, a crop spray swallowed, lying there still, a lifted limb that
drops, blood in surges, a tapped handset, a stroke sign said gone, a sugar by what was measured,
a part flattened, a blocked catheter and retention said in Wu, flesh bitten away, medicine eaten
on the sly, a bump, something swallowed unnamed; come round at once, a caller who cannot walk
for the pain, bleeding said slight in pregnancy, a vomit said before a measurement, a little
worse than usual, pulled out of the water at once, a head hit in a fight, bites all over, hay
fever, a prick's mark, a stab said with 攮; and the reading rules: a clause that takes back
words of the one before (不是三楼，是二楼) and an interjection before a taking back (哦不对).
"""

from __future__ import annotations

from typing import Any

import pytest

from dispatch_intake.priority.rules import TriageConfig
from dispatch_intake.priority.service import TriageRules, load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


def _rules(**document: Any) -> TriageRules:
    base: dict[str, Any] = {
        "language": {"clause_marks": "，"},
        "negation": [{"cues": ["没有", "不", "没"], "reach": 3}],
    }
    return TriageRules(TriageConfig.model_validate({**base, **document}))


# --- under-triaged: critical ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A headache, then a changed mind said mildly (MPDS card 18, not alert).
        "我妈头疼得厉害，人有些迷糊了",
        # A crop spray named by its use, swallowed, and a mind gone muddled (迷瞪, Henan).
        "俺爷喝了打棉花剩的药，人迷迷瞪瞪的",
        # Down there and not moving, said with where.
        "有个人倒在那儿不动",
        # A lifted limb that drops when let go: limp.
        "孩子胳膊举起来一松手就耷拉下来",
        # Blood in surges with the beat.
        "手腕割破了，血一鼓一鼓的",
        # Someone on the line who can only knock on the handset.
        "电话接通了，只听见敲话筒的声音",
        # 攮: a stab, as said in Henan and the north.
        "被人攮了两刀",
        "他肚子上叫人攮了",
    ],
)
def test_critical_said_in_the_fifteenth_sets_ways(text: str) -> None:
    assert _level(text) == "critical"


# --- under-triaged: urgent and routine ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A stroke sign said to be crooked no longer: it was, and passed (a TIA, card 28).
        "以为是中风，后来嘴角不斜了",
        # A reading in the thirties said only as measured, of a diabetic.
        "我妈糖尿病，刚才一测三十多",
        # Flattened by a car door: a crush, not a pinch.
        "脚趾头叫车门夹扁了",
        # A blocked catheter, and urine held as said in Wu.
        "导尿管不通了，肚子胀",
        "屙勿出尿两天了",
        # Flesh bitten away.
        "狗把他胳膊咬下块肉",
        # Medicine eaten on the sly, however well the child looks (card 23).
        "孩子偷吃了一颗他爷爷的降压药，现在玩得好好的",
    ],
)
def test_urgent_said_in_the_fifteenth_sets_ways(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        # A bump said without the part, with neither a faint nor a vomit.
        "不晕不吐，就是在柜子角上碰出个包",
        # Something swallowed, not named, and the child well.
        "孩子吞了个什么东西，现在吃喝都正常",
    ],
)
def test_a_minor_complaint_is_routine_not_unknown(text: str) -> None:
    assert _level(text) == "routine"


# --- over-triaged -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Came round at once: 就醒了 is not 酒醒了.
        "她刚才昏过去了，很快就醒了，现在说话正常",
        # A caller who breaks off for a pain and cannot walk for it.
        "我……胃疼，疼了一晚上……走不了路",
        # Early-pregnancy spotting said slight (card 24's lowest level).
        "怀孕两个月，出血也不多，肚子有点坠",
        # A vomit said straight before a reading, the comma lost.
        "我奶奶头晕呕吐血糖二十量了两次",
        # A little worse than yesterday: a change, not a severe degree.
        "我爸咳嗽，喘得比昨天厉害了点",
        # Pulled out of the water at once, crying (card 14, alert and breathing).
        "孩子掉河里，立马捞上来了，哭得挺响",
        # A head hit with a bottle in a fight, the patient alert (card 4).
        "被人拿酒瓶子砸了头，人是清醒的",
        # Bloody to look at is not a haemorrhage by itself.
        "切菜切到手了，血糊糊的，人好好的",
    ],
)
def test_over_triage_of_the_fifteenth_set_is_urgent(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        # Bites all over from mosquitoes are not hives.
        "孩子叫蚊子叮了一身疙瘩",
        # Hay fever is the patient's condition, not a reaction.
        "过敏性鼻炎又犯了，鼻涕不停",
        # A prick that left only a red dot.
        "脚被钉子扎了一下，就一个小红点",
        # A chest pain taken back with 哦不对 and a limb pain said instead.
        "胸口疼，哦不对，是胳膊疼",
        # A fall from a roof taken back by naming it: from a stool.
        "他从房顶上掉下来——不是房顶，是凳子上，能走路",
    ],
)
def test_over_triage_of_the_fifteenth_set_is_routine(text: str) -> None:
    assert _level(text) == "routine"


# --- the reading rules --------------------------------------------------------------------------


def _corrected_rules() -> TriageRules:
    return _rules(
        language={
            "clause_marks": "，",
            "takes_back": ["不对"],
            "takes_back_naming": ["不是"],
            "restated_by": ["是"],
            "interjections": ["哦"],
        },
        findings=[
            {"id": "chest", "sign": "chest", "level": "critical", "phrases": ["胸口疼", "心口疼"]},
            {"id": "ache", "sign": "minor", "level": "routine", "phrases": ["胳膊疼"]},
            {"id": "bite", "sign": "bite", "level": "urgent", "phrases": ["蛇咬"]},
        ],
    )


def test_words_taken_back_and_said_instead_reread_the_clause_before() -> None:
    rules = _corrected_rules()
    # The place corrected, the sign kept.
    assert rules.assess(["他胸口疼，不是胸口，是心口"]).priority == "critical"
    assert rules.assess(["他胸口疼，不是胸口，是胳膊"]).priority == "routine"


def test_words_taken_back_with_nothing_instead_deny_only_what_they_were_part_of() -> None:
    rules = _corrected_rules()
    assert rules.assess(["蛇咬了，不是蛇"]).priority == "unknown"
    # Words that are not in the clause before take nothing back.
    assert rules.assess(["蛇咬了，不是狗"]).priority == "urgent"
    assert rules.assess(["胸口疼，蛇咬了，不是蛇"]).priority == "critical"


def test_an_interjection_before_a_taking_back_changes_nothing() -> None:
    rules = _corrected_rules()
    assert rules.assess(["胸口疼，哦不对，是胳膊疼"]).priority == "routine"
    assert rules.assess(["胸口疼，哦，是胳膊疼"]).priority == "critical"
