"""The 120 called, named by its city (打咱郑州的120, 叫俺打开封120): not where the caller is.

A caller from elsewhere, or one told to ring by their family, says which centre they are
ringing: 俺在西安，西安那个解放路，家里人叫俺打咱郑州的120问问. The city said so is the centre's,
whose area every place of its gazetteer lies in already, and read as where the caller is it
pulled the roads of the centre's city (郑州's 解放路) over the city the caller said they are in.
The city's name said right before 120 (with 市 or 的 between or not) is left out; 120 said
with what makes it a place's (郑州120急救中心) or a number (郑州路120号) stays as said.

The number may be said without 120, as the centre's phone (我只记得郑州的号, 记得开封的电话,
只知道郑州的号码): a caller in another city (我人在安阳，中华路上…) says which number they know,
and read as where they are it put 新郑's 中华路 over the 安阳 they said. The city's name right
before 的 and the word for the number is left out the same way; a 号 with a number after it (郑州
的3号楼) is no phone number.
"""

from __future__ import annotations

import re

from gazetteer._index import NameIndex

# 120 said as the number rung: not a house number (120号), a longer number, or the centre's
# own building said as a place (120急救中心, 120指挥中心).
_RUNG = re.compile("120(?![0-9号急指中])")
_BETWEEN = ("市的", "的", "市", "")
# The centre's number said as its phone (的号, 的电话, 的急救电话, 的号码), right after the city.
_PHONE = re.compile(
    "(?<=[\u4e00-\u9fff])(?:市)?的(?:急救)?(?:电话|号码|号)(?![0-9一二三四五六七八九十楼院])"
)
_LONGEST_CITY = 4


def centre_called_said(index: NameIndex, text: str) -> str:
    """The utterance without a city's name said as the 120 rung; otherwise as said.

    打咱郑州的120 → 打咱120; 郑州路120号 stays as said.
    """
    text = _phone_city_left_out(index, text)
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
            city = _city_ending_at(index, text, end, done)
            if city is not None:
                out.append(text[done : end - len(city)])
                done = at
                break
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def _phone_city_left_out(index: NameIndex, text: str) -> str:
    """The utterance without a city's name said right before the centre's phone: 郑州的号 →
    的号."""
    out: list[str] = []
    done = 0
    for found in _PHONE.finditer(text):
        end = found.start()
        city = _city_ending_at(index, text, end, done)
        if city is not None:
            out.append(text[done : end - len(city)])
            done = end
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def _city_ending_at(index: NameIndex, text: str, end: int, done: int) -> str | None:
    """The longest city's name said right before `end` and after `done` (郑州 of 郑州的号), or
    None."""
    return next(
        (
            text[end - length : end]
            for length in range(_LONGEST_CITY, 1, -1)
            if end - length >= done and _a_city(index, text[end - length : end])
        ),
        None,
    )


def _a_city(index: NameIndex, words: str) -> bool:
    return index.holds_name(words, ("city",))
