"""Precision on every point, roads of other cities, common words, same-name places — against
the shipped data."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from gazetteer import Gazetteer
from gazetteer._load import DataError, load_data
from gazetteer._model import PRECISIONS
from gazetteer._validate import validate

from .factories import divisions_only


def test_every_place_has_a_precision_class_and_a_source(gz: Gazetteer) -> None:
    for place in gz:
        assert place.precision in PRECISIONS, place.id
        assert place.source, place.id


def test_derived_points_say_they_stand_for_a_division(gz: Gazetteer) -> None:
    county = gz.get("adm-410105")
    city = gz.get("adm-410100")
    assert county is not None and county.precision == "district"
    assert city is not None and city.precision == "city"
    derived = next(p for p in gz if p.source == "institutions")
    assert derived.precision == "city"  # placed at its city's seat


def test_a_curated_point_marked_approx_says_so(gz: Gazetteer) -> None:
    road = gz.get("lm-zz-daxuelu")  # its lat/lon lines carry "# approx"
    assert road is not None and road.precision == "approx"
    institution = gz.get("edu-4141010475")
    assert institution is not None
    seat = gz.children(institution.id)[0]
    assert (institution.precision, institution.source) == (seat.precision, seat.source)


def test_validate_counts_places_per_layer_and_per_precision(tmp_path: Path) -> None:
    # The shipped data is validated whole by `make test`'s `gazetteer validate`; the counts are
    # checked here on the shipped divisions and one curated file beside them.
    data = divisions_only(tmp_path)
    (data / "curated").mkdir()
    (data / "curated" / "x.yaml").write_text(
        "landmarks:\n  - id: lm-x\n    kind: landmark\n    name: 某广场\n    adcode: '410105'\n"
        "    lat: 34.78\n    lon: 113.68\n    precision: approx\n    source: own-survey\n",
        encoding="utf-8",
    )
    report = validate(data)
    assert report.ok, report.problems
    layers = {k: v for k, v in report.counts.items() if k.startswith("layer ")}
    classes = {k: v for k, v in report.counts.items() if k.startswith("places of precision ")}
    assert layers["layer curated/x.yaml"] == classes["places of precision approx"] == 1
    assert "layer derived/divisions.csv" in layers and "places of precision city" in classes
    assert sum(layers.values()) == sum(classes.values()) == len(load_data(data).places)


def test_a_declared_precision_needs_a_known_class_and_a_source(tmp_path: Path) -> None:
    curated = tmp_path / "curated"
    curated.mkdir()
    entry = (
        "landmarks:\n  - id: lm-x\n    kind: landmark\n    name: 某广场\n    adcode: '410105'\n"
        "    lat: 34.78\n    lon: 113.68\n    precision: {precision}\n{source}"
    )
    (curated / "x.yaml").write_text(entry.format(precision="exact", source=""), "utf-8")
    with pytest.raises(DataError, match="precision must be one of"):
        load_data(tmp_path)
    (curated / "x.yaml").write_text(entry.format(precision="surveyed", source=""), "utf-8")
    with pytest.raises(DataError, match="needs its source"):
        load_data(tmp_path)
    source = "    source: own-survey\n"
    (curated / "x.yaml").write_text(entry.format(precision="surveyed", source=source), "utf-8")
    place = next(p for p in load_data(tmp_path).places if p.id == "lm-x")
    assert (place.precision, place.source) == ("surveyed", "own-survey")


def test_another_citys_road_of_the_same_name_is_no_contradiction(gz: Gazetteer) -> None:
    resolution = gz.resolve(["许昌 文化路"])
    assert not resolution.contradictions
    assert resolution.best is not None and resolution.best.place.name == "许昌市"
    assert resolution.question.kind == "ask_more"  # that city, the road unknown


@pytest.mark.parametrize(
    "said", ["开发区", "经济开发区", "人民路", "花园", "广场", "车站", "人民路39号"]
)
def test_a_common_word_alone_is_never_one_place_to_confirm(gz: Gazetteer, said: str) -> None:
    assert gz.resolve([said]).question.kind != "confirm"


def test_same_name_districts_are_ordered_by_what_the_data_knows_of_their_cities(
    gz: Gazetteer,
) -> None:
    chaoyang = [
        c.place.admin.city or c.place.admin.province for c in gz.resolve(["朝阳区"]).candidates
    ]
    assert chaoyang[0].startswith("北京")


def test_the_order_does_not_follow_the_files(tmp_path: Path) -> None:
    loaded = load_data(divisions_only(tmp_path))
    divisions = [p for p in loaded.places if p.kind in ("province", "city", "district")]
    data = replace(loaded, places=divisions, nearby_names={})
    forwards = Gazetteer.from_data(data)
    backwards = Gazetteer.from_data(replace(data, places=divisions[::-1]))
    for said in ("朝阳区", "鼓楼区", "城关区"):
        forward = [c.place.id for c in forwards.resolve([said]).candidates]
        backward = [c.place.id for c in backwards.resolve([said]).candidates]
        assert forward == backward, said
