"""Second review of the readings learned from location set 14: other phrasings and near-misses
than the set's lines and the first tests, each checked on text the learning did not see."""

import pytest

from .answers import KAIFENG, ZHENGZHOU, confirmed

HOSPITAL = "hosp-hnsrmyy"


# --- A short name said, and a room or office of the place after it (省医保卫科) ---------------


@pytest.mark.parametrize(
    "said", ["省医保卫科 门口", "省医保安室 这", "省医保洁间", "省医药房 取药的地方", "省医药剂科"]
)
def test_the_place_s_own_office_after_its_short_name_keeps_the_place(gz, said):
    # 保卫 and 药房 begin with the second characters of 医保 and 医药: the hospital is said and
    # its security office or pharmacy follows, not the insurance office or a drug company.
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates, said
    assert r.candidates[0].place.id.startswith(HOSPITAL), said


@pytest.mark.parametrize("said", ["省医保局 办事大厅", "省医保中心 窗口", "省医药公司 仓库"])
def test_the_insurance_office_or_drug_company_is_still_not_the_hospital(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert not (confirmed(r) or "").startswith(HOSPITAL), said
    assert all(not c.place.id.startswith(HOSPITAL) for c in r.candidates[:1]), said


# --- A side of the road said before the road (路北 金水路上) ---------------------------------


@pytest.mark.parametrize(
    ("said", "jurisdiction", "road"),
    [
        ("路北 金水路上 那个银行", ZHENGZHOU, "lm-zz-jinshuilu"),
        ("路南 人民路上", ZHENGZHOU, "lm-zz-renminlu"),
        ("路西 开封中山路", KAIFENG, "lm-kf-zhongshanlu"),
    ],
)
def test_a_side_said_before_its_road_is_no_district(gz, said, jurisdiction, road):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id.startswith(road), said
    assert all(c.place.id != "adm-130203" for c in r.candidates[:3]), said


@pytest.mark.parametrize("said", ["唐山路北区", "路北区 金水路"])
def test_a_side_said_with_its_level_word_is_still_the_district(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "adm-130203", said
