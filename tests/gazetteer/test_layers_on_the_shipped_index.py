"""A centre's layers are indexed with what the build of the shipped data already read (each
name's term and readings, `BuildMemo`): the answers are those of a build from scratch, and a
changed layer, changed data or a damaged cache file never gives stale answers or a crash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gazetteer import Gazetteer
from gazetteer._gazetteer import _cache_keys
from gazetteer._import import import_osm, import_points
from gazetteer._index import BuildMemo, NameIndex
from gazetteer._load import load_data
from gazetteer._pinyin import PinyinReader

from .factories import divisions_only, write_osm_extract

# Said to both gazetteers: every kind of layer place, a road with a number, two roads, names of
# the shipped data, sound-alikes and a name with a character lost.
SAID = (
    "许昌测试医院",
    "测试医院",
    "许测院",
    "测试花园小区",
    "老测试院",
    "文化路",
    "许昌文化路",
    "郑州文化路",
    "文化路80号",
    "文化路和农业路",
    "农业路与文化路交叉口",
    "金水测试小区",
    "测试小区",
    "金水路18号",
    "金水测试商场",
    "金水测试商城",
    "jinshui ceshi shangchang",
    "许昌",
    "金水区",
    "开封顺河",
    "面包店",
)


def _write_layers(root: Path) -> Path:
    """Layers in every format `gazetteer import` reads: an .osm.pbf, a CSV and a GeoJSON."""
    layers = root / "layers"
    extract = root / "area.osm.pbf"
    write_osm_extract(extract)
    import_osm(extract, layers)
    points = root / "points.csv"
    points.write_text(
        "name,road,number,lat,lon,kind,aliases\n"
        "金水测试小区,,,34.781,113.661,landmark,测试小区\n"
        "金水路,,,34.7825,113.6625,road,\n"
        ",金水路,18,34.782,113.662,,\n",
        encoding="utf-8",
    )
    import_points(points, layers, source="zz-survey", licence="own data")
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [113.663, 34.783]},
        "properties": {"name": "金水测试商场", "precision": "surveyed"},
    }
    places = root / "places.geojson"
    places.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}), "utf-8")
    import_points(places, layers, source="zz-survey", licence="own data")
    return layers


def _index(gazetteer: Gazetteer) -> NameIndex:
    return gazetteer._index


def _same_index(first: Gazetteer, second: Gazetteer) -> None:
    """Every place, name, link, reading and prior of two indexes alike, row for row."""
    a, b = _index(first), _index(second)
    assert list(first) == list(second)
    assert list(a.terms) == list(b.terms)
    assert [a.links(k) for k in range(len(a.terms))] == [b.links(k) for k in range(len(b.terms))]
    assert list(a.term_sound) == list(b.term_sound)
    assert a.by_sounds(list(a.term_sound)) == b.by_sounds(list(b.term_sound))
    assert a.missing_one(list(a.terms)) == b.missing_one(list(b.terms))
    assert a.prominence.tolist() == b.prominence.tolist()
    assert a.term_size.tolist() == b.term_size.tolist()
    assert a.common_words == b.common_words
    assert a.site_initials == b.site_initials


def _same_answers(first: Gazetteer, second: Gazetteer) -> None:
    for said in SAID:
        assert first.resolve([said]) == second.resolve([said]), said


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """A data folder whose index (and memo) is cached, and layers beside it."""
    root = tmp_path_factory.mktemp("memo")
    data, cache = divisions_only(root), root / "cache"
    Gazetteer.load(data, cache_dir=cache)
    return data, _write_layers(root), cache


def _reads_counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    read: list[str] = []
    original = PinyinReader.name_readings

    def counting(self: PinyinReader, name: str, local: int = 0) -> list[tuple[str, ...]]:
        read.append(name)
        return original(self, name, local)

    monkeypatch.setattr(PinyinReader, "name_readings", counting)
    return read


def test_layers_on_the_kept_reading_of_the_shipped_names_answer_as_a_full_build(
    built: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    data, layers, cache = built
    shipped = set(_index(Gazetteer.load(data, cache_dir=cache)).terms)
    read = _reads_counted(monkeypatch)
    layered = Gazetteer.load(data, layers_dir=layers, cache_dir=cache)
    # Only the layers' names were read aloud: the shipped data's came from the memo.
    assert read and not shipped & set(read)
    del read[:]
    rebuilt = Gazetteer.from_data(load_data(data, layers))
    assert len(read) > 1000  # a build from scratch reads every name
    assert {"许昌测试医院", "金水测试商场", "金水路18号"} <= {p.name for p in layered}
    _same_index(layered, rebuilt)
    _same_answers(layered, rebuilt)


def test_a_reimported_layer_is_indexed_again_never_answered_from_the_old_one(
    built: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    data, layers, cache = built
    copy = tmp_path / "layers"
    copy.mkdir()
    for path in layers.iterdir():
        (copy / path.name).write_bytes(path.read_bytes())
    before = Gazetteer.load(data, layers_dir=copy, cache_dir=cache)
    assert before.resolve(["金水测试商城"]).best is not None
    renamed = tmp_path / "places.geojson"  # the same layer, its place renamed
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [113.663, 34.783]},
        "properties": {"name": "金水另测商场", "precision": "surveyed"},
    }
    renamed.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}), "utf-8")
    import_points(renamed, copy, source="zz-survey", licence="own data")
    after = Gazetteer.load(data, layers_dir=copy, cache_dir=cache)
    assert "金水另测商场" in {p.name for p in after}
    assert "金水测试商场" not in {p.name for p in after}
    _same_index(after, Gazetteer.from_data(load_data(data, copy)))


@pytest.mark.parametrize("damaged", ["memo", "index"])
def test_a_damaged_cache_file_is_rebuilt(
    damaged: str, built: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    data, layers, _ = built
    cache = tmp_path / "cache"
    Gazetteer.load(data, layers_dir=layers, cache_dir=cache)
    shipped_key, key = _cache_keys(data, layers)
    target = cache / (f"{shipped_key}.memo.pickle" if damaged == "memo" else f"{key}.pickle")
    assert target.is_file()
    target.write_bytes(target.read_bytes()[: target.stat().st_size // 2])
    again = Gazetteer.load(data, layers_dir=layers, cache_dir=cache)
    _same_index(again, Gazetteer.from_data(load_data(data, layers)))
    _same_answers(again, Gazetteer.from_data(load_data(data, layers)))


def test_the_keys_follow_the_shipped_data_and_the_layers(
    built: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    data, layers, _ = built
    shipped, full = _cache_keys(data, layers)
    assert _cache_keys(data) == (shipped, shipped)
    copy = tmp_path / "layers"
    copy.mkdir()
    for path in layers.iterdir():
        (copy / path.name).write_bytes(path.read_bytes())
    layer = next(copy.glob("*.csv"))
    layer.write_bytes(layer.read_bytes().replace("测试".encode(), "改名".encode()))
    assert _cache_keys(data, copy)[0] == shipped
    assert _cache_keys(data, copy)[1] != full
    changed = divisions_only(tmp_path)
    lexicon = changed / "lexicon.yaml"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    assert _cache_keys(changed, layers)[0] != shipped


def test_a_memo_read_under_other_pinyin_overrides_is_forgotten() -> None:
    memo = BuildMemo({"单县": ["shan", "xian"]})
    memo.readings["单县", 0] = [("shan", "xian")]
    memo.terms["单县"] = "单县"
    memo.adopt({"单县": ["shan", "xian"]})
    assert memo.readings
    memo.adopt({})
    assert not memo.readings and memo.reader is None
    assert memo.terms == {"单县": "单县"}  # a name's term does not depend on its reading
