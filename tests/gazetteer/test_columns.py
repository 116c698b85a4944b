"""The compact columns the name index keeps its names, readings and places in."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gazetteer._columns import CHUNK, HashTable, PlaceTable, StringColumn
from gazetteer._load import DEFAULT_DATA_DIR, load_data


@pytest.fixture(scope="module")
def shipped_places():
    return load_data(DEFAULT_DATA_DIR).places


@given(st.lists(st.text(st.characters(exclude_categories=())), max_size=3 * CHUNK // 2))
def test_string_column_gives_back_every_string(strings: list[str]) -> None:
    column = StringColumn(strings)
    assert len(column) == len(strings)
    assert list(column) == strings
    assert pickle.loads(pickle.dumps(column))[:] == strings


def test_string_column_reads_across_chunks_and_from_the_end() -> None:
    # A character beyond the Basic Multilingual Plane in one chunk only.
    strings = [f"名{k}" if k != CHUNK + 5 else "𬶍" for k in range(2 * CHUNK + 3)]
    column = StringColumn(strings)
    for k in (0, CHUNK - 1, CHUNK, CHUNK + 5, 2 * CHUNK, len(strings) - 1):
        assert column[k] == strings[k]
    assert column[-1] == strings[-1]
    assert column[CHUNK - 2 : CHUNK + 2] == strings[CHUNK - 2 : CHUNK + 2]
    with pytest.raises(IndexError):
        column[len(strings)]
    with pytest.raises(IndexError):
        column[-len(strings) - 1]


def test_string_column_takes_many_rows_in_the_order_asked() -> None:
    strings = [f"名{k}" if k != CHUNK + 5 else "𬶍" for k in range(2 * CHUNK + 3)]
    column = StringColumn(strings)
    rows = [CHUNK + 5, 0, len(strings) - 1, CHUNK - 1, CHUNK, CHUNK + 5]
    assert column.take(np.array(rows, dtype=np.int32)) == [strings[k] for k in rows]
    assert column.take(np.zeros(0, dtype=np.int32)) == []
    assert pickle.loads(pickle.dumps(column)).take(np.array(rows)) == [strings[k] for k in rows]


def test_hash_table_keeps_every_value_of_a_key_in_order() -> None:
    keys = ["zheng zhou", "kai feng", "zheng zhou", "he da", "he da"]
    table = HashTable(keys, [4, 1, 2, 9, 3])
    assert len(table) == 5
    assert table.get_many(["he da", "zheng zhou", "luo yang", "kai feng"]) == [
        (9, 3),
        (4, 2),
        (),
        (1,),
    ]
    assert table.get_many([]) == []
    assert HashTable([]).get("he da") == ()
    with pytest.raises(ValueError):
        HashTable(keys, [1, 2])


@given(
    st.lists(st.sampled_from(["he da", "zheng zhou", "kai feng", "名字", ""]), max_size=12),
    st.lists(
        st.sampled_from(["he da", "zheng zhou", "kai feng", "名字", "", "luo yang"]),
        max_size=3 * HashTable.FEW,
    ),
)
def test_hash_table_answers_alike_key_by_key_and_in_one_search(
    keys: list[str], asked: list[str]
) -> None:
    # A few keys are searched one by one, more in one numpy search: both ways, the same.
    table = HashTable(keys, range(100, 100 + len(keys)))
    expected = [tuple(100 + k for k, key in enumerate(keys) if key == a) for a in asked]
    assert table.get_many(asked) == expected
    assert [table.get(a) for a in asked] == expected
    assert pickle.loads(pickle.dumps(table)).get_many(asked) == expected


def test_hash_table_loaded_in_another_process_finds_the_same(tmp_path) -> None:
    # Python's str hash is salted per process: a table that pickled its hashes would find
    # nothing after a restart. The child runs with a hash seed of its own.
    keys = StringColumn(f"名字{k}" for k in range(3000))
    path = tmp_path / "table.pickle"
    path.write_bytes(pickle.dumps(HashTable(keys)))
    code = (
        "import pickle, sys; table = pickle.load(open(sys.argv[1], 'rb')); "
        "print(table.get_many(['名字0', '名字2999', '名字3000']))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "4101"},
    )
    assert out.stdout.strip() == "[(0,), (2999,), ()]"


def test_place_table_gives_back_every_place(shipped_places) -> None:
    table = PlaceTable(shipped_places)
    assert len(table) == len(shipped_places)
    for k, place in enumerate(shipped_places):
        got = table[k]
        assert got == place
        assert got.polygon is place.polygon
        assert table.kind(k) == place.kind
        assert table.admin(k) == place.admin
        assert table.index_of(place.id) == k
    assert table.index_of("no-such-place") is None
    assert table[-1] == shipped_places[-1]
    assert table[2:5] == shipped_places[2:5]
    for beyond in (len(table), -len(table) - 1):
        with pytest.raises(IndexError):
            table[beyond]


def test_place_table_cache_is_bounded_and_not_pickled(shipped_places) -> None:
    table = PlaceTable(shipped_places)
    for k in range(PlaceTable.CACHED + 10):
        table[k % len(table)]
    assert len(table._cache) <= PlaceTable.CACHED
    copy = pickle.loads(pickle.dumps(table))
    assert copy._cache == {}
    assert list(copy) == list(shipped_places)


def test_place_table_keeps_edge_values_as_given(shipped_places) -> None:
    model = shipped_places[0]
    odd = [
        replace(model, id="a", full_name=""),
        replace(model, id="b", address="", parent=""),
        replace(model, id="c", full_name=model.name + "x"),
    ]
    assert list(PlaceTable(odd)) == odd


def test_place_table_names_an_unknown_kind(shipped_places) -> None:
    with pytest.raises(ValueError, match="'mystery'"):
        PlaceTable([replace(shipped_places[0], id="mystery", kind="cave")])
