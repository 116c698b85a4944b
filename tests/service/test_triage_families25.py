"""Triage word families learned from the twenty-fifth blind set's misses, each said here in other
words than any line of bench/, with near-misses that keep their level.
"""

from __future__ import annotations

import pytest

from dispatch_intake.priority.service import load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


# --- no response said with 没得 / 冇得 ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["爷爷在门口栽了，叫他冇得反应", "老头子倒在床边，喊他没得反应", "人躺地上，冇反应了"],
)
def test_no_response_said_with_meide_is_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize("text", ["爷爷摔了一跤，喊他有反应，就是腿疼起不来"])
def test_a_response_after_a_fall_is_not_critical(text: str) -> None:
    assert _level(text) == "urgent"


# --- a body burning hot in the heat, with a changed mind -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "工地上的师傅身上烫手，一直胡言乱语",
        "在大棚里待了一上午，浑身滚烫，说胡话",
        "他不出汗了，身上发烫，前言不搭后语",
    ],
)
def test_hot_body_in_the_heat_with_a_changed_mind_is_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    "text",
    [
        "孩子发烧身上滚烫，说胡话",  # a fever at home, no heat taken in
        "在树荫底下歇着，身上滚烫，人清醒",  # the heat, the mind clear
        "他没出汗，身上也不烫，说胡话",  # nothing hot said
    ],
)
def test_a_fever_or_a_clear_mind_stays_urgent(text: str) -> None:
    assert _level(text) == "urgent"


# --- a headache and then a collapse --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["她喊了一声头痛，就一头栽下去了", "老伴说脑袋疼，接着就倒在地上"],
)
def test_headache_then_collapse_is_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    "text",
    [
        "摔倒了，头疼",  # the fall first: its sore head
        "头疼，树倒了砸车上了",  # something else fell
        "他说头疼，吃了药躺下了，能说话",
    ],
)
def test_headache_without_a_collapse_after_it_is_not_critical(text: str) -> None:
    assert _level(text) != "critical"


# --- a thing said instead of what was taken (他喝了点红药水，哦不是，是农药) --------------


@pytest.mark.parametrize(
    "text",
    [
        "他喝了点红药水，哦不是，是农药",
        "孩子吃了点糖，不对，是老鼠药",
        "老爷子喝了一口水，啊不对，是百草枯",
        "她吞了几颗维生素，说错了，是安眠药，一整瓶",
    ],
)
def test_a_poison_said_instead_of_what_was_taken_is_taken(text: str) -> None:
    # The clause after a bare taking back named only a thing: nothing was read of it, and the
    # call was unknown.
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Who or what happened, said instead: no thing taken.
        ("他喝了红药水，哦不是，是他打翻了红药水", "unknown"),
        # A harmless thing said instead of a poison: read beside it, not in its place — the
        # call-taker asks again rather than the call dropping to nothing.
        ("喝了点农药，哦不是，是红药水", "critical"),
        # The patient corrected, not the thing: the sign stays.
        ("我老公叫不醒，不对，是我公公", "critical"),
    ],
)
def test_what_is_not_a_thing_taken_is_read_as_before(text: str, level: str) -> None:
    assert _level(text) == level
