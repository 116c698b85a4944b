"""A campus name said right after another institution's name is not read back as the campus
that bears it."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize("said", ["工业大学东风路校区", "轻工学院东风路校区门口"])
def test_a_campus_said_after_another_institution_is_not_read_back(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"


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
