"""The examples in the docstrings of the masking rule and the secret checks run as shown."""

from __future__ import annotations

import doctest
import importlib

import pytest


@pytest.mark.parametrize(
    "name", ["dispatch_intake.auth.masking", "dispatch_intake.auth.credentials"]
)
def test_docstring_examples_pass(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), raise_on_error=False)
    assert result.attempted > 0 and result.failed == 0
