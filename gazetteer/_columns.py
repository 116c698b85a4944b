"""Compact columns for the name index, so that a million names fit in a service's memory.

A Python object per name, per reading and per place costs hundreds of bytes each; a million
names would take gigabytes. Here strings are packed into long strings sliced on demand,
string keys become sorted arrays of 64-bit hashes, and places are kept as columns
and built as `Place` objects only when asked for.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Generic, TypeVar, get_args, overload

import numpy as np
import numpy.typing as npt
from shapely.geometry.base import BaseGeometry

from gazetteer._model import PRECISIONS, Admin, Place, PlaceKind, Precision

# Strings per packed chunk: one rare character beyond the Basic Multilingual Plane (some
# place names have them) widens only its own chunk to four bytes a character.
CHUNK = 1024

_Row = TypeVar("_Row")


class _Rows(Sequence[_Row], Generic[_Row]):
    """A sequence of `_size` rows read one by one (`_row`), with Python's indexing: negative,
    sliced, bounded."""

    _size: int

    def __len__(self) -> int:
        return self._size

    def _row(self, k: int) -> _Row:
        raise NotImplementedError

    @overload
    def __getitem__(self, item: int) -> _Row: ...

    @overload
    def __getitem__(self, item: slice) -> list[_Row]: ...

    def __getitem__(self, item: int | slice) -> _Row | list[_Row]:
        size = self._size
        if isinstance(item, int) and 0 <= item < size:
            # The common case, first: a resolution reads thousands of rows by their number.
            return self._row(item)
        if isinstance(item, slice):
            return [self._row(k) for k in range(*item.indices(size))]
        k = item + size if item < 0 else item
        if not 0 <= k < size:
            raise IndexError(f"{type(self).__name__} index out of range")
        return self._row(k)

    def __iter__(self) -> Iterator[_Row]:
        for k in range(self._size):
            yield self._row(k)


class StringColumn(_Rows[str]):
    """Strings packed into chunks of one long string each, sliced out when read.

    >>> names = StringColumn(["河南大学", "", "龙子湖"])
    >>> names[0], names[1], names[-1], len(names)
    ('河南大学', '', '龙子湖', 3)
    """

    def __init__(self, strings: Iterable[str]) -> None:
        self._chunks: list[str] = []
        # For item i of chunk c (= i // CHUNK): it runs from _bounds[i + c] to _bounds[i + c + 1]
        # within that chunk; each chunk adds one bound more than it has items.
        self._bounds = array("i")
        pending: list[str] = []
        for text in strings:
            pending.append(text)
            if len(pending) == CHUNK:
                self._add_chunk(pending)
                pending = []
        if pending:
            self._add_chunk(pending)
        self._size = len(self._bounds) - len(self._chunks)

    def _add_chunk(self, strings: list[str]) -> None:
        offset = 0
        self._bounds.append(0)
        for text in strings:
            offset += len(text)
            self._bounds.append(offset)
        self._chunks.append("".join(strings))

    def _row(self, k: int) -> str:
        chunk = k // CHUNK
        at = k + chunk
        return self._chunks[chunk][self._bounds[at] : self._bounds[at + 1]]

    @overload
    def __getitem__(self, item: int) -> str: ...

    @overload
    def __getitem__(self, item: slice) -> list[str]: ...

    def __getitem__(self, item: int | slice) -> str | list[str]:
        if isinstance(item, int) and 0 <= item < self._size:
            # `_row` inlined: the index's names and readings are read by the hundred thousand.
            chunk = item // CHUNK
            at = item + chunk
            return self._chunks[chunk][self._bounds[at] : self._bounds[at + 1]]
        return super().__getitem__(item)

    def rows_beginning(self, heads: Sequence[str]) -> list[int]:
        """The rows whose string begins with one of `heads`, in order: found by searching the
        packed chunks, without reading every row (a few milliseconds for 200,000 names).

        >>> names = StringColumn(["郑州大学", "", "郑州", "大郑州", "郑", "州郑州"])
        >>> names.rows_beginning(["郑州"]), names.rows_beginning(["州", "郑"])
        ([0, 2], [0, 2, 4, 5])
        """
        if "" in heads:
            return list(range(self._size))
        found: set[int] = set()
        for c, chunk in enumerate(self._chunks):
            first = c * CHUNK
            bounds = self._bounds[first + c : first + c + min(CHUNK, self._size - first) + 1]
            for head in heads:
                at = chunk.find(head)
                while at >= 0:
                    # The last row that starts here: the rows before it, if any, are empty.
                    k = bisect_right(bounds, at) - 1
                    if bounds[k] == at and at + len(head) <= bounds[k + 1]:
                        found.add(first + k)
                    at = chunk.find(head, at + 1)
        return sorted(found)

    def take(self, rows: npt.NDArray[np.integer[Any]]) -> list[str]:
        """The strings of many rows, in the order given (a row may repeat): the names around a
        caller are hundreds, and reading them one by one through indexing costs most of it.

        >>> StringColumn(["河南大学", "", "龙子湖"]).take(np.array([2, 0, 2]))
        ['龙子湖', '河南大学', '龙子湖']
        """
        rows = np.asarray(rows, dtype=np.int64)
        chunks = rows // CHUNK
        at = rows + chunks
        bounds = np.frombuffer(self._bounds, dtype=np.intc)
        texts = self._chunks
        return [
            texts[chunk][start:end]
            for chunk, start, end in zip(
                chunks.tolist(), bounds[at].tolist(), bounds[at + 1].tolist(), strict=True
            )
        ]


class HashTable:
    """String keys mapped to int values (a key may have several, kept in the order given)
    through a sorted array of the keys' 64-bit hashes. Lookups come in batches: one numpy
    search for all the keys of a query.

    The hashes are Python's own, fast and salted per process: a pickled table keeps only its
    keys and values and hashes them again when it is loaded. Two different keys share a hash
    with odds of about one in 10^19 per pair, so a lookup trusts the hash; a caller that holds
    the key its values stand for (the index's terms) checks it anyway, as it costs nothing.

    >>> table = HashTable(["he da", "zheng da", "he da"], [3, 5, 7])
    >>> table.get_many(["he da", "kai feng", "zheng da"])
    [(3, 7), (), (5,)]
    >>> HashTable(["he da", "zheng da"]).get("zheng da")  # values default to positions
    (1,)
    """

    def __init__(self, keys: Sequence[str], values: Iterable[int] | None = None) -> None:
        self._keys = keys
        self._values = None if values is None else np.fromiter(values, dtype=np.int32)
        if self._values is not None and self._values.size != len(keys):
            raise ValueError("a hash table needs one value per key")
        self._sort()

    def _sort(self) -> None:
        hashes = np.fromiter(map(hash, self._keys), dtype=np.int64, count=len(self._keys))
        order = np.argsort(hashes, kind="stable")
        self._hashes: npt.NDArray[np.int64] = hashes[order]
        self._found: npt.NDArray[np.int32] = (
            order.astype(np.int32) if self._values is None else self._values[order]
        )
        # The same memory read as Python ints: a few keys are searched one by one with
        # `bisect`, which costs a tenth of what numpy's calls cost for a batch of one.
        self._hash_view: memoryview = self._hashes.data
        self._found_view: memoryview = self._found.data

    def __getstate__(self) -> dict[str, object]:
        return {"keys": self._keys, "values": self._values}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._keys, self._values = state["keys"], state["values"]
        self._sort()

    # Up to this many keys, a lookup searches key by key (see `_sort`).
    FEW = 10

    def __len__(self) -> int:
        return len(self._keys)

    def get_many(self, keys: Sequence[str]) -> list[tuple[int, ...]]:
        """The values of each key, in the order given (empty for a key not held)."""
        found: list[tuple[int, ...]] = [()] * len(keys)
        if not keys or not self._hashes.size:
            return found
        if len(keys) <= self.FEW:
            hashes, values, size = self._hash_view, self._found_view, len(self._hash_view)
            for k, key in enumerate(keys):
                digest = hash(key)
                first = bisect_left(hashes, digest)
                if first < size and hashes[first] == digest:
                    found[k] = tuple(values[first : bisect_right(hashes, digest, lo=first)])
            return found
        wanted = np.fromiter(map(hash, keys), dtype=np.int64, count=len(keys))
        starts = np.searchsorted(self._hashes, wanted, side="left")
        held = self._hashes[np.minimum(starts, self._hashes.size - 1)] == wanted
        hits = np.flatnonzero(held)
        if hits.size:
            ends = np.searchsorted(self._hashes, wanted[hits], side="right")
            for k, start, end in zip(
                hits.tolist(), starts[hits].tolist(), ends.tolist(), strict=True
            ):
                found[k] = tuple(self._found[start:end].tolist())
        return found

    def get(self, key: str) -> tuple[int, ...]:
        return self.get_many([key])[0]


_Key = TypeVar("_Key", str, tuple[str, ...])


class KeyEnds(Generic[_Key]):
    """The first two and the last two units (characters, or syllables) of every key of a
    table, each with the lengths of the keys it begins or ends. A text that no key of its
    length begins and ends as it does is no key: told by two dict reads, without hashing the
    text or searching the table for it. Most of the words a resolution asks about name
    nothing, and are told so here.

    `starts` and `ends` hold, by the units, a mask with bit n set for a key of n units; the
    callers that ask for many keys read them in their loops, before a key is even written.

    >>> names = KeyEnds(["河南大学", "河大"])
    >>> names.may_hold("河南大学"), names.may_hold("河南工大"), names.may_hold("河南大")
    (True, False, False)
    >>> sounds = KeyEnds([("he", "nan", "da", "xue")])
    >>> sounds.may_hold(("he", "nan", "da", "xue")), sounds.may_hold(("he", "nan", "xue"))
    (True, False)
    """

    def __init__(self, keys: Iterable[_Key]) -> None:
        self.starts: dict[_Key, int] = {}
        self.ends: dict[_Key, int] = {}
        starts, ends = self.starts, self.ends
        for key in keys:
            size = 1 << len(key)
            head, tail = key[:2], key[-2:]
            starts[head] = starts.get(head, 0) | size
            ends[tail] = ends.get(tail, 0) | size

    def may_hold(self, key: _Key) -> bool:
        """False for a key the table does not hold; True for one it may."""
        size = len(key)
        return bool(
            self.starts.get(key[:2], 0) >> size & 1 and self.ends.get(key[-2:], 0) >> size & 1
        )

    def held(self, keys: Sequence[_Key]) -> list[int]:
        """The positions of the keys the table may hold, in order."""
        starts, ends = self.starts, self.ends
        return [
            k
            for k, key in enumerate(keys)
            if starts.get(key[:2], 0) >> len(key) & 1 and ends.get(key[-2:], 0) >> len(key) & 1
        ]


KINDS: tuple[PlaceKind, ...] = get_args(PlaceKind)


class PlaceTable(_Rows[Place]):
    """Places kept as columns and built as `Place` objects when read.

    Most places of a large gazetteer are a name, a kind, a division and a point: those four
    are columns, and the rest (aliases, address, parent, outline) is kept only for places
    that have it. Recently read places are kept whole, so a resolution reading the same
    candidate many times builds it once, and so are the rows of recently asked ids.
    """

    CACHED = 4096

    def __init__(self, places: Sequence[Place]) -> None:
        self._ids = StringColumn(p.id for p in places)
        self._by_id = HashTable(self._ids)
        self._names = StringColumn(p.name for p in places)
        self._size = len(self._names)
        # Most places are called by their full name: it is stored only when it differs.
        self._full_names = StringColumn(
            "" if p.full_name == p.name else p.full_name for p in places
        )
        self._own_full_name = frozenset(k for k, p in enumerate(places) if p.full_name != p.name)
        codes = {kind: code for code, kind in enumerate(KINDS)}
        unknown = next((p for p in places if p.kind not in codes), None)
        if unknown is not None:
            raise ValueError(f"place {unknown.id!r} has an unknown kind {unknown.kind!r}")
        self._kinds = bytes(codes[p.kind] for p in places)
        precision = {name: code for code, name in enumerate(PRECISIONS)}
        unclassed = next((p for p in places if p.precision not in precision), None)
        if unclassed is not None:
            raise ValueError(
                f"place {unclassed.id!r} has an unknown precision {unclassed.precision!r}"
            )
        self._precisions = bytes(precision[p.precision] for p in places)
        sources: dict[str, int] = {}
        self._source_of = array("H", (sources.setdefault(p.source, len(sources)) for p in places))
        self._sources = tuple(sources)
        admins: dict[Admin, int] = {}
        self._admin_of = array("i", (admins.setdefault(p.admin, len(admins)) for p in places))
        self._admins = tuple(admins)
        self.lat: npt.NDArray[np.float64] = np.array([p.lat for p in places], dtype=np.float64)
        self.lon: npt.NDArray[np.float64] = np.array([p.lon for p in places], dtype=np.float64)
        self._extras: dict[int, tuple[tuple[str, ...], str | None, str | None, BaseGeometry | None]]
        self._extras = {
            k: (p.aliases, p.address, p.parent, p.polygon)
            for k, p in enumerate(places)
            if p.aliases or p.address is not None or p.parent is not None or p.polygon is not None
        }
        self._cache: dict[int, Place] = {}
        self._rows_read: dict[str, int | None] = {}

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        state["_cache"] = {}
        state["_rows_read"] = {}
        return state

    def _row(self, k: int) -> Place:
        place = self._cache.get(k)
        if place is None:
            place = self._build(k)
            if len(self._cache) >= self.CACHED:
                self._cache.clear()  # cheaper than an LRU, and safe to share between threads
            self._cache[k] = place
        return place

    def _build(self, k: int) -> Place:
        name = self._names[k]
        aliases, address, parent, polygon = self._extras.get(k, ((), None, None, None))
        return Place(
            id=self._ids[k],
            kind=self.kind(k),
            name=name,
            full_name=self._full_names[k] if k in self._own_full_name else name,
            admin=self.admin(k),
            lat=float(self.lat[k]),
            lon=float(self.lon[k]),
            aliases=aliases,
            address=address,
            parent=parent,
            polygon=polygon,
            precision=self.precision(k),
            source=self._sources[self._source_of[k]],
        )

    def precision(self, k: int) -> Precision:
        """How exact a place's point is, without building the place."""
        return PRECISIONS[self._precisions[k]]

    def place_id(self, k: int) -> str:
        """A place's id without building the place."""
        return self._ids[k]

    def name(self, k: int) -> str:
        """A place's name without building the place."""
        return self._names[k]

    def kind(self, k: int) -> PlaceKind:
        """A place's kind without building the place."""
        return KINDS[self._kinds[k]]

    def admin(self, k: int) -> Admin:
        """A place's division without building the place."""
        return self._admins[self._admin_of[k]]

    def index_of(self, place_id: str) -> int | None:
        """The row of the place with this id, if any."""
        found = self._rows_read.get(place_id, -1)
        if found != -1:
            return found
        found = next((k for k in self._by_id.get(place_id) if self._ids[k] == place_id), None)
        if len(self._rows_read) >= self.CACHED:
            self._rows_read.clear()
        self._rows_read[place_id] = found
        return found
