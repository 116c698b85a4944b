"""Two roads the data knows only by a point, said together: their crossing, with its point
an estimate that says so."""

import pytest

from gazetteer import Gazetteer, Jurisdiction
from gazetteer._crossings import UNKNOWN_POINT
from gazetteer._load import load_data
from gazetteer._validate import validate
from tests.gazetteer.factories import write_data

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


def road(id_: str, name: str, adcode: str, lat: float, lon: float) -> dict[str, object]:
    return {
        "id": id_,
        "kind": "road",
        "name": name,
        "adcode": adcode,
        "lat": lat,
        "lon": lon,
        "precision": "approx",
        "source": "own",
    }


ROADS = [
    road("lm-jinshui", "金水路", "410105", 34.764, 113.708),
    road("lm-jingba", "经八路", "410105", 34.779, 113.693),
    # 25 km west of the others: where it meets them is not known to within a few km.
    road("lm-far", "科学大道", "410105", 34.818, 113.420),
    road("lm-minglun", "明伦街", "410203", 34.813, 114.364),
]


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory):
    return write_data(tmp_path_factory.mktemp("data"), landmarks=ROADS)


@pytest.fixture(scope="module")
def gz(data_dir) -> Gazetteer:
    return Gazetteer.from_data(load_data(data_dir))


@pytest.mark.parametrize("said", ["金水路经八路交叉口", "经八路和金水路", "金水路跟经八路路口这儿"])
def test_two_point_roads_said_together_are_their_estimated_crossing(
    gz: Gazetteer, said: str
) -> None:
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    best = r.best
    assert best is not None and best.place.kind == "crossing", said
    assert best.place.name == "经八路与金水路交叉口" + UNKNOWN_POINT
    assert best.place.precision == "approx"
    assert best.place.parent in {"lm-jinshui", "lm-jingba"}
    # The estimate lies between the two roads' points.
    assert 34.764 < best.place.lat < 34.779 and 113.693 < best.place.lon < 113.708


def test_an_estimate_from_far_apart_points_claims_only_the_city(gz: Gazetteer) -> None:
    best = gz.resolve(["金水路科学大道交叉口"], jurisdiction=ZHENGZHOU).best
    assert best is not None and best.place.kind == "crossing"
    assert best.place.precision == "city"
    assert best.place.name.endswith(UNKNOWN_POINT)


def test_roads_of_two_cities_have_no_crossing(gz: Gazetteer) -> None:
    r = gz.resolve(["金水路明伦街交叉口"])
    assert all(c.place.kind != "crossing" for c in r.candidates)


def test_one_road_said_alone_is_still_the_road(gz: Gazetteer) -> None:
    best = gz.resolve(["金水路"], jurisdiction=ZHENGZHOU).best
    assert best is not None and best.place.id == "lm-jinshui"


def test_validate_counts_the_estimates_as_a_layer_of_their_own(gz: Gazetteer, data_dir) -> None:
    report = validate(data_dir)
    # 金水路, 经八路 and 科学大道 pair up in 郑州; 明伦街 is alone in 开封.
    assert report.counts["layer estimated crossings of point-only roads"] == 3
    layers = sum(v for k, v in report.counts.items() if k.startswith("layer "))
    assert layers == len(gz)


def test_a_road_known_only_by_its_district_makes_no_crossing_finer_than_the_district() -> None:
    from gazetteer._crossings import point_road_crossings
    from gazetteer._model import Admin, Place

    def point_road(id_: str, name: str, lat: float, lon: float, precision: str) -> Place:
        admin = Admin("河南省", "郑州市", "管城回族区", "410104")
        return Place(id_, "road", name, name, admin, lat, lon, precision=precision, source="own")

    seat = (34.7466, 113.6860)  # where a district-precision road's point stands: the seat
    on_road = point_road("r-on", "紫荆山南路", 34.7402, 113.6811, "approx")
    vague = point_road("r-vague", "城南西街", *seat, "district")
    also_vague = point_road("r-vague2", "货栈北街", *seat, "district")
    estimates = point_road_crossings([on_road, vague, also_vague])
    assert len(estimates) == 3
    for crossing in estimates:
        assert crossing.precision == "district", crossing.name
    with_known = next(p for p in estimates if "紫荆山南路" in p.name)
    # Somewhere along the road known by a point, not halfway to the district's seat.
    assert (with_known.lat, with_known.lon) == (on_road.lat, on_road.lon)
    assert "只知到所在区县" in with_known.address
    # A road point 20 km from the seat says no more than the city of where they meet.
    far = point_road("r-far", "绕城东路", 34.7466, 113.9060, "approx")
    (far_crossing,) = point_road_crossings([far, vague])
    assert far_crossing.precision == "city"


def test_an_estimate_is_no_surer_than_its_roughest_road(tmp_path) -> None:
    # Two roads known only by their county's seat meet 0 km from it: that says the county.
    seat = {"lat": 34.801088, "lon": 113.654527, "precision": "district", "source": "division-seat"}
    roads = [
        {**road("lm-wei", "纬二路", "410105", 0.0, 0.0), **seat},
        {**road("lm-jing", "经六路", "410105", 0.0, 0.0), **seat},
    ]
    gz = Gazetteer.from_data(load_data(write_data(tmp_path, landmarks=roads)))
    best = gz.resolve(["纬二路经六路交叉口"], jurisdiction=ZHENGZHOU).best
    assert best is not None and best.place.kind == "crossing"
    assert best.place.precision == "district"


def test_a_county_roads_crossing_with_a_far_road_of_another_county_stands_in_its_county() -> None:
    # 兰考's 裕禄大道 is known by its county's seat only; 开封's 中山路 by a point 45 km away in
    # 禹王台区. Said together, they meet in 兰考 (the road is 兰考's), not at 开封's station.
    from gazetteer._crossings import point_road_crossings
    from gazetteer._model import Admin, Place

    lankao = Admin("河南省", "开封市", "兰考县", "410225")
    yuwangtai = Admin("河南省", "开封市", "禹王台区", "410205")
    county_road = Place(
        "r-yulu",
        "road",
        "裕禄大道",
        "裕禄大道",
        lankao,
        34.823195,
        114.815781,
        precision="district",
        source="division-seat",
    )
    city_road = Place(
        "r-zhongshan",
        "road",
        "中山路",
        "中山路",
        yuwangtai,
        34.7716,
        114.3485,
        precision="approx",
        source="wikipedia",
    )
    (crossing,) = point_road_crossings([county_road, city_road])
    assert (crossing.lat, crossing.lon) == (county_road.lat, county_road.lon)
    assert crossing.precision == "city"
    # A road of the same county far off keeps the known point, as before.
    same = Place(
        "r-far", "road", "东台路", "东台路", lankao, 34.70, 114.60, precision="approx", source="own"
    )
    (kept,) = point_road_crossings([county_road, same])
    assert (kept.lat, kept.lon) == (same.lat, same.lon)
