"""What set 39's callers said that the resolver read back wrong, in other words: a place said
first by its kind (巩义市中院, 管城区社区卫生服务…) and then, in a clause of its own, the road it
stands on as where it is (杜甫路那个): the caller is at the place, not anywhere on the road, so
the road is offered, not read back. A road said after a division only is still read back. A
crossing said first, then a hospital as where it is (农业路东明路口，肿瘤医院北边): the crossing,
the hospital only a mark; a caller in the hospital (二附院里头) is at the hospital. A village
said with 城中村 (祭城城中村) is the village of a city's district, as its 村 or the 社区 it became,
not the metro station or road named like it."""

import pytest

from .answers import KAIFENG, ZHENGZHOU, confirmed
from .answers import resolved as _resolve


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("巩义市中院，杜甫路那个", "lm-zz-dufulu"),
        ("新郑市中院，人民路那个", "lm-zz-renminlu-xinzheng"),
        ("管城区社区卫生服务…城东路那个", "lm-zz-chengdonglu"),
    ],
)
def test_a_road_said_after_a_place_said_by_its_kind_is_offered_not_read_back(gz, said, road):
    r, top = _resolve(gz, said, ZHENGZHOU)
    assert road in [c.place.id for c in r.candidates[:3]], said
    assert confirmed(r) is None, said


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("中原区，建设路上那个", "lm-zz-jianshelu"),
        ("巩义，杜甫路那个", "lm-zz-dufulu"),
    ],
)
def test_a_road_said_after_a_division_only_is_still_read_back(gz, said, road):
    r, _ = _resolve(gz, said, ZHENGZHOU)
    assert confirmed(r) == road, said


@pytest.mark.parametrize(
    ("said", "crossing", "jurisdiction", "read_back"),
    [
        # the hospital stands on that corner: still offered beside the crossing
        ("经八路金水路十字，二附院那儿", "xing-lm-zz-jingbalu-lm-zz-jinshuilu", ZHENGZHOU, False),
        ("农业路东明路口，肿瘤医院北边", "xing-lm-zz-dongminglu-lm-zz-nongyelu", ZHENGZHOU, True),
        ("中山路自由路十字，淮河医院那儿", "xing-lm-kf-zhongshanlu-lm-kf-ziyoulu", KAIFENG, True),
    ],
)
def test_a_hospital_said_after_a_crossing_as_where_it_is_marks_the_crossing(
    gz, said, crossing, jurisdiction, read_back
):
    r, top = _resolve(gz, said, jurisdiction)
    assert top == crossing, said
    assert confirmed(r) == (crossing if read_back else None), said


def test_a_caller_in_the_hospital_by_a_crossing_is_at_the_hospital(gz):
    r, _ = _resolve(gz, "金水路经八路交叉口，二附院里头", ZHENGZHOU)
    assert confirmed(r) == "hosp-zzu-2-jingbalu"


@pytest.mark.parametrize(
    ("said", "village"),
    [
        ("祭城城中村，老人摔了", "adm-410105015001"),
        ("郎庄城中村里，出租屋", "adm-410104012201"),
        ("那个庙王城中村，巷子里", "adm-410102014211"),
    ],
)
def test_a_village_said_with_urban_village_is_the_districts_village(gz, said, village):
    _, top = _resolve(gz, said, ZHENGZHOU)
    assert top == village, said


def test_a_works_named_like_an_urban_village_is_not_the_village(gz):
    # 二砂城中村 is 中原区's 二砂村, not the works (郑州第二砂轮厂) the village is named by.
    r, top = _resolve(gz, "俺在二砂城中村", ZHENGZHOU)
    assert top == "adm-410102012212"
    assert confirmed(r) != "lm-zz-ersha"
