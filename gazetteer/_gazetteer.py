"""The `Gazetteer`: loaded data, its cached name index, and the lookups the service needs."""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TypeVar

import numpy as np
from filelock import FileLock
from shapely.geometry.base import BaseGeometry

from gazetteer._index import BuildMemo, NameIndex
from gazetteer._layers import layer_files
from gazetteer._load import DEFAULT_DATA_DIR, LoadedData, data_files, load_data
from gazetteer._model import Jurisdiction, Place, Position, Resolution
from gazetteer._resolver import resolve_call

# The modules whose code shapes the pickled index: a change to any of them rebuilds it.
_INDEX_CODE = (
    "_campus_roads.py",
    "_columns.py",
    "_crossings.py",
    "_index.py",
    "_layers.py",
    "_load.py",
    "_model.py",
    "_normalise.py",
    "_pinyin.py",
)
_CACHE_FORMAT = "gazetteer-index-v4"
_Cached = TypeVar("_Cached", NameIndex, BuildMemo)


class Gazetteer:
    """Places and the resolver over them. Build with `Gazetteer.load` or `load_gazetteer`."""

    def __init__(self, index: NameIndex) -> None:
        self._index = index

    @classmethod
    def load(
        cls,
        data_dir: Path | str = DEFAULT_DATA_DIR,
        *,
        layers_dir: Path | str | None = None,
        cache_dir: Path | str | None = None,
    ) -> Gazetteer:
        """Load the data under `data_dir` and the layers a centre imported under `layers_dir`,
        reusing a cached index when the files are unchanged.

        `cache_dir` defaults to `$GAZETTEER_CACHE_DIR`, else the user's cache directory;
        an unwritable cache only costs time.
        """
        data_dir = Path(data_dir)
        layers = Path(layers_dir) if layers_dir is not None else None
        directory = Path(cache_dir) if cache_dir is not None else _default_cache_dir()
        shipped_key, key = _cache_keys(data_dir, layers)
        index = _read_cache(directory / f"{key}.pickle", NameIndex)
        if index is not None:
            return cls(index)
        # Processes that start together on new data (a server's workers, a test run's) build
        # the index once: the first takes the lock and builds, the others wait and read its cache.
        with _building(directory, key):
            index = _read_cache(directory / f"{key}.pickle", NameIndex)
            if index is not None:
                return cls(index)
            return cls(_build(data_dir, layers, directory, shipped_key, key))

    @classmethod
    def from_data(cls, data: LoadedData) -> Gazetteer:
        """Build without the cache (tests, synthetic benchmarks)."""
        return cls(NameIndex(data))

    # --- resolving ----------------------------------------------------------------------------

    def resolve(
        self,
        utterances: Sequence[str] | str,
        *,
        jurisdiction: Jurisdiction | None = None,
        position: Position | None = None,
        limit: int = 8,
    ) -> Resolution:
        """Rank places for everything said about the location in one call.

        >>> gz = load_gazetteer()
        >>> best = gz.resolve(["河南大学明伦校区"]).best
        >>> best is not None and best.place.full_name
        '河南大学开封明伦校区'
        """
        if isinstance(utterances, str):
            utterances = [utterances]
        return resolve_call(
            self._index,
            [u for u in utterances if isinstance(u, str)],
            jurisdiction=jurisdiction,
            position=position,
            limit=limit,
        )

    # --- lookups ------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._index.places)

    def __iter__(self) -> Iterator[Place]:
        return iter(self._index.places)

    @property
    def term_count(self) -> int:
        """How many distinct names and aliases the index holds."""
        return len(self._index.terms)

    def get(self, place_id: str) -> Place | None:
        row = self._index.place_index(place_id)
        return self._index.places[row] if row is not None else None

    def parent(self, place: Place) -> Place | None:
        return self.get(place.parent) if place.parent else None

    def children(self, place_id: str) -> tuple[Place, ...]:
        row = self._index.place_index(place_id)
        if row is None:
            return ()
        return tuple(self._index.places[k] for k in self._index.children.get(row, ()))

    def district_outline(self, adcode: str) -> BaseGeometry | None:
        """The outline of a division (county, city or province), for maps and polygon tests."""
        from gazetteer._polygons import district_polygon

        return district_polygon(adcode)


@lru_cache(maxsize=4)
def load_gazetteer(
    data_dir: Path | str | None = None, layers_dir: Path | str | None = None
) -> Gazetteer:
    """The shipped gazetteer (or one under `data_dir`) with the layers imported under
    `layers_dir`, loaded once per process."""
    return Gazetteer.load(
        Path(data_dir) if data_dir is not None else DEFAULT_DATA_DIR, layers_dir=layers_dir
    )


def _default_cache_dir() -> Path:
    configured = os.environ.get("GAZETTEER_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dispatch-intake-gazetteer"


def _cache_keys(data_dir: Path, layers_dir: Path | None = None) -> tuple[str, str]:
    """The keys of the cached index of the shipped data alone and of that with the layers
    (the same when there are none): a change to the code, the data, a layer or a package the
    index is read with gives new keys."""
    # The pickle holds numpy arrays and library objects, and names read by pypinyin and
    # OpenCC: a new Python or one of those packages rebuilds it.
    versions = [_CACHE_FORMAT, sys.version, np.__version__]
    versions += [_version(package) for package in ("pypinyin", "opencc", "shapely")]
    digest = hashlib.sha256(" ".join(versions).encode())
    here = Path(__file__).parent
    for path in [here / name for name in _INDEX_CODE] + data_files(data_dir):
        _digest_file(digest, path)
    shipped = digest.hexdigest()[:32]
    for path in layer_files(layers_dir):
        if path.is_file():
            _digest_file(digest, path)
    return shipped, digest.hexdigest()[:32]


def _digest_file(digest: hashlib._Hash, path: Path) -> None:
    digest.update(path.name.encode())
    with path.open("rb") as handle:  # a large imported layer is hashed piece by piece
        while chunk := handle.read(1 << 20):
            digest.update(chunk)


def _version(package: str) -> str:
    try:
        return f"{package} {metadata.version(package)}"
    except metadata.PackageNotFoundError:
        return f"{package} ?"


def _build(
    data_dir: Path, layers: Path | None, directory: Path, shipped_key: str, key: str
) -> NameIndex:
    # With layers the index is built in full, but the shipped data's names are not read
    # again: their terms and readings are kept from the first build over the same data.
    memo_file = directory / f"{shipped_key}.memo.pickle"
    kept = _read_cache(memo_file, BuildMemo)
    memo = kept if kept is not None else BuildMemo({})
    index = NameIndex(load_data(data_dir, layers), memo=memo)
    _write_cache(directory, directory / f"{key}.pickle", index)
    if kept is None:  # written once (or again if unreadable): it never grows past two builds
        _write_cache(directory, memo_file, memo)
    return index


@contextmanager
def _building(directory: Path, key: str) -> Iterator[None]:
    """Held while this process builds the index for `key`. A cache directory that cannot be
    written or locked costs only the waiting: each process then builds for itself."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        lock = FileLock(directory / f"{key}.lock")
        lock.acquire()
    except OSError:
        yield
        return
    try:
        yield
    finally:
        lock.release()


def _read_cache(path: Path, kind: type[_Cached]) -> _Cached | None:
    """A cached object of `kind`, or None: a missing, unreadable or foreign file is rebuilt,
    never fatal."""
    if not path.is_file():
        return None
    try:
        with path.open("rb") as handle:
            found = pickle.load(handle)
    except Exception:  # noqa: BLE001 — any unreadable cache is rebuilt
        return None
    return found if isinstance(found, kind) else None


def _write_cache(directory: Path, target: Path, index: NameIndex | BuildMemo) -> None:
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=directory, delete=False, suffix=".tmp") as handle:
            pickle.dump(index, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, target)
    except OSError:
        return
