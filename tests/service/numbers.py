"""Hypothesis strategies: phone numbers in the spellings callers and call-takers type them,
and the check that a text shows none of a number's hidden digits."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

SEPARATORS = [" ", "-", ".", "－", "·", "\u3000", " - ", "  "]
WIDE = str.maketrans({str(i): chr(ord("０") + i) for i in range(10)})
CHINESE = str.maketrans(dict(zip("0123456789", "零幺二三四五六七八九", strict=True)))
ALL_DIGITS = {
    **{str(i): str(i) for i in range(10)},
    **{chr(ord("０") + i): str(i) for i in range(10)},
    **dict(zip("〇零一二三四五六七八九幺两", "0012345678912", strict=True)),
}

mobiles = st.builds(
    lambda second, rest: "1" + second + rest,
    st.sampled_from("3456789"),
    st.text("0123456789", min_size=9, max_size=9),
)
landlines = st.builds(
    lambda area, local: "0" + area + local,
    st.sampled_from(["371", "378", "10", "21", "379"]),
    st.text("0123456789", min_size=7, max_size=8).filter(lambda s: s[0] != "0"),
)
national_numbers = st.one_of(mobiles, landlines)


@st.composite
def spellings(draw: st.DrawFn, number: str) -> str:
    """One way of writing `number`: grouped, separated, prefixed, full-width or in hanzi."""
    digits = number
    style = draw(st.sampled_from(["plain", "groups", "random_groups"]))
    if style == "groups" and number.startswith("1"):
        sep = draw(st.sampled_from(SEPARATORS))
        digits = sep.join([number[:3], number[3:7], number[7:]])
    elif style == "groups":
        area = 3 if number[1] in "12" else 4
        sep = draw(st.sampled_from(SEPARATORS))
        digits = draw(st.sampled_from([f"({number[:area]}) ", number[:area] + sep]))
        digits += number[area:]
    elif style == "random_groups":
        cuts = sorted(draw(st.sets(st.integers(1, len(number) - 1), max_size=4)))
        pieces = [number[a:b] for a, b in zip([0, *cuts], [*cuts, len(number)], strict=True)]
        digits = pieces[0]
        for piece in pieces[1:]:
            digits += draw(st.sampled_from(SEPARATORS)) + piece
    script = draw(st.sampled_from(["ascii", "ascii", "wide", "hanzi"]))
    if script == "wide":
        digits = digits.translate(WIDE)
    elif script == "hanzi":
        digits = digits.translate(CHINESE)
    if number.startswith("1"):
        digits = draw(st.sampled_from(["", "+86", "+86 ", "0086", "0086-", "＋８６"])) + digits
    return digits


# Words around a number: what a caller says, with the ordinary numbers that must stay.
SURROUNDINGS = ["回拨", "家属电话", "我在文化路80号", "2026-11-22 08:30", "call me at", "", "说"]
ENDINGS = ["", ".", "。", "，谢谢", "!", " 3号楼", ")"]


@st.composite
def numbers_in_text(draw: st.DrawFn) -> tuple[str, str]:
    """(the number's digits, a text that holds it in some spelling)."""
    number = draw(national_numbers)
    spelled = draw(spellings(number))
    before = draw(st.sampled_from(SURROUNDINGS))
    after = draw(st.sampled_from(ENDINGS))
    return number, f"{before}{spelled}{after}"


def digits_of(text: str) -> str:
    return "".join(ALL_DIGITS[c] for c in text if c in ALL_DIGITS)


def strings_in(value: Any) -> list[str]:
    """Every string of a JSON value, keys included."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [str(k), *strings_in(v)]]
    if isinstance(value, list):
        return [s for item in value for s in strings_in(item)]
    return []


def shows_number(value: Any, number: str) -> bool:
    """Whether any one string of a JSON value (or of a JSON text) shows all the number's
    digits, in whatever spelling."""
    texts = strings_in(json.loads(value)) if isinstance(value, str) else strings_in(value)
    return any(number in digits_of(t) for t in texts)
