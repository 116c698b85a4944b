"""Two names written exactly one after the other (开封府包公湖) are those two names: a name heard
by sound across both (开封市包公湖) does not hide the first."""

from gazetteer import Jurisdiction

KAIFENG = Jurisdiction(adcodes=("4102",))


def test_both_names_written_stay_on_offer(gz):
    r = gz.resolve(["开封府包公湖东门"], jurisdiction=KAIFENG)
    top = [c.place.id for c in r.candidates[:3]]
    assert "lm-kf-kaifengfu" in top and "lm-kf-baogonghu" in top
    assert r.question.kind != "confirm"
