"""A second review of calls made for someone else somewhere else: the caller's own place said
in more ways (我现在人在苏州, 我在深圳南山区上班, 我在西安呢), someone else's workplace said by
more relations (我嫂子, 我侄子, 我们领导), and that workplace not where they are when they are
said to be at home now."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "where", "place"),
    [
        # 现在 or 目前 before 人: the caller's place all the same.
        ("我现在人在苏州，俺妈去郑州植物园散步晕倒了", ZHENGZHOU, "lm-zz-zhengzhouzhiwuyuan"),
        # The caller's city with its district (西湖区 is 南昌's too; 涧西 held without 区).
        ("我在杭州西湖区上班，我妈去碧沙岗公园晕倒了", ZHENGZHOU, "lm-zz-bishagang"),
        ("我在洛阳涧西区，我爸在二七广场那晕了", ZHENGZHOU, "lm-zz-erqiguangchang"),
        # Other words after the caller's city: what they do there, 这边, or only 呢.
        ("我在西安实习，我妈在金水路上晕了", ZHENGZHOU, "lm-zz-jinshuilu"),
        ("我在深圳这边，俺爸在花园路那摔了", ZHENGZHOU, "lm-zz-huayuanlu"),
        ("我在南京呢，邻居说我爷爷在农业路上摔了", ZHENGZHOU, "lm-zz-nongyelu"),
    ],
)
def test_the_callers_place_said_otherwise_is_not_offered(gz, said, where, place):
    r = gz.resolve([said], jurisdiction=where)
    assert r.candidates[0].place.id == place, said


def test_the_callers_city_with_its_district_holding_the_place_stays_quiet(gz):
    # 碧沙岗 is in the caller's 郑州: nothing is taken out, the park is read as before.
    r = gz.resolve(["我在郑州金水区，我妈在碧沙岗公园晕了"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-bishagang"


@pytest.mark.parametrize(
    "said",
    [
        "我嫂子在正弘城上班，她说胸口闷，花园路那块",
        "我侄子在正弘城上班，刚说头晕，农业路那边",
    ],
)
def test_a_site_more_relations_work_at_is_where_they_are(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-zhenghongcheng", said


def test_a_workplace_is_a_mark_when_they_are_at_home_now(gz):
    r = gz.resolve(["我姐在正弘城上班，这两天请假在家，家在金水路"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-jinshuilu"
