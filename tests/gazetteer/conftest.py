"""Fixtures the gazetteer's tests share."""

import pytest

from gazetteer import Gazetteer, load_gazetteer


@pytest.fixture(scope="session")
def gz() -> Gazetteer:
    """The shipped gazetteer, loaded once per test process: no test changes it."""
    return load_gazetteer()
