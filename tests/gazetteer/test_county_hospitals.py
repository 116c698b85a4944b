""" "X县医院" is what a county's people call its 人民医院: not its 中医院 short of a character."""

import pytest

from gazetteer import Jurisdiction

KAIFENG = Jurisdiction(adcodes=("4102",))
ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize(
    ("said", "where", "hospital"),
    [
        ("兰考县医院 急诊门口", KAIFENG, "hosp-lkxrmyy"),
        ("俺在尉氏县医院 住院部", KAIFENG, "hosp-wsxrmyy"),
        ("巩义市医院 门口", ZHENGZHOU, "hosp-gysrmyy"),
    ],
)
def test_the_county_hospital_is_its_peoples_hospital(gz, said, where, hospital):
    r = gz.resolve([said], jurisdiction=where)
    assert r.candidates[0].place.parent == hospital
    assert all(c.place.parent != hospital.replace("rmyy", "zyy") for c in r.candidates)


def test_a_prefecture_citys_hospital_is_no_one_hospital(gz):
    r = gz.resolve(["郑州市医院"], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"
