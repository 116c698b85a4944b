"""A caller who says they do not know which campus or 院区 they are at is offered the
institution's sites, never one read back."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize(
    "said",
    [
        "河南大学宿舍楼下 哪个校区俺也不知道",
        "河南大学学生公寓，不清楚是哪个校区",
        "河南大学图书馆 说不清哪个校",
    ],
)
def test_not_knowing_which_campus_offers_the_campuses(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"
    assert len({c.place.id for c in r.question.options}) >= 2


def test_a_campus_said_by_name_is_still_read_back(gz):
    r = gz.resolve(["河南大学龙子湖校区宿舍"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"


@pytest.mark.parametrize("said", ["郑大家属楼", "郑大的家属区 三号楼", "郑大宿舍这边"])
def test_an_institutions_housing_is_not_read_as_a_site_it_resembles(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"
