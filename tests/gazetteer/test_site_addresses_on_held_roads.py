"""A site's recorded address on a road the data holds is an address point of that road: the
road and number said (纬五路7号) are the site there, not somewhere along the road."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "jurisdiction", "place"),
    [
        ("纬五路7号", ZHENGZHOU, "hosp-hnsrmyy-weiwulu"),
        ("东明路一百二十七号", ZHENGZHOU, "hosp-hnszlyy-dongminglu"),
        ("康复前街7号，快点", ZHENGZHOU, "hosp-zzu-3-kangfuqianjie"),
        ("科学大道100号", ZHENGZHOU, "edu-4141010459-zhuxiaoqu"),
        ("明伦街85号", KAIFENG, "edu-4141010475-minglun"),
        ("地址是心怡路一九九号", ZHENGZHOU, "lm-zz-zhengzhoudongzhan"),
    ],
)
def test_the_road_and_number_of_a_sites_address_are_the_site(gz, said, jurisdiction, place):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == place


@pytest.mark.parametrize("said", ["明理路379号", "明理路北段379号"])
def test_a_number_is_said_with_or_without_the_roads_section(gz, said):
    # 河南大学郑州龙子湖校区 is recorded at 明理路北段379号.
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == "edu-4141010475-longzihu"


def test_other_sites_along_the_road_give_way_to_the_one_at_the_number(gz):
    # 河南省胸科医院 stands on 纬五路 too (at 1号), and the hospital's own record repeats
    # its 院区's address: neither is offered beside the 院区 at 7号.
    r = gz.resolve(["纬五路7号"], jurisdiction=ZHENGZHOU)
    ids = [c.place.id for c in r.candidates]
    assert "hosp-hnsxkyy-weiwulu" not in ids
    assert "hosp-hnsrmyy" not in ids
    assert "lm-zz-weiwulu" not in ids


def test_a_site_named_beside_the_number_is_the_one_said(gz):
    r = gz.resolve(["纬五路7号 胸科医院"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "hosp-hnsxkyy-weiwulu"


def test_a_number_no_site_is_recorded_at_is_the_road_with_the_number(gz):
    r = gz.resolve(["纬五路9号"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-weiwulu"
    assert r.candidates[0].house_number == "9号"
    assert r.question.kind != "confirm"


def test_a_road_other_counties_bear_too_is_still_offered_there(gz):
    # 人民路19号 is a hospital in 金水; 新郑 has a 人民路 too, where 19号 is somewhere else.
    r = gz.resolve(["人民路19号"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "hosp-hnzyydx-1-renminlu"
    assert r.question.kind != "confirm"
    assert "lm-zz-renminlu-xinzheng" in [c.place.id for c in r.candidates]


def test_a_district_said_with_a_government_address_is_that_government(gz):
    r = gz.resolve(["上街 中心路132号"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-gov-410106"
