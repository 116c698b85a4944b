"""`dispatch-intake serve`: run the service under uvicorn."""

from __future__ import annotations

import argparse
import socket
import sys
from typing import TYPE_CHECKING, Any, cast

from dispatch_intake.errors import SettingsError
from dispatch_intake.settings import Settings, load_settings

if TYPE_CHECKING:
    from fastapi import FastAPI


def register(subparsers: Any) -> None:
    serve = subparsers.add_parser("serve", help="run the intake service and its console")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on")
    serve.add_argument(
        "--workers",
        type=_worker_count,
        default=1,
        metavar="N",
        help="worker processes (default 1); more than one needs the store on PostgreSQL, "
        "where changes reach the consoles of every worker",
    )
    serve.set_defaults(func=run_serve)


def _worker_count(value: str) -> int:
    try:
        count = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if count < 1:
        raise argparse.ArgumentTypeError("at least one worker")
    return count


def refuse_workers(settings: Settings, workers: int) -> str | None:
    """Why the store cannot be served by `workers` processes, or None if it can.

    SQLite is refused: a change made in one worker would never reach the consoles connected
    to another (changes cross processes only through PostgreSQL's NOTIFY), and SQLite lets
    one writer at a time in, so the workers would only queue for its lock; one worker already
    shares each commit among the starts waiting for it.
    """
    if workers == 1 or not settings.effective_database_url.startswith("sqlite"):
        return None
    return (
        f"--workers {workers} needs the store on PostgreSQL (DISPATCH_INTAKE_DATABASE_URL): on "
        "SQLite a change made in one worker would not reach the consoles connected to another, "
        "and its single writer lock would only make the workers queue; serve SQLite with one "
        "worker"
    )


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

    # Callers that build the arguments themselves may leave the worker count out.
    workers: int = getattr(args, "workers", 1)
    try:
        settings = load_settings()
        refused = refuse_workers(settings, workers)
        if refused is not None:
            raise SettingsError(refused)
        gazetteer = _checked_gazetteer(settings)
        announce(settings, args.host, args.port)
        configure_logging(json_lines=settings.log_json)
        app: FastAPI | None = create_app(settings, gazetteer=gazetteer)
        if app is not None and workers > 1:
            # Built here only to find a store that cannot be reached or migrated before any
            # worker starts (a worker that fails is started again, and again); each worker
            # builds its own (`worker_app`).
            app.state.held.close()
            app.state.engine.dispose()
            app = None
    except SettingsError as exc:
        print(f"dispatch-intake cannot start: {exc}", file=sys.stderr)
        return 2
    # Event streams never end on their own; a shutdown waits for them only briefly.
    options: dict[str, Any] = {
        "host": args.host,
        "port": args.port,
        "log_config": None,
        "access_log": False,
        "timeout_graceful_shutdown": 5,
    }
    if app is not None:
        uvicorn.run(app, **options)
        return 0
    try:
        # Held, bound but not listening, for as long as the workers run: a port another program
        # listens on is named now, not met by every worker in turn (each would be restarted).
        held_port = reuse_port_socket(args.host, args.port)
    except OSError as exc:
        print(f"dispatch-intake cannot start: {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 2
    with held_port:
        serve_workers(
            uvicorn.Config(
                "dispatch_intake.serve:worker_app", factory=True, workers=workers, **options
            )
        )
    return 0


def serve_workers(config: Any) -> None:
    """Run `config.workers` workers under uvicorn's supervisor (it restarts one that dies and
    stops them all on a signal), each on a listening socket of its own on one port.

    uvicorn binds one socket and every worker accepts from it; asyncio accepts every waiting
    connection at once (up to the backlog) on the wake-up of whichever worker is idle first, so
    long-lived connections that arrive together (a balancer's or a console's keep-alive
    connections) all land on one worker while the others wait idle. With SO_REUSEPORT each
    worker listens on its own socket and the kernel spreads new connections over them. The
    supervisor sends each worker the sockets it is given, pickled; `_ListenInTheWorker`
    pickles as "bind here", so each worker binds its own.
    """
    from uvicorn.supervisors import Multiprocess

    listen = _ListenInTheWorker(config.host, config.port)
    Multiprocess(config, sockets=[cast(socket.socket, listen)]).run()


def reuse_port_socket(host: str, port: int) -> socket.socket:
    """A TCP socket bound to host:port with SO_REUSEPORT, not yet listening."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    return sock


class _ListenInTheWorker:
    """Stands, in the supervisor, for the socket a worker binds for itself when it starts."""

    def __init__(self, host: str, port: int) -> None:
        self.host = host
        self.port = port

    def __reduce__(self) -> tuple[Any, tuple[str, int]]:
        return reuse_port_socket, (self.host, self.port)


def worker_app() -> Any:
    """One worker's service (`serve --workers N`): the settings and gazetteer the parent
    checked before starting the workers, read again in this process."""
    from dispatch_intake.app import create_app
    from dispatch_intake.observability.logging import configure_logging
    from gazetteer import load_gazetteer

    settings = load_settings()
    configure_logging(json_lines=settings.log_json)
    app = create_app(settings, gazetteer=load_gazetteer())
    # The workers share one var_dir, so one journal: a retry or a follow-up may reach a
    # worker other than the one that held its call.
    app.state.held.shared = True
    return app
