"""`gazetteer validate` on small data folders, one fault each: each must be reported."""

from pathlib import Path

from gazetteer._validate import validate
from tests.gazetteer.factories import campus, institution, write_data

HENU = "edu-1"


def _henu(**changes: object) -> dict[str, object]:
    """河南大学 with a campus in each of two cities, as the shipped data has it."""
    minglun = campus(HENU, "minglun", "开封明伦校区", "410203", 34.8123, 114.3636)
    longzihu = campus(HENU, "longzihu", "郑州龙子湖校区", "410105", 34.80, 113.66)
    return institution(HENU, "河南大学", [minglun, longzihu], **changes)


def _problems(tmp_path: Path, **data: object) -> list[str]:
    return validate(write_data(tmp_path / "data", **data)).problems  # type: ignore[arg-type]


def test_good_data_passes_and_counts_each_kind(tmp_path: Path) -> None:
    report = validate(write_data(tmp_path / "data", institutions=[_henu(aliases=["河大"])]))
    assert report.ok, report.problems
    assert report.counts["campus"] == 2 and report.counts["university"] == 1
    assert report.counts["city"] == 2


def test_a_duplicate_id_is_reported(tmp_path: Path) -> None:
    twin = institution(
        "edu-2", "河南农业大学", [campus("edu-2", "x", "文化路校区", "410105", 34.8, 113.66)]
    )
    twin["id"] = HENU
    twin["campuses"][0]["id"] = f"{HENU}-minglun"  # type: ignore[index]
    problems = _problems(tmp_path, institutions=[_henu(), twin])
    assert any(HENU in p and ("twice" in p or "2 times" in p) for p in problems), problems


def test_a_point_outside_china_is_reported(tmp_path: Path) -> None:
    far = institution("edu-2", "某大学", [campus("edu-2", "x", "本部", "410105", 48.85, 2.35)])
    problems = _problems(tmp_path, institutions=[_henu(), far])
    assert any("edu-2-x" in p for p in problems), problems


def test_a_campus_outside_its_stated_district_is_reported(tmp_path: Path) -> None:
    # 开封's coordinates given to a campus said to be in 郑州's 金水区.
    moved = institution("edu-2", "某大学", [campus("edu-2", "x", "本部", "410105", 34.81, 114.36)])
    problems = _problems(tmp_path, institutions=[_henu(), moved])
    assert any("edu-2-x" in p for p in problems), problems


def test_an_alias_of_two_institutions_must_be_declared(tmp_path: Path) -> None:
    other = institution(
        "edu-2",
        "河北大学",
        [campus("edu-2", "x", "本部", "410105", 34.80, 113.66)],
        aliases=["河大"],
    )
    undeclared = _problems(tmp_path / "a", institutions=[_henu(aliases=["河大"]), other])
    assert any("alias 河大" in p for p in undeclared), undeclared
    declared = _problems(
        tmp_path / "b",
        institutions=[_henu(aliases=["河大"]), other],
        ambiguous={"河大": [HENU, "edu-2"]},
    )
    assert declared == []


def test_an_institution_alias_naming_one_of_its_cities_is_reported(tmp_path: Path) -> None:
    # "河南大学开封" would lead to the 郑州 campus as surely as to the 开封 one.
    problems = _problems(tmp_path, institutions=[_henu(aliases=["河南大学开封"])])
    assert any("河南大学开封" in p and "开封" in p for p in problems), problems
