"""The console's base map: which one the centre provides (a PMTiles file, a tile server of its
own, or none), told to the page as a small description it builds its map from."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from dispatch_intake.settings import Settings

PMTILES_ROUTE = "/console/basemap.pmtiles"
# A PMTiles version 3 archive starts so; the page's reader knows no other version.
PMTILES_MAGIC = b"PMTiles\x03"

log = logging.getLogger(__name__)

BasemapKind = Literal["pmtiles", "raster", "vector", "none"]


@dataclass(frozen=True, slots=True)
class Basemap:
    """What the page draws under the call: `url` is the file's route or the tile template."""

    kind: BasemapKind
    url: str = ""
    attribution: str = ""

    def describe(self) -> dict[str, Any]:
        return {"kind": self.kind, "url": self.url, "attribution": self.attribution}


def pmtiles_file(settings: Settings) -> Path | None:
    """The centre's tile file, when it is there and is a PMTiles (version 3) archive.

    A file named in the settings but absent, or another kind of file, is logged: the console
    then draws outlines, and whoever looks at the log learns why.
    """
    path = settings.effective_console_basemap_pmtiles
    try:
        with path.open("rb") as handle:
            start = handle.read(len(PMTILES_MAGIC))
    except OSError as exc:
        if settings.console_basemap_pmtiles:
            log.warning("console_basemap_pmtiles %s cannot be read (%s): outlines only", path, exc)
        return None
    if start != PMTILES_MAGIC:
        log.warning("%s is not a PMTiles version 3 file: the console draws outlines only", path)
        return None
    return path


def basemap_for(settings: Settings) -> Basemap:
    """The tile server when one is configured, else the tile file when it exists, else none.

    The file is looked for on each request, so a centre can put it in place (or take it away)
    without a restart.
    """
    attribution = settings.console_basemap_attribution
    if settings.console_basemap_tile_url:
        kind: BasemapKind = "vector" if settings.console_basemap_tile_type == "vector" else "raster"
        return Basemap(kind, settings.console_basemap_tile_url, attribution)
    if pmtiles_file(settings) is not None:
        return Basemap("pmtiles", PMTILES_ROUTE, attribution)
    return Basemap("none", "", attribution)


def tile_origins(settings: Settings) -> tuple[str, ...]:
    """The origin of the centre's tile server, for the content security policy; none when the
    tiles come from this service.

    >>> from dispatch_intake.settings import Settings
    >>> tile_origins(Settings(console_basemap_tile_url="https://gis.zz120.cn/t/{z}/{x}/{y}.png"))
    ('https://gis.zz120.cn',)
    >>> tile_origins(Settings(console_basemap_tile_url="/tiles/{z}/{x}/{y}.png"))
    ()
    """
    url = settings.console_basemap_tile_url
    if not url or url.startswith("/"):
        return ()
    parts = urlsplit(url)
    return (f"{parts.scheme}://{parts.netloc}",)
