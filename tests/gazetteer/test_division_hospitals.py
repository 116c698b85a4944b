"""A county's or city's own hospital of a kind every division has, as its people shorten it:
人民医院 as 人医 and, for a county, as the county's 医院; 中医院 as 中医; 妇幼保健院 as 妇幼, after
the division's name. Without its division's name the words are every county's."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "where", "hospital"),
    [
        ("通许人医", KAIFENG, "hosp-txxrmyy"),
        ("惠济区医院", ZHENGZHOU, "hosp-zzshjqrmyy"),
        ("荥阳妇幼", ZHENGZHOU, "hosp-xysfybjy"),
        ("尉氏县中医", KAIFENG, "hosp-wsxzyy"),
    ],
)
def test_a_division_hospital_said_short_is_that_hospital(gz, said, where, hospital):
    r = gz.resolve([said], jurisdiction=where)
    assert r.candidates[0].place.id.startswith(hospital + "-")
    assert r.question.kind == "confirm"


def test_a_county_hospital_is_its_people_hospital_not_its_chinese_medicine_one(gz):
    r = gz.resolve(["通许县医院"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id.startswith("hosp-txxrmyy-")


def test_the_county_words_alone_name_no_county_hospital(gz):
    # 杞县医院 with its one-character county lost is every county's 县医院.
    r = gz.resolve(["县医院"], jurisdiction=KAIFENG)
    assert r.question.kind != "confirm"
    assert not any(m == "杞县医院" for c in r.candidates for m in c.matched)


def test_a_county_said_by_its_local_reading_is_heard(gz):
    # 尉氏 is read yù shì there; speech-to-text writes what it hears.
    r = gz.resolve(["玉氏县"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == "adm-410223"
