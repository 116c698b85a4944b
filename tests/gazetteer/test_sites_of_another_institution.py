"""A campus name said right after another institution's name is not read back as the campus
that bears it."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize("said", ["工业大学东风路校区"])
def test_a_campus_said_after_another_institution_is_not_read_back(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"


def test_a_campus_said_by_its_road_after_its_institutions_former_name_is_that_campus(gz):
    # 郑州轻工业学院 (轻工学院) is 郑州轻工业大学's former name, and its 东风校区 on 东风路 is
    # called 东风路校区 too: 河南中医药大学's campus of that name is not read back.
    r = gz.resolve(["轻工学院东风路校区门口"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "edu-4141010462-dongfeng"
    assert r.question.kind != "confirm" or r.question.options[0].place.id != (
        "edu-4141010471-dongfenglu"
    )


@pytest.mark.parametrize(
    ("said", "campus"),
    [
        ("河南中医药大学东风路校区", "edu-4141010471-dongfenglu"),
        ("河南中医东风路校区北门", "edu-4141010471-dongfenglu"),
        ("河南大学明伦校区", "edu-4141010475-minglun"),
    ],
)
def test_a_campus_said_after_its_own_institution_is_read_back(gz, said, campus):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == campus
