"""A developer's or shop chain's site said with a road (开封丹尼斯，中山路): the caller is at that
brand's site, which the data may not hold there; the road is offered, never read back. A site
the data holds by the brand's name is read back as before."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("开封丹尼斯，中山路", "lm-kf-zhongshanlu"),
        ("开封新玛特，自由路", "lm-kf-ziyoulu"),
    ],
)
def test_an_unheld_brand_site_with_a_road_offers_the_road_unread(gz, said, road):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == road
    assert r.question.kind != "confirm"


@pytest.mark.parametrize(
    ("said", "site"),
    [
        ("二七万达", "lm-zz-erqi-wanda"),
        ("丹尼斯，人民路那个店", "lm-zz-dannisi-renminlu"),
    ],
)
def test_a_brand_site_held_by_its_name_is_read_back(gz, said, site):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == site
