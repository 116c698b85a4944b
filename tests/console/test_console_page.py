"""The console's own routes: the page, its assets, and district outlines for the map."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from dispatch_intake.console import geo
from dispatch_intake.console.router import STATIC_DIR, router
from gazetteer import load_gazetteer

MAP = geo.DistrictMap(load_gazetteer())


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    app = FastAPI()
    app.state.gazetteer = load_gazetteer()
    app.include_router(router)
    with TestClient(app) as test_client:
        yield test_client


def test_page_is_served_with_a_policy_that_forbids_other_origins(client: TestClient) -> None:
    response = client.get("/console")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    policy = response.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy
    assert 'lang="zh-CN"' in response.text


def test_every_asset_the_page_names_is_served(client: TestClient) -> None:
    page = client.get("/console").text
    assets = re.findall(r'(?:src|href)="(/console/static/[^"]+)"', page)
    assert assets
    for asset in assets:
        assert client.get(asset).status_code == 200, asset


def test_modules_are_served_as_javascript_and_import_only_local_files(client: TestClient) -> None:
    for module in sorted((STATIC_DIR / "js").glob("*.js")):
        response = client.get(f"/console/static/js/{module.name}")
        assert response.headers["content-type"].startswith("text/javascript")
        for target in re.findall(r'from "([^"]+)"', response.text):
            assert target.startswith("./"), f"{module.name} imports {target}"
            assert (module.parent / target).is_file(), f"{module.name} imports missing {target}"


def test_the_font_is_served_and_holds_every_character_the_console_and_prompts_use(
    client: TestClient,
) -> None:
    from fontTools.ttLib import TTFont

    from dispatch_intake.console.font_subset import ROOT

    for name in ("console-sc.woff2", "console-sc-bold.woff2"):
        response = client.get(f"/console/static/fonts/{name}")
        assert response.status_code == 200
        assert response.headers["content-type"] == "font/woff2"
        cmap = TTFont(STATIC_DIR / "fonts" / name).getBestCmap()
        texts = [*STATIC_DIR.glob("**/*.js"), STATIC_DIR / "index.html"]
        # What is read on screen: the console's own words, the prompts and the script's questions.
        texts += [*(ROOT / "config" / "prompts").glob("*.toml")]
        texts += [*(ROOT / "config" / "scripts").glob("**/*.toml")]
        for path in texts:
            missing = {
                c
                for c in path.read_text(encoding="utf-8")
                if "\u4e00" <= c <= "\u9fff" and ord(c) not in cmap
            }
            assert not missing, f"{name} lacks {''.join(sorted(missing))} used in {path.name}: run "
            "python -m dispatch_intake.console.font_subset"


def test_no_file_outside_the_static_folder_is_served(client: TestClient) -> None:
    for path in ("../router.py", "..%2Frouter.py", "js/../../geo.py", "nothing.js"):
        assert client.get(f"/console/static/{path}").status_code == 404, path


def test_outlines_of_the_districts_in_view(client: TestClient) -> None:
    response = client.get("/console/geo/districts", params={"bbox": "113.55,34.70,113.85,34.85"})
    assert response.status_code == 200
    collection = response.json()
    names = {feature["properties"]["name"] for feature in collection["features"]}
    assert {"金水区", "二七区", "中原区"} <= names
    for feature in collection["features"]:
        assert feature["geometry"]["type"] in ("Polygon", "MultiPolygon")
        assert feature["properties"]["adcode"].startswith("41")


def test_a_wide_view_gets_city_outlines_not_every_county() -> None:
    collection = MAP.district_collection(bbox=(110.0, 31.0, 117.0, 37.0))
    levels = {feature["properties"]["level"] for feature in collection["features"]}
    names = {feature["properties"]["name"] for feature in collection["features"]}
    assert levels == {"city"}
    assert {"郑州市", "开封市"} <= names


def test_an_area_by_adcode_prefix() -> None:
    collection = MAP.district_collection(prefixes=["4101"])
    assert [f["properties"]["name"] for f in collection["features"]] == ["郑州市"]


@pytest.mark.parametrize(
    "params",
    [
        {"bbox": "113,34,114"},
        {"bbox": "east,34,114,35"},
        {"bbox": "114,34,113,35"},
        {"adcodes": "41a1"},
        {},
    ],
)
def test_an_unusable_request_is_told_what_was_expected(
    client: TestClient, params: dict[str, str]
) -> None:
    response = client.get("/console/geo/districts", params=params)
    assert response.status_code == 400
