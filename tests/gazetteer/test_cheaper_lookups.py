"""The shortcuts that make resolving first-heard words cheaper answer exactly as the long way:
likeness of many names at once as rapidfuzz's pair by pair, lookups told "no name" by a
word's ends as the table's own answer, the names beginning with a prefix as a scan of all,
and the names near a caller as a measure of every place."""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import Indel

from gazetteer._columns import KeyEnds, StringColumn
from gazetteer._geo import haversine_km
from gazetteer._likeness import likeness
from gazetteer._match import FUZZY_THRESHOLD, NEAR_THRESHOLD, ONE_EDIT

# Few letters, so that words are often alike; Han, Latin and an empty word.
WORDS = st.text(alphabet="河南大学郑州开封东站路 ab", max_size=12)
# The fuzzy pass's cutoffs, and cutoffs where a likeness falls exactly on them (2/3, 6/7).
CUTOFFS = [FUZZY_THRESHOLD, NEAR_THRESHOLD, ONE_EDIT, 0.5, 2 / 3, 6 / 7, 0.0, 1.0]


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=6), st.lists(WORDS, min_size=1, max_size=6))
def test_likeness_of_many_is_each_pairs_own(names: list[str], said: list[str]) -> None:
    for cutoff in CUTOFFS:
        scores = likeness(names, said, cutoff)
        for row, name in enumerate(names):
            for column, words in enumerate(said):
                pair = Indel.normalized_similarity(name, words, score_cutoff=cutoff)
                assert scores[row, column] == pair, (name, words, cutoff)


def test_likeness_at_a_cutoff_it_equals_is_rapidfuzzs() -> None:
    # 河 and 河东 are alike by 2/3 exactly: rapidfuzz's cutoff of 2/3 keeps it out, 0.6 in.
    assert likeness(["河"], ["河东"], 2 / 3).tolist() == [[0.0]]
    assert likeness(["河"], ["河东"], 0.6).tolist() == [[1 - 1 / 3]]


@given(st.lists(WORDS, max_size=20), st.lists(WORDS, max_size=40))
def test_key_ends_never_turn_away_a_key(keys: list[str], asked: list[str]) -> None:
    ends = KeyEnds(keys)
    held = set(keys)
    kept = ends.held(asked + keys)
    for k, text in enumerate(asked + keys):
        assert ends.may_hold(text) == (k in kept)
        if text in held:
            assert k in kept


def test_terms_found_with_and_without_their_ends_checked(gz) -> None:
    index = gz._index
    rng = random.Random(13)
    names = list(index.terms)
    texts = rng.sample(names, 2000)
    # Near-misses: names with a character lost, changed or added, and windows across two.
    texts += [name[:-1] for name in rng.sample(names, 1000)]
    texts += [name[1:] + "路" for name in rng.sample(names, 1000)]
    texts += [a[-2:] + b[:3] for a, b in zip(rng.sample(names, 1000), names, strict=False)]
    direct = index._term_keys.get_many(texts)
    expected = [
        next((k for k in ids if index.terms[k] == text), None)
        for text, ids in zip(texts, direct, strict=True)
    ]
    assert index.term_ids(texts) == expected
    assert sum(t is not None for t in expected) > 2000  # the names themselves are found
    assert index.missing_one(texts) == index._dropped.get_many(texts)


@pytest.mark.parametrize("heads", [["郑州"], ["河南省", "河南", "省"], ["开封", "开封市"], ["路"]])
def test_rows_beginning_with_a_prefix_are_those_a_scan_finds(gz, heads: list[str]) -> None:
    names = list(gz._index.terms)
    expected = [k for k, name in enumerate(names) if name.startswith(tuple(heads))]
    assert gz._index.terms.rows_beginning(heads) == expected
    assert expected


def test_rows_beginning_across_chunks_and_empty_strings() -> None:
    strings = ["", "郑州"] * 700 + ["郑", "州郑州", "郑州东站", ""]
    column = StringColumn(strings)
    expected = [k for k, s in enumerate(strings) if s.startswith("郑州")]
    assert column.rows_beginning(["郑州"]) == expected
    assert column.rows_beginning(["郑州东"]) == [len(strings) - 2]


@pytest.mark.parametrize(
    ("lat", "lon", "km"),
    [(34.7487, 113.6375, 6.0), (34.7973, 114.3076, 3.5), (34.7, 113.0, 20.0), (30.0, 100.0, 5.0)],
)
def test_names_near_a_caller_are_those_of_every_named_place_in_reach(
    gz, lat: float, lon: float, km: float
) -> None:
    index = gz._index
    places = np.arange(len(index.places))
    near = haversine_km(lat, lon, index.lat, index.lon) <= km
    kinds = np.array([index.places.kind(p) not in ("town", "village") for p in places])
    # Every place in reach, by grid cell and then by row, as the grid keeps them.
    from gazetteer._index import _cell_keys

    cells = _cell_keys(index.lat, index.lon)
    inside = places[near & kinds]
    inside = inside[np.argsort(cells[inside], kind="stable")]
    expected = [
        term
        for place in inside
        for term in index._place_term_ids[
            index._place_term_start[place] : index._place_term_start[place + 1]
        ]
    ]
    assert index.terms_near(lat, lon, km).tolist() == expected
