"""Answer check: a varied set of call starts and follow-ups, answered byte for byte alike by
this tree and by another revision, in one run.

    .venv/bin/python bench/answers.py                    # against `main`
    .venv/bin/python bench/answers.py --against HEAD~3
    .venv/bin/python bench/answers.py --write answers.jsonl   # this tree's answers only

A change that is only meant to make the service cheaper must leave every answer as it was.
The requests: every start of the scenarios in tests/scenarios/, every utterance of
bench/data/utterances.tsv and every complaint of bench/data/complaints.tsv as a start (with
caller numbers that repeat, so that earlier calls are found, positions inside and outside the
centres' areas, and some with an Idempotency-Key sent twice), bodies that are odd or hostile,
then follow-ups (answers, location, notes, dispatch, confirm, transfer, escalate, close) on
some of the calls and a read of every call, each by roles that see numbers and roles that do
not. The requests go through the ASGI application in process, one after another, on a fresh
SQLite store (or `--database-url`).

What is random or a clock reading is put in a neutral form before comparing: call ids become
`call-1`, `call-2` … in the order they first appear (so `related_calls` and `Location` still
compare), times (`created_at`, `updated_at`, `at`, and other `*_at`) become `<time>`, and
chain values (`hash`) become `<hash>`, because they cover the ids and times. Everything else
is compared as the bytes the client received, with the status and the headers a client acts on
(`Location`, `Idempotent-Replay`, `X-Held-Locally`, `Content-Type`).

The other revision is exported with `git archive` into a temporary directory and this script
is run on it in a second process (its code first on the path): both sides run the same
requests with the same data and configuration files, from the revision each is.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TOKENS = {
    "call_taker": "answers-call-taker",
    "dispatcher": "answers-dispatcher",
    "supervisor": "answers-supervisor",
}
NUMBERS = ["13800138000", "13912345678", "0371-6552 0120", "+86 138 0013 8001", None, None, None]
POSITIONS: list[Any] = [
    None,
    None,
    {"lat": 34.7487, "lon": 113.6375},  # 郑州, inside its centre's area
    {"lat": 34.8195, "lon": 114.3076},  # 开封
    {"lat": 34.6197, "lon": 112.4540},  # 洛阳
    {"lat": 31.2304, "lon": 121.4737},  # far outside every area
    None,
]
ODD_BODIES: list[Any] = [
    {},
    {"psap": None, "location_text": None, "complaint_text": None, "caller_number": None},
    {"psap": "no-such-centre", "location_text": "河南大学"},
    {"location_text": "河南大学"},
    {"psap": "zhengzhou-120", "location_text": 12345},
    {"psap": "zhengzhou-120", "caller_position": {"lat": 91, "lon": 200}},
    {"psap": "zhengzhou-120", "caller_position": {"lat": "34.7", "lon": "113.6"}},
    {"psap": "zhengzhou-120", "caller_position": {"lat": 34, "lon": 113}},
    {"psap": "zhengzhou-120", "caller_position": {"lat": int("9" * 300), "lon": 113.6}},
    {"psap": "zhengzhou-120", "caller_position": [34.7, 113.6]},
    {"psap": "zhengzhou-120", "received_at": "9999-12-31T23:59:59.999999-23:59"},
    {"psap": "zhengzhou-120", "received_at": "2026-11-22T08:30:00+08:00"},
    {"psap": "zhengzhou-120", "received_at": "yesterday"},
    {"psap": "zhengzhou-120", "location_text": "河南大学\u0000\u0007龙子湖"},
    {"psap": "zhengzhou-120", "location_text": "😀😀😀"},
    {"psap": "zhengzhou-120", "location_text": "郑州站" * 2000},
    {"psap": "zhengzhou-120", "complaint_text": "回拨 138 0013 8000，人在二七塔"},
    {"psap": "zhengzhou-120", "caller_number": "幺三八零零幺三八零零零"},
    {"psap": "zhengzhou-120", "caller_number": "abc"},
    {"psap": "zhengzhou-120", "caller_number": 13800138000},
    {"psap": "zhengzhou-120", **{f"extra_{i}": i for i in range(40)}},
    {"psap": ["zhengzhou-120"], "location_text": {"text": "河南大学"}},
    [],
    "河南大学",
    None,
]
# Follow-ups played on every few calls, each with its body and the role that sends it.
FOLLOW_UPS: list[tuple[str, Any, str]] = [
    ("answers", {"question": "what_happened", "answer": "胸口疼，喘不上气"}, "call_taker"),
    ("answers", {"question": "breathing", "answer": "没有呼吸"}, "call_taker"),
    ("location", {"text": "郑州大学第一附属医院河医院区"}, "call_taker"),
    ("notes", {"text": "家属回拨 13912345678"}, "call_taker"),
    ("confirm", {"option": "1"}, "call_taker"),
    ("escalate", {"reason": "来电者情绪激动"}, "call_taker"),
    ("takeover", {"reason": "主管接手"}, "supervisor"),
    ("transfer", {"to_psap": "kaifeng-120", "reason": "在开封"}, "dispatcher"),
    ("dispatch", {}, "dispatcher"),
    ("complaint", {"text": "摔倒了，腿流血"}, "call_taker"),
    ("priority", {"priority": "urgent", "reason": "主管判断"}, "supervisor"),
    ("close", {"reason": "已派车"}, "dispatcher"),
]


def _tsv(path: Path) -> Iterator[list[str]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _scenario_starts() -> Iterator[tuple[str, Any]]:
    from dispatch_intake.replay.runner import start_body
    from dispatch_intake.replay.scenario import find_scenario_files, load_scenario

    for path in find_scenario_files([ROOT / "tests" / "scenarios"]):
        scenario = load_scenario(path)
        for turn in scenario.turns:
            if turn.verb == "start":
                role = turn.role if turn.role in TOKENS else "call_taker"
                yield role, start_body(scenario, turn)


def starts() -> Iterator[tuple[str, Any, str | None]]:
    """(role, body, Idempotency-Key) of every start, in order."""
    for role, scenario_body in _scenario_starts():
        yield role, scenario_body, None
    for i, fields in enumerate(_tsv(ROOT / "bench" / "data" / "utterances.tsv")):
        if len(fields) < 4:
            continue
        body: dict[str, Any] = {"psap": fields[1] or None, "location_text": fields[3]}
        if NUMBERS[i % len(NUMBERS)] is not None:
            body["caller_number"] = NUMBERS[i % len(NUMBERS)]
        if POSITIONS[i % len(POSITIONS)] is not None:
            body["caller_position"] = POSITIONS[i % len(POSITIONS)]
        role = ("call_taker", "supervisor", "dispatcher")[i % 3]
        key = f"utterance-{i // 2}" if i % 11 in (0, 1) else None
        yield role, body, key
    for i, fields in enumerate(_tsv(ROOT / "bench" / "data" / "complaints.tsv")):
        if len(fields) < 3:
            continue
        body = {"psap": "zhengzhou-120", "complaint_text": fields[2]}
        if i % 2:
            body["location_text"] = "二七塔" if i % 4 == 1 else "河南大学金明校区"
        if NUMBERS[i % len(NUMBERS)] is not None:
            body["caller_number"] = NUMBERS[i % len(NUMBERS)]
        yield ("call_taker", "supervisor")[i % 2], body, None
    for body in ODD_BODIES:
        yield "call_taker", body, None


class Neutral:
    """Ids, times and chain values in a form that two runs share."""

    def __init__(self) -> None:
        self.ids: dict[str, str] = {}

    def call(self, value: str) -> str:
        return self.ids.setdefault(value, f"call-{len(self.ids) + 1}")

    def text(self, value: str) -> str:
        return re.sub(r"\b[0-9a-f]{32}\b", lambda m: self.call(m.group(0)), value)

    def value(self, value: Any, key: str | None = None) -> Any:
        if isinstance(value, dict):
            return {k: self.value(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [self.value(v) for v in value]
        if isinstance(value, str):
            if key == "hash" or key == "prev_hash":
                return "<hash>"
            if key is not None and (key == "at" or key.endswith("_at")) and key != "received_at":
                return "<time>"
            return self.text(value)
        return value


def _answer(neutral: Neutral, response: Any) -> dict[str, Any]:
    headers = {
        name: neutral.text(response.headers[name])
        for name in ("location", "idempotent-replay", "x-held-locally", "content-type")
        if name in response.headers
    }
    raw = response.content
    try:
        parsed = json.loads(raw)
    except ValueError:
        return {"status": response.status_code, "headers": headers, "raw": raw.decode()}
    neutral_body = neutral.value(parsed)
    # The bytes as sent, with only the neutralised values put back in their place: the same
    # spelling (key order, separators, escapes) as the service's.
    spelled = json.dumps(neutral_body, ensure_ascii=False, separators=(",", ":"))
    same_spelling = json.dumps(parsed, ensure_ascii=False, separators=(",", ":")).encode()
    return {
        "status": response.status_code,
        "headers": headers,
        "body": spelled,
        # Whether the service's bytes are exactly the standard compact spelling of what they
        # hold: a change of spelling (escapes, spaces, number forms) shows here.
        "compact": same_spelling == raw,
    }


def play(database_url: str | None) -> Iterator[dict[str, Any]]:
    """Every request's neutral answer, in order."""
    from fastapi.testclient import TestClient

    from dispatch_intake.app import create_app
    from dispatch_intake.settings import load_settings

    # The store's fsyncs are not what is compared: on a memory file system they cost nothing.
    memory = "/dev/shm" if Path("/dev/shm").is_dir() else None
    with tempfile.TemporaryDirectory(prefix="bench-answers-", dir=memory) as tmp:
        settings = load_settings(
            var_dir=Path(tmp) / "var",
            database_url=database_url or f"sqlite:///{Path(tmp) / 'intake.db'}",
            tokens=",".join(f"{role}:{token}" for role, token in TOKENS.items()),
            allow_weak_tokens=True,
            # Actors are named by their token's fingerprint: one key, so both runs name alike.
            fingerprint_key="bench-answers-fingerprints",
        )
        neutral = Neutral()
        with TestClient(create_app(settings), raise_server_exceptions=False) as client:
            started: list[str] = []
            for n, (role, body, key) in enumerate(starts()):
                headers = {"Authorization": f"Bearer {TOKENS[role]}"}
                if key is not None:
                    headers["Idempotency-Key"] = key
                response = client.post("/v1/calls", json=body, headers=headers)
                yield {"request": f"start {n} as {role}", **_answer(neutral, response)}
                if response.status_code == 201 and not response.headers.get("idempotent-replay"):
                    started.append(response.json()["id"])
            for n, call_id in enumerate(started[::7]):
                for verb, body, role in FOLLOW_UPS[n % 3 :: 1 + n % 3]:
                    response = client.post(
                        f"/v1/calls/{call_id}/{verb}",
                        json=body,
                        headers={"Authorization": f"Bearer {TOKENS[role]}"},
                    )
                    where = f"{verb} on {neutral.call(call_id)} as {role}"
                    yield {"request": where, **_answer(neutral, response)}
            for n, call_id in enumerate(started):
                role = ("call_taker", "supervisor")[n % 2]
                response = client.get(
                    f"/v1/calls/{call_id}", headers={"Authorization": f"Bearer {TOKENS[role]}"}
                )
                yield {
                    "request": f"read {neutral.call(call_id)} as {role}",
                    **_answer(neutral, response),
                }


def _other_answers(revision: str, database_url: str | None) -> list[dict[str, Any]]:
    """The answers of `revision`, played by this script on an export of that revision."""
    with tempfile.TemporaryDirectory(prefix="bench-answers-rev-") as tmp:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", revision], check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        out = Path(tmp) / "answers.jsonl"
        command = [
            sys.executable,
            str(Path(__file__).resolve()),
            "--write",
            str(out),
            "--root",
            tmp,
        ]
        if database_url:
            command += ["--database-url", database_url]
        env = {**os.environ, "PYTHONPATH": tmp}
        subprocess.run(command, check=True, cwd=tmp, env=env)
        return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--against", default="main", help="the revision to compare with")
    parser.add_argument("--write", type=Path, help="only write this tree's answers (JSON lines)")
    parser.add_argument("--database-url", help="a store to play on (default: a fresh SQLite)")
    parser.add_argument("--root", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.root is not None:
        global ROOT
        ROOT = args.root.resolve()
    import dispatch_intake

    here = Path(dispatch_intake.__file__).resolve().parents[1]
    if here != ROOT:
        raise SystemExit(f"the code imported is {here}, not the tree played ({ROOT})")
    if args.write:
        with args.write.open("w", encoding="utf-8") as out:
            for answer in play(args.database_url):
                out.write(json.dumps(answer, ensure_ascii=False) + "\n")
        return 0
    theirs = _other_answers(args.against, args.database_url)
    ours = list(play(args.database_url))
    differ = [(a, b) for a, b in zip(theirs, ours, strict=False) if a != b]
    statuses: dict[int, int] = {}
    for answer in ours:
        statuses[answer["status"]] = statuses.get(answer["status"], 0) + 1
    print(
        f"{len(ours)} answers here, {len(theirs)} from {args.against}; by status here: "
        + ", ".join(f"{s}: {n}" for s, n in sorted(statuses.items()))
    )
    for a, b in differ[:5]:
        print(f"\nDIFFERS at {b['request']} (theirs: {a['request']}):")
        for field in ("status", "headers", "compact"):
            if a.get(field) != b.get(field):
                print(f"  {field}: {a.get(field)!r} there, {b.get(field)!r} here")
        x, y = a.get("body") or a.get("raw", ""), b.get("body") or b.get("raw", "")
        at = next((i for i, (p, q) in enumerate(zip(x, y, strict=False)) if p != q), None)
        if at is None and len(x) != len(y):
            at = min(len(x), len(y))
        if at is not None:
            print(f"  {args.against}: …{x[max(0, at - 120) : at + 120]}…")
            print(f"  here: …{y[max(0, at - 120) : at + 120]}…")
    if differ or len(ours) != len(theirs):
        print(
            f"\n{len(differ)} answers differ"
            + (" (and the counts)" if len(ours) != len(theirs) else "")
        )
        return 1
    print("every answer is the same")
    return 0


if __name__ == "__main__":
    sys.exit(main())
