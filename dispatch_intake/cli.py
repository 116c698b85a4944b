"""The `dispatch-intake` command: one entry point, each domain registers its own subcommands."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Each module exposes `register(subparsers)`, adding its subcommands with
# `set_defaults(func=...)`; `func(args) -> int` is the exit status.
COMMAND_MODULES = (
    "dispatch_intake.serve",
    "dispatch_intake.auth.cli",
    "dispatch_intake.audit.cli",
    "dispatch_intake.config_check",
    "dispatch_intake.replay.cli",
    "dispatch_intake.take_call.cli",
    "gazetteer.cli",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dispatch-intake",
        description="Emergency dispatch intake: serve the API, verify the audit trail, replay.",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    status: int = args.func(args)
    return status


if __name__ == "__main__":
    sys.exit(main())
