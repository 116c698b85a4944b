"""Candidates say how exact their point is; the service reads a centre's imported layers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from gazetteer._import import import_points

from .factories import act, auth, start_call


def test_candidates_carry_precision_and_source(client: Any) -> None:
    record = start_call(client, location_text="河南大学")
    for place in record["location"]["candidates"]:
        assert place["precision"] in {"surveyed", "address", "approx", "district", "city"}
        assert place["source"]
        assert place["house_number"] is None


def test_a_house_number_on_a_road_is_kept_in_the_label(client: Any) -> None:
    record = start_call(client, location_text="郑州金水路18号")
    road = next(c for c in record["location"]["candidates"] if c["kind"] == "road")
    assert road["house_number"] == "18号"
    assert road["label"].endswith("金水路18号")


def test_the_service_loads_the_layers_in_its_var_folder(settings: Any, tmp_path: Path) -> None:
    from dispatch_intake.app import create_app

    points = tmp_path / "points.csv"
    points.write_text("name,lat,lon\n金水测试家园小区,34.781,113.661\n", encoding="utf-8")
    import_points(
        points, settings.effective_gazetteer_layers_dir, source="zz-survey", licence="own data"
    )
    application = create_app(settings)
    try:
        with TestClient(application) as client:
            record = start_call(client, location_text="金水测试家园小区")
            best = record["location"]["candidates"][0]
            assert (best["name"], best["precision"], best["source"]) == (
                "金水测试家园小区",
                "address",
                "zz-survey",
            )
            again = act(client, record["id"], "location", {"text": "金水测试家园小区"})
            assert again.status_code == 200
            assert client.get(f"/v1/calls/{record['id']}", headers=auth()).status_code == 200
    finally:
        application.state.engine.dispose()
