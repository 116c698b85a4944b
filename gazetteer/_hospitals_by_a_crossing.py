"""A crossing said first, then a hospital as where that crossing is (纬五路经三路十字，省人民医院
那儿; 康复前街大学路口，五附院北边).

A hospital is where a patient is taken, seldom where one is fetched from: said after the crossing
the caller is at, in a clause of its own that says where (那儿, 那块, 北边, 那里, 对面, 对过儿),
or right after the crossing's word with no pause (东大街紫荆山路口市一院那边), it marks the
crossing, and the crossing is the place. A caller in the hospital or at its gate (肿瘤医院里头,
二附院门口), or one who names the hospital first, is at the hospital; a mall said so (正弘城
那边) is not a hospital and is left to the other readings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer._context import words_said
from gazetteer._corners import CROSSING_SAID, crossing_named
from gazetteer._index import NAMES, NameIndex
from gazetteer._match import Mention, Utterance
from gazetteer._normalise import normalise_text

# A clause that ends by saying the place it names is where something else is, not where the
# caller is (那儿, 那块, 北边, 那里, 这儿, 对面, 对过儿, 那块儿); not 门口 or 里头, which put the
# caller at or in it.
_WHERE = re.compile(
    "(?:那边|那儿|那块|那里|这边|这儿|这块|这里|那|[东西南北]边|旁边|附近|跟前|对面|对过)儿?$"
)
# The crossing word said right before the hospital, with no pause (东大街紫荆山路口市一院那边),
# a pointing word between or not.
_CROSSING_JUST_BEFORE = re.compile("(?:路口|交叉口|十字)(?:这|那)?$")
_HOSPITALS = frozenset({"hospital", "hospital_branch"})


def hospitals_said_as_a_crossings_mark(
    index: NameIndex,
    utterances: Sequence[str],
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
) -> list[Mention]:
    """The mentions without a hospital said, after a clause naming a crossing or right after
    the crossing's word, as where that crossing is: the caller is at the crossing. Unchanged
    unless the rest names a held crossing or two held roads."""
    dropped: list[Mention] = []
    for mention in mentions:
        links = [link for link in index.links(mention.term) if link.weight >= NAMES]
        if not links or any(index.places.kind(link.place) not in _HOSPITALS for link in links):
            continue
        clauses = normalise_text(utterances[mention.utterance]).split()
        words = words_said(read[mention.utterance], mention)
        if len(words) < 2:
            continue
        for k, clause in enumerate(clauses):
            at = clause.find(words)
            if at < 0 or not _WHERE.search(clause):
                continue
            if (k > 0 and CROSSING_SAID.search(clauses[k - 1])) or _CROSSING_JUST_BEFORE.search(
                clause[:at]
            ):
                dropped.append(mention)
                break
    if not dropped:
        return list(mentions)
    kept = [m for m in mentions if m not in dropped]
    return kept if crossing_named(index, kept) else list(mentions)
