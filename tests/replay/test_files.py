"""Scenario files: malformed ones are failures with a message, the report's lines, JUnit
output and exit codes."""

from __future__ import annotations

import argparse
import io
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from dispatch_intake.client import IntakeClient
from dispatch_intake.replay import cli
from dispatch_intake.replay.runner import run_files
from dispatch_intake.replay.scenario import find_scenario_files

from .scripted_service import ScriptedService

GOOD = "id: good\npsap: zhengzhou-120\nturns:\n  - start: {location_text: 郑州大学}\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("id: [unclosed\n", "not valid YAML"),
        ("- just\n- a list\n", "a scenario is a mapping"),
        ("title: no id\nturns:\n  - start: {}\n", "`id` is missing"),
        ("id: x\n", "`turns` must be a non-empty list"),
        ("id: x\nturns: []\n", "`turns` must be a non-empty list"),
        ("id: x\nturns:\n  - location: 郑州\n", "the first turn must be a `start`"),
        ("id: x\nturns:\n  - start: {}\n    location: 郑州\n", "exactly one verb"),
        ("id: x\nturns:\n  - expect: {status: provisional}\n", "exactly one verb"),
        ("id: x\nturns:\n  - close: {}\n", "exactly one verb"),
        ("id: x\nturns:\n  - start: {}\n    expects: {}\n", "unknown key(s) expects"),
        ("id: x\nturns:\n  - start: {}\n    role: admin\n", "role `admin` is not one of"),
        ("id: x\nturns:\n  - start: {}\n    headers: [a]\n", "`headers` must be a mapping"),
        ("id: x\nturns:\n  - start: {}\n    expect: [status]\n", "`expect` must be a mapping"),
        ("id: x\nturns:\n  - start: {}\n    expect: {stauts: x}\n", "unknown expectation `stauts`"),
        ("id: x\nturns:\n  - start: {}\n    expect: {http_status: '201'}\n", "HTTP status code"),
        ("id: x\nturns:\n  - start: {}\n    expect: {top: 河南大学}\n", "a name pattern is a list"),
        ("id: x\nturns:\n  - start: {}\n    expect: {top: []}\n", "a name pattern is a list"),
        (
            "id: x\nturns:\n  - start: {}\n    expect: {candidates_include: [河南大学]}\n",
            "a name pattern is a list",
        ),
        ("id: x\nturns:\n  - start: {}\n    expect: {top_k: {k: 0, match: [a]}}\n", "positive"),
        ("id: x\nturns:\n  - start: {}\n    expect: {top_k: [a]}\n", "{k: N, match:"),
        ("id: x\nturns:\n  - start: {}\n    expect: {masked_number: yes please}\n", "true or"),
        ("id: x\nturns:\n  - start: {}\n    expect: {status: 3}\n", "a string or a list"),
        ("id: x\nturns:\n  - start: {}\n    expect: {prompt_mentions: 明伦}\n", "list of strings"),
        (
            "id: x\nturns:\n  - start: {}\n    expect: {same_record_as_turn: 0}\n",
            "must name an earlier turn",
        ),
        ("id: x\ncaller: 13800138000\nturns:\n  - start: {}\n", "`caller` must be a mapping"),
        ("id: x\nextra: 1\nturns:\n  - start: {}\n", "unknown key(s) extra"),
    ],
)
def test_malformed_files_fail_with_a_message(
    text: str, message: str, tmp_path: Path, clients: dict[str, IntakeClient]
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    [result] = list(run_files([path], clients))
    assert not result.passed
    assert result.failure is not None and result.failure.startswith("malformed scenario: ")
    assert message in result.failure
    assert result.line().startswith(f"FAIL {path}: malformed scenario: ")


def test_undecodable_and_missing_files(tmp_path: Path, clients: dict[str, IntakeClient]) -> None:
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"\xff\xfe\x00id")
    results = list(run_files([binary, tmp_path / "missing.yaml"], clients))
    assert [r.failure for r in results] == [
        results[0].failure,
        "malformed scenario: no such file",
    ]
    assert results[0].failure is not None and "cannot read the file" in results[0].failure


def test_a_repeated_id_fails_the_second_file(
    tmp_path: Path, scripted: ScriptedService, clients: dict[str, IntakeClient]
) -> None:
    (tmp_path / "a.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(GOOD, encoding="utf-8")
    scripted.answer()
    results = list(run_files(find_scenario_files([tmp_path]), clients))
    assert [r.passed for r in results] == [True, False]
    assert results[1].failure is not None and "id also used by" in results[1].failure


def test_folders_are_searched_for_yaml_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("b.yaml", "a.yaml", "sub/c.yaml", "notes.md", "d.yml"):
        (tmp_path / name).write_text(GOOD, encoding="utf-8")
    found = find_scenario_files([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["a.yaml", "b.yaml", "sub/c.yaml"]


@contextmanager
def _scripted_service(
    clients: dict[str, IntakeClient],
) -> Iterator[dict[str, IntakeClient]]:
    yield clients


def _replay(
    paths: list[Path],
    junit: Path | None,
    clients: dict[str, IntakeClient],
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[int, str]:
    monkeypatch.setattr(cli, "service_for", lambda args: _scripted_service(clients))
    args = argparse.Namespace(paths=[str(p) for p in paths], url=None, token=None, junit=junit)
    out = io.StringIO()
    status = cli.run_replay(args, out=out)
    return status, out.getvalue()


def test_report_lines_junit_and_exit_status(
    tmp_path: Path,
    scripted: ScriptedService,
    clients: dict[str, IntakeClient],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "01-good.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "02-wrong.yaml").write_text(
        GOOD.replace("id: good", "id: wrong") + "    expect: {priority: critical}\n",
        encoding="utf-8",
    )
    (tmp_path / "03-broken.yaml").write_text("id: [\n", encoding="utf-8")
    scripted.answer()
    scripted.answer(priority="routine")
    junit = tmp_path / "out" / "junit.xml"
    status, out = _replay([tmp_path], junit, clients, monkeypatch)
    lines = out.splitlines()
    assert status == 1
    assert lines[0] == "PASS good"
    assert lines[1] == "FAIL wrong: turn 0 (start): priority: expected critical, got routine"
    assert lines[2].startswith(f"FAIL {tmp_path / '03-broken.yaml'}: malformed scenario: not valid")
    assert lines[-1] == "1 passed, 2 failed"
    suite = ET.parse(junit).getroot()
    assert suite.tag == "testsuite"
    assert (suite.get("tests"), suite.get("failures")) == ("3", "2")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases][:2] == ["good", "wrong"]
    assert cases[0].find("failure") is None
    failure = cases[1].find("failure")
    assert failure is not None
    assert failure.get("message") == "turn 0 (start): priority: expected critical, got routine"


def test_all_passing_exits_zero(
    tmp_path: Path,
    scripted: ScriptedService,
    clients: dict[str, IntakeClient],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    scripted.answer()
    status, out = _replay([tmp_path / "good.yaml"], None, clients, monkeypatch)
    assert (status, out) == (0, "PASS good\n1 passed, 0 failed\n")


def test_no_files_is_a_usage_error(
    tmp_path: Path, clients: dict[str, IntakeClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    status, out = _replay([tmp_path], None, clients, monkeypatch)
    assert (status, out) == (2, "")


def test_url_without_token_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    monkeypatch.delenv("DISPATCH_INTAKE_TOKENS", raising=False)
    args = argparse.Namespace(
        paths=[str(tmp_path)], url="http://127.0.0.1:9", token=None, junit=None
    )
    assert cli.run_replay(args) == 2
    assert "--url needs --token" in capsys.readouterr().err


def test_an_unreachable_service_fails_each_scenario(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    args = argparse.Namespace(
        paths=[str(tmp_path)], url="http://127.0.0.1:9", token="t", junit=None
    )
    assert cli.run_replay(args) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("FAIL good: turn 0 (start): service unreachable: ")
    assert out[-1] == "0 passed, 1 failed"
