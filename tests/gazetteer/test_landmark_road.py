"""A road said only by a landmark on it (河南博物院那条路): the road(s) the landmark stands on —
from its address, or from a held road's line beside its surveyed point — offered before the
landmark as a choice, never read back; the landmark said as itself, a road behind or inside it,
a road named outright, or a landmark whose road the data does not know, stay as they were."""

from dataclasses import replace

import pytest
from shapely.geometry import LineString

from gazetteer import Gazetteer, Jurisdiction
from gazetteer._load import load_data
from tests.gazetteer.factories import write_data

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "where", "road"),
    [
        ("河南博物院前边那条路", ZHENGZHOU, "lm-zz-nongyelu"),
        ("郑州人民医院旁边那条大街上", ZHENGZHOU, "lm-zz-huanghelu"),
        ("省胸科医院那条马路", ZHENGZHOU, "lm-zz-weiwulu"),
        ("就在中牟县政府门口那条道上", ZHENGZHOU, "lm-zz-shangdudajie"),
        ("病人在，月季公园那条路", ZHENGZHOU, "lm-zz-xizhanlu"),
        ("开封市政府那条路", KAIFENG, "lm-kf-jinanlu"),
        ("汴京公园跟前那条路上", KAIFENG, "lm-kf-bianjinglu"),
    ],
)
def test_a_road_said_by_its_landmark_offers_the_road_first(
    gz: Gazetteer, said: str, where: Jurisdiction, road: str
) -> None:
    r = gz.resolve([said], jurisdiction=where)
    assert r.candidates[0].place.id == road, said
    # A choice between the road and the landmark: a wrong road read back is worse than asking.
    assert r.question.kind == "choose", said
    assert r.question.options[0].place.id == road
    assert any(o.place.kind != "road" for o in r.question.options), said


@pytest.mark.parametrize(
    ("said", "roads"),
    [
        ("省儿童医院西院区那条路", {"lm-zz-mianfangxilu", "lm-zz-qinlinglu"}),
        ("碧沙岗公园门口那条大路", {"lm-zz-jianshelu", "lm-zz-songshanlu"}),
    ],
)
def test_a_landmark_on_a_corner_offers_both_roads(gz: Gazetteer, said: str, roads: set[str]):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "choose", said
    assert {o.place.id for o in r.question.options[:2]} == roads, said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("河南博物院那边", "lm-zz-henanbowuyuan"),
        ("河南博物院门口", "lm-zz-henanbowuyuan"),
        ("郑州人民医院里面", "hosp-zzrmyy-huanghelu"),
    ],
)
def test_the_landmark_said_as_itself_is_the_landmark(gz: Gazetteer, said: str, place: str):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == place, said
    assert all(c.place.kind != "road" for c in r.candidates[:1]), said


@pytest.mark.parametrize(
    "said",
    [
        "河南博物院后面那条路",
        "河南博物院背后那条街上",
        "河南博物院那条巷子里",
        "郑州人民医院里面那条小路",
        "绿博园那条河边上",
        "紫荆山公园那条路",  # its address names no road, and its point is only approximate
    ],
)
def test_no_road_is_offered_where_the_words_or_the_data_do_not_say_it(gz: Gazetteer, said: str):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert all(c.place.kind != "road" for c in r.candidates[:1]), said
    assert r.question.kind != "confirm" or r.question.options[0].place.kind != "road", said


def test_a_side_gates_road_is_not_the_address_road(gz: Gazetteer):
    r = gz.resolve(["香国寺，后门那条街"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == "lm-kf-daxiangguosi"


def test_a_road_named_outright_with_the_landmark_stays_as_it_was(gz: Gazetteer):
    r = gz.resolve(["黄河路，郑州人民医院那条"], jurisdiction=ZHENGZHOU)
    on_it = {"lm-zz-huanghelu", "hosp-zzrmyy-huanghelu", "hosp-zzrmyy"}
    assert r.candidates[0].place.id in on_it


# A landmark with no road in its address, beside two held roads drawn as lines (an imported
# layer's), with a third road 450 m away.
AT = (34.800, 113.660)


def _site(id_: str, name: str, precision: str) -> dict[str, object]:
    return {
        "id": id_,
        "kind": "landmark",
        "name": name,
        "adcode": "410105",
        "address": "河南省郑州市金水区",
        "lat": AT[0],
        "lon": AT[1],
        "precision": precision,
        "source": "own",
    }


def _road(id_: str, name: str) -> dict[str, object]:
    return {
        "id": id_,
        "kind": "road",
        "name": name,
        "adcode": "410105",
        "lat": AT[0],
        "lon": AT[1],
        "precision": "approx",
        "source": "own",
    }


LINES = {
    "r-north": LineString([(113.650, 34.8004), (113.670, 34.8004)]),  # about 45 m north
    "r-east": LineString([(113.6608, 34.790), (113.6608, 34.810)]),  # about 75 m east
    "r-south": LineString([(113.650, 34.796), (113.670, 34.796)]),  # about 450 m south
}


@pytest.fixture(scope="module")
def drawn(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    root = write_data(
        tmp_path_factory.mktemp("data"),
        landmarks=[
            _site("lm-placed", "甲乙博物馆", "address"),
            _site("lm-rough", "丙丁游乐园", "approx"),
            _road("r-north", "北里大道"),
            _road("r-east", "东里大道"),
            _road("r-south", "南里大道"),
        ],
    )
    data = load_data(root)
    data.places = [replace(p, polygon=LINES[p.id]) if p.id in LINES else p for p in data.places]
    return Gazetteer.from_data(data)


def test_roads_drawn_beside_a_placed_landmark_are_offered(drawn: Gazetteer):
    r = drawn.resolve(["甲乙博物馆门口那条路"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "choose"
    assert {o.place.id for o in r.question.options[:2]} == {"r-north", "r-east"}
    assert r.question.options[2].place.id == "lm-placed"
    assert "r-south" not in {c.place.id for c in r.candidates}


def test_a_roughly_placed_landmark_picks_no_road_by_its_point(drawn: Gazetteer):
    r = drawn.resolve(["丙丁游乐园那条路"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-rough"
    assert r.question.kind != "choose" or all(o.place.kind != "road" for o in r.question.options)
