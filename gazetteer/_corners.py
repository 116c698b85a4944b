"""A crossing said with the site on one of its corners (花园路农业路交叉口，正弘城那个角上;
金明大道东京大道十字路口西北角，河大新校区那边): the caller stands at the corner, and the site
only says which corner it is, as 东北角 does; the crossing is where the caller is. A crossing
said only as 路口, or by roads the data does not hold, says no place: the site is then the only
place named, and stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer._context import words_said
from gazetteer._index import NAMES, NameIndex
from gazetteer._match import Mention, Utterance
from gazetteer._normalise import normalise_text

# Words that say two roads meet where the caller is (also read by `_hospitals_by_a_crossing`).
CROSSING_SAID = re.compile("路口|交叉口|十字")
# A corner of it said by its two ways (东北角, 西南角).
_CORNER = re.compile("[东西][南北]角|[南北][东西]角")
# A clause that ends by saying its site is the corner (正弘城那个角上).
_ON_ITS_CORNER = re.compile("(?:(?:那个|这个|那)角上?|角上)$")
# A clause that ends by saying where its site is, once a corner has been said (西北角，河大新校区
# 那边), or that the caller is at its gate (路口西北角，华水门口): the gate is on that corner.
_THERE = re.compile("(?:那边|那儿|那块|这边|那|门口|门前)$")
_ROADS = frozenset({"road", "crossing"})


def sites_said_as_a_corner(
    index: NameIndex,
    utterances: Sequence[str],
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
) -> list[Mention]:
    """The mentions without a site said as the corner of a crossing said (正弘城那个角上, or
    河大新校区那边 after 十字路口西北角): the caller is at the crossing, not in the site."""
    said = [normalise_text(u) for u in utterances]
    if not any(CROSSING_SAID.search(s) for s in said):
        return list(mentions)
    cornered = any(_CORNER.search(s) for s in said)
    clauses = [corner_clauses(s, cornered=cornered) for s in said]
    kept: list[Mention] = []
    cornered_sites: list[Mention] = []
    for mention in mentions:
        words = words_said(read[mention.utterance], mention)
        if (
            len(words) >= 2
            and any(words in clause for clause in clauses[mention.utterance])
            and not index.names_kind(mention.term, _ROADS)
        ):
            cornered_sites.append(mention)
            continue
        kept.append(mention)
    return kept if cornered_sites and crossing_named(index, kept) else list(mentions)


def crossing_named(index: NameIndex, mentions: Sequence[Mention]) -> bool:
    """Whether the mentions name a held crossing, or two held roads in words apart."""
    spans: set[tuple[int, int, int]] = set()
    for mention in mentions:
        if mention.how != "exact":
            continue
        kinds = {
            index.places.kind(link.place)
            for link in index.links(mention.term)
            if link.weight >= NAMES
        }
        if "crossing" in kinds:
            return True
        if "road" in kinds:
            spans.add((mention.utterance, mention.start, mention.end))
    return any(
        a[0] == b[0] and (a[2] <= b[1] or b[2] <= a[1]) for a in spans for b in spans if a < b
    )


def corner_clauses(said: str, *, cornered: bool) -> list[str]:
    """The clauses of `said` (normalised) that say their site is a crossing's corner, or,
    once a corner has been said (`cornered`), where it is.

    >>> corner_clauses("花园路和农业路交叉口 东北角 正弘城那个角上", cornered=True)
    ['正弘城那个角上']
    >>> corner_clauses("金明大道东京大道十字路口西北角 河大新校区那边", cornered=True)
    ['河大新校区那边']
    >>> corner_clauses("北环路花园路口 西北角 华水门口", cornered=True)
    ['华水门口']
    >>> corner_clauses("花园路农业路口 正弘城那边", cornered=False)
    []
    """
    return [
        clause
        for clause in said.split()
        if _ON_ITS_CORNER.search(clause) or (cornered and _THERE.search(clause))
    ]
