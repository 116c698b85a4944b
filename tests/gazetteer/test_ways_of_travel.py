"""A way of travel said (往南走, 向东开, 朝北拐) is not part of a name: neither a slip inside a
loose reading of one (郑大一附院往南 as 郑大一附院南, the 南院区) nor a name of its own (往南开
as 天津's 南开)."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize(
    "said", ["郑大一附院往南走", "郑大一附院向南开了一段", "郑大一附院 朝南走"]
)
def test_a_way_after_a_hospital_does_not_choose_its_site(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"
    assert r.candidates[0].place.parent == "hosp-zzu-1" or r.candidates[0].place.id == "hosp-zzu-1"


@pytest.mark.parametrize(
    ("said", "road"), [("文化路往南开", "lm-zz-wenhualu"), ("农业路向北走", "lm-zz-nongyelu")]
)
def test_a_way_driven_is_no_districts_name(gz, said, road):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == road
    assert "adm-120104" not in [c.place.id for c in r.candidates]  # 天津南开区


def test_the_side_said_of_a_hospital_still_names_its_site(gz):
    r = gz.resolve(["郑大一附院南院区"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == "hosp-zzu-1-nan"


def test_a_district_said_as_itself_is_still_read(gz):
    r = gz.resolve(["天津南开区"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "adm-120104"


@pytest.mark.parametrize(
    "said", ["大学路上，郑大一附院旁边", "大学路上，郑大一附院往南", "大学路上 郑大一附院对面"]
)
def test_a_site_said_beside_the_road_does_not_rank_above_the_road(gz, said):
    # The hospital said as what the caller is beside stands on 大学路 too; it does not take
    # the road's words as its own.
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-daxuelu"
