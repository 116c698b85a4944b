"""A village said after its town by a name the division data no longer carries: a 村 become a
社区 (X村 for X社区), or a name kept inside the new one (牛庄 for 后牛庄), is that town's one
unit so named, offered; two units holding the name leave the caller to say which."""

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


def test_a_village_become_a_community_is_found_by_its_old_word(gz):
    r = gz.resolve(["十八里河街道南刘庄村 村口"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.name == "南刘庄社区"
    assert r.candidates[0].place.parent is not None
    assert gz.get(r.candidates[0].place.parent).name == "十八里河街道"


def test_a_name_kept_inside_the_new_one_is_offered_not_read_back(gz):
    r = gz.resolve(["中原西路街道牛庄村 有人摔了"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.name == "后牛庄村"
    assert r.question.kind != "confirm"


def test_two_units_holding_the_name_are_not_chosen_between(gz):
    # 前小寨村 and 后小寨村 of one town (杞县): 小寨村 said after it names neither surely.
    town = next(p for p in gz if p.id == "adm-410221210")
    r = gz.resolve([f"{town.name}小寨村"], jurisdiction=KAIFENG)
    assert not (
        r.question.kind == "confirm"
        and r.question.options[0].place.name in ("前小寨村", "后小寨村")
    )
    assert r.candidates[0].place.name not in ("前小寨村", "后小寨村")
