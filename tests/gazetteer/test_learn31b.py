"""A campus said by its institution one way and then, apart, by the rest of a name the data
holds for it under another of the institution's names (郑州航院 … 大学路那个校区 for
郑航大学路校区, 华北水利 … 老校区 for 华水老校区) is that campus: not another school's campus
called 老校区, nor the institution's campus whose gate road gives the same words."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "campus"),
    [
        ("航空工业管理学院，大学路那个校区，图书馆", "edu-4141010485-daxuezhonglu"),
        ("郑州航院，大学路的那个校区", "edu-4141010485-daxuezhonglu"),
        ("郑州航空工业管理学院，他们老校区，操场边上", "edu-4141010485-daxuezhonglu"),
        ("河南工业大学，老校区，食堂门口", "edu-4141010463-songshanlu"),
        ("华北水利，老校区那个宿舍楼", "edu-4141010078-huayuan"),
        ("华水，北环那边的老校区，教学楼", "edu-4141010078-huayuan"),
    ],
)
def test_the_rest_of_a_campus_name_said_apart_is_that_campus(gz, said, campus):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == campus, said
    assert r.question.kind != "confirm" or r.question.options[0].place.id == campus, said


@pytest.mark.parametrize(
    ("said", "jurisdiction", "campus"),
    [
        ("郑铁职院，老校区，门口", ZHENGZHOU, "edu-4141010843-laoxiaoqu"),
        ("郑航，北校区，宿舍", ZHENGZHOU, "edu-4141010485-beixiaoqu"),
        ("华水，龙子湖那个新校区", ZHENGZHOU, "edu-4141010078-longzihu"),
        ("河大，老校区，明伦街", KAIFENG, "edu-4141010475-minglun"),
    ],
)
def test_a_campus_said_by_its_own_name_keeps_its_answer(gz, said, jurisdiction, campus):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id == campus, said


def test_an_institution_with_no_old_campus_held_is_still_asked(gz):
    r = gz.resolve(["郑州大学，老校区"], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"
