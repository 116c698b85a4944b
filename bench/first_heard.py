"""First-heard cost: the resolver's CPU time on words it has not resolved before, this tree
beside another revision in the same run, and whether every answer is the same.

    .venv/bin/python bench/resolve.py --first-heard                      # against main
    .venv/bin/python bench/resolve.py --first-heard --against HEAD~3 --rounds 5
    .venv/bin/python bench/resolve.py --first-heard --dump answers.jsonl  # and write them

The service keeps the assessments of what was said lately (`ResolutionMemo`), so what a call
start costs is set by the words heard for the first time. Each side resolves every distinct
location line of `bench/data/utterances*.tsv` and of the location probes
(`bench/data/*probe*.tsv` with five columns) once, in file order, in a fresh process that has
loaded the gazetteer (from its cache) and resolved one warm-up line: the caches of a running
service that do not depend on the words (the index, the centres' prefixes) are built, and
those that do (normalised and read-aloud text) hold only what earlier lines said. Each line
goes through `dispatch_intake.locations.service.resolve_location`, and the time measured is
the process CPU time of its `Gazetteer.resolve` call alone.

The other revision is exported with `git archive` and runs this script with its code first on
the path; both sides run at the same time, `--rounds` times, so both meet the same load on a
shared machine. A line's time is the least of its rounds; the mean, median and 99th percentile
are over lines. Every answer — the resolution (candidates and their scores in full, the
question, contradictions) and the assessment the call-taker is shown (candidates, prompt) — is
compared line by line between the sides, and the lines that differ are printed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data"
WARM_UP = ("zhengzhou-120", None, "河南大学")


@dataclass(frozen=True)
class Said:
    """One distinct location line: the centre, the caller's position and the words."""

    centre: str
    position: dict[str, float] | None
    text: str


def location_lines(data: Path = DATA) -> list[Said]:
    """Every distinct location line of the utterance sets and of the location probes."""
    paths = sorted(data.glob("utterances*.tsv")) + sorted(data.glob("*probe*.tsv"))
    seen: dict[tuple[str, str, str], Said] = {}
    for path in paths:
        for raw in path.read_text(encoding="utf-8").splitlines():
            if not raw.strip() or raw.startswith("#"):
                continue
            fields = raw.split("\t")
            if len(fields) != 5:
                break  # a triage probe (priority, category, complaint): no location said
            _, centre, where, text, _ = fields
            position = None
            if where:
                lat, lon, radius = (float(v) for v in where.split(","))
                position = {"lat": lat, "lon": lon, "radius_m": radius}
            seen.setdefault((centre, where, text), Said(centre, position, text))
    return list(seen.values())


# --- one side: run in its own process, with its tree's code first on the path ---------------


def run_side(tree: Path, lines: Sequence[Said], dump: Path | None) -> dict[str, Any]:
    """Resolve every line once; the CPU milliseconds of each and a digest of each answer."""
    from dispatch_intake.locations.service import resolve_location
    from dispatch_intake.prompts.service import load_prompt_book
    from dispatch_intake.psaps.service import load_psaps
    from gazetteer import load_gazetteer

    for module in (resolve_location, load_gazetteer):
        where = Path(sys.modules[module.__module__].__file__ or "")
        if not where.resolve().is_relative_to(tree.resolve()):
            raise SystemExit(f"{module.__module__} came from {where}, not from {tree}")
    gazetteer = load_gazetteer()
    psaps = load_psaps(tree / "config" / "psaps.toml")
    prompts = load_prompt_book(tree / "config", "zh-CN")
    timed = _Timed(gazetteer)
    cpu: list[float] = []
    digests: list[str] = []
    records: list[str] = []
    for k, said in enumerate([Said(*WARM_UP), *lines]):
        psap = psaps.get(said.centre)
        if psap is None:
            raise SystemExit(f"unknown centre {said.centre!r}")
        assessment = resolve_location(
            gazetteer=timed,
            psaps=psaps,
            psap=psap,
            prompts=prompts,
            utterances=[said.text],
            position=said.position,  # type: ignore[arg-type]
        )
        if k == 0:
            continue
        cpu.append(timed.last_ms)
        record = json.dumps(
            {
                "centre": said.centre,
                "position": said.position,
                "text": said.text,
                "resolution": _resolution(timed.last),
                "assessment": [
                    assessment.candidates,
                    assessment.contradictions,
                    assessment.prompt,
                    assessment.warnings,
                ],
            },
            ensure_ascii=False,
            sort_keys=True,
            default=str,
        )
        digests.append(hashlib.sha256(record.encode()).hexdigest()[:16])
        if dump is not None:
            records.append(record)
    if dump is not None:
        dump.write_text("".join(r + "\n" for r in records), encoding="utf-8")
    return {"cpu_ms": cpu, "digests": digests}


class _Timed:
    """The gazetteer, with the CPU time and the result of its latest `resolve` kept."""

    def __init__(self, gazetteer: Any) -> None:
        self._gazetteer = gazetteer
        self.last: Any = None
        self.last_ms = 0.0

    def resolve(self, *args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        self.last = self._gazetteer.resolve(*args, **kwargs)
        self.last_ms = (time.process_time() - started) * 1000
        return self.last

    def get(self, place_id: str) -> Any:
        return self._gazetteer.get(place_id)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._gazetteer)

    def district_outline(self, adcode: str) -> Any:
        return self._gazetteer.district_outline(adcode)


def _resolution(resolution: Any) -> dict[str, Any]:
    """Everything a resolution answers, scores in full (`repr` of each float)."""
    question = resolution.question
    return {
        "candidates": [
            [
                c.place.id,
                repr(c.score),
                repr(c.distance_km),
                c.in_jurisdiction,
                c.says_all,
                c.house_number,
            ]
            for c in resolution.candidates
        ],
        "question": None
        if question is None
        else [question.kind, [o.place.id for o in question.options], repr(question)],
        "contradictions": [repr(c) for c in resolution.contradictions],
        "whole": repr(resolution),
    }


# --- both sides -------------------------------------------------------------------------------


def compare(revision: str, rounds: int, dump: Path | None = None) -> int:
    """This tree's first-heard cost beside `revision`'s, and every answer compared."""
    lines = location_lines()
    with tempfile.TemporaryDirectory(prefix="bench-first-heard-") as tmp:
        other = Path(tmp) / "tree"
        other.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", revision], check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(other)], input=archive, check=True)
        listing = Path(tmp) / "lines.json"
        listing.write_text(
            json.dumps([[s.centre, s.position, s.text] for s in lines], ensure_ascii=False),
            encoding="utf-8",
        )
        sides = {revision: other, "this tree": ROOT}
        found: dict[str, list[dict[str, Any]]] = {side: [] for side in sides}
        for round_ in range(rounds):
            running: dict[str, tuple[subprocess.Popen[bytes], Path]] = {}
            for side, tree in sides.items():
                out = Path(tmp) / f"{len(running)}-{round_}.json"
                command = [
                    sys.executable,
                    str(Path(__file__).resolve()),
                    "--side",
                    str(tree),
                    "--lines",
                    str(listing),
                    "--out",
                    str(out),
                ]
                if dump is not None and tree == ROOT and round_ == 0:
                    command += ["--dump", str(dump)]
                env = {**os.environ, "PYTHONPATH": str(tree)}
                running[side] = (subprocess.Popen(command, cwd=tree, env=env), out)
            for side, (process, out) in running.items():
                if process.wait():
                    raise SystemExit(f"the run of {side} failed")
                found[side].append(json.loads(out.read_text(encoding="utf-8")))
    return _report(revision, lines, found)


def _report(revision: str, lines: Sequence[Said], found: dict[str, list[dict[str, Any]]]) -> int:
    rounds = len(found[revision])
    print(
        f"\nfirst-heard resolve, {len(lines)} distinct location lines, {rounds} round(s); "
        f"CPU ms per line (the least of its rounds), {revision} and this tree side by side"
    )
    print(f"{'side':<14}{'mean':>9}{'p50':>9}{'p99':>9}{'max':>9}{'total s':>10}")
    figures: dict[str, list[float]] = {}
    for side, runs in found.items():
        least = [min(times) for times in zip(*(run["cpu_ms"] for run in runs), strict=True)]
        figures[side] = least
        ordered = sorted(least)
        p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
        print(
            f"{side:<14}{statistics.mean(least):>9.3f}{statistics.median(least):>9.3f}"
            f"{p99:>9.3f}{ordered[-1]:>9.3f}{sum(least) / 1000:>10.2f}"
        )
    base, here = figures[revision], figures["this tree"]
    ratios = sorted(h / b for h, b in zip(here, base, strict=True) if b > 0)
    print(
        f"\nthis tree / {revision}: {statistics.mean(here) / statistics.mean(base):.3f} by the "
        f"mean, {statistics.median(here) / statistics.median(base):.3f} by the median; "
        f"per line, median ratio {statistics.median(ratios):.3f}"
    )
    differing = [
        k
        for k in range(len(lines))
        if any(
            run["digests"][k] != found[revision][0]["digests"][k]
            for runs in found.values()
            for run in runs
        )
    ]
    print(f"answers: {len(lines) - len(differing)} of {len(lines)} lines the same on both sides")
    for k in differing[:20]:
        print(f"  differs: [{lines[k].centre}] {lines[k].text!r}")
    return 1 if differing else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default="main", help="the revision to compare with")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dump", type=Path, help="write this tree's answers here (JSON lines)")
    parser.add_argument("--side", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--lines", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.side is None:
        return compare(args.against, args.rounds, args.dump)
    listed = json.loads(args.lines.read_text(encoding="utf-8"))
    result = run_side(args.side, [Said(*entry) for entry in listed], args.dump)
    args.out.write_text(json.dumps(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
