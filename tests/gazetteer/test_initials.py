"""Typed initials of a site's syllables (kfdx, hnsrmyy): offered when four letters or more,
never read back on them alone; shorter runs are chance."""

from gazetteer import Jurisdiction, load_gazetteer

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


def test_initials_offer_the_site_without_reading_it_back():
    r = load_gazetteer().resolve(["hnsrmyy"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id.startswith("hosp-hnsrmyy")
    assert r.question.kind != "confirm"


def test_initials_of_a_university_offer_it():
    r = load_gazetteer().resolve(["kfdx"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id.startswith("edu-4141011069")
    assert r.question.kind != "confirm"


def test_three_letters_are_not_read_as_initials():
    r = load_gazetteer().resolve(["zzd"], jurisdiction=ZHENGZHOU)
    assert not any(c.place.kind in ("university", "campus") for c in r.candidates)
