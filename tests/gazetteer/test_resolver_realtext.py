"""How the resolver reads what real callers say: roads named like the sites on them, corners,
house numbers, estates, and what it must not read back as the place."""

import pytest

from gazetteer import Gazetteer, Jurisdiction, load_gazetteer
from gazetteer._load import load_data
from tests.gazetteer.factories import HENAN_DIVISIONS, campus, division, institution, write_data

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


def road(id_: str, name: str, adcode: str, lat: float, lon: float) -> dict[str, object]:
    return {"id": id_, "kind": "road", "name": name, "adcode": adcode, "lat": lat, "lon": lon}


@pytest.fixture(scope="module")
def gz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    root = write_data(
        tmp_path_factory.mktemp("data"),
        institutions=[
            institution(
                "edu-1",
                "河南中医药大学",
                [
                    campus("edu-1", "dongfeng", "东风路校区", "410105", 34.80, 113.66),
                    campus(
                        "edu-1",
                        "jingba",
                        "人民路校区",
                        "410105",
                        34.77,
                        113.69,
                        roads=["经八路", "金水路"],
                    ),
                ],
                aliases=["河南中医"],
            ),
            institution(
                "edu-2",
                "河南大学",
                [
                    campus(
                        "edu-2",
                        "minglun",
                        "开封明伦校区",
                        "410203",
                        34.81,
                        114.36,
                        roads=["明伦街"],
                    ),
                ],
            ),
        ],
        landmarks=[
            road("lm-dongfeng", "东风路", "410105", 34.80, 113.66),
            road("lm-wenhua", "文化路", "410105", 34.79, 113.66),
            road("lm-jingba", "经八路", "410105", 34.77, 113.69),
            road("lm-jinshui", "金水路", "410105", 34.77, 113.68),
            road("lm-minglun", "明伦街", "410203", 34.81, 114.36),
            {
                "id": "lm-park",
                "kind": "landmark",
                "name": "碧沙岗公园",
                "aliases": ["碧沙岗"],
                "adcode": "410105",
                "lat": 34.75,
                "lon": 113.64,
            },
        ],
        divisions=[
            *HENAN_DIVISIONS,
            division("410700", "新乡市", "新乡", "city", "410000", 35.30, 113.93),
            division("410782", "辉县市", "辉县", "district", "410700", 35.46, 113.81),
        ],
    )
    (root / "derived" / "henan_towns.csv").write_text(
        "code,name\n"
        "410105001,经八路街道\n410105001001,馨怡家园社区\n410105001002,碧沙岗社区\n"
        "410782101,南村镇\n410782101201,太阳村\n",
        encoding="utf-8",
    )
    return Gazetteer.from_data(load_data(root))


def ids(resolution, k=3):
    return [c.place.id for c in resolution.candidates[:k]]


def test_a_road_said_alone_is_the_road_before_the_campus_named_after_it(gz: Gazetteer) -> None:
    r = gz.resolve(["东风路"], jurisdiction=ZHENGZHOU)
    assert ids(r, 1) == ["lm-dongfeng"]
    assert "edu-1-dongfeng" in ids(r)
    assert r.question.kind != "confirm" or r.question.options[0].place.id == "lm-dongfeng"


def test_the_campus_is_still_found_by_its_own_name(gz: Gazetteer) -> None:
    r = gz.resolve(["河南中医东风路校区"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == "edu-1-dongfeng"


def test_a_corner_of_two_roads_at_a_sites_gates_is_offered_not_read_back(gz: Gazetteer) -> None:
    r = gz.resolve(["金水路跟经八路交叉口"], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"
    offered = {o.place.id for o in r.question.options}
    assert offered & {"lm-jingba", "lm-jinshui"}


def test_a_house_number_is_not_read_as_part_of_a_name(gz: Gazetteer) -> None:
    r = gz.resolve(["东风路6号"], jurisdiction=ZHENGZHOU)
    assert ids(r, 1) == ["lm-dongfeng"]
    assert r.question.kind != "confirm" or r.question.options[0].place.id == "lm-dongfeng"


def test_a_loose_match_over_words_said_exactly_is_no_third_place(gz: Gazetteer) -> None:
    # 东风路文化路 reads loosely as 东风路校区, but both roads were said exactly.
    r = gz.resolve(["东风路文化路交叉口"], jurisdiction=ZHENGZHOU)
    assert not (r.question.kind == "confirm" and r.question.options[0].place.id == "edu-1-dongfeng")
    assert set(ids(r, 2)) == {"lm-dongfeng", "lm-wenhua"}


def test_exact_names_overlapping_in_part_are_both_read(gz: Gazetteer) -> None:
    # 开封明伦|街 (the campus's short form) against 开封|明伦街 (a city and a road).
    r = gz.resolve(["开封明伦街"], jurisdiction=ZHENGZHOU)
    assert ids(r, 1) == ["lm-minglun"]
    assert not (r.question.kind == "confirm" and r.question.options[0].place.id != "lm-minglun")


def test_a_community_is_found_by_the_estate_it_is_named_after(gz: Gazetteer) -> None:
    r = gz.resolve(["馨怡家园"], jurisdiction=ZHENGZHOU)
    assert ids(r, 1) == ["adm-410105001001"]


def test_a_community_does_not_take_the_name_of_the_park_beside_it(gz: Gazetteer) -> None:
    r = gz.resolve(["碧沙岗"], jurisdiction=ZHENGZHOU)
    assert ids(r, 1) == ["lm-park"]


def test_a_lone_town_outside_the_centres_area_is_not_read_back(gz: Gazetteer) -> None:
    assert gz.resolve(["南村镇"], jurisdiction=ZHENGZHOU).question.kind == "ask_more"
    assert gz.resolve(["太阳村"], jurisdiction=ZHENGZHOU).question.kind == "ask_more"
    # With its county said, it is the place.
    r = gz.resolve(["辉县南村镇"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == "adm-410782101"


def test_a_loose_likeness_is_offered_but_not_read_back(gz: Gazetteer) -> None:
    r = gz.resolve(["河南中药大学东峰校"], jurisdiction=ZHENGZHOU)
    assert ids(r, 1) == ["edu-1-dongfeng"]
    assert r.question.kind != "confirm"


@pytest.fixture(scope="module")
def shipped() -> Gazetteer:
    return load_gazetteer()


def test_the_shipped_hospital_on_a_corner_is_not_read_back_for_the_corner(
    shipped: Gazetteer,
) -> None:
    r = shipped.resolve(["金水路跟经八路交叉口"], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"
