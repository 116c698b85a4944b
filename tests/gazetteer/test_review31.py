"""Second review of set 31's learning, in other words and places than the learner's: a site on
a crossing's corner is the crossing only where the crossing is said by two held roads, and a
site said by its gate on the corner (路口西北角，华水门口) is the corner too; a kind of site
(菜市场) is asked only when said of the road's name, not as where along a road said first
(北下街，菜市场旁边); a road said by its landmark is read from the landmark's address by the
road's other names too (嵩山南路, 桐柏北路), and not across from it (对过)."""

import pytest

from gazetteer import Gazetteer, Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "site"),
    [
        # 路口 said, but no two held roads: the site is the only place named.
        ("河南博物院那，十字路口西北角", "lm-zz-henanbowuyuan"),
        ("郑州人民医院那边，路口东南角", "hosp-zzrmyy-huanghelu"),
        ("路口东北角，碧沙岗那边", "lm-zz-bishagang"),
        # Two roads the data does not hold.
        ("正光路和兴华北街交叉口东北角，碧沙岗公园那个角上", "lm-zz-bishagang"),
    ],
)
def test_a_site_on_a_corner_of_no_crossing_said_stays_the_site(
    gz: Gazetteer, said: str, site: str
) -> None:
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates and r.candidates[0].place.id == site, said


@pytest.mark.parametrize(
    ("said", "crossing"),
    [
        ("北环路花园路口，西北角，华水门口，有人摔了", "xing-lm-zz-beihuanlu-lm-zz-huayuanlu"),
        ("建设路嵩山路交叉口东南角，碧沙岗公园门口", "xing-lm-zz-songshanlu-lm-zz-jianshelu"),
        ("航海路大学路十字路口西北角，二院大门前", "xing-lm-zz-daxuelu-lm-zz-hanghailu"),
    ],
)
def test_a_site_said_by_its_gate_on_the_corner_is_the_crossing(
    gz: Gazetteer, said: str, crossing: str
) -> None:
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == crossing, said
    assert r.question.kind != "confirm" or r.question.options[0].place.id == crossing, said


@pytest.mark.parametrize(
    ("said", "site"),
    [
        # The gate said with no corner, or the site said inside: the site stays.
        ("北环路花园路口，华水门口", "edu-4141010078-huayuan"),
        ("花园路农业路交叉口东北角，正弘城里面", "lm-zz-zhenghongcheng"),
        ("碧沙岗公园东门门口", "lm-zz-bishagang"),
    ],
)
def test_a_gate_without_a_corner_or_inside_the_site_keeps_the_site(
    gz: Gazetteer, said: str, site: str
) -> None:
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == site, said


@pytest.mark.parametrize(
    ("said", "where", "road"),
    [
        ("北下街，菜市场旁边", ZHENGZHOU, "lm-zz-beixiajie"),
        ("我在永平路买菜，在菜市场门口摔了", ZHENGZHOU, "lm-zz-yongpinglu"),
        ("汴京路，菜市场旁边", KAIFENG, "lm-kf-bianjinglu"),
        ("鼓楼街，在菜市场门口", KAIFENG, "lm-kf-guloujie"),
    ],
)
def test_a_road_said_first_then_a_market_along_it_is_the_road(
    gz: Gazetteer, said: str, where: Jurisdiction, road: str
) -> None:
    r = gz.resolve([said], jurisdiction=where)
    assert r.question.kind == "confirm", said
    assert r.question.options[0].place.id == road, said


@pytest.mark.parametrize(
    ("said", "where"),
    [
        ("西大街那个菜市场，有个老太太摔倒了", ZHENGZHOU),
        ("建中街菜市场门口", ZHENGZHOU),
        ("福寿街的菜市场，有人打架", ZHENGZHOU),
        ("延寿寺 那个菜市场", KAIFENG),
        ("寺后街那个礼拜寺", KAIFENG),
        # The site said again as "that" one in a clause after the name.
        ("延寿寺，开封那个菜市场", KAIFENG),
        ("建中街，二七那个菜市场门口", ZHENGZHOU),
    ],
)
def test_a_kind_of_site_said_of_a_road_or_a_community_is_still_asked(
    gz: Gazetteer, said: str, where: Jurisdiction
) -> None:
    r = gz.resolve([said], jurisdiction=where)
    assert r.question.kind != "confirm", said


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("河工大老校区那条路", "lm-zz-songshanlu"),  # 嵩山南路140号
        ("就在中原区政府那条路上", "lm-zz-tongbailu"),  # 桐柏南路8号
        ("郑州市中心医院那条街上，有人出车祸了", "lm-zz-tongbailu"),  # 桐柏北路195号
    ],
)
def test_a_landmark_whose_address_names_the_road_by_another_name_offers_it(
    gz: Gazetteer, said: str, road: str
) -> None:
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == road, said
    assert r.question.kind == "choose", said


@pytest.mark.parametrize(
    "said",
    ["郑大二附院对过那条路", "郑州人民医院对过儿那条街上", "河工大老校区对面那条路"],
)
def test_a_road_across_from_a_landmark_is_not_offered_as_its_road(gz: Gazetteer, said: str) -> None:
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.kind != "road", said
