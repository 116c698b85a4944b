"""Names read with the division or town said around them: a county's own hospital is not the
city's, and a village said under a town the data does not know is not read back."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize("said", ["新郑市人民医院急诊", "荥阳市人民医院", "新密市人民医院门口"])
def test_a_county_said_in_full_before_a_hospital_is_not_read_as_the_city_hospital(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert not any(c.place.id.startswith("hosp-zzrmyy") for c in r.candidates[:1])
    if r.question.kind == "confirm":
        # Only the county's own hospital, where the data holds it.
        place = r.question.options[0].place
        assert place.admin.adcode == r.candidates[0].place.admin.adcode
        assert (place.admin.district or "") in said


def test_the_city_said_in_full_still_names_its_hospital(gz):
    r = gz.resolve(["郑州市人民医院"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id.startswith("hosp-zzrmyy")


@pytest.mark.parametrize("said", ["八村街道杨砦村", "九村街道马头刘村"])
def test_a_village_under_a_town_the_data_does_not_know_is_not_read_back(gz, said):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.question.kind != "confirm"


@pytest.mark.parametrize("said", ["杜良乡杨砦村", "仙人庄街道马头刘村", "马头刘村"])
def test_a_village_under_its_own_town_or_alone_is_still_read_back(gz, said):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.kind == "village"
