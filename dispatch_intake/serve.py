"""`dispatch-intake serve`: run the service under uvicorn."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from dispatch_intake.errors import SettingsError
from dispatch_intake.settings import Settings, load_settings


def register(subparsers: Any) -> None:
    serve = subparsers.add_parser("serve", help="run the intake service and its console")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on")
    serve.set_defaults(func=run_serve)


def announce(settings: Settings, host: str, port: int) -> None:
    """Print where the console is and, on first start without configured tokens, the tokens."""
    from dispatch_intake.auth.tokens import issue_tokens, read_tokens_file, tokens_file

    shown_host = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    print(f"dispatch-intake console: http://{shown_host}:{port}/console", flush=True)
    if settings.tokens:
        print("tokens: from DISPATCH_INTAKE_TOKENS", flush=True)
        return
    path = tokens_file(settings)
    if path.is_file():
        roles = {role: token for token, role in read_tokens_file(path).items()}
        print(f"tokens (kept in {path}):", flush=True)
    else:
        roles = issue_tokens(settings)
        print(f"tokens issued on first start (kept in {path}):", flush=True)
    for role, token in roles.items():
        print(f"  {role:<11} {token}", flush=True)


def _checked_gazetteer(settings: Settings) -> Any:
    """The gazetteer, after `config check` found nothing wrong (else the problems, as an
    error that stops the start)."""
    from dispatch_intake.config_check import check_config
    from gazetteer import DataError, load_gazetteer

    try:
        gazetteer = load_gazetteer()
    except DataError as exc:
        raise SettingsError(f"the gazetteer data cannot be loaded ({exc})") from None
    problems = check_config(settings.config_dir, gazetteer, settings.language)
    if problems:
        raise SettingsError(
            "the configuration has problems (`dispatch-intake config check` lists them):\n"
            + "\n".join(f"  {problem}" for problem in problems)
        )
    return gazetteer


def run_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from dispatch_intake.app import create_app
    from dispatch_intake.observability.logging import configure_logging

    try:
        settings = load_settings()
        gazetteer = _checked_gazetteer(settings)
        announce(settings, args.host, args.port)
        configure_logging(json_lines=settings.log_json)
        app = create_app(settings, gazetteer=gazetteer)
    except SettingsError as exc:
        print(f"dispatch-intake cannot start: {exc}", file=sys.stderr)
        return 2
    # Event streams never end on their own; a shutdown waits for them only briefly.
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=5,
    )
    return 0
