"""A road said in full and then the part of it (北段, 南头) is that road: the road's last
character and the direction after it are not read as 唐山's 路南区 or 路北区."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
ACROSS = {"adm-130202", "adm-130203"}  # 路南区, 路北区


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("花园路北段 快来", "lm-zz-huayuanlu"),
        ("大学路 南头那", "lm-zz-daxuelu"),
        ("嵩山路南段这里", "lm-zz-songshanlu"),
    ],
)
def test_a_part_of_a_road_said_after_it_is_the_road(gz, said, road):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == road
    assert not ACROSS & {c.place.id for c in r.candidates}


def test_the_district_said_on_its_own_is_still_found(gz):
    r = gz.resolve(["唐山 路南区"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "adm-130202"
