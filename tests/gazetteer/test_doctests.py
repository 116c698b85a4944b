"""Every example in the gazetteer's docstrings runs and gives what it shows."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import gazetteer

MODULES = sorted(m.name for m in pkgutil.iter_modules(gazetteer.__path__, "gazetteer."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_pass(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), raise_on_error=False)
    assert result.failed == 0


def test_examples_are_found() -> None:
    attempted = sum(
        doctest.testmod(importlib.import_module(name), raise_on_error=False).attempted
        for name in MODULES
    )
    assert attempted >= 30
