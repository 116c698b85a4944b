"""Processes that start together on data whose index is not cached yet (a server's workers, a test
run's workers) build it once: the first builds while the others wait, then read its cache."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from gazetteer import Gazetteer, _gazetteer

from .factories import divisions_only


def test_loads_started_together_build_the_index_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, cache = divisions_only(tmp_path), tmp_path / "cache"
    builds: list[int] = []
    build = _gazetteer._build

    def slow_build(*args: Any) -> Any:
        builds.append(threading.get_ident())
        time.sleep(0.5)  # long enough for every other load to find no cache and wait
        return build(*args)

    monkeypatch.setattr(_gazetteer, "_build", slow_build)
    start = threading.Barrier(3)
    loaded: list[Gazetteer] = []

    def load() -> None:
        start.wait()
        loaded.append(Gazetteer.load(data, cache_dir=cache))

    threads = [threading.Thread(target=load) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(builds) == 1
    assert len(loaded) == 3 and len({len(g) for g in loaded}) == 1


def test_an_unwritable_cache_directory_only_costs_the_build(tmp_path: Path) -> None:
    data = divisions_only(tmp_path)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory", encoding="utf-8")
    first = Gazetteer.load(data, cache_dir=blocked / "cache")
    assert len(first) == len(Gazetteer.load(data, cache_dir=blocked / "cache")) > 0
