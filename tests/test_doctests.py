"""Every example in the service's docstrings runs and gives what it shows."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import dispatch_intake

# Alembic's environment script runs only inside a migration.
NOT_IMPORTABLE_ALONE = {"dispatch_intake.migrations.env"}
MODULES = sorted(
    module.name
    for module in pkgutil.walk_packages(dispatch_intake.__path__, "dispatch_intake.")
    if module.name not in NOT_IMPORTABLE_ALONE and ".migrations.versions." not in module.name
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_pass(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), raise_on_error=False)
    assert result.failed == 0


def test_examples_are_found() -> None:
    attempted = sum(
        doctest.testmod(importlib.import_module(name), raise_on_error=False).attempted
        for name in MODULES
    )
    assert attempted >= 10
