"""A city's hospital said without the city and with 市 (市儿童医院, 市二院) means the answering
centre's own city's (first, beside its county-level cities' where they have one of that name):
found by that name for every city hospital, not only those given it as an
alias; another city's is offered, never read back alone; and a gate said with a direction is
not a 院区 of another direction."""

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


def test_a_hospital_named_after_its_city_is_found_without_it(gz):
    # 开封市儿童医院 carries no alias 市儿童医院.
    r = gz.resolve(["市儿童医院 住院部门口"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id.startswith("hosp-kfsetyy")
    assert r.question.kind == "confirm"


def test_another_citys_hospital_is_offered_not_read_back(gz):
    # 开封's centre: the data holds no 开封市第六人民医院, and 市六院 means the caller's city's.
    # (市二院 was this test's example until 开封市第二人民医院 was added: it is now 开封's own.)
    r = gz.resolve(["市六院 急诊楼下"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id.startswith("hosp-zzsdlrmyy")
    assert r.question.kind != "confirm"
    r = gz.resolve(["市二院 急诊楼下"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id.startswith("hosp-kfsderrmyy")


def test_the_centres_own_city_is_read_back_for_a_city_short_name(gz):
    # 郑州's centre answers county-level cities whose 市人民医院 is their own: a choice, with the
    # city's first (tests/gazetteer/test_a_citys_own_hospital.py); 开封's has none.
    r = gz.resolve(["市人民医院 住院部"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "choose"
    assert r.question.options[0].place.id.startswith("hosp-zzrmyy")
    r = gz.resolve(["市人民医院 住院部"], jurisdiction=KAIFENG)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id.startswith("hosp-kfsrmyy")


def test_a_gate_of_one_direction_is_no_site_of_another(gz):
    # 北门 is a gate; 市一院's 南院区 is another site, 30 km away.
    r = gz.resolve(["市一院北门 停车场"], jurisdiction=ZHENGZHOU)
    assert not (
        r.question.kind == "confirm"
        and r.question.options[0].place.id == "hosp-zzsdyrmyy-hangkonggang"
    )
