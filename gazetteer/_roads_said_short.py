"""A road said short of its road word where callers drop it: before 高架 (陇海高架, 中州高架, the
deck over 陇海路 and 中州大道) and a ring road while driving it (北环往东, 北环上).

郑州's elevated roads are named after the road they run over, and callers say the name short of
路 or 大道 before 高架 as they say it before 快速路 (`_expressways`). Short of its road word the
name was no road's: another place of the words was found (南阳高架 as 南阳市) or nothing, and a
road ahead said (快到东风路了) was read with it as where the two meet. A ring road is said so too
while driving it (北环往东, 北环上 for 北环路). The road word is put back where the words with it
name a road — for a ring road, one of the centre's area — so the road is read as said whole:
北环路往东，过了花园路 is 北环路. A name said whole (陇海路高架, 北三环高架), 高架 alone, a ring
road said otherwise (文化路 北环那块) or not of the area stay as said.

>>> _ELEVATED.findall("陇海高架上往西开"), _RING.findall("北环往东 北环路 北三环 北环那块")
(['高架'], ['北环'])
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer._index import NameIndex
from gazetteer._normalise import normalise_text

# 高架 (高架桥, 高架路) after the name of the road it runs over.
_ELEVATED = re.compile("高架")
# How long the road's name before it may be (中州, 陇海, 京广, 北环).
_STEM_SIZES = (4, 3, 2)
# The road words the name is said without.
_ROAD_WORDS = ("路", "大道")
# A ring road of one side said short (北环, 南环) while driving it: on it or going a way along it
# (北环上, 北环往东, 北环由西往东, 北环自东向西). Not said otherwise (文化路 北环那块: where the two
# meet, read as before), nor its road said whole (北环路) or a numbered ring (北三环).
_RING = re.compile("(?<![东南西北])[东南西北]环(?=上|往|向|朝|由|自|从)")


def roads_said_short(index: NameIndex, text: str, codes: Sequence[str]) -> str:
    """The utterance with the road word put back in a road said short before 高架, and in a
    ring road of the centre's area said short; otherwise as said.

    陇海高架上往西开 → 陇海路高架上往西开; 北环往东 → 北环路往东 (郑州).
    """
    if "高架" not in text and "环" not in text:
        return text
    said = normalise_text(text)
    changed = said
    for found in reversed(list(_ELEVATED.finditer(said))):
        end = found.start()
        for size in _STEM_SIZES:
            start = end - size
            if start < 0:
                continue
            stem = said[start:end]
            if stem.endswith(("路", "道", "街", "环")) or index.holds_name(stem, ("road",)):
                break  # said whole (陇海路高架, 北三环高架)
            road = next(
                (stem + w for w in _ROAD_WORDS if index.holds_name(stem + w, ("road",))), ""
            )
            if road:
                changed = changed[:start] + road + changed[end:]
                break
    if codes:
        for found in reversed(list(_RING.finditer(changed))):
            road = found[0] + "路"
            if index.holds_name(road, ("road",), codes):
                changed = changed[: found.start()] + road + changed[found.end() :]
    return text if changed == said else changed
