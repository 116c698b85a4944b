"""The sentence the call-taker reads next, built from the resolver's question and
`config/prompts/<language>.toml` (text is data)."""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import Any

from dispatch_intake.errors import SettingsError
from dispatch_intake.shapes import Candidate
from dispatch_intake.states import PromptKind

PlaceDict = Candidate

# The resolver's question kinds, folded into the four kinds of the contract.
PROMPT_KIND = {
    "ask_location": PromptKind.ASK_LOCATION,
    "ask_more": PromptKind.ASK_MORE,
    "confirm": PromptKind.CONFIRM,
    "choose_campus": PromptKind.CHOOSE,
    "choose_city": PromptKind.CHOOSE,
    "choose": PromptKind.CHOOSE,
    "contradiction": PromptKind.CHOOSE,
}

_REQUIRED_SENTENCES = (
    "ask_location",
    "ask_more",
    "confirm",
    "choose_campus",
    "choose_city",
    "choose",
    "contradiction",
    "contradiction_no_alternative",
    "read_back",
)


# Why an action is recommended; each takes the placeholders its comment in the file names.
_REQUIRED_REASONS = (
    "dispatched",
    "closed",
    "dispatch_now_confirmed",
    "dispatch_now_likeliest",
    "dispatch_now_position",
    "dispatch_now_towards",
    "dispatch",
    "transfer",
    "disambiguate",
    "confirm",
    "ask_more",
    "ask_more_critical",
    "contradiction",
    "dispatch_now_contradicted",
    "dispatch_now_position_contradicted",
    "disambiguate_contradicted",
    "parallel_alert",
    "parallel_alert_done",
    "transfer_after_dispatch",
    "transfer_after_dispatch_alerted",
    "crew_sent",
)


@dataclass(frozen=True, slots=True)
class ContradictionFacts:
    """What the prompt needs from a contradiction: the specific place, its city, the city the
    caller also named, and the same institution's place in that city if there is one."""

    place: PlaceDict
    place_city: str | None
    context_city: str | None
    alternative: PlaceDict | None


class PromptBook:
    """Prompt sentences of one language."""

    def __init__(self, document: dict[str, Any], source: str) -> None:
        sentences = document.get("sentences", {})
        missing = [key for key in _REQUIRED_SENTENCES if key not in sentences]
        if missing:
            raise SettingsError(f"{source}: [sentences] lacks {', '.join(missing)}")
        self._sentences: dict[str, str] = {k: str(v) for k, v in sentences.items()}
        reasons = document.get("reasons", {})
        missing = [key for key in _REQUIRED_REASONS if key not in reasons]
        if missing:
            raise SettingsError(f"{source}: [reasons] lacks {', '.join(missing)}")
        self._reasons: dict[str, str] = {k: str(v) for k, v in reasons.items()}
        self._numerals: list[str] = [str(n) for n in document.get("numerals", [])]
        self._separator = str(document.get("list_separator", "、"))
        # Optional, for files written before them: an institution's places said once for all.
        self._group_separator = str(document.get("group_separator", "，"))
        self._group = str(sentences.get("choose_group", "{institution}的{options}"))
        self._city_suffixes = tuple(str(s) for s in document.get("city_suffixes", ("市",)))
        self._units: dict[str, str] = {k: str(v) for k, v in document.get("units", {}).items()}

    def spoken_count(self, count: int) -> str:
        """A count as it is said (3 → 三, 2 → 两)."""
        return self._numerals[count] if 0 <= count < len(self._numerals) else str(count)

    def city(self, name: str | None) -> str:
        """A city's spoken name (郑州市 → 郑州)."""
        if not name:
            return ""
        for suffix in self._city_suffixes:
            if name.endswith(suffix) and len(name) > len(suffix) + 1:
                return name[: -len(suffix)]
        return name

    def county(self, name: str | None) -> str:
        """A county's name as it stands inside others' (新郑市 → 新郑, 中牟县 → 中牟); a district of
        a city (金水区) is left whole, being named after no place a hospital is named for."""
        if not name or len(name) < 3:
            return name or ""
        if name.endswith(("市", "县")):
            return name[:-1]
        return name

    def short_label(self, place: PlaceDict) -> str:
        """The place's own name with its city in front, unless the name already starts with it
        (明伦校区 → 开封明伦校区; 郑州龙子湖校区 stays)."""
        name = str(place.get("name") or place.get("full_name") or "")
        city = self.city((place.get("admin") or {}).get("city"))
        if not city or name.startswith(city) or place.get("kind") in ("city", "province"):
            return name
        return city + name

    def full_label(self, place: PlaceDict, parent_name: str | None) -> str:
        """Unambiguous to a person: institution + city + own name (河南大学开封明伦校区); a
        division by its full name (河南省郑州市金水区)."""
        if place.get("kind") in ("province", "city", "district") and place.get("full_name"):
            return str(place["full_name"])
        city = self.city((place.get("admin") or {}).get("city"))
        if place.get("kind") in ("town", "village") and place.get("full_name"):
            # Its divisions in their order, from the city down (开封祥符区八里湾镇).
            full = str(place["full_name"])
            head = full.find(city)
            if city and head >= 0:
                rest = full[head + len(city) :]
                suffix = next((x for x in self._city_suffixes if rest.startswith(x)), "")
                rest = rest[len(suffix) :]
                return rest if rest.startswith(city) else city + rest
            return full
        name = str(place.get("name") or "")
        if parent_name and parent_name in name:
            # The name holds its parent's (农业路与花园路交叉口 under 农业路).
            return self.short_label(place)
        if parent_name and any(
            where and where in parent_name
            for where in (city, self.county((place.get("admin") or {}).get("district")))
        ):
            # The institution's name says the city (郑州大学第一附属医院郑东院区) or the county
            # (新郑市人民医院本院, not 新郑市人民医院郑州本院).
            return name if name.startswith(parent_name) else parent_name + name
        short = self.short_label(place)
        if parent_name and not short.startswith(parent_name):
            return parent_name + short
        if not parent_name and place.get("full_name"):
            full = str(place["full_name"])
            if city and city in full:
                return full
            return city + full
        return short

    def without_city(self, place: PlaceDict, city: str) -> str:
        """The place's name without the city the sentence already says, where the city is only
        a qualifier: a campus named by its city (郑州龙子湖校区 → 龙子湖校区) or a name of the
        city's own (开封市人民医院 → 人民医院). Where the city's name is part of the place's own
        (郑州大学第一附属医院, 郑州东站), the whole name is read: a caller must hear it."""
        name = str(place.get("name") or "")
        if not city or not name.startswith(city):
            return name
        rest = name[len(city) :]
        if rest.startswith("市") and len(rest) > 1:
            return rest[1:]
        if place.get("kind") == "campus" and rest:
            return rest
        return name

    def reason(self, key: str, **fields: str) -> str:
        """Why an action is recommended, from the file's [reasons]."""
        return self._reasons[key].format(**fields)

    def ask_location(self) -> str:
        return self._sentences["ask_location"]

    def ask_more(self) -> str:
        return self._sentences["ask_more"]

    def read_back(self, label: str) -> str:
        return self._sentences["read_back"].format(place=label)

    def confirm(self, label: str) -> str:
        return self._sentences["confirm"].format(place=label)

    def choose(
        self,
        kind: str,
        options: Sequence[PlaceDict],
        institution_name: str | None,
    ) -> str:
        """`kind` is choose_campus, choose_city or choose."""
        count = self.spoken_count(len(options))
        if kind == "choose_campus" and institution_name:
            unit_kind = options[0].get("kind") if options else None
            unit = self._units.get(str(unit_kind), self._units.get("default", ""))
            return self._sentences["choose_campus"].format(
                institution=institution_name,
                count=count,
                unit=unit,
                options=self._units_said(options, options),
            )
        if kind == "choose_city":
            said = self._separator.join(option["label"] for option in options)
        else:
            said = self._grouped(options)
        template = "choose_city" if kind == "choose_city" else "choose"
        return self._sentences[template].format(count=count, options=said)

    def _units_said(self, units: Sequence[PlaceDict], options: Sequence[PlaceDict]) -> str:
        """An institution's campuses or 院区 by their own names, with their cities only when
        the options are not all in one city (郑州龙子湖校区、开封明伦校区; 河医院区、郑东院区)."""
        cities = {(option.get("admin") or {}).get("city") for option in options}
        return self._separator.join(
            self.short_label(unit) if len(cities) > 1 else str(unit.get("name")) for unit in units
        )

    def _grouped(self, options: Sequence[PlaceDict]) -> str:
        """The options in one run, an institution's campuses or 院区 side by side said after its
        name once (郑州大学第一附属医院的河医院区、郑东院区，郑州大学第二附属医院的经八路院区):
        seven 院区 of two hospitals read each with its hospital's name had filled a doubled
        screen. A unit's own name is said whole (南院区, not 南)."""
        runs = [(name, list(units)) for name, units in groupby(options, key=institution_of)]
        said = [
            self._group.format(institution=name, options=self._units_said(units, options))
            if name and len(units) > 1
            else self._separator.join(str(unit["label"]) for unit in units)
            for name, units in runs
        ]
        # Separate the runs more strongly only where one of them lists units of its own.
        grouped = any(name and len(units) > 1 for name, units in runs)
        return (self._group_separator if grouped else self._separator).join(said)

    def contradiction(self, facts: ContradictionFacts) -> str:
        place_city = self.city(facts.place_city or (facts.place.get("admin") or {}).get("city"))
        context_city = self.city(facts.context_city)
        place_name = self.without_city(facts.place, place_city)
        if facts.alternative is not None:
            alternative_name = self.without_city(facts.alternative, context_city)
            return self._sentences["contradiction"].format(
                place=place_name,
                place_city=place_city,
                context_city=context_city,
                alternative=alternative_name,
            )
        return self._sentences["contradiction_no_alternative"].format(
            place=place_name, place_city=place_city, context_city=context_city
        )


def institution_of(place: PlaceDict) -> str | None:
    """The institution whose campus or 院区 a place is, if it is one."""
    if place.get("kind") not in ("campus", "hospital_branch"):
        return None
    parent = place.get("parent_name")
    return str(parent) if parent else None


def load_prompt_book(config_dir: Path, language: str) -> PromptBook:
    path = config_dir / "prompts" / f"{language}.toml"
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SettingsError(
            f"no prompt sentences for language {language!r}: {path} is missing"
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"prompt file {path} is not valid TOML: {exc}") from None
    return PromptBook(document, str(path))
