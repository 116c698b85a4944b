"""是 said as the verb (还是, 也是, 不是) is never 市 heard in a city's name, and 不是 said alone
between pauses takes back what was said before it, as 不对 does."""

import pytest

from gazetteer import Jurisdiction

KAIFENG = Jurisdiction(adcodes=("4102",))
CITY_TCM = {"hosp-kfszyy", "hosp-zzszyy"}  # 开封市中医院, 郑州市中医院


@pytest.mark.parametrize("said", ["杞县，还是中医院那块", "兰考，也是中医院东边"])
def test_the_verb_before_a_hospital_is_not_the_city_of_a_city_hospital(gz, said):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.question.kind != "confirm"
    assert not r.candidates or r.candidates[0].place.parent not in CITY_TCM


def test_a_city_hospital_said_with_its_city_word_is_still_found(gz):
    r = gz.resolve(["开封市中医院"], jurisdiction=KAIFENG)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.parent == "hosp-kfszyy"


def test_a_lone_bu_shi_between_pauses_takes_back_the_hospital_before_it(gz):
    r = gz.resolve(["兰考县医院…不是…妇幼"], jurisdiction=KAIFENG)
    assert not r.candidates or r.candidates[0].place.parent != "hosp-lkxrmyy"


def test_bu_shi_with_the_name_after_it_still_says_what_the_place_is_not(gz):
    r = gz.resolve(["杞县县医院，不是中医院"], jurisdiction=KAIFENG)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.parent == "hosp-qxrmyy"
