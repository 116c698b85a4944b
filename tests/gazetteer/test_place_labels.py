"""The labels the service reads back for places of the shipped gazetteer: natural order, no
word said twice."""

from pathlib import Path

import pytest

from dispatch_intake.locations.service import resolve_location
from dispatch_intake.prompts.service import load_prompt_book
from dispatch_intake.psaps.service import load_psaps
from gazetteer import load_gazetteer

CONFIG = Path(__file__).resolve().parents[2] / "config"


@pytest.fixture(scope="module")
def step():
    gazetteer = load_gazetteer()
    psaps = load_psaps(CONFIG / "psaps.toml")
    prompts = load_prompt_book(CONFIG, "zh-CN")

    def labels(centre: str, said: str) -> dict[str, str]:
        psap = psaps.get(centre)
        assert psap is not None
        assessment = resolve_location(
            gazetteer=gazetteer,
            psaps=psaps,
            psap=psap,
            prompts=prompts,
            utterances=[said],
            position=None,
        )
        return {str(c["place_id"]): str(c["label"]) for c in assessment.candidates}

    return labels


@pytest.mark.parametrize(
    ("centre", "said", "place", "label"),
    [
        ("kaifeng-120", "祥符区八里湾镇", "adm-410212103", "开封祥符区八里湾镇"),
        ("kaifeng-120", "兰考县考城镇", "adm-410225103", "开封兰考县考城镇"),
        ("kaifeng-120", "八里湾镇刘铁村", "adm-410212103201", "开封祥符区八里湾镇刘铁村"),
        (
            "zhengzhou-120",
            "郑大一附院郑东院区",
            "hosp-zzu-1-zhengdong",
            "郑州大学第一附属医院郑东院区",
        ),
        ("zhengzhou-120", "河南大学明伦校区", "edu-4141010475-minglun", "河南大学开封明伦校区"),
    ],
)
def test_a_place_is_labelled_from_its_city_down(step, centre, said, place, label):
    assert step(centre, said)[place] == label


def test_a_crossing_under_its_road_does_not_say_the_road_twice(step):
    labels = step("zhengzhou-120", "农业路花园路交叉口")
    crossing = next(label for place, label in labels.items() if place.startswith("xing-"))
    assert crossing.count("农业路") == 1
