"""A hand, a foot, a finger or an ear hurt by the cold and then said to feel nothing is
frostbite, the limb's (urgent), not a patient who does not answer; a body gone cold, a patient
down or called without answer, and one side gone numb stay critical. And `unless` words that
hold a filler (都, 也) are found: a car flooded with everyone got out, pills all counted.
Said here in other words than any line of bench/.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("她手冻得没知觉了，指甲盖发白", "urgent"),
        ("送外卖的小伙脚冻木了，没知觉", "urgent"),
        ("孩子两只手冻得一点知觉都没有了", "urgent"),
        ("爷爷的耳朵冻伤了，碰着也没感觉", "urgent"),
        ("俺哥那手冻嘞，一点知觉木有", "urgent"),
        # A body gone cold, someone down or not answering, one side gone numb.
        ("老太太在楼道里冻得没知觉了", "critical"),
        ("手冻伤了，人也晕过去了，没知觉", "critical"),
        ("他右手一下子没知觉了，嘴角往一边歪", "critical"),
    ],
)
def test_a_limb_frozen_and_numb_is_frostbite(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Everyone got out of the flooded car (都出来, 都下车): not someone still inside.
        ("车开进涵洞积水里了，车里有人，后来都出来了，就是冻得直哆嗦", "not critical"),
        ("车在积水里困住了，车里有人，最后都下车了", "not critical"),
        # Said without 都, someone is still inside.
        ("车在积水里困住了，车里有人，出不来", "critical"),
    ],
)
def test_unless_words_said_with_a_filler_are_found(text: str, level: str) -> None:
    assert_level(text, level)
