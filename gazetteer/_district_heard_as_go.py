"""区 heard as 去 after a district's short name (中原去建设路 for 中原区建设路).

Speech-to-text writes qū as the verb 去 (qù) often: said where the caller begins to say where
they are, a district's short name with 去 after it and a name after that is the district and
the place in it. 去 said as the verb keeps its meaning: with no district before it (我要去建设路,
去中原路那边, 往东去), or with the district said as where the caller comes from (从金水去文化路).
"""

from __future__ import annotations

import re

from gazetteer._index import NameIndex
from gazetteer._normalise import normalise_text

# Where the caller begins to say where they are: the start, or a pause, then words of the
# caller's own that say they are there (我在, 俺们现在是在).
_CLAUSE = re.compile(
    r"(?:^|(?<= ))(?:(?:俺们|我们|咱们|俺|我|咱)?(?:现在|这会儿)?(?:是在|在|是))?"
    r"([\u4e00-\u9fff]{2,4})去(?=[\u4e00-\u9fff]{2})"
)
# Words that follow 去 only as the verb (中原去不去, 金水去哪).
_VERB_AFTER = ("哪", "不", "了", "过", "的", "吧", "啊", "吗", "呢")
# Words after the place that make 去 the going (在中原去二七的路上, 新密去郑州的路上): the caller is
# on the way there, not in the district at it.
_ON_THE_WAY = ("的路上", "途中")
_LEVEL = "区"


def district_word_heard_as_go(index: NameIndex, text: str) -> str:
    """The utterance with 去 read as 区 where it follows a district's short name at the start
    of what is said and a name follows it; otherwise as said.

    中原去建设路 → 中原区建设路; 我要去建设路, 从金水去文化路 and 中原去二七的路上 stay as said.
    """
    said = normalise_text(text)
    if "去" not in said:
        return text
    heard = [
        found.start(1) + len(found.group(1))
        for found in _CLAUSE.finditer(said)
        if not said.startswith(_VERB_AFTER, found.end())
        and not any(way in said[found.end() :].split(" ")[0] for way in _ON_THE_WAY)
        and _a_district(index, found.group(1) + _LEVEL)
    ]
    if not heard:
        return text
    return "".join(_LEVEL if k in heard else char for k, char in enumerate(said))


def _a_district(index: NameIndex, words: str) -> bool:
    return index.holds_name(words, ("district",))
