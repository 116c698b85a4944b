"""A patient found with the face or the head in the water is a submersion, whether or not the tub,
the pond or the pool was named before it (found by holdout25's second reviewer: a child found face
down in the tub read `unknown` once the tub was said two clauses earlier).
"""

from __future__ import annotations

import pytest

from dispatch_intake.priority.service import load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


@pytest.mark.parametrize(
    "text",
    [
        "一岁的孩子在浴缸里没人看，发现的时候趴在水里",
        "老人在浴缸里泡澡，发现的时候头在水里面",
        "找到的时候脸朝下漂在水面上",
        "他脸埋在水里，一动不动",
        "俺孙子趴在水里头，拉起来脸都白了",
        "人浮在水面上不动",
    ],
)
def test_a_patient_found_with_the_face_in_the_water_is_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("鱼漂在水面上，他说半天没咬钩", "unknown"),  # a float, not a person
        ("家里的玩具鸭子浮在水面上，孩子在哭闹不肯洗澡", "unknown"),  # a toy
        ("他在河边洗脸，把脸埋在水里洗了洗，没什么事", "unknown"),  # washing
    ],
)
def test_a_thing_in_the_water_or_a_face_washed_is_no_submersion(text: str, expected: str) -> None:
    assert _level(text) == expected
