"""House numbers as callers say them: in words (六十六号, 一九九号), and a site's recorded road
and number naming that site when the data holds no such road (on a held road, see
test_site_addresses_on_held_roads.py)."""

import pytest

from gazetteer import Jurisdiction
from gazetteer._context import house_numbers_in_digits

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize(
    ("said", "place"),
    [("紫荆路136号", "edu-4141014040-xiaobenbu"), ("金河路六十六号门口", "edu-4141011068-jinhe")],
)
def test_a_sites_road_and_number_name_it(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == place


def test_a_number_in_words_on_a_held_road_keeps_the_road_first(gz):
    # No site is recorded at 文化路81号: the road, with the number shown.
    r = gz.resolve(["文化路八十一号"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-wenhualu"
    assert r.candidates[0].house_number == "81号"


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("二十号院", "20号院"),
        ("一百零五号", "105号"),
        ("两号楼", "2号楼"),
        ("纬五路", "纬五路"),
        ("经三路十号", "经三路10号"),
    ],
)
def test_numbers_before_hao_are_written_in_digits(said, written):
    assert house_numbers_in_digits(said) == written
