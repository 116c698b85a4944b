"""A village said by its name without 村, then its town in a clause of its own (寥峪，汜水镇的;
木鱼寺，朱仙镇的; 南瑶湾，站街镇的).

Callers visiting relatives say the village the way its people do, without 村, and then which
town it is in. The town, said whole, was read back, and the village's bare name, which the data
holds only with 村 or after its town (站街南瑶湾), went unread. When the town said right after
holds a village of that name with 村, the name is read with its 村: the town said first
(汜水镇，寥峪) and a village said with 村 were read so already. A name that is a place of its own
(虎牢关, a pass, beside 汜水镇's 虎牢关村) or words of a street (十字街) stay as said; a far
division's name (龙潭, 吉林's 龙潭区) is no such place. The town said short and then whole
(姚家，姚家镇) is the town, not the village of its name at its seat.

>>> _CLAUSES.split("南瑶湾 站街镇的")
['南瑶湾', '站街镇的']
"""

from __future__ import annotations

import re

from gazetteer._index import NAMES, NameIndex
from gazetteer._normalise import normalise_text

_CLAUSES = re.compile(" ")
_HAN_NAME = re.compile("[\u4e00-\u9fff]{2,4}")
# A village's words already said, or a street's, ending the name: not a bare village name.
_NOT_BARE = ("村", "街", "路", "道", "巷", "镇", "乡", "区", "县", "市")
_TOWN_KINDS = frozenset({"town"})
_VILLAGE = "village"
_UNITS = frozenset({"province", "city", "district", "town", "village"})
_LONGEST_TOWN = 6
# What follows the town in its clause when it says where the village is.
_TOWN_AFTER = ("的", "那个", "那边", "那块", "那儿", "那", "里", "")


def villages_said_before_their_town(index: NameIndex, text: str) -> str:
    """The utterance with a village's bare name said before its town read with its 村;
    otherwise as said.

    寥峪 汜水镇的 → 寥峪村 汜水镇的; 虎牢关 汜水镇的 stays as said.
    """
    said = normalise_text(text)
    clauses = _CLAUSES.split(said)
    if len(clauses) < 2:
        return text
    changed = False
    for k in range(len(clauses) - 1):
        name = clauses[k]
        if not _HAN_NAME.fullmatch(name) or name.endswith(_NOT_BARE):
            continue
        if _names_a_place(index, name):
            continue
        towns = [
            town
            for town in _towns_at(index, clauses[k + 1])
            # The town said short, then whole (姚家，姚家镇): not the seat's village of the name.
            if not normalise_text(index.places.name(town)).startswith(name)
        ]
        if any(_holds_village(index, town, name + "村") for town in towns):
            clauses[k] = name + "村"
            changed = True
    return " ".join(clauses) if changed else text


def _names_a_place(index: NameIndex, words: str) -> bool:
    """Whether the words name a place that is no division or village (虎牢关, a pass): a far
    division of the name (龙潭, 吉林's 龙潭区) is no place the caller is at."""
    (term,) = index.term_ids([words])
    return term is not None and any(
        link.weight >= NAMES and index.places.kind(link.place) not in _UNITS
        for link in index.links(term)
    )


def _towns_at(index: NameIndex, clause: str) -> list[int]:
    """The towns a clause is, said whole with what may follow (站街镇的, 超化镇那个)."""
    for length in range(min(_LONGEST_TOWN, len(clause)), 1, -1):
        if clause[length:] not in _TOWN_AFTER:
            continue
        (term,) = index.term_ids([clause[:length]])
        if term is None:
            continue
        towns = [
            link.place
            for link in index.links(term)
            if link.weight >= NAMES and index.places.kind(link.place) in _TOWN_KINDS
        ]
        if towns:
            return towns
    return []


def _holds_village(index: NameIndex, town: int, village: str) -> bool:
    return any(
        index.places.kind(child) == _VILLAGE and normalise_text(index.places.name(child)) == village
        for child in index.children.get(town, ())
    )
