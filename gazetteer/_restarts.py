"""A name said again from its last character after a hesitation (十八里…里河, 紫荆…荆山公园).

A caller who stalls in the middle of a name picks it up again from the character they stopped on:
十八里…里河 is 十八里河, said once. Read as said, the two halves were two names or none (十八里,
a town of 尉氏; 里河, nothing), and a loose reading of the whole (十八里河站, the metro station)
was all that was left of the place said. Where the halves, the repeated character said once, are
a name the data holds, the words are read as that name (the longest so read). A name
started again from its first character (二七…二七广场) is said whole the second time, and stays
as said.
"""

from __future__ import annotations

import re

from gazetteer._index import NameIndex

# The words before a hesitation (…, ..., 。。。, ——) and the words after it.
_HESITATION = re.compile("([\u4e00-\u9fff]{1,6})(?:…+|\\.{2,}|。{2,}|—{1,})([\u4e00-\u9fff]{2,12})")
# The shortest name read across one (十八里河 is four).
_SHORTEST = 3


def restarts_said(index: NameIndex, text: str) -> str:
    """The utterance with a name picked up again from its last character read whole; otherwise
    as said.

    十八里…里河 → 十八里河 where 十八里河 is a name held; 二七…二七广场 stays as said.
    """
    out: list[str] = []
    done = 0
    for found in _HESITATION.finditer(text):
        before, after = found.group(1), found.group(2)
        if before[-1] != after[0]:
            continue
        name = _longest_name(index, before, after[1:])
        if name is None:
            continue
        first, rest = name
        out.append(text[done : found.start(1) + len(before) - len(first)])
        out.append(first + rest)
        done = found.start(2) + 1 + len(rest)
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def _longest_name(index: NameIndex, before: str, after: str) -> tuple[str, str] | None:
    """The longest held name made of the end of `before` and the start of `after`, with
    the words of each taken from it."""
    best: tuple[str, str] | None = None
    for first_length in range(len(before), 0, -1):
        first = before[-first_length:]
        for rest_length in range(len(after), 0, -1):
            rest = after[:rest_length]
            name = first + rest
            if len(name) < _SHORTEST:
                continue
            (term,) = index.term_ids([name])
            if term is not None and (best is None or len(name) > len("".join(best))):
                best = (first, rest)
    return best
