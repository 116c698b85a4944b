"""The shipped gazetteer answers what the public recorded calls expect of it."""

import pytest

from gazetteer import Jurisdiction, Position

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


def full_names(resolution, k=8):
    return [c.place.full_name for c in resolution.candidates[:k]]


def has(name, *parts):
    return all(p in name for p in parts)


def test_henan_university_alone_to_zhengzhou_offers_three_campuses_zhengzhou_first(gz):
    r = gz.resolve(["河南大学"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "choose_campus"
    top = full_names(r, 3)
    assert has(top[0], "河南大学", "龙子湖")
    assert any(has(n, "河南大学", "明伦") for n in top)
    assert any(has(n, "河南大学", "金明") for n in top)
    assert r.candidates[0].in_jurisdiction is True


def test_longzihu_after_henan_university_confirms_the_zhengzhou_campus(gz):
    r = gz.resolve(["河南大学", "龙子湖那边"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert has(full_names(r, 1)[0], "河南大学", "龙子湖")


@pytest.mark.parametrize("said", ["合南大学", "合南大雪", "henan daxue", "河南大學"])
def test_misheard_and_traditional_and_latin_find_henan_university(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert has(full_names(r, 1)[0], "河南大学", "龙子湖")


def test_traditional_minglun_to_kaifeng_is_one_place_in_jurisdiction(gz):
    r = gz.resolve(["河南大學明倫校區"], jurisdiction=KAIFENG)
    assert r.question.kind == "confirm"
    assert has(full_names(r, 1)[0], "河南大学", "明伦")
    assert r.candidates[0].in_jurisdiction is True


def test_minglun_named_to_zhengzhou_is_out_of_jurisdiction(gz):
    r = gz.resolve(["河南大学明伦校区"], jurisdiction=ZHENGZHOU)
    assert has(full_names(r, 1)[0], "河南大学", "明伦")
    assert r.candidates[0].in_jurisdiction is False


def test_the_2022_call_reports_the_contradiction_and_offers_both_campuses(gz):
    r = gz.resolve(["河南大学", "郑州", "河南大学郑州校区", "明伦校区"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "contradiction"
    first = r.contradictions[0]
    assert "明伦" in first.mention
    assert first.alternative is not None and "龙子湖" in first.alternative.name
    options = [c.place.full_name for c in r.question.options]
    assert any("龙子湖" in o for o in options) and any("明伦" in o for o in options)


def test_zhengzhou_university_is_found_with_a_broken_position_left_out(gz):
    r = gz.resolve(["郑州大学"], jurisdiction=ZHENGZHOU)
    assert r.candidates and "郑州大学" in r.candidates[0].place.full_name


def test_the_abbreviation_hda_names_both_henan_and_hebei_university(gz):
    r = gz.resolve(["河大"], jurisdiction=ZHENGZHOU)
    parents = {c.place.parent or c.place.id for c in r.candidates}
    assert {"edu-4141010475", "edu-4113010075"} <= parents


def test_a_hospital_abbreviation_offers_its_branches(gz):
    r = gz.resolve(["郑大一附院"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "choose_campus"
    assert len({c.place.id for c in r.question.options}) >= 2
    assert all("郑州大学第一附属医院" in c.place.full_name for c in r.question.options)


def test_position_near_a_branch_ranks_it_first(gz):
    hospital = gz.get("edu-4141010475-minglun")
    assert hospital is not None
    near = Position(hospital.lat, hospital.lon, 300)
    r = gz.resolve(["河南大学"], jurisdiction=ZHENGZHOU, position=near)
    assert r.candidates[0].place.id == "edu-4141010475-minglun"
    assert r.question.kind == "confirm"
