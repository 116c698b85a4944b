"""Towns and villages of 河南: built from the china-division package, resolved under their
county, placed honestly at its seat."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest

from gazetteer import Gazetteer, Jurisdiction
from gazetteer._load import DEFAULT_DATA_DIR
from gazetteer._towns import TOWNS_FILE, TownSourceMissing, build_towns

DATA = DEFAULT_DATA_DIR / "derived"


AREAS = (
    "code,name,cityCode,provinceCode\n"
    '410122,"中牟县",4101,41\n410173,"郑州航空港经济综合实验区",4101,41\n110101,"东城区",1101,11\n'
)


def _tarball(path: Path, streets: str, villages: str, areas: str = AREAS) -> None:
    with tarfile.open(path, "w:gz") as archive:
        members = (("areas.csv", areas), ("streets.csv", streets), ("villages.csv", villages))
        for name, text in members:
            data = text.encode("utf-8")
            member = tarfile.TarInfo(f"package/dist/{name}")
            member.size = len(data)
            archive.addfile(member, io.BytesIO(data))


def test_the_build_keeps_henan_with_the_names_people_say(tmp_path: Path) -> None:
    tarball = tmp_path / "china-division-2.7.0.tgz"
    _tarball(
        tarball,
        "code,name,areaCode,provinceCode,cityCode\n"
        '410122208,"刁家乡",410122,41,4101\n110101001,"东华门街道",110101,11,1101\n',
        "code,name,streetCode,provinceCode,cityCode,areaCode\n"
        '410122208201,"大孙庄村民委员会",410122208,41,4101,410122\n'
        '410122208001,"刁家社区居委会",410122208,41,4101,410122\n',
    )
    assert build_towns(out_dir=tmp_path / "out", tarball=tarball) == 5
    assert (tmp_path / "out" / TOWNS_FILE).read_text(encoding="utf-8") == (
        "code,name\n410122,中牟县\n410122208,刁家乡\n410122208001,刁家社区\n"
        "410122208201,大孙庄村\n410173,郑州航空港经济综合实验区\n"
    )


def test_a_tarball_without_the_lists_is_refused(tmp_path: Path) -> None:
    tarball = tmp_path / "other.tgz"
    with tarfile.open(tarball, "w:gz"):
        pass
    with pytest.raises(TownSourceMissing, match="lacks"):
        build_towns(out_dir=tmp_path, tarball=tarball)


def test_a_town_is_under_its_county_at_the_county_seat(gz: Gazetteer) -> None:
    town = gz.get("adm-410122208")
    county = gz.get("adm-410122")
    assert town is not None and county is not None
    assert (town.kind, town.name, town.parent) == ("town", "刁家乡", "adm-410122")
    assert (town.lat, town.lon) == (county.lat, county.lon)
    assert (town.precision, town.source) == ("district", "china-division")


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (["中牟县刁家乡"], "adm-410122208"),
        (["刁家乡"], "adm-410122208"),
        (["中原区 林山寨街道"], "adm-410102001"),
        (["林山寨街道碧沙岗社区"], "adm-410102001002"),
    ],
)
def test_towns_and_villages_resolve_under_their_county(
    gz: Gazetteer, said: list[str], expected: str
) -> None:
    best = gz.resolve(said).best
    assert best is not None and best.place.id == expected


def test_a_village_said_with_its_town_is_that_village(gz: Gazetteer) -> None:
    village = next(p for p in gz.children("adm-410122208") if p.kind == "village")
    best = gz.resolve([f"刁家乡{village.name}"]).best
    assert best is not None and best.place.id == village.id


def test_a_common_village_name_alone_is_not_confirmed(gz: Gazetteer) -> None:
    resolution = gz.resolve(["王庄村"], jurisdiction=Jurisdiction(adcodes=("4101",)))
    assert resolution.question.kind != "confirm"
    assert len(resolution.candidates) > 1


# --- units under functional zones (statistics-only codes without a county) -------------------


def test_a_zone_a_curated_area_stands_for_holds_its_units_at_that_areas_county(
    gz: Gazetteer,
) -> None:
    # 郑州航空港经济综合实验区 (410173) is the curated 郑州航空港区, placed in 新郑市.
    town = gz.get("adm-410173400")
    seat = gz.get("adm-410184")
    assert town is not None and seat is not None
    assert (town.name, town.parent, town.admin.adcode) == (
        "新港街道",
        "lm-zz-hangkonggangqu",
        "410184",
    )
    assert (town.lat, town.lon, town.precision) == (seat.lat, seat.lon, "district")
    assert gz.get("adm-410173") is None  # no second place for the same zone
    village = next(p for p in gz.children("adm-410173400") if p.kind == "village")
    assert (village.admin, village.precision) == (town.admin, "district")


def test_a_zone_nothing_places_is_an_area_of_its_city_at_the_citys_seat(gz: Gazetteer) -> None:
    zone, city = gz.get("adm-410371"), gz.get("adm-410300")
    assert zone is not None and city is not None
    assert (zone.name, zone.parent, zone.precision) == ("洛阳高新技术产业开发区", city.id, "city")
    assert "洛阳高新区" in zone.aliases
    assert (zone.lat, zone.lon) == (city.lat, city.lon)
    town = gz.get("adm-410371001")
    assert town is not None
    assert (town.parent, town.precision, town.admin.adcode) == (zone.id, "city", "410371")
    assert (town.lat, town.lon) == (city.lat, city.lon)


def test_every_unit_under_a_zone_is_loaded(gz: Gazetteer) -> None:
    missing = []
    for line in (DATA / TOWNS_FILE).read_text(encoding="utf-8").splitlines()[1:]:
        code = line.split(",", 1)[0]
        if len(code) > 6 and gz.get(f"adm-{code}") is None:
            missing.append(code)
    assert missing == []


@pytest.mark.parametrize(
    ("said", "area", "expected"),
    [
        (["航空港区新港街道"], "4101", "adm-410173400"),
        (["港区 八岗镇"], "4101", "adm-410173113"),
        (["新港办事处"], "4101", "adm-410173400"),
        (["经开区明湖街道"], "4101", "adm-410171560"),  # 郑州经济技术开发区明湖街道
        (["高新区枫杨街道"], "4101", "adm-410172560"),
        (["洛阳高新区瀛洲街道"], "4103", "adm-410371001"),
        (["南阳高新区张衡街道"], "4113", "adm-411371060"),
        (["张衡办事处"], "4113", "adm-411371060"),
        (["林山寨办事处"], "4101", "adm-410102001"),
    ],
)
def test_units_under_zones_resolve(
    gz: Gazetteer, said: list[str], area: str, expected: str
) -> None:
    best = gz.resolve(said, jurisdiction=Jurisdiction(adcodes=(area,))).best
    assert best is not None and best.place.id == expected


def test_a_zone_unit_said_with_the_zone_is_confirmed_over_the_zone(gz: Gazetteer) -> None:
    resolution = gz.resolve(["航空港区新港街道"])
    assert resolution.question.kind == "confirm"
    assert resolution.candidates[0].place.id == "adm-410173400"
