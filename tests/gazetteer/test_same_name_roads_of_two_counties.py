"""A road named alike in a city's district and in one of its county-level cities (解放路 of 二七区
and of 新郑): said with nothing else, the district's comes first and the caller is asked which;
an institution's sites nothing separates come in the order its record lists them. How many
places the data holds in either county never turns the order."""

from pathlib import Path

import pytest

from gazetteer import Gazetteer, Jurisdiction
from tests.gazetteer.factories import campus, division, institution, write_gazetteer

ZHENGZHOU = Jurisdiction(adcodes=("4101",))

DIVISIONS = [
    division("410000", "河南省", "河南", "province", "", 34.76, 113.75),
    division("410100", "郑州市", "郑州", "city", "410000", 34.75, 113.62),
    division("410103", "二七区", "二七", "district", "410100", 34.72, 113.64),
    division("410184", "新郑市", "新郑", "district", "410100", 34.40, 113.74),
]
AT = {"410103": (34.7536, 113.6597), "410184": (34.3972, 113.7345)}


def _place(id_: str, kind: str, name: str, adcode: str) -> dict[str, object]:
    lat, lon = AT[adcode]
    return {
        "id": id_,
        "kind": kind,
        "name": name,
        "adcode": adcode,
        "lat": lat,
        "lon": lon,
        "precision": "district",
        "source": "own",
    }


# The 新郑 road's id sorts first, so only the rule, not the id, can put 二七区's first.
ROADS = [
    _place("a-xinzheng-huayuanlu", "road", "花园路", "410184"),
    _place("b-erqi-huayuanlu", "road", "花园路", "410103"),
]
# Unrelated places, named so that no word of them is said in the tests.
ERQI_SITES = [
    _place(f"erqi-{n}", "landmark", f"{word}广场", "410103") for n, word in enumerate("甲乙")
]
XINZHENG_SITES = [
    _place(f"xinzheng-{n}", "landmark", f"{word}公园", "410184")
    for n, word in enumerate("丙丁戊己庚")
]


def _gazetteer(root: Path, extra: int) -> Gazetteer:
    return write_gazetteer(
        root, divisions=DIVISIONS, landmarks=[*ROADS, *ERQI_SITES, *XINZHENG_SITES[:extra]]
    )


@pytest.mark.parametrize("extra", [0, 2, 5])
@pytest.mark.parametrize("said", ["花园路", "花园路上，快点来"])
def test_the_districts_road_comes_first_however_many_places_each_county_holds(
    tmp_path: Path, extra: int, said: str
) -> None:
    # With 5 places added to 新郑 it holds more than 二七区, which once put its road first.
    r = _gazetteer(tmp_path, extra).resolve([said], jurisdiction=ZHENGZHOU)
    assert [c.place.id for c in r.candidates[:2]] == ["b-erqi-huayuanlu", "a-xinzheng-huayuanlu"]
    assert r.question.kind != "confirm"


def test_the_county_said_still_picks_its_own_road(tmp_path: Path) -> None:
    r = _gazetteer(tmp_path, 0).resolve(["新郑花园路"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "a-xinzheng-huayuanlu"


def test_the_shipped_roads_keep_their_order(gz: Gazetteer) -> None:
    r = gz.resolve(["解放路"], jurisdiction=ZHENGZHOU)
    assert [c.place.id for c in r.candidates[:2]] == ["lm-zz-jiefanglu", "lm-zz-jiefanglu-xinzheng"]
    assert r.question.kind == "choose"


def test_an_institutions_sites_are_offered_in_the_order_its_record_lists_them(
    tmp_path: Path,
) -> None:
    # The third site's county holds the most places, which once put it before the second.
    g = write_gazetteer(
        tmp_path,
        divisions=[
            *DIVISIONS,
            division("410105", "金水区", "金水", "district", "410100", 34.8, 113.66),
        ],
        institutions=[
            institution(
                "edu-9",
                "丙丁学院",
                [
                    campus("edu-9", "a", "北校区", "410103", 34.76, 113.65),
                    campus("edu-9", "b", "南校区", "410103", 34.72, 113.65),
                    campus("edu-9", "c", "东校区", "410105", 34.79, 113.72),
                ],
            )
        ],
        landmarks=[
            {**_place(f"jinshui-{n}", "landmark", f"{w}公园", "410184"), "adcode": "410105"}
            for n, w in enumerate("戊己庚辛")
        ],
    )
    r = g.resolve(["丙丁学院"], jurisdiction=ZHENGZHOU)
    sites = [c.place.id for c in r.candidates if c.place.id.startswith("edu-9-")]
    assert sites[:2] == ["edu-9-a", "edu-9-b"]
    assert r.question.kind != "confirm"
