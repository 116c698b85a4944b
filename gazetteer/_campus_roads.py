"""The names callers give a campus by the road it stands on: a campus the institution names
otherwise or by the road's short form is said with the whole road (郑州轻工业大学's 东风校区 on
东风路 is "轻工大学东风路校区", 郑州大学's 主校区 "郑大科学大道校区"), and one named by its road
is said without the road's word (河南工业大学's 莲花街校区 is "河工大莲花校区")."""

from __future__ import annotations

from collections.abc import Sequence

from gazetteer._normalise import normalise_text

_CAMPUS = "校区"
_ROAD_WORDS = ("大道", "大街", "路", "街")
# A road's direction or section before its word (嵩山南路, 大学中路): without the word the rest
# is no name of the campus (大学中校区).
_SECTION = tuple("东西南北中")


def campus_road_forms(name: str, roads: Sequence[str], city_short: str = "") -> list[str]:
    """Other spoken forms of a campus `name` from the `roads` at its gates (normalised).

    >>> campus_road_forms("东风校区", ["东风路"])
    ['东风路校区']
    >>> campus_road_forms("科学校区", ["科学大道", "枫香街"])
    ['科学大道校区', '枫香街校区']
    >>> campus_road_forms("主校区", ["科学大道"])
    ['科学大道校区']
    >>> campus_road_forms("开封明伦校区", ["明伦街"], "开封")
    ['明伦街校区']
    >>> campus_road_forms("莲花街校区", ["莲花街"])
    ['莲花校区']
    >>> campus_road_forms("大学中路校区", ["大学中路"]), campus_road_forms("西区", ["莲花街"])
    ([], [])
    """
    name = normalise_text(name)
    if city_short and name.startswith(city_short) and len(name) - len(city_short) > len(_CAMPUS):
        name = name[len(city_short) :]
    if not name.endswith(_CAMPUS):
        return []
    stem = name[: -len(_CAMPUS)]
    forms: list[str] = []
    for road in (normalise_text(r) for r in roads):
        # Named by the road's first words (东风 of 东风路) or otherwise (主校区 on 科学大道),
        # a campus is said by the road at its gates too.
        if road != stem and road.endswith(_ROAD_WORDS):
            forms.append(road + _CAMPUS)
    for word in _ROAD_WORDS:
        bare = stem[: -len(word)]
        if stem.endswith(word) and len(bare) >= 2 and not bare.endswith(_SECTION):
            forms.append(bare + _CAMPUS)
            break
    return [form for form in dict.fromkeys(forms) if form != name]
