"""A call-taker sends the ambulance to the point a 院区 is shown at: the 院区 and campuses of
郑州 and 开封 that still stand at their county's or city's seat are counted, so a round that
places one moves the count on purpose, and the 院区 placed from an area or a road stay on it."""

from __future__ import annotations

import pytest

from gazetteer import Jurisdiction
from gazetteer._geo import haversine_km
from gazetteer._load import DEFAULT_DATA_DIR, LoadedData, load_data
from gazetteer._model import Place
from gazetteer._polygons import locate_district

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.fixture(scope="module")
def shipped() -> LoadedData:
    return load_data(DEFAULT_DATA_DIR)


def sites_at_a_seat(data: LoadedData, kind: str) -> list[Place]:
    """The sites of 郑州 and 开封 whose point is a seat: precision `district` or `city`, or
    a point equal to a county's or city's seat."""
    seats = {
        (round(p.lat, 5), round(p.lon, 5)) for p in data.places if p.kind in ("city", "district")
    }
    return [
        p
        for p in data.places
        if p.kind == kind
        and (p.admin.adcode or "")[:4] in ("4101", "4102")
        and (p.precision in ("district", "city") or (round(p.lat, 5), round(p.lon, 5)) in seats)
    ]


def km_between(a: Place, b: Place) -> float:
    return float(haversine_km(a.lat, a.lon, [b.lat], [b.lon])[0])  # type: ignore[arg-type]


def test_the_sites_still_at_a_seat_are_counted(shipped: LoadedData) -> None:
    # Sixth round (2026-12): 78 院区 (13 city, 65 district) → 76; campuses 73 (6 city, 67
    # district), not placed this round. See SOURCES.md, "Sixth round".
    branches = sites_at_a_seat(shipped, "hospital_branch")
    campuses = sites_at_a_seat(shipped, "campus")
    assert (len(branches), sum(p.precision == "city" for p in branches)) == (76, 13)
    assert (len(campuses), sum(p.precision == "city" for p in campuses)) == (73, 6)


def test_a_branch_named_after_longzihu_stands_in_the_college_park(shipped: LoadedData) -> None:
    places = {p.id: p for p in shipped.places}
    branch = places["hosp-hnzyydx-1-longzihu"]
    lake = places["lm-zz-longzihu"]
    jinshui = places["hosp-zzsjsqzyy-benbu"]  # a hospital still at 金水区's seat
    assert (branch.precision, branch.source) == ("approx", "own")
    assert km_between(branch, lake) < 0.5
    assert km_between(branch, jinshui) > 10  # it had stood at 金水区's seat
    assert locate_district(branch.lat, branch.lon) == branch.admin.adcode == "410105"


def test_the_gaoxin_branch_stands_on_the_south_side_of_lianhuajie(shipped: LoadedData) -> None:
    places = {p.id: p for p in shipped.places}
    branch = places["hosp-zzszxyy-gaoxin"]
    lianhuajie = next(p for p in shipped.places if p.kind == "road" and p.name == "莲花街")
    assert (branch.precision, branch.source) == ("approx", "own")
    assert km_between(branch, lianhuajie) < 0.5
    assert branch.lat < lianhuajie.lat  # the block lies south of 莲花街
    assert locate_district(branch.lat, branch.lon) == branch.admin.adcode == "410102"


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("龙子湖那边的中医一附院", "hosp-hnzyydx-1-longzihu"),
        ("高新区的市中心医院", "hosp-zzszxyy-gaoxin"),
    ],
)
def test_the_branch_said_with_its_area_is_read_back_as_placed(gz, said, place) -> None:
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    top = r.question.options[0].place
    assert top.id == place
    assert top.precision == "approx"
