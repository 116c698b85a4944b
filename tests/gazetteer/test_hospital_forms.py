"""A provincial hospital said without 省 and with 院 for 医院 (河南胸科院) is that hospital."""

from gazetteer import Jurisdiction, load_gazetteer

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


def test_a_hospital_said_without_province_word_and_yi_is_read_back():
    r = load_gazetteer().resolve(["河南胸科院"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id.startswith("hosp-hnsxkyy")


def test_the_province_alone_is_not_offered_beside_it():
    r = load_gazetteer().resolve(["河南人民院急诊"], jurisdiction=ZHENGZHOU)
    assert all(c.place.kind != "province" for c in r.candidates)
    assert r.candidates[0].place.id.startswith("hosp-hnsrmyy")
