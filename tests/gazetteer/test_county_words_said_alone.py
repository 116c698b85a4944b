"""A county's government or hospital said with no county (县政府, 县医院, 县中医院) is any county
of the centre's area: all of them are offered, the caller's position ranks them, and none is
read back on the words alone; a county said elsewhere in the call says whose it is."""

import pytest

from gazetteer import Jurisdiction, Position

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))
KAIFENG_COUNTY_SEATS = {
    "lm-kf-gov-410221",
    "lm-kf-gov-410222",
    "lm-kf-gov-410223",
    "lm-kf-gov-410225",
}


def test_every_county_of_the_area_is_offered_for_its_government(gz):
    r = gz.resolve(["县政府大门口 有人晕倒了"], jurisdiction=KAIFENG)
    assert {c.place.id for c in r.candidates[:4]} == KAIFENG_COUNTY_SEATS
    assert r.question.kind != "confirm"


@pytest.mark.parametrize(
    ("words", "institution"),
    [("就在县医院急诊楼", "hosp-zmxrmyy"), ("县中医院停车场", "hosp-zmxzyy")],
)
def test_the_areas_one_county_is_offered_not_read_back(gz, words, institution):
    r = gz.resolve([words], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id.startswith(institution)
    assert r.question.kind != "confirm"


def test_no_provincial_hospital_is_read_back_for_a_county_word(gz):
    r = gz.resolve(["县中医院停车场"], jurisdiction=KAIFENG)
    assert all(c.place.admin.district.endswith("县") for c in r.candidates[:4])
    assert r.question.kind != "confirm"


def test_the_callers_position_ranks_the_counties(gz):
    seat = gz.get("lm-kf-gov-410222")  # 通许县人民政府
    assert seat is not None
    near = Position(lat=seat.lat + 0.01, lon=seat.lon - 0.01, radius_m=3000.0)
    r = gz.resolve(["县医院东边那个路口"], jurisdiction=KAIFENG, position=near)
    assert r.candidates[0].place.id.startswith("hosp-txxrmyy")


def test_a_county_said_earlier_in_the_call_is_the_one_meant(gz):
    r = gz.resolve(["俺是尉氏的", "县医院急诊 卖菜那"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id.startswith("hosp-wsxrmyy")
