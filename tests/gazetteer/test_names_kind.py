"""`NameIndex.names_kind` / `holds_name`: whether the data holds words as a name of its own of a
place of some kinds (and in some divisions) — the question readings ask of the words beside a
name, answered in one place."""

from gazetteer._index import NEAR


def test_a_held_name_is_of_its_kinds_only(gz):
    index = gz._index
    assert index.holds_name("索河路", ("road",))
    assert not index.holds_name("索河路", ("landmark", "district"))
    assert index.holds_name("中牟", ("district",))
    assert index.holds_name("郑州", ("city", "district"))
    assert not index.holds_name("郑州", ("road",))
    assert not index.holds_name("没有这个地方路", ("road",))
    assert not index.names_kind(None, ("road",))


def test_within_keeps_the_divisions_given(gz):
    index = gz._index
    assert index.holds_name("索河路", ("road",), ("4101",))
    assert index.holds_name("索河路", ("road",), ("4102", "410182"))
    assert not index.holds_name("索河路", ("road",), ("4102",))


def test_a_word_near_a_place_is_no_name_of_it(gz):
    index = gz._index
    (term,) = index.term_ids(["九都路"])
    assert term is not None
    links = index.links(term)
    assert links and all(link.weight == NEAR for link in links)
    kinds = {index.places.kind(link.place) for link in links}
    assert not index.names_kind(term, tuple(kinds))
