"""A numbered street said without its 第 (经开区，八大街上; 经开区九大街): 第八大街, 第九大街.

经开区's streets are numbered (经开第一大街 … 第二十二大街), and callers drop the 第 as they drop
it in 三环 or 五中. Read as said, 八大街 was matched loosely to the nearest name (第八大街 below a
name said exactly, or 第十九大街 for 九大街), and the zone said with it won. The number and 大街
said without 第 are read as the numbered street when the data holds one of that name in the
centre's area (第八大街, an alias of 经开第八大街, for 郑州); a number the data holds no street of
there stays as said (开封's 四大街 and 十四大街, not held, are not 郑州's), as do words where the
number is part of another name (十八里河 has no 大街).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer._index import NameIndex
from gazetteer._normalise import normalise_text

_NUMBERED = re.compile("(?<![第一二三四五六七八九十])([一二三四五六七八九十]{1,3})(大街)")
_ORDINAL = "第"


def numbered_streets_said(index: NameIndex, text: str, codes: Sequence[str]) -> str:
    """The utterance with a numbered street of the centre's area (`codes`) said without 第 read
    with it; otherwise as said.

    经开区八大街 → 经开区第八大街 where 第八大街 is held; 三大街 with no 第三大街 held stays, and
    so does 四大街 said to 开封, whose numbered streets the data does not hold (郑州's are not
    the caller's).
    """
    said = normalise_text(text)
    if "大街" not in said:
        return text
    changed = False

    def with_ordinal(found: re.Match[str]) -> str:
        nonlocal changed
        name = _ORDINAL + found.group(1) + found.group(2)
        if not _a_road(index, name, codes):
            return found.group(0)
        changed = True
        return name

    out = _NUMBERED.sub(with_ordinal, said)
    return out if changed else text


def _a_road(index: NameIndex, words: str, codes: Sequence[str]) -> bool:
    return bool(codes) and index.holds_name(words, ("road",), codes)
