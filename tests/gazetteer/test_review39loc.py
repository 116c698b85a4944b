"""Set 39's three families said in still other words (the second review of its learning).

A care site said by its kind (透析中心, 康复中心, 大药房, 口腔门诊), then the road it stands on as
where it is (经三路上的, 航海东路附近, 解放大道那边, 郑汴路边上): the caller is at the site, so the
road is offered, not read back. A crossing said first, then a hospital as where it is, in words
that say so (那里, 对面, 那块儿) or with no pause after the crossing's word: the crossing. A
village of a city's district said with 城中村, with a word between (那个城中村, 的城中村), or
named like its 乡, its 街道 or a county's village (土柏岗, 汪屯, 东赵): that village, not the
station, the 乡 or the county's village; several are offered with the 村 before the 社区.
"""

import pytest

from .answers import KAIFENG, ZHENGZHOU, confirmed
from .answers import resolved as _resolve


@pytest.mark.parametrize(
    ("said", "road", "jurisdiction"),
    [
        ("血液透析中心，经三路上的", "lm-zz-jingsanlu", ZHENGZHOU),
        ("那个康复中心，航海东路附近", "lm-zz-hanghaidonglu", ZHENGZHOU),
        ("口腔门诊，郑汴路边上", "lm-zz-zhengbianlu", ZHENGZHOU),
        ("老百姓大药房，解放大道那边", "lm-kf-jiefangdadao", KAIFENG),
    ],
)
def test_a_road_said_after_a_care_site_said_by_its_kind_is_offered(gz, said, road, jurisdiction):
    r, _ = _resolve(gz, said, jurisdiction)
    assert road in [c.place.id for c in r.candidates[:3]], said
    assert confirmed(r) is None, said


@pytest.mark.parametrize(
    ("said", "crossing", "jurisdiction"),
    [
        ("经三路黄河路口，市人民医院那里", "xing-lm-zz-jingsanlu-lm-zz-huanghelu", ZHENGZHOU),
        (
            "长江路京广南路交叉口，市六院对面",
            "xing-lm-zz-jingguangnanlu-lm-zz-changjianglu",
            ZHENGZHOU,
        ),
        ("友爱路建设西路十字，988医院那块儿", "xing-lm-zz-youailu-lm-zz-jianshexilu", ZHENGZHOU),
        ("东明路纬五路十字省肿瘤医院那边", "xing-lm-zz-dongminglu-lm-zz-weiwulu", ZHENGZHOU),
    ],
)
def test_a_hospital_said_as_a_crossings_mark_in_other_words(gz, said, crossing, jurisdiction):
    r, top = _resolve(gz, said, jurisdiction)
    assert top == crossing, said
    assert confirmed(r) in (crossing, None), said


def test_a_caller_in_the_hospital_said_right_after_the_crossing_is_at_the_hospital(gz):
    r, top = _resolve(gz, "东明路纬五路十字省肿瘤医院里头", ZHENGZHOU)
    assert top is not None and top.startswith("hosp-hnszlyy"), top


@pytest.mark.parametrize(
    ("said", "village", "jurisdiction"),
    [
        ("金洼那个城中村，出租屋", "adm-410108005202", ZHENGZHOU),
        ("东赵城中村，有人受伤", "adm-410108001206", ZHENGZHOU),
        ("土柏岗城中村这儿", "adm-410203201007", KAIFENG),
        ("汪屯的城中村", "adm-410205201004", KAIFENG),
        ("关虎屯那片城中村", "adm-410105008201", ZHENGZHOU),
    ],
)
def test_a_village_said_with_urban_village_in_other_words(gz, said, village, jurisdiction):
    r, top = _resolve(gz, said, jurisdiction)
    assert top == village, said
    assert confirmed(r) in (village, None), said


def test_the_village_held_as_its_cun_is_offered_before_the_shequ(gz):
    r, top = _resolve(gz, "毛庄城中村里头", ZHENGZHOU)
    assert top == "adm-410108001200"
    assert "adm-410171560012" in [c.place.id for c in r.candidates[:3]]
    assert confirmed(r) is None


@pytest.mark.parametrize(
    ("said", "station"),
    [
        ("关虎屯地铁站C口", "lm-zz-metro-guanhutun"),
        ("金洼站这", "lm-zz-metro-jinwa"),
    ],
)
def test_the_station_said_as_a_station_is_still_the_station(gz, said, station):
    _, top = _resolve(gz, said, ZHENGZHOU)
    assert top == station, said
