"""Every example in the docstrings of both packages runs and gives what it shows."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from types import ModuleType

import pytest

import dispatch_intake
import gazetteer

# Alembic's environment script runs only inside a migration.
NOT_IMPORTABLE_ALONE = {"dispatch_intake.migrations.env"}
# The fewest examples each package is known to hold: a walk that finds fewer lost modules.
PACKAGES: dict[ModuleType, int] = {dispatch_intake: 10, gazetteer: 30}


def _modules(package: ModuleType) -> list[str]:
    return sorted(
        module.name
        for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}.")
        if module.name not in NOT_IMPORTABLE_ALONE and ".migrations.versions." not in module.name
    )


MODULES = [name for package in PACKAGES for name in _modules(package)]


def _attempted(name: str) -> doctest.TestResults:
    return doctest.testmod(importlib.import_module(name), raise_on_error=False)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_pass(name: str) -> None:
    assert _attempted(name).failed == 0


@pytest.mark.parametrize("package", list(PACKAGES), ids=lambda p: p.__name__)
def test_examples_are_found(package: ModuleType) -> None:
    attempted = sum(_attempted(name).attempted for name in _modules(package))
    assert attempted >= PACKAGES[package]
