"""Names written with Latin letters (郑东新区CBD, ZZU): found in any case, in full-width
letters, alone or beside Han words; a letter word common to every city is never read back."""

import pytest

from gazetteer import Gazetteer, Jurisdiction
from gazetteer._load import load_data
from tests.gazetteer.factories import campus, institution, write_data

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.fixture(scope="module")
def gz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    root = write_data(
        tmp_path_factory.mktemp("data"),
        institutions=[
            institution(
                "edu-zz",
                "郑州大学",
                [campus("edu-zz", "zhu", "主校区", "410105", 34.82, 113.53)],
                aliases=["郑大", "ZZU"],
            )
        ],
        landmarks=[
            {
                "id": "lm-cbd",
                "kind": "landmark",
                "name": "郑东新区CBD",
                "aliases": ["郑东CBD", "CBD", "如意湖"],
                "adcode": "410105",
                "lat": 34.77,
                "lon": 113.72,
            },
            {
                "id": "lm-zhengdong",
                "kind": "landmark",
                "name": "郑东新区",
                "aliases": ["郑东"],
                "adcode": "410105",
                "lat": 34.77,
                "lon": 113.74,
            },
        ],
    )
    return Gazetteer.from_data(load_data(root))


@pytest.mark.parametrize("said", ["郑东CBD", "郑东cbd", "郑东 CBD", "郑东ＣＢＤ", "郑东新区Cbd"])
def test_a_name_with_latin_letters_is_read_back_in_any_case_and_width(
    gz: Gazetteer, said: str
) -> None:
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm", said
    assert r.question.options[0].place.id == "lm-cbd"


@pytest.mark.parametrize("said", ["CBD", "ｃｂｄ", "在CBD这边"])
def test_a_letter_word_every_city_has_is_offered_not_read_back(gz: Gazetteer, said: str) -> None:
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.best is not None and r.best.place.id == "lm-cbd", said
    assert r.question.kind != "confirm"


@pytest.mark.parametrize("said", ["ZZU", "zzu", "ＺＺＵ"])
def test_a_latin_acronym_that_is_not_pinyin_names_its_place(gz: Gazetteer, said: str) -> None:
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.best is not None and r.best.place.id == "edu-zz-zhu", said


def test_typed_pinyin_beside_a_letter_word_is_still_read_as_pinyin(gz: Gazetteer) -> None:
    r = gz.resolve(["ruyi hu"], jurisdiction=ZHENGZHOU)
    assert r.best is not None and r.best.place.id == "lm-cbd"
    r = gz.resolve(["zhengdong cbd"], jurisdiction=ZHENGZHOU)
    assert r.best is not None and r.best.place.id == "lm-cbd"
