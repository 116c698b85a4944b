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
    # The site at the corner is offered beside the corner itself, never read back alone.
    r = gz.resolve(["金水路跟经八路交叉口"], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"
    offered = {o.place.id for o in r.question.options}
    assert "xing-lm-jingba-lm-jinshui" in offered


def test_a_house_number_is_not_read_as_part_of_a_name(gz: Gazetteer) -> None:
    r = gz.resolve(["东风路6号"], jurisdiction=ZHENGZHOU)
    assert ids(r, 1) == ["lm-dongfeng"]
    assert r.question.kind != "confirm" or r.question.options[0].place.id == "lm-dongfeng"


def test_a_loose_match_over_words_said_exactly_is_no_third_place(gz: Gazetteer) -> None:
    # 东风路文化路 reads loosely as 东风路校区, but both roads were said exactly.
    r = gz.resolve(["东风路文化路交叉口"], jurisdiction=ZHENGZHOU)
    assert not (r.question.kind == "confirm" and r.question.options[0].place.id == "edu-1-dongfeng")
    assert ids(r, 1) == ["xing-lm-dongfeng-lm-wenhua"]


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


# --- names that only look like the place -------------------------------------------------------


@pytest.fixture(scope="module")
def lookalikes(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    root = write_data(
        tmp_path_factory.mktemp("lookalikes"),
        institutions=[
            institution(
                "edu-zy", "河南省中医院", [campus("edu-zy", "a", "东院区", "410105", 34.78, 113.67)]
            ),
            institution(
                "edu-zl",
                "河南省肿瘤医院",
                [campus("edu-zl", "a", "北院区", "410105", 34.74, 113.70)],
            ),
            institution(
                "edu-hs",
                "华北水利学院",
                [
                    campus(
                        "edu-hs",
                        "hy",
                        "花园校区",
                        "410105",
                        34.80,
                        113.68,
                        roads=["花园路", "北环路"],
                    )
                ],
            ),
            institution(
                "edu-lg",
                "洛阳理工学院",
                [
                    campus("edu-lg", "jd", "九都校区", "410305", 34.63, 112.42),
                    campus("edu-lg", "ky", "开元校区", "410305", 34.60, 112.45),
                ],
            ),
        ],
        landmarks=[
            road("lm-huayuan", "花园路", "410105", 34.80, 113.68),
            road("lm-beihuan", "北环路", "410105", 34.81, 113.66),
        ],
        divisions=[
            *HENAN_DIVISIONS,
            division("410300", "洛阳市", "洛阳", "city", "410000", 34.62, 112.45),
            division("410305", "涧西区", "涧西", "district", "410300", 34.66, 112.40),
            division("130200", "唐山市", "唐山", "city", "130000", 39.63, 118.18),
            division("130203", "路北区", "路北", "district", "130200", 39.62, 118.20),
        ],
    )
    return Gazetteer.from_data(load_data(root))


def test_a_sound_alike_one_character_from_another_name_offers_both(lookalikes: Gazetteer) -> None:
    # 肿 sounds as 中, and 肿瘤 lost a character: either place could be meant.
    r = lookalikes.resolve(["河南省肿医院"], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"
    offered = {o.place.parent for o in r.question.options}
    assert {"edu-zy", "edu-zl"} <= offered


def test_a_sound_alike_with_no_name_one_character_away_is_still_read_back(
    lookalikes: Gazetteer,
) -> None:
    r = lookalikes.resolve(["华北水力学院花园校区"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == "edu-hs-hy"


def test_a_corner_of_two_roads_does_not_confirm_a_campus_named_like_one(
    lookalikes: Gazetteer,
) -> None:
    # 路北 (a district elsewhere) read across the join of 花园路|北环路 must not bring back 花园.
    r = lookalikes.resolve(["花园路北环路口"], jurisdiction=ZHENGZHOU)
    assert not (r.question.kind == "confirm" and r.question.options[0].place.kind == "campus")
    assert r.best is not None and r.best.place.kind == "crossing"
    assert r.best.place.name.startswith(("北环路与花园路", "花园路与北环路"))
    assert all(c.place.id != "adm-130203" for c in r.candidates)


def test_a_road_said_with_its_city_does_not_confirm_a_campus_sharing_its_first_word(
    lookalikes: Gazetteer,
) -> None:
    r = lookalikes.resolve(["洛阳九都路"], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"
    # The campus's own name said in full is still read back.
    named = lookalikes.resolve(["洛阳理工学院九都校区"], jurisdiction=ZHENGZHOU)
    assert named.question.kind == "confirm"
    assert named.question.options[0].place.id == "edu-lg-jd"


@pytest.fixture(scope="module")
def many_main_campuses(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    # A generic campus name held by many institutions, as 校本部 is by hundreds.
    prefixes = "东南西北中甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥春夏秋冬"
    institutions = [
        institution(
            f"edu-{k}",
            f"{a}{b}理工学院",
            [campus(f"edu-{k}", "bb", "校本部", "410105", 34.70 + k / 1000, 113.60)],
        )
        for k, (a, b) in enumerate((a, b) for a in prefixes[:8] for b in prefixes[8:16])
    ]
    return Gazetteer.from_data(
        load_data(write_data(tmp_path_factory.mktemp("main"), institutions=institutions))
    )


def test_a_generic_name_alone_asks_which_among_a_bounded_set(
    many_main_campuses: Gazetteer,
) -> None:
    r = many_main_campuses.resolve(["校本部"], jurisdiction=ZHENGZHOU, limit=8)
    assert r.question.kind != "confirm"
    assert 1 < len(r.candidates) <= 8


def test_a_generic_name_with_its_institution_is_that_institutions(
    many_main_campuses: Gazetteer,
) -> None:
    r = many_main_campuses.resolve(["西己理工学院校本部"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == "edu-18-bb"
