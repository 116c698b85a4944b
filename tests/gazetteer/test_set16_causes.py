"""Readings learned from location hold-out set 16 by cause, each tested with other places and
phrasings than the set's lines, and with near-misses that must not change."""

import pytest

from gazetteer._context import house_numbers_in_digits

from .answers import ZHENGZHOU, confirmed

# --- A house number typed apart from its 号 (纬五路 7 号) -------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "纬五路7号",
        "纬五路 7 号",
        "纬五路７号",
        "纬五路 ７ 号",
        "纬五路，7号",
        "纬五路七号。",
        "纬五路 七 号",
    ],
)
def test_a_number_typed_apart_from_its_hao_is_the_same_address(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert confirmed(r) == "hosp-hnsrmyy-weiwulu", said


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("东明路 127 号", "东明路 127号"),
        ("心怡路 一九九 号", "心怡路 199号"),
        ("3 号楼 2 单元", "3号楼 2 单元"),  # the unit's number has no 号: left as said
        ("纬五路 五", "纬五路 五"),  # no 号 at all
    ],
)
def test_only_a_number_before_hao_is_joined(said, written):
    assert house_numbers_in_digits(said) == written


def test_a_number_apart_with_no_site_there_keeps_the_road_first(gz):
    # No site is recorded at 纬五路9号: the road, as when it is typed together.
    r = gz.resolve(["纬五路 9 号院"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-weiwulu"
