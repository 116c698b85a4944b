"""An institution named, then a street said as which of its sites (省肿瘤，大学路那个老院): the
caller is at one of that institution's sites, held on that street or not; the street and the
sites of other institutions on it are the reference, never ranked above it."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize(
    ("said", "hospital"),
    [
        ("省肿瘤，大学路那个老院", "hosp-hnszlyy"),  # no held site of 省肿瘤 on 大学路
        ("省儿童，经三路那个老院", "hosp-hnsetyy"),
    ],
)
def test_a_street_said_as_a_hospitals_old_site_ranks_that_hospital_first(gz, said, hospital):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.parent == hospital, said
    assert r.question.kind != "confirm", said


def test_the_site_held_on_the_street_said_is_still_read_back(gz):
    r = gz.resolve(["郑大五附院，康复前街那个院区"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == "hosp-zzu-5-kangfuqianjie"
