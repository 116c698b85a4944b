"""The 120 called, named by its city (打咱郑州的120, 叫俺打开封120): not where the caller is.

A caller from elsewhere, or one told to ring by their family, says which centre they are
ringing: 俺在西安，西安那个解放路，家里人叫俺打咱郑州的120问问. The city said so is the centre's,
whose area every place of its gazetteer lies in already, and read as where the caller is it
pulled the roads of the centre's city (郑州's 解放路) over the city the caller said they are in.
The city's name said right before 120 (with 市 or 的 between or not) is left out; 120 said
with what makes it a place's (郑州120急救中心) or a number (郑州路120号) stays as said.
"""

from __future__ import annotations

import re

from gazetteer._index import NameIndex

# 120 said as the number rung: not a house number (120号), a longer number, or the centre's
# own building said as a place (120急救中心, 120指挥中心).
_RUNG = re.compile("120(?![0-9号急指中])")
_BETWEEN = ("市的", "的", "市", "")
_LONGEST_CITY = 4


def centre_called_said(index: NameIndex, text: str) -> str:
    """The utterance without a city's name said as the 120 rung; otherwise as said.

    打咱郑州的120 → 打咱120; 郑州路120号 stays as said.
    """
    if "120" not in text:
        return text
    out: list[str] = []
    done = 0
    for found in _RUNG.finditer(text):
        at = found.start()
        for between in _BETWEEN:
            if not text[:at].endswith(between):
                continue
            end = at - len(between)
            city = next(
                (
                    text[end - length : end]
                    for length in range(_LONGEST_CITY, 1, -1)
                    if end - length >= done and _a_city(index, text[end - length : end])
                ),
                None,
            )
            if city is not None:
                out.append(text[done : end - len(city)])
                done = at
                break
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def _a_city(index: NameIndex, words: str) -> bool:
    return index.holds_name(words, ("city",))
