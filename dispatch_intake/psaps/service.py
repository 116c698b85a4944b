"""Answering centres (PSAPs) from `config/psaps.toml`: their areas and their ambulance stations."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from geopy.distance import geodesic

from dispatch_intake.errors import SettingsError
from gazetteer import haversine_km


@dataclass(frozen=True, slots=True)
class Station:
    """A place ambulances leave from."""

    id: str
    name: str
    lat: float
    lon: float
    address: str | None = None


@dataclass(frozen=True, slots=True)
class Psap:
    """One answering centre; `jurisdiction` holds adcode prefixes ("4101" is all of 郑州)."""

    id: str
    name: str
    jurisdiction: tuple[str, ...]
    stations: tuple[Station, ...]
    language: str = "zh-CN"
    city: str | None = None
    # One seat takes the call and sends the ambulance (受理调度一体): call-takers dispatch.
    one_seat: bool = False

    def covers(self, adcode: str | None) -> bool:
        """Whether an adcode lies inside this centre's area.

        >>> Psap("z", "郑州120", ("4101",), ()).covers("410105")
        True
        """
        return adcode is not None and any(adcode.startswith(p) for p in self.jurisdiction)


@dataclass(frozen=True, slots=True)
class NearestStation:
    station: Station
    distance_km: float


class PsapDirectory:
    """All known centres, with look-ups by id and by area; `default_id` answers calls that
    name no centre."""

    def __init__(self, psaps: Sequence[Psap], default_id: str | None = None) -> None:
        self._by_id = {psap.id: psap for psap in psaps}
        self.default_id = default_id or (psaps[0].id if psaps else None)

    def __contains__(self, psap_id: object) -> bool:
        return psap_id in self._by_id

    def __iter__(self) -> Iterator[Psap]:
        return iter(self._by_id.values())

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(self._by_id)

    def get(self, psap_id: str) -> Psap | None:
        return self._by_id.get(psap_id)

    def covering(self, adcode: str | None) -> Psap | None:
        """The centre whose area holds `adcode`, preferring the most specific prefix."""
        if not adcode:
            return None
        best: tuple[int, Psap] | None = None
        for psap in self._by_id.values():
            for prefix in psap.jurisdiction:
                if adcode.startswith(prefix) and (best is None or len(prefix) > best[0]):
                    best = (len(prefix), psap)
        return best[1] if best else None


# Places come from a finite gazetteer, so the same (centre, point) pairs recur call after call
# and an ellipsoid measurement (~0.1 ms each, several per call) is worth remembering.
@functools.lru_cache(maxsize=8192)
def nearest_station(psap: Psap, lat: float, lon: float) -> NearestStation | None:
    """The station of `psap` closest to a point by geodesic distance, or None if it has none.

    Stations are ranked on the sphere first (cheap, vectorised) and only those the sphere
    cannot separate from the closest are measured on the ellipsoid.
    """
    if not psap.stations:
        return None
    sphere = haversine_km(
        lat,
        lon,
        np.fromiter((s.lat for s in psap.stations), dtype=np.float64, count=len(psap.stations)),
        np.fromiter((s.lon for s in psap.stations), dtype=np.float64, count=len(psap.stations)),
    )
    # The sphere errs by under 0.5 %: only stations within that of the closest can swap.
    closest = float(sphere.min())
    ranked = [psap.stations[k] for k in np.flatnonzero(sphere <= closest * 1.005 + 1e-9)]
    measured = [(geodesic((lat, lon), (s.lat, s.lon)).km, s) for s in ranked]
    km, station = min(measured, key=lambda pair: pair[0])
    return NearestStation(station, round(km, 2))


def load_psaps(path: Path) -> PsapDirectory:
    """Read the PSAP file; accepts `[[psaps]]`/`[[psap]]` arrays or `[psaps.<id>]` tables."""
    if not path.is_file():
        raise SettingsError(f"PSAP file {path} is missing; set DISPATCH_INTAKE_CONFIG_DIR")
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"PSAP file {path} is not valid TOML: {exc}") from None
    entries: list[tuple[str | None, Mapping[str, Any]]] = []
    for key in ("psaps", "psap"):
        section = document.get(key)
        if isinstance(section, list):
            entries.extend((None, entry) for entry in section)
        elif isinstance(section, dict):
            entries.extend((psap_id, entry) for psap_id, entry in section.items())
    if not entries:
        raise SettingsError(f"PSAP file {path} defines no [[psaps]] entries")
    default = document.get("default_psap")
    return PsapDirectory(
        [_parse_psap(path, key, entry) for key, entry in entries],
        str(default) if default else None,
    )


def _parse_psap(path: Path, key: str | None, entry: Mapping[str, Any]) -> Psap:
    psap_id = str(entry.get("id") or key or "")
    if not psap_id:
        raise SettingsError(f"{path}: a PSAP entry has no id")
    area = entry.get("jurisdiction", entry.get("adcodes", ()))
    if isinstance(area, Mapping):
        area = area.get("adcodes", ())
    if isinstance(area, str):
        area = (area,)
    jurisdiction = tuple(str(code) for code in area)
    if not jurisdiction:
        raise SettingsError(f"{path}: PSAP {psap_id} has no jurisdiction adcode prefixes")
    stations = []
    for index, raw in enumerate(entry.get("stations", entry.get("station", ()))):
        try:
            stations.append(
                Station(
                    id=str(raw.get("id") or f"{psap_id}-station-{index + 1}"),
                    name=str(raw["name"]),
                    lat=float(raw["lat"]),
                    lon=float(raw["lon"]),
                    address=raw.get("address"),
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise SettingsError(
                f"{path}: station {index + 1} of PSAP {psap_id} needs name, lat and lon ({exc})"
            ) from None
    return Psap(
        id=psap_id,
        name=str(entry.get("name", psap_id)),
        jurisdiction=jurisdiction,
        stations=tuple(stations),
        language=str(entry.get("language", "zh-CN")),
        city=entry.get("city"),
        one_seat=_flag(path, psap_id, entry, "one_seat"),
    )


def _flag(path: Path, psap_id: str, entry: Mapping[str, Any], key: str) -> bool:
    value = entry.get(key, False)
    if not isinstance(value, bool):
        raise SettingsError(f"{path}: {key} of PSAP {psap_id} must be true or false")
    return value
