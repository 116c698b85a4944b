"""Two places named for sure, neither saying anything of the other (禹王台公园 and 开封站):
which one the caller is at is theirs to say, so both are offered and neither is read back.
An area's name is not found in an address where it only begins a division's name (禹王台 of
禹王台区): a site in that district does not lie in the park."""

from gazetteer import Jurisdiction

KAIFENG = Jurisdiction(adcodes=("4102",))


def test_a_site_in_a_district_named_after_a_park_does_not_lie_in_the_park(gz):
    index = gz._index
    station = index.place_index("lm-kf-kaifengzhan")
    park = index.place_index("lm-kf-yuwangtaigongyuan")
    assert park not in index.within.get(station, ())


def test_an_area_named_in_an_address_still_holds_its_sites(gz):
    index = gz._index
    airport = index.place_index("lm-zz-xinzhengjichang")
    zone = index.place_index("lm-zz-hangkonggangqu")
    assert zone in index.within[airport]


def test_a_park_and_a_station_said_together_are_both_offered(gz):
    r = gz.resolve(["禹王台公园 开封站"], jurisdiction=KAIFENG)
    assert r.question.kind == "choose"
    offered = {o.place.id for o in r.question.options}
    assert offered == {"lm-kf-yuwangtaigongyuan", "lm-kf-kaifengzhan"}


def test_a_place_said_with_its_district_is_still_read_back(gz):
    r = gz.resolve(["禹王台 开封站"], jurisdiction=KAIFENG)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == "lm-kf-kaifengzhan"
