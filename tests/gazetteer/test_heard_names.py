"""A name heard whole by sound (龙子胡 as 龙子湖) is said: a look-alike sharing none of its
characters (广州中医药大学 over 龙子胡中医药大学) does not swallow it."""

from gazetteer import Jurisdiction, load_gazetteer

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


def test_a_heard_name_with_a_kind_of_school_finds_the_campus_there():
    r = load_gazetteer().resolve(["龙子胡那块，警察学院"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "edu-4141011788-longzihu"


def test_a_look_alike_sharing_the_heard_words_characters_stays():
    r = load_gazetteer().resolve(["郑州大学第二附医院"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id.startswith("hosp-zzu-2")
