"""A village said by the caller as their own after its town (荥阳崔庙镇，俺村叫王宗店; 杞县葛岗镇，
俺村是孟寨), and the caller's own 俺 after a town, which is never the start of a village's name.

俺村叫 / 俺们村是 / 我们村叫 between the town and the village's name are the caller speaking of
their village: the name follows them, and the town's villages are looked up there. And 俺, 我,
咱 right after the town are the caller speaking of themself (姚家镇，俺家在镇西头): a village of
the town whose name only sounds like them (闫家村 for 俺家) is not said.

>>> after_the_callers_village(tuple("崔庙镇俺村叫王宗店"), 3)
6
>>> after_the_callers_village(tuple("葛岗镇我们村是孟寨"), 3)
7
>>> after_the_callers_village(tuple("崔庙镇王宗店村"), 3) is None
True
>>> the_callers_own_word(tuple("姚家镇俺家"), 3), the_callers_own_word(tuple("姚家镇闫家村"), 3)
(True, False)
"""

from __future__ import annotations

from collections.abc import Sequence

# The caller speaking of themself (俺家, 我们村, 咱庄).
_SELF = ("俺们", "我们", "咱们", "俺", "我", "咱")
_VILLAGE = ("村", "庄")
# What goes between the caller's village and its name: 叫 (is called), 是 (is).
_CALLED = ("叫做", "叫", "是")


def after_the_callers_village(units: Sequence[str], at: int) -> int | None:
    """Where a village's name begins after 俺村叫 (我们村是, 咱庄叫…) said at `at`, or None."""
    for self_word in _SELF:
        if "".join(units[at : at + len(self_word)]) != self_word:
            continue
        after = at + len(self_word)
        if after >= len(units) or units[after] not in _VILLAGE:
            return None
        after += 1
        for called in _CALLED:
            if "".join(units[after : after + len(called)]) == called:
                return after + len(called) if after + len(called) < len(units) else None
        return None
    return None


def the_callers_own_word(units: Sequence[str], at: int) -> bool:
    """Whether the unit at `at` is the caller speaking of themself (俺, 我, 咱)."""
    return at < len(units) and any(units[at] == w for w in _SELF if len(w) == 1)
