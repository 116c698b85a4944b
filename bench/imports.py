"""Import benchmark: a generated OpenStreetMap extract through `gazetteer import osm`, then the
resolver with the imported layer beside the shipped data alone, in one run.

    .venv/bin/python bench/imports.py                      # about 1M nodes
    .venv/bin/python bench/imports.py --grid 40 --pois 20000 --addresses 20000   # quick
    .venv/bin/python bench/imports.py --load --grid 10 --pois 300 --addresses 300

The extract is a grid of named roads over central 郑州 (each road one way; every grid
crossing a shared node, with intermediate nodes between), named places of the imported kinds
and address nodes, written with osmium's writer as .osm.pbf. The import runs in its own
process so its wall time and peak memory are its own; each gazetteer is built in its own
process too. Latency: median and p99 per query over the same shipped-name queries for both
gazetteers, and over queries of imported names (a place, a road with a house number, two
roads said together) for the gazetteer with the layer.

`--load` measures instead the first load with the layer after an import: a build from scratch
(no cache) against one on the terms and readings kept from the shipped data's build
(`BuildMemo`), each in its own process, and checks that both give the same answers.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SEED = 20221
PARTS = (
    "安宝北滨博昌城春翠达德东丰凤福富港广贵桂国海汉和河鸿湖华欢黄汇惠吉佳嘉建江金锦景"
    "静九康兰乐丽利林临龙隆茂美民明南宁鹏平浦庆荣瑞润森山尚盛胜世书顺泰天亭通同万旺维"
)
POI_KINDS = (
    ({"landuse": "residential"}, "小区"),
    ({"landuse": "residential"}, "花园"),
    ({"shop": "supermarket"}, "超市"),
    ({"amenity": "clinic"}, "诊所"),
    ({"amenity": "school"}, "小学"),
    ({"tourism": "hotel"}, "酒店"),
    ({"highway": "bus_stop"}, "站"),
)
SOUTH, WEST, SPAN = 34.70, 113.55, 0.20  # degrees of latitude and longitude covered


def _name(rng: random.Random, used: set[str], suffix: str) -> str:
    while True:
        name = "".join(rng.sample(PARTS, rng.choice((2, 2, 3)))) + suffix
        if name not in used:
            used.add(name)
            return name


def write_extract(path: Path, grid: int, step: int, pois: int, addresses: int) -> dict[str, int]:
    """A grid of `grid` × `grid` named roads with `step` nodes between crossings."""
    import osmium
    from osmium.osm.mutable import Node, Way

    rng = random.Random(SEED)
    used: set[str] = set()
    writer = osmium.SimpleWriter(str(path))
    size = (grid - 1) * step + 1  # nodes along one road
    cell = SPAN / (size - 1)

    def node_id(row: int, col: int) -> int:
        return row * size + col + 1

    nodes = 0
    for row in range(size):
        for col in range(size):
            if row % step == 0 or col % step == 0:
                location = (WEST + col * cell, SOUTH + row * cell)
                writer.add_node(Node(id=node_id(row, col), location=location, tags={}))
                nodes += 1
    way = 1
    names = [_name(rng, used, "路") for _ in range(grid)] + [
        _name(rng, used, "街") for _ in range(grid)
    ]
    for k in range(grid):
        row = k * step
        writer.add_way(
            Way(
                id=way,
                nodes=[node_id(row, c) for c in range(size)],
                tags={"highway": "secondary", "name": names[k]},
            )
        )
        col = k * step
        writer.add_way(
            Way(
                id=way + 1,
                nodes=[node_id(r, col) for r in range(size)],
                tags={"highway": "tertiary", "name": names[grid + k]},
            )
        )
        way += 2
    extra = size * size + 10
    for k in range(pois):
        tags, suffix = POI_KINDS[k % len(POI_KINDS)]
        location = (WEST + rng.random() * SPAN, SOUTH + rng.random() * SPAN)
        writer.add_node(
            Node(id=extra + k, location=location, tags={**tags, "name": _name(rng, used, suffix)})
        )
    extra += pois
    for k in range(addresses):
        road = rng.randrange(grid)
        location = (WEST + rng.random() * SPAN, SOUTH + (road * step) * cell)
        tags = {"addr:street": names[road], "addr:housenumber": str(1 + k // grid)}
        writer.add_node(Node(id=extra + k, location=location, tags=tags))
    writer.close()
    return {"nodes": nodes + pois + addresses, "ways": way - 1}


def _import_child(args: tuple[Path, Path]) -> dict[str, float]:
    from gazetteer._import import import_osm

    extract, layers = args
    started, cpu = time.perf_counter(), time.process_time()
    summary = import_osm(extract, layers, layer="bench")
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "peak_mb": peak_mb,
        **{k: float(v) for k, v in summary.counts.items()},
    }


def _queries(layers: Path | None, count: int) -> dict[str, list[str]]:
    """Shipped names for both gazetteers; imported names for the one with the layer."""
    import csv

    from gazetteer._load import load_data

    rng = random.Random(SEED)
    shipped = [p.name for p in load_data().places if p.kind not in ("town", "village")]
    out = {"shipped": rng.sample(shipped, count)}
    if layers is not None:
        with (layers / "bench.csv").open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        places = [r["name"] for r in rows if r["kind"] in ("landmark", "station")]
        roads = [r["name"] for r in rows if r["kind"] == "road"]
        crossings = [
            r["name"].removesuffix("交叉口").replace("与", "和")
            for r in rows
            if r["kind"] == "crossing"
        ]
        third = count // 3
        out["imported place"] = rng.sample(places, third)
        out["road + number"] = [
            f"{rng.choice(roads)}{rng.randrange(1, 200)}号" for _ in range(third)
        ]
        out["two roads"] = rng.sample(crossings, min(third, len(crossings)))
    return out


def _resolve_child(args: tuple[Path | None, int, Path]) -> dict[str, Any]:
    from gazetteer import Gazetteer, Jurisdiction

    layers, count, cache = args
    started = time.perf_counter()
    gz = Gazetteer.load(layers_dir=layers, cache_dir=cache)
    load_s = time.perf_counter() - started
    area = Jurisdiction(adcodes=("4101",))
    figures: dict[str, Any] = {"load_s": load_s, "places": len(gz), "names": gz.term_count}
    for label, queries in _queries(layers, count).items():
        for text in queries[:20]:
            gz.resolve([text], jurisdiction=area)  # warm caches
        times, cpu = [], []
        for text in queries:
            t0, c0 = time.perf_counter(), time.process_time()
            gz.resolve([text], jurisdiction=area)
            cpu.append((time.process_time() - c0) * 1000)
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        cpu.sort()
        at99 = min(len(times) - 1, int(len(times) * 0.99))
        figures[label] = {
            "n": len(times),
            "p50_ms": statistics.median(times),
            "p99_ms": times[at99],
            # On a shared machine wall time includes waiting for a core; CPU time does not.
            "cpu_p50_ms": statistics.median(cpu),
            "cpu_p99_ms": cpu[at99],
        }
    figures["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return figures


def _load_child(args: tuple[Path | None, Path, int]) -> dict[str, Any]:
    """Load (cache misses only: every cache directory is fresh or holds a memo alone) and
    resolve the queries; the answers come back as a digest, to compare across processes."""
    import hashlib

    from gazetteer import Gazetteer, Jurisdiction

    layers, cache, count = args
    started, cpu = time.perf_counter(), time.process_time()
    gz = Gazetteer.load(layers_dir=layers, cache_dir=cache)
    figures: dict[str, Any] = {
        "seconds": time.perf_counter() - started,
        "cpu_seconds": time.process_time() - cpu,
        "places": len(gz),
    }
    area = Jurisdiction(adcodes=("4101",))
    digest = hashlib.sha256()
    queries = [text for texts in _queries(layers, count).values() for text in texts]
    for text in queries:
        for jurisdiction in (None, area):
            digest.update(repr(gz.resolve([text], jurisdiction=jurisdiction)).encode())
    figures["answers"] = digest.hexdigest()
    figures["queries"] = len(queries)
    return figures


def compare_load(layers: Path, root: Path, count: int) -> None:
    """The first load with a layer: from scratch, then on the shipped data's kept memo."""
    import shutil

    context = multiprocessing.get_context("spawn")

    def run(layer_dir: Path | None, cache: Path) -> dict[str, Any]:
        with context.Pool(1) as pool:
            return pool.apply(_load_child, ((layer_dir, cache, count),))

    shipped = run(None, root / "kept")
    print(
        f"shipped only, no cache: {shipped['places']:,} places, index built in "
        f"{shipped['seconds']:.1f} s ({shipped['cpu_seconds']:.1f} s of CPU)"
    )
    # The shipped index itself is left out: only the memo is lent to the build with the layer.
    for cached in (root / "kept").glob("*.pickle"):
        if not cached.name.endswith(".memo.pickle"):
            cached.unlink()
    before = run(layers, root / "scratch")
    after = run(layers, root / "kept")
    for label, figures in (("from scratch", before), ("on the kept memo", after)):
        print(
            f"shipped + layer, {label}: {figures['places']:,} places, loaded in "
            f"{figures['seconds']:.1f} s ({figures['cpu_seconds']:.1f} s of CPU)"
        )
    same = before["answers"] == after["answers"]
    print(
        f"answers to {after['queries']} queries (with and without a centre's area): "
        + ("identical" if same else "DIFFERENT")
    )
    shutil.rmtree(root / "scratch", ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--grid", type=int, default=120, help="roads each way")
    parser.add_argument("--step", type=int, default=20, help="nodes between crossings")
    parser.add_argument("--pois", type=int, default=90_000)
    parser.add_argument("--addresses", type=int, default=330_000)
    parser.add_argument("--queries", type=int, default=600)
    parser.add_argument(
        "--load", action="store_true", help="compare the first load with the layer only"
    )
    args = parser.parse_args()
    context = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        extract = root / "area.osm.pbf"
        t0 = time.perf_counter()
        sizes = write_extract(extract, args.grid, args.step, args.pois, args.addresses)
        written = time.perf_counter() - t0
        print(
            f"extract: {sizes['nodes']:,} nodes, {sizes['ways']} ways, "
            f"{extract.stat().st_size / 1e6:.1f} MB .osm.pbf, written in {written:.1f} s"
        )
        layers = root / "layers"
        with context.Pool(1) as pool:
            imported = pool.apply(_import_child, ((extract, layers),))
        print(
            f"import: {imported['seconds']:.1f} s ({imported['cpu_seconds']:.1f} s of CPU), "
            f"peak memory {imported['peak_mb']:.0f} MB; "
            + ", ".join(
                f"{k} {int(v):,}"
                for k, v in imported.items()
                if k not in ("seconds", "cpu_seconds", "peak_mb")
            )
        )
        if args.load:
            compare_load(layers, root, args.queries)
            return 0
        for label, layer_dir in (("shipped only", None), ("shipped + import", layers)):
            with context.Pool(1) as pool:
                cold = pool.apply(_resolve_child, ((layer_dir, args.queries, root / "cache"),))
            with context.Pool(1) as pool:
                figures = pool.apply(_resolve_child, ((layer_dir, args.queries, root / "cache"),))
            print(
                f"{label}: {figures['places']:,} places, {figures['names']:,} names; "
                f"index built in {cold['load_s']:.1f} s, loaded from cache in "
                f"{figures['load_s']:.1f} s, {figures['rss_mb']:.0f} MB"
            )
            for key, value in figures.items():
                if isinstance(value, dict):
                    print(
                        f"  {key:<15} n={value['n']:<4} p50 {value['p50_ms']:.2f} ms  "
                        f"p99 {value['p99_ms']:.2f} ms  (CPU time: p50 "
                        f"{value['cpu_p50_ms']:.2f} ms, p99 {value['cpu_p99_ms']:.2f} ms)"
                    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
