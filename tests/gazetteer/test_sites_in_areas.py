"""A site said with the area it stands in, by a name every city has (CBD会展中心): the site
is where the caller is, read back."""

import pytest

from gazetteer import Jurisdiction, load_gazetteer

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize(
    ("said", "place"),
    [("CBD会展中心", "lm-zz-huizhanzhongxin"), ("中央商务区千玺广场", "lm-zz-qianxiguangchang")],
)
def test_a_site_in_a_common_area_is_read_back(said, place):
    r = load_gazetteer().resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == place


def test_the_area_alone_is_still_not_read_back():
    r = load_gazetteer().resolve(["CBD"], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"
