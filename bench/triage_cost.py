"""Triage's cost in CPU time: building the rules, and reading complaints of every length.

    .venv/bin/python bench/triage_cost.py                     # this tree
    .venv/bin/python bench/triage_cost.py --against 099a177   # and that revision, side by side

Each side runs in a process of its own (a revision is exported with `git archive` and its own
`config/priority.toml` read), both at once, so both meet the same load on the machine; the
texts are this tree's either way. Measured with the process's CPU clock:

  * build    — the rules built from the rules file, in a process that has built none (every
               served worker, `config check` and take-call start pays it once);
  * sets     — every phrasing of the blind complaint sets (`bench/data/complaints-*.tsv`)
               assessed once, per phrasing;
  * run-on N — complaints taken down without a mark between the words, as speech-to-text often
               gives them: the sets' phrasings, their marks taken out, run together to N
               characters (N = 100, 200, 500; 500 is as long as a start keeps a complaint);
  * repeated — one sign said over and over for 500 characters, no marks (a caller, or a
               script, repeating themselves): the costliest shape of text seen.

The least of `--rounds` rounds is printed for each (the round a busy machine disturbed least).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data"
MARKS = re.compile(r"[\s，。！？、；：,.!?;:…~～\"'“”‘’（）()]+")
RUN_ON = (100, 200, 500)
REPEATED = ("胸口疼喘不上气" * 80)[:500]


def phrasings() -> list[str]:
    out: list[str] = []
    for path in sorted(DATA.glob("complaints-*.tsv")):
        if ".before" in path.name:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                out.append(line.split("\t")[2])
    return out


def run_on(texts: list[str], size: int, count: int) -> list[str]:
    """`count` texts of `size` characters, the phrasings' words run together without marks."""
    words = "".join(MARKS.sub("", text) for text in texts)
    return [words[at : at + size] for at in range(0, size * count, size)]


def measure(rounds: int) -> dict[str, float]:
    """CPU seconds for each measure, the least of the rounds (build: once, in this process)."""
    import dispatch_intake
    from dispatch_intake.priority.service import load_priority_rules

    rules_file = Path(dispatch_intake.__file__).resolve().parents[1] / "config" / "priority.toml"
    began = time.process_time()
    rules = load_priority_rules(rules_file)
    figures = {"build": time.process_time() - began}
    texts = phrasings()
    cases: dict[str, list[str]] = {"sets": texts, "repeated": [REPEATED]}
    for size in RUN_ON:
        cases[f"run-on {size}"] = run_on(texts, size, 40)
    # The rules keep what they have read (since 24c6832): every round reads through the
    # path that keeps nothing, where there is one, so that each round pays for every text.
    uncached = getattr(rules, "_assess", None)

    def read(text: str) -> None:
        if uncached is not None:
            uncached((text,), ())
        else:
            rules.assess([text])

    for name, said in cases.items():
        best = float("inf")
        for _ in range(rounds):
            began = time.process_time()
            for text in said:
                read(text)
            best = min(best, (time.process_time() - began) / len(said))
        figures[name] = best
    return figures


def run_side(command: list[str], cwd: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, text=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", metavar="REV", help="also measure this revision")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.json:
        print(json.dumps(measure(args.rounds)))
        return 0
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--json",
        "--rounds",
        str(args.rounds),
    ]
    found: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-triage-rev-") as tmp:
        sides: dict[str, Any] = {}
        if args.against:
            archive = subprocess.run(
                ["git", "-C", str(ROOT), "archive", args.against], check=True, capture_output=True
            ).stdout
            subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
            sides[args.against] = run_side(command, Path(tmp), {**os.environ, "PYTHONPATH": tmp})
        sides["this tree"] = run_side(command, ROOT, dict(os.environ))
        for side, process in sides.items():
            out, _ = process.communicate()
            if process.returncode:
                raise SystemExit(f"the run of {side} failed")
            found[side] = json.loads(out.strip().splitlines()[-1])
    names = list(next(iter(found.values())))
    print(f"\nTriage CPU time (least of {args.rounds} rounds; build once per process)")
    print(f"{'measure':<14}" + "".join(f"{side:>14}" for side in found))
    for name in names:
        unit, scale = ("s", 1.0) if name == "build" else ("ms/text", 1000.0)
        row = "".join(f"{found[side][name] * scale:>14.3f}" for side in found)
        print(f"{name:<14}{row}  {unit}")
    if args.against:
        base, here = found[args.against], found["this tree"]
        print(
            "\nthis tree / "
            + args.against
            + ": "
            + "; ".join(f"{name} {here[name] / base[name]:.2f}" for name in names)
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
