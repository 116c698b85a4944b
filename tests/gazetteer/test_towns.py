"""Towns and villages of 河南: built from the china-division package, resolved under their
county, placed honestly at its seat."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest

from gazetteer import Gazetteer, Jurisdiction, load_gazetteer
from gazetteer._towns import TOWNS_FILE, TownSourceMissing, build_towns


def _tarball(path: Path, streets: str, villages: str) -> None:
    with tarfile.open(path, "w:gz") as archive:
        for name, text in (("streets.csv", streets), ("villages.csv", villages)):
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
    assert build_towns(out_dir=tmp_path / "out", tarball=tarball) == 3
    assert (tmp_path / "out" / TOWNS_FILE).read_text(encoding="utf-8") == (
        "code,name\n410122208,刁家乡\n410122208001,刁家社区\n410122208201,大孙庄村\n"
    )


def test_a_tarball_without_the_lists_is_refused(tmp_path: Path) -> None:
    tarball = tmp_path / "other.tgz"
    with tarfile.open(tarball, "w:gz"):
        pass
    with pytest.raises(TownSourceMissing, match="lacks"):
        build_towns(out_dir=tmp_path, tarball=tarball)


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return load_gazetteer()


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
