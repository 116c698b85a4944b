"""A place's kind said again after it, with a word putting the caller by it (繁塔，塔跟前; 铁塔，塔
旁边; 包公湖，湖跟前): the caller is at the place named, not beside it.

跟前, 旁边 after a name make that name a reference (beside it, not in it), and then what else was
read of the words (禹王台区繁塔 as the sub-district 繁塔街道) was taken for where the caller is.
Said after the place's own kind (its name's last character or two), they only say the caller
is by that very place: the word is read as 边上 (at it, as by a lake), the name stands as said,
or, when its last character was heard or typed wrong (繁搭，塔跟前), as the kind says it is.
"""

from __future__ import annotations

import re

from gazetteer._index import NameIndex

# Words after the kind that put the caller by the place.
_BY = ("跟前", "旁边", "附近", "底下", "下边")
# What they are read as: 边上, which puts the caller at the place (by a lake, on its shore), and
# keeps the kind said (五里河，河边上: the river, not the town named after it).
_AT = "边上"
_SAID_AGAIN = re.compile(
    "([\u4e00-\u9fff]{2,10})([，,、 …]+)([\u4e00-\u9fff]{1,2}?)(" + "|".join(_BY) + ")"
)


def kind_said_again(index: NameIndex, text: str) -> str:
    """The utterance with the word by a place's kind said right after the place's held name
    read as 边上; otherwise as said.

    >>> from types import SimpleNamespace
    >>> held = SimpleNamespace(term_ids=lambda names: [0 if n == "繁塔" else None for n in names])
    >>> kind_said_again(held, "开封禹王台区繁塔，塔跟前")
    '开封禹王台区繁塔，塔边上'
    >>> kind_said_again(held, "禹王台区繁搭，塔跟前")
    '禹王台区繁塔，塔边上'
    >>> kind_said_again(held, "开封禹王台区繁塔，楼跟前")
    '开封禹王台区繁塔，楼跟前'
    >>> two = ("龙亭", "龙湖")
    >>> held = SimpleNamespace(term_ids=lambda names: [0 if n in two else None for n in names])
    >>> kind_said_again(held, "龙亭，湖跟前")
    '龙亭，湖跟前'
    """
    out: list[str] = []
    done = 0
    for found in _SAID_AGAIN.finditer(text):
        before, kind = found.group(1), found.group(3)
        if before.endswith(kind) and _ends_in_a_name(index, before, kind):
            out.append(text[done : found.start(4)] + _AT)
        elif (
            len(kind) == 1
            and not _ends_in_a_name(index, before, before[-1])
            and _ends_in_a_name(index, before[:-1] + kind, kind)
        ):
            # 繁搭，塔跟前: the kind said again is what the name's last character was. A name
            # held as said (龙亭，湖跟前) is that place, another's kind beside it, not 龙湖.
            out.append(text[done : found.end(1) - 1] + kind + found.group(2) + kind + _AT)
        else:
            continue
        done = found.end(4)
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def _ends_in_a_name(index: NameIndex, before: str, kind: str) -> bool:
    """Whether the words end in a held name longer than the kind."""
    names = [before[-k:] for k in range(len(kind) + 1, len(before) + 1)]
    return any(term is not None for term in index.term_ids(names))
