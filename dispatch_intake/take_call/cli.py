"""`dispatch-intake take-call --url … --token …`: read lines from stdin, print to stdout."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any, TextIO

from dispatch_intake.client import IntakeClient, IntakeError
from dispatch_intake.take_call.session import CallSession


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "take-call",
        help="take calls at a terminal: type what the caller says, confirm, dispatch",
        description=(
            "A plain line-based program for a call-taker (works with a pipe). A record is "
            "opened at once; type what the caller says, a number to confirm a place, or "
            "`help` for the commands."
        ),
    )
    parser.add_argument("--url", default="http://127.0.0.1:8000", help="the intake service")
    parser.add_argument(
        "--token", help="the call-taker's (or dispatcher's) token; default $DISPATCH_INTAKE_TOKEN"
    )
    parser.add_argument("--psap", help="the answering centre (default: the service's)")
    parser.add_argument("--number", help="the caller's number, as the switch shows it")
    parser.add_argument("--lat", type=float, help="the caller's position from the network")
    parser.add_argument("--lon", type=float)
    parser.add_argument("--radius-m", type=float, default=1000.0)
    parser.set_defaults(func=run_take_call)


def run_take_call(
    args: argparse.Namespace, stdin: TextIO | None = None, stdout: TextIO | None = None
) -> int:
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    token = args.token or os.environ.get("DISPATCH_INTAKE_TOKEN")
    if not token:
        print("take-call needs --token (or DISPATCH_INTAKE_TOKEN)", file=sys.stderr)
        return 2
    position = None
    if args.lat is not None and args.lon is not None:
        position = {"lat": args.lat, "lon": args.lon, "radius_m": args.radius_m, "source": "cell"}
    interactive = stdin.isatty()

    def show(lines: list[str]) -> None:
        for line in lines:
            print(line, file=stdout)
        stdout.flush()

    with IntakeClient(args.url, token=token) as client:
        session = CallSession(
            client, psap=args.psap, caller_number=args.number, caller_position=position
        )
        try:
            show(session.begin())
        except IntakeError as exc:
            print(f"cannot open a call record: {exc}", file=sys.stderr)
            return 1
        show(["(type `help` for commands)"])
        while not session.finished:
            if interactive:
                print("> ", end="", file=stdout, flush=True)
            line = stdin.readline()
            if not line:
                show([f"(end of input; call {session.call_id} stays in the service)"])
                break
            show(session.handle(line))
    return 0
