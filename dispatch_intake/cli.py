"""The `dispatch-intake` command: one entry point, each domain registers its own subcommands."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Each module exposes `register(subparsers)`, adding its subcommands with
# `set_defaults(func=...)`; `func(args) -> int` is the exit status. Keyed by the commands each
# registers: a command named on the line imports only its own module (`take-call`, a client of
# the service, starts without importing the service itself); anything else imports them all.
COMMAND_MODULES = {
    "serve": "dispatch_intake.serve",
    "users": "dispatch_intake.auth.cli",
    "tokens": "dispatch_intake.auth.cli",
    "audit": "dispatch_intake.audit.cli",
    "config": "dispatch_intake.config_check",
    "replay": "dispatch_intake.replay.cli",
    "record": "dispatch_intake.replay.cli",
    "take-call": "dispatch_intake.take_call.cli",
    "gazetteer": "gazetteer.cli",
}


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """Every command's parser, or only the one `argv` names when it names one."""
    parser = argparse.ArgumentParser(
        prog="dispatch-intake",
        description="Emergency dispatch intake: serve the API, verify the audit trail, replay.",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    named = argv[0] if argv else None
    modules = [COMMAND_MODULES[named]] if named in COMMAND_MODULES else COMMAND_MODULES.values()
    for module_name in dict.fromkeys(modules):
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    args = build_parser(words).parse_args(words)
    status: int = args.func(args)
    return status


if __name__ == "__main__":
    sys.exit(main())
