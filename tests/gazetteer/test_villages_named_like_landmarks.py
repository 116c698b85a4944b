"""A village or 社区 named after a landmark of its county (少林寺社区 by 少林寺, 打虎亭村 by the
打虎亭 tombs): said by the landmark's name after the town, the words name the landmark in full
and the village only short of its word, so the town and the landmark are offered and neither is
read back (set 16: the village had ranked first on the town's words and the landmark's); the
village said in full is still read back."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize(
    ("said", "town", "village", "landmark"),
    [
        ("登封 少林街道 少林寺门口", "adm-410185002", "adm-410185002002", "lm-zz-shaolinsi"),
        ("新密 牛店镇 打虎亭 这边", "adm-410183102", "adm-410183102202", "lm-zz-dahutinghanmu"),
    ],
)
def test_a_landmarks_name_after_its_town_offers_the_town_and_the_landmark(
    gz, said, town, village, landmark
):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "choose"
    offered = [o.place.id for o in r.question.options]
    assert town in offered
    assert landmark in offered
    assert r.candidates[0].place.id != village


@pytest.mark.parametrize(
    ("said", "village"),
    [
        ("登封 少林街道 少林寺社区", "adm-410185002002"),
        ("新密 牛店镇 打虎亭村", "adm-410183102202"),
    ],
)
def test_the_village_said_in_full_is_read_back(gz, said, village):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == village


@pytest.mark.parametrize("said", ["陈砦花卉交易市场 买花的地方", "郑州陈砦花卉市场门口"])
def test_the_flower_market_named_after_chenzhai_is_the_market(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-chenzhaihuahuishichang"
