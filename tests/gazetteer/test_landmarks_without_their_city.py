"""A landmark named with its city's name (郑州动物园, 开封城墙) is called by the rest by that
city's people: said to that city's centre, the rest finds it first (and may be read back for the
caller to confirm, as the centre's own); other cities have their own, so it is never read back
with another city said, and never a contradiction with it."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "where", "place"),
    [
        ("动物园门口", ZHENGZHOU, "lm-zz-zhengzhoudongwuyuan"),
        ("植物园里头", ZHENGZHOU, "lm-zz-zhengzhouzhiwuyuan"),
        ("古城墙上", KAIFENG, "lm-kf-kaifengchengqiang"),
    ],
)
def test_a_landmark_said_without_its_city_is_the_centres_own(gz, said, where, place):
    r = gz.resolve([said], jurisdiction=where)
    assert r.candidates[0].place.id == place


def test_another_city_said_with_it_is_no_contradiction(gz):
    r = gz.resolve(["洛阳 动物园"], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "contradiction"
    assert r.question.kind != "confirm"


def test_a_held_road_said_with_a_name_every_city_has_is_where_the_caller_is(gz):
    # 郑州人民公园 is not on 纬五路: the caller is on the road, by some 人民公园 of its own.
    r = gz.resolve(["纬五路 人民公园"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-weiwulu"
    assert r.question.kind != "confirm"
