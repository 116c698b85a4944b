"""The lock files are current: exactly what pyproject.toml asks for, at versions it admits.

`make` installs only from requirements/*.lock. After a change to pyproject.toml's dependencies
these tests fail until `make lock` regenerates them.
"""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)", re.MULTILINE)


def _pins(lock: str) -> dict[str, str]:
    text = (ROOT / "requirements" / lock).read_text(encoding="utf-8")
    return {canonicalize_name(name): version for name, version in PIN.findall(text)}


def _declared(extras: tuple[str, ...]) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    lines = list(project["project"]["dependencies"])
    for extra in extras:
        lines += project["project"]["optional-dependencies"][extra]
    build_system = (ROOT / "requirements" / "build-system.in").read_text(encoding="utf-8")
    pinned_build = [line for line in build_system.splitlines() if not line.startswith("#")]
    assert sorted(pinned_build) == sorted(project["build-system"]["requires"]), (
        "requirements/build-system.in differs from pyproject.toml [build-system] requires"
    )
    lines += pinned_build
    return [Requirement(line) for line in lines]


def _closure(roots: list[Requirement], pins: dict[str, str]) -> set[str]:
    """Every distribution the roots need on this interpreter, checked against the pins."""
    visited: set[tuple[str, str]] = set()
    pending = [(requirement, "") for requirement in roots]
    while pending:
        requirement, extra = pending.pop()
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": extra}):
            continue
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement} is needed but not locked: run `make lock`"
        assert requirement.specifier.contains(pins[name], prereleases=True), (
            f"{name}=={pins[name]} is locked but {requirement} is asked for: run `make lock`"
        )
        installed = metadata.distribution(name)
        assert installed.version == pins[name], (
            f"{name} {installed.version} is installed, the lock says {pins[name]}: run `make`"
        )
        for wanted in [""] + sorted(requirement.extras):
            if (name, wanted) not in visited:
                visited.add((name, wanted))
                pending += [(Requirement(line), wanted) for line in installed.requires or []]
    return {name for name, _ in visited}


@pytest.mark.parametrize(("lock", "extras"), [("runtime.lock", ()), ("dev.lock", ("dev", "build"))])
def test_lock_holds_exactly_what_pyproject_asks_for(lock: str, extras: tuple[str, ...]) -> None:
    pins = _pins(lock)
    needed = _closure(_declared(extras), pins)
    assert sorted(set(pins) - needed) == [], f"{lock} locks what nothing needs: run `make lock`"


def test_runtime_and_dev_locks_agree() -> None:
    runtime, dev = _pins("runtime.lock"), _pins("dev.lock")
    assert {name: dev.get(name) for name in runtime} == runtime


def test_every_locked_version_carries_hashes() -> None:
    for lock in ("runtime.lock", "dev.lock"):
        text = (ROOT / "requirements" / lock).read_text(encoding="utf-8")
        for block in re.split(r"\n(?=\S)", text.strip()):
            if PIN.match(block):
                assert "--hash=sha256:" in block, f"{lock}: {block.splitlines()[0]} has no hash"
