"""`dispatch-intake users …` and `dispatch-intake tokens …`: the people who sign in, and the
tokens of scripts. Passwords are read from a prompt or stdin, never from the command line."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from dispatch_intake.auth import people
from dispatch_intake.db import create_store_engine, migrate, session_factories
from dispatch_intake.errors import SettingsError
from dispatch_intake.settings import ROLES, load_settings

T = TypeVar("T")


def register(subparsers: Any) -> None:
    users = subparsers.add_parser("users", help="staff accounts: add, disable, reset, list")
    user_actions = users.add_subparsers(dest="users_command", required=True, metavar="ACTION")
    add = user_actions.add_parser("add", help="add a person who signs in with a password")
    add.add_argument("staff_id", help="the id the timeline names them by")
    add.add_argument("--name", required=True, help="their name, shown beside the staff id")
    add.add_argument("--role", required=True, choices=ROLES)
    _password_source(add)
    add.set_defaults(func=run_users_add)
    disable = user_actions.add_parser("disable", help="disable an account, ending its sessions")
    disable.add_argument("staff_id")
    disable.set_defaults(func=run_users_disable)
    reset = user_actions.add_parser(
        "reset", help="set a new password (enables the account), ending its sessions"
    )
    reset.add_argument("staff_id")
    _password_source(reset)
    reset.set_defaults(func=run_users_reset)
    listing = user_actions.add_parser("list", help="every account, its role and state")
    listing.set_defaults(func=run_users_list)

    tokens = subparsers.add_parser("tokens", help="per-client service tokens for scripts")
    token_actions = tokens.add_subparsers(dest="tokens_command", required=True, metavar="ACTION")
    issue = token_actions.add_parser("issue", help="issue a token to a client (shown once)")
    issue.add_argument("client", help="the script or integration that will use it")
    issue.add_argument("--role", required=True, choices=ROLES)
    issue.set_defaults(func=run_tokens_issue)
    revoke = token_actions.add_parser("revoke", help="revoke every current token of a client")
    revoke.add_argument("client")
    revoke.set_defaults(func=run_tokens_revoke)
    token_list = token_actions.add_parser("list", help="every client token (never the secret)")
    token_list.set_defaults(func=run_tokens_list)
    for parser in (add, disable, reset, listing, issue, revoke, token_list):
        parser.add_argument("--database-url", help="the store (default: the service's settings)")


def _password_source(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of stdin instead of a prompt",
    )


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("password: ")
    if getpass.getpass("again: ") != first:
        raise people.PeopleError("the two passwords differ")
    return first


@contextmanager
def _store(args: argparse.Namespace) -> Iterator[Session]:
    url = args.database_url or load_settings().effective_database_url
    engine = create_store_engine(url)
    try:
        migrate(engine)
        _, writer = session_factories(engine)
        with writer() as session:
            yield session
    finally:
        engine.dispose()


def _run(args: argparse.Namespace, work: Callable[[Session], T]) -> T | None:
    """Run one command against the store; errors become a message and no traceback."""
    try:
        with _store(args) as session:
            return work(session)
    except (people.PeopleError, SettingsError) as exc:
        print(f"dispatch-intake: {exc}", file=sys.stderr)
        return None


def run_users_add(args: argparse.Namespace) -> int:
    try:
        password = _read_password(args)
    except people.PeopleError as exc:
        print(f"dispatch-intake: {exc}", file=sys.stderr)
        return 1

    def add(session: Session) -> bool:
        people.add_user(
            session=session,
            staff_id=args.staff_id,
            name=args.name,
            role=args.role,
            password=password,
        )
        return True

    if _run(args, add) is None:
        return 1
    print(f"added {args.staff_id} ({args.name}) as {args.role}")
    return 0


def run_users_disable(args: argparse.Namespace) -> int:
    revoked = _run(args, lambda s: people.disable_user(session=s, staff_id=args.staff_id))
    if revoked is None:
        return 1
    print(f"disabled {args.staff_id}; {revoked} session(s) ended")
    return 0


def run_users_reset(args: argparse.Namespace) -> int:
    try:
        password = _read_password(args)
    except people.PeopleError as exc:
        print(f"dispatch-intake: {exc}", file=sys.stderr)
        return 1
    revoked = _run(
        args,
        lambda s: people.reset_password(session=s, staff_id=args.staff_id, password=password),
    )
    if revoked is None:
        return 1
    print(f"new password for {args.staff_id}; {revoked} session(s) ended")
    return 0


def run_users_list(args: argparse.Namespace) -> int:
    def rows(session: Session) -> list[str]:
        return [
            f"{m.staff_id}\t{m.role}\t{'disabled' if m.disabled else 'active'}\t{m.name}"
            for m in people.list_users(session=session)
        ]

    listed = _run(args, rows)
    if listed is None:
        return 1
    print("staff_id\trole\tstate\tname")
    for line in listed:
        print(line)
    return 0


def run_tokens_issue(args: argparse.Namespace) -> int:
    token = _run(
        args, lambda s: people.issue_service_token(session=s, client=args.client, role=args.role)
    )
    if token is None:
        return 1
    print(f"token for {args.client} ({args.role}); it is shown only now:", file=sys.stderr)
    print(token)
    return 0


def run_tokens_revoke(args: argparse.Namespace) -> int:
    revoked = _run(args, lambda s: people.revoke_service_tokens(session=s, client=args.client))
    if revoked is None:
        return 1
    print(f"revoked {revoked} token(s) of {args.client}")
    return 0


def run_tokens_list(args: argparse.Namespace) -> int:
    listed = _run(args, lambda s: people.list_service_tokens(session=s))
    if listed is None:
        return 1
    print("client\trole\tid\tcreated_at\tstate")
    for t in listed:
        state = "revoked" if t["revoked"] else "current"
        print(f"{t['client']}\t{t['role']}\t{t['id']}\t{t['created_at']}\t{state}")
    return 0
