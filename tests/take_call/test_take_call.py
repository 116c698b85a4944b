"""`dispatch-intake take-call` driven through its standard input, as a separate process,
against the real service listening on a loopback port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from dispatch_intake.client import IntakeClient

from ..conftest import copy_of_template

REPO = Path(__file__).resolve().parents[2]
TOKENS = {"call_taker": "tc-taker", "dispatcher": "tc-dispatcher", "supervisor": "tc-super"}


@dataclass(frozen=True)
class Service:
    url: str


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Iterator[Service]:
    """One service for the module's calls: starting one costs more than a call, and the calls
    share nothing but the store (each opens its own record)."""
    tmp_path = tmp_path_factory.mktemp("take-call")
    copy_of_template(sqlite_template, tmp_path / "intake.db")
    database_url = f"sqlite:///{tmp_path / 'intake.db'}"
    port = _free_port()
    env = {
        **os.environ,
        "DISPATCH_INTAKE_DATABASE_URL": database_url,
        "DISPATCH_INTAKE_VAR_DIR": str(tmp_path / "var"),
        "DISPATCH_INTAKE_CONFIG_DIR": str(REPO / "config"),
        "DISPATCH_INTAKE_TOKENS": ",".join(f"{role}:{token}" for role, token in TOKENS.items()),
        "DISPATCH_INTAKE_ALLOW_WEAK_TOKENS": "true",
    }
    log = (tmp_path / "serve.log").open("wb")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "dispatch_intake.cli",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],  # fmt: skip
        cwd=tmp_path,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail("the service did not start:\n" + (tmp_path / "serve.log").read_text())
            time.sleep(0.2)
        yield Service(url)
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()


def take_call(
    service: Service, lines: list[str], *args: str, token: str = "tc-dispatcher"
) -> tuple[int, str, str]:
    """Run the program with `lines` on its standard input; (exit status, stdout, stderr)."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "dispatch_intake.cli",
            "take-call",
            "--url",
            service.url,
            "--token",
            token,
            *args,
        ],  # fmt: skip
        input="".join(line + "\n" for line in lines),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )
    return done.returncode, done.stdout, done.stderr


def call_id_of(stdout: str) -> str:
    header = next(line for line in stdout.splitlines() if line.startswith("── 通话 Call "))
    return header.split()[3]


def test_a_whole_call_from_first_words_to_dispatch(service: Service) -> None:
    status, out, err = take_call(
        service,
        ["河南大学", "龙子湖那边", "1", "a 同学晕倒了", "note 在图书馆门口", "dispatch", "quit"],
        "--psap", "zhengzhou-120", "--number", "13800138000",
    )  # fmt: skip
    assert status == 0, err
    # The record exists before anything is typed, with the number masked for the call-taker.
    first = out.splitlines()[0]
    assert "status provisional" in first and "138****8000" in first
    assert "读给来电人 Read: 请告诉我您现在在哪里" in out
    # 河南大学: three numbered campuses and the sentence that asks which.
    assert "  1. 河南大学郑州龙子湖校区" in out
    assert "开封明伦校区" in out and "开封金明校区" in out
    assert "您在哪一个" in out
    assert "已确认 Confirmed: 河南大学郑州龙子湖校区" in out
    assert "status dispatched" in out
    assert out.rstrip().endswith("stays in the service")

    with IntakeClient(service.url, token=TOKENS["supervisor"]) as client:
        record = client.get_call(call_id_of(out))
    assert record.status == "dispatched"
    assert record.location.confirmed is not None
    assert record.location.confirmed.full_name == "河南大学郑州龙子湖校区"
    assert record.caller.number == "13800138000"
    types = [event.type for event in record.timeline]
    assert {"note", "answer", "dispatched", "confirmed"} <= set(types)


def test_transfer_goes_to_the_recommended_centre(service: Service) -> None:
    status, out, err = take_call(service, ["清明上河园", "transfer", "quit"], "--psap",
                                 "zhengzhou-120")  # fmt: skip
    assert status == 0, err
    assert "OUTSIDE area" in out
    assert "建议 Action: transfer" in out
    assert "status transferred" in out and "psap kaifeng-120" in out


def test_mistakes_are_explained_and_the_call_goes_on(service: Service) -> None:
    lines = ["7", "yes", "a", "note", "transfer", "alert", "escalate 辱骂接警员", "help", "二七塔",
             "y"]  # fmt: skip
    status, out, err = take_call(service, lines, token=TOKENS["call_taker"])
    assert status == 0, err
    assert "! there is no place numbered 7" in out
    assert "! the caller was not asked to confirm one place" in out
    assert "! an answer needs text" in out
    assert "! a note needs text" in out
    assert "! transfer to which centre?" in out
    assert "! no other centre is recommended" in out
    assert "已上报 Escalated: 辱骂接警员" in out  # escalation is the call-taker's own way out
    assert "escalate [reason]" in out  # the help text
    # `y` confirms the one place read back after 二七塔; then the input ends.
    assert "已确认 Confirmed: " in out and "二七" in out
    assert "(end of input; call " in out


def test_the_other_centre_told_after_a_send_first_is_recorded(service: Service) -> None:
    # The 2022 call: 郑州, then 明伦校区 (开封). Sent first to 龙子湖, and 开封 is told.
    lines = ["郑州", "c 说不出话了", "明伦校区", "dispatch", "alert 已电话告知开封120", "quit"]
    status, out, err = take_call(service, lines, "--psap", "zhengzhou-120",
                                 token=TOKENS["call_taker"])  # fmt: skip
    assert status == 0, err
    assert "并行通知 Alert: kaifeng-120" in out and "`alert` records it" in out
    # After the alert the record no longer asks for it.
    last = out.split("── 通话 Call ")[-1]
    assert "status dispatched" in last and "并行通知 Alert" not in last
    with IntakeClient(service.url, token=TOKENS["supervisor"]) as client:
        record = client.get_call(call_id_of(out))
    alerted = [e for e in record.timeline if e.type == "parallel_alerted"]
    assert len(alerted) == 1
    assert alerted[0].data["to_psap"] == "kaifeng-120"
    assert alerted[0].data["reason"] == "已电话告知开封120"


def test_an_unreachable_service_is_reported(tmp_path: Path) -> None:
    unreachable = Service(f"http://127.0.0.1:{_free_port()}")
    status, out, err = take_call(unreachable, ["河南大学"])
    assert status == 1
    assert "cannot open a call record" in err
    assert "Traceback" not in err


def test_a_complaint_has_its_own_entry_and_the_next_call_starts_after_dispatch(
    service: Service,
) -> None:
    lines = [
        "河南大学",
        # The callback question is on screen; the complaint does not answer it.
        "c 我……好难受……喘……",
        "a 20岁左右，学生本人",
        "priority critical 听到倒地声",
        "dispatch",
        "二七塔",
        "quit",
    ]
    status, out, err = take_call(service, lines, "--psap", "zhengzhou-120",
                                 token=TOKENS["call_taker"])  # fmt: skip
    assert status == 0, err
    assert "priority critical" in out and "建议 Action: dispatch_now" in out
    assert "回拨号码的回答里没有电话号码" in out
    assert "priority critical (set by hand)" in out
    assert "(call over: typed words start the next call" in out
    shown = [line.split()[3] for line in out.splitlines() if line.startswith("── 通话 Call ")]
    first, second = shown[0], shown[-1]
    assert first != second  # 二七塔 opened a new record
    assert "── next call" in out
    with IntakeClient(service.url, token=TOKENS["supervisor"]) as client:
        old = client.get_call(first)
        new = client.get_call(second)
    assert old.status == "dispatched"
    assert old.complaint.text == ["我……好难受……喘……"]
    assert old.caller.number is None
    assert "二七塔" not in old.location.text
    assert new.location.text == ["二七塔"]
