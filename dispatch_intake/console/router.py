"""HTTP for the console: the page, its static assets, the base map, and district outlines and
roads for the map."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, BackgroundTasks, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse

from dispatch_intake.console import basemap, geo
from dispatch_intake.console.headers import CONSOLE_POLICY, console_policy
from dispatch_intake.settings import Settings

STATIC_DIR = Path(__file__).parent / "static"

CONTENT_SECURITY_POLICY = CONSOLE_POLICY
# Longer asset paths are no file of the console (and could reach the file system's limits).
MAX_ASSET_PATH = 200
NO_CACHE = {"Cache-Control": "no-cache"}
# Fonts and vendored libraries are large and change only with a release: a day's cache spares
# every reload (MapLibre's worker URL carries its version, so an update is fetched anew).
DAY_CACHE = {"Cache-Control": "max-age=86400"}
DAY_CACHED = {".woff2", ".mjs"}
# A module script or worker is refused unless served as JavaScript; `.mjs` is not in every
# system's MIME table.
MEDIA_TYPES = {".js": "text/javascript", ".mjs": "text/javascript", ".woff2": "font/woff2"}

router = APIRouter(tags=["console"], include_in_schema=False)


def _district_map(request: Request) -> geo.DistrictMap:
    """The map of the service's own gazetteer, made on first use."""
    state = request.app.state
    district_map: geo.DistrictMap | None = getattr(state, "district_map", None)
    if district_map is None:
        district_map = state.district_map = geo.DistrictMap(state.gazetteer)
    return district_map


def _settings(request: Request) -> Settings | None:
    """The service's settings; an app made of the console's router alone has none."""
    settings: Settings | None = getattr(request.app.state, "settings", None)
    return settings


def _policy(request: Request) -> dict[str, str]:
    """The page's policy, and its workers': they fetch tiles from the centre's tile server."""
    settings = _settings(request)
    origins = basemap.tile_origins(settings) if settings else ()
    return {"Content-Security-Policy": console_policy(origins)}


@router.get("/console")
def console_page(request: Request, background: BackgroundTasks) -> FileResponse:
    """The single page a call-taker opens; everything else it loads from /console/static/."""
    # While the call-taker signs in, the map's outlines are read, so the first call is not slowed.
    background.add_task(_district_map(request).warm_up)
    headers = {**NO_CACHE, **_policy(request)}
    return FileResponse(STATIC_DIR / "index.html", media_type="text/html", headers=headers)


@router.get("/console/static/{asset_path:path}")
def console_asset(asset_path: str, request: Request) -> FileResponse:
    """A file under static/, never one outside it; a path no file could have is a 404."""
    missing = HTTPException(status_code=404, detail="no such console asset")
    if len(asset_path) > MAX_ASSET_PATH or "\x00" in asset_path:
        raise missing
    try:
        asset = (STATIC_DIR / asset_path).resolve()
        found = asset.is_relative_to(STATIC_DIR.resolve()) and asset.is_file()
    except (OSError, ValueError):
        found = False
    if not found:
        raise missing
    media_type = MEDIA_TYPES.get(asset.suffix)
    headers = {**(DAY_CACHE if asset.suffix in DAY_CACHED else NO_CACHE), **_policy(request)}
    return FileResponse(asset, media_type=media_type, headers=headers)


@router.get("/console/geo/basemap")
def basemap_description(request: Request) -> JSONResponse:
    """Which base map the centre provides (`pmtiles`, `raster`, `vector` or `none`)."""
    settings = _settings(request)
    found = basemap.basemap_for(settings) if settings else basemap.Basemap("none")
    described = found.describe()
    return JSONResponse(described, headers=NO_CACHE)


@router.get(basemap.PMTILES_ROUTE)
def basemap_tiles(request: Request) -> FileResponse:
    """The centre's PMTiles file, read by the page a few kilobytes at a time.

    Starlette's FileResponse answers `Range` itself (206, several ranges, 416, `If-Range`),
    so no range handling of our own is needed.
    """
    settings = _settings(request)
    path = basemap.pmtiles_file(settings) if settings else None
    if path is None:
        raise HTTPException(status_code=404, detail="this centre provides no base map file")
    # Revalidated each time (ETag), so a replaced file is never mixed with a cached one's parts.
    return FileResponse(path, media_type="application/vnd.pmtiles", headers=NO_CACHE)


@router.get("/console/geo/districts")
def district_outlines(
    request: Request,
    bbox: Annotated[
        str | None, Query(description="minLon,minLat,maxLon,maxLat; outlines that touch it")
    ] = None,
    adcodes: Annotated[
        str | None, Query(description="comma-separated adcodes or adcode prefixes")
    ] = None,
) -> JSONResponse:
    """County and city outlines as GeoJSON, the offline base of the console's map."""
    try:
        collection: dict[str, Any] = _district_map(request).district_collection(
            bbox=geo.parse_bbox(bbox) if bbox else None,
            prefixes=geo.parse_adcodes(adcodes) if adcodes else None,
        )
    except geo.GeoRequestError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from None
    return JSONResponse(collection, headers={"Cache-Control": "max-age=3600"})


@router.get("/console/geo/roads")
def road_lines(
    request: Request,
    bbox: Annotated[str, Query(description="minLon,minLat,maxLon,maxLat; roads that cross it")],
) -> JSONResponse:
    """The gazetteer's roads with lines, as GeoJSON, for close views of the console's map."""
    try:
        collection = _district_map(request).road_collection(geo.parse_bbox(bbox))
    except geo.GeoRequestError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from None
    return JSONResponse(collection, headers={"Cache-Control": "max-age=3600"})


def _psap_directory(request: Request) -> Any:
    intake = getattr(request.app.state, "intake", None)
    if intake is None:
        raise HTTPException(status_code=404, detail="this service has no answering centres loaded")
    return intake.psaps


@router.get("/console/geo/psaps")
def psap_list(request: Request) -> JSONResponse:
    """Every answering centre by id and name, for sign-in and transfer choices."""
    psaps = [{"id": psap.id, "name": psap.name} for psap in _psap_directory(request)]
    default = request.app.state.intake.default_psap.id
    return JSONResponse(
        {"psaps": psaps, "default": default}, headers={"Cache-Control": "max-age=300"}
    )


@router.get("/console/geo/psaps/{psap_id}")
def psap_geography(psap_id: str, request: Request) -> JSONResponse:
    """One centre's area outline and its ambulance stations, drawn under every call."""
    psap = _psap_directory(request).get(psap_id)
    if psap is None:
        raise HTTPException(status_code=404, detail=f"no answering centre {psap_id!r}")
    geography = _district_map(request).psap_geography(psap)
    return JSONResponse(geography, headers={"Cache-Control": "max-age=300"})
