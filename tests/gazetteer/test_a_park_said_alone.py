"""A park or a square said by its own name, with its word (紫荆山公园), is where the caller is,
as a station said alone is: the hospital by it, which the same name points at, stays on offer
below it. The hill's or area's name alone (紫荆山) is not read back, nor the park when a
hospital was asked for."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
PARK = "lm-zz-zijingshangongyuan"


@pytest.mark.parametrize("said", ["在紫荆山公园里面 有人晕倒了", "紫荆山公园北门"])
def test_a_park_said_by_its_name_is_read_back(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == PARK
    assert any(c.place.kind == "hospital_branch" for c in r.candidates[1:])


@pytest.mark.parametrize("said", ["紫荆山公园旁边那个医院", "紫荆山 这边"])
def test_a_hospital_asked_for_or_the_bare_name_is_not_read_back_as_the_park(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"
