"""A name broken off at a hesitation and taken up again with 那个 and the kind of place
(中牟县人民…人民那个医院, 兰考县人民…就那个医院, 紫荆山…那个公园): the name the broken words and
the kind make.

A caller who loses the rest of a name says what kind of place it is instead, often after the
last words again (人民…人民那个医院). Read as said, 那个 is dropped and the kind stands alone a
pause away from the broken name, so the words before it read as another place (人民 as 省人民
医院's sites, 兰考县 as the county). Where the broken words, said once, and the kind make a name
the data holds, the words are read as that name; otherwise (中原路…那个医院) they stay as said.
`_restarts` reads a name taken up from its last character (十八里…里河); this reads one taken up
by its kind.
"""

from __future__ import annotations

import re

from gazetteer._index import NameIndex

# The broken words, a hesitation, the last of them said again or not (and a hesitation
# again), 那个 (or 就那个, 这个), and a kind of place; 保健院 is a kind a county's hospitals are
# named by as 医院 is (巩义妇幼…那个保健院 for 巩义妇幼保健院).
_TAKEN_UP = re.compile(
    "([\u4e00-\u9fff]{2,10})(?:…+|\\.{2,}|。{2,}|—+)"
    "([\u4e00-\u9fff]{0,4}?)(?:…+|\\.{2,})?(?:嗯…*|呃…*)?(?:就)?(?:那个|这个)"
    "(医院|保健院|公园|广场|车站|站|湖|学校|大学|学院|市场|商场|小区)"
)
# The shortest name so made (人民医院 is four; 东站 would be a guess).
_SHORTEST = 4


def kinds_after_a_restart(index: NameIndex, text: str) -> str:
    """The utterance with a name taken up by its kind read whole; otherwise as said.

    中牟县人民…人民那个医院 → 中牟县人民医院 where the data holds it; 中原路…那个医院 stays.
    """
    out: list[str] = []
    done = 0
    for found in _TAKEN_UP.finditer(text):
        before, again, kind = found.group(1), found.group(2), found.group(3)
        # The words said again are the end of the broken ones (人民…人民), or none.
        if again and not before.endswith(again):
            continue
        name = _longest_name(index, before, kind)
        if name is None:
            continue
        out.append(text[done : found.start(1) + len(before) - len(name) + len(kind)])
        out.append(name)
        done = found.end(3)
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def _longest_name(index: NameIndex, before: str, kind: str) -> str | None:
    """The longest held name made of the end of `before` and the kind."""
    for length in range(len(before), 0, -1):
        name = before[-length:] + kind
        if len(name) < _SHORTEST:
            return None
        (term,) = index.term_ids([name])
        if term is not None:
            return name
    return None
