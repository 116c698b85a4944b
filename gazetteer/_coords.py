"""Conversions between WGS-84 and GCJ-02, the obfuscated datum of Chinese web maps.

Amap, Tencent and most Chinese point-of-interest data publish GCJ-02 coordinates, which sit
100–700 m away from the WGS-84 positions that phones report and that the gazetteer stores.
The forward transform is the published closed form; the inverse has no closed form, so it is
solved by fixed-point iteration to well under a centimetre.
"""

from __future__ import annotations

import math

__all__ = ["gcj02_to_wgs84", "in_gcj02_area", "wgs84_to_gcj02"]

# Krasovsky 1940 ellipsoid, which the GCJ-02 formula is defined on.
_SEMI_MAJOR_AXIS = 6378245.0
_ECCENTRICITY_SQUARED = 0.00669342162296594323

# Iterating stops once the forward image is this close (in degrees, ~1 mm) to the target.
_TOLERANCE_DEG = 1e-8
_MAX_ITERATIONS = 30


def in_gcj02_area(lat: float, lon: float) -> bool:
    """Whether GCJ-02 shifts a point at all: outside this box both datums coincide.

    Examples
    --------
    >>> in_gcj02_area(34.8, 114.35)
    True
    >>> in_gcj02_area(48.85, 2.35)
    False
    """
    return 72.004 <= lon <= 137.8347 and 0.8293 <= lat <= 55.8271


def _offset_lat(x: float, y: float) -> float:
    ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
    ret += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    ret += (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
    ret += (160.0 * math.sin(y / 12.0 * math.pi) + 320.0 * math.sin(y * math.pi / 30.0)) * 2.0 / 3.0
    return ret


def _offset_lon(x: float, y: float) -> float:
    ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
    ret += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    ret += (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
    ret += (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2.0 / 3.0
    return ret


def wgs84_to_gcj02(lat: float, lon: float) -> tuple[float, float]:
    """Shift a WGS-84 point to GCJ-02; returns ``(lat, lon)``.

    Examples
    --------
    >>> lat, lon = wgs84_to_gcj02(34.8, 114.35)
    >>> round(lat - 34.8, 5), round(lon - 114.35, 5)
    (-0.00081, 0.00591)
    >>> wgs84_to_gcj02(48.85, 2.35)
    (48.85, 2.35)
    """
    if not in_gcj02_area(lat, lon):
        return lat, lon
    d_lat = _offset_lat(lon - 105.0, lat - 35.0)
    d_lon = _offset_lon(lon - 105.0, lat - 35.0)
    rad_lat = math.radians(lat)
    magic = 1.0 - _ECCENTRICITY_SQUARED * math.sin(rad_lat) ** 2
    sqrt_magic = math.sqrt(magic)
    d_lat = (d_lat * 180.0) / (
        (_SEMI_MAJOR_AXIS * (1.0 - _ECCENTRICITY_SQUARED)) / (magic * sqrt_magic) * math.pi
    )
    d_lon = (d_lon * 180.0) / (_SEMI_MAJOR_AXIS / sqrt_magic * math.cos(rad_lat) * math.pi)
    return lat + d_lat, lon + d_lon


def gcj02_to_wgs84(lat: float, lon: float) -> tuple[float, float]:
    """Recover the WGS-84 point whose GCJ-02 image is ``(lat, lon)``; returns ``(lat, lon)``.

    Fixed-point iteration on the forward transform: the offset varies by well under 1 % per
    kilometre, so each step shrinks the error about a hundredfold and three or four steps reach
    the millimetre level (the one-step inverse that many libraries use is off by up to ~5 m).

    Examples
    --------
    >>> lat, lon = gcj02_to_wgs84(*wgs84_to_gcj02(34.8, 114.35))
    >>> abs(lat - 34.8) < 1e-8 and abs(lon - 114.35) < 1e-8
    True
    >>> gcj02_to_wgs84(48.85, 2.35)
    (48.85, 2.35)
    """
    if not in_gcj02_area(lat, lon):
        return lat, lon
    wgs_lat, wgs_lon = lat, lon
    for _ in range(_MAX_ITERATIONS):
        image_lat, image_lon = wgs84_to_gcj02(wgs_lat, wgs_lon)
        err_lat, err_lon = image_lat - lat, image_lon - lon
        wgs_lat -= err_lat
        wgs_lon -= err_lon
        if abs(err_lat) < _TOLERANCE_DEG and abs(err_lon) < _TOLERANCE_DEG:
            break
    return wgs_lat, wgs_lon
