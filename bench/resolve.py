"""Resolver benchmark: latency and recall side by side with two baselines, in one run.

    .venv/bin/python bench/resolve.py              # shipped, 100k and 1M names
    .venv/bin/python bench/resolve.py --sizes 100000 --queries 600
    .venv/bin/python bench/resolve.py --first-heard --against main --rounds 3

For each gazetteer (the shipped one, and synthetic ones of N names: the shipped places plus
places generated reproducibly from real name parts) it draws perturbed queries from real
names — a deleted character, a homophone written by speech-to-text, an abbreviation,
traditional script, Latin pinyin, spoken filler — and measures, for this resolver (with
and without the caller's position), a rapidfuzz `process.extract` full scan with `ratio`
(the naive baseline) and SQLite FTS5 with the trigram tokenizer: median and p99 latency
per query (and p99 CPU time, which other processes on a shared machine do not inflate),
recall@1 and recall@3. On a synthetic gazetteer the resolver is also measured on
queries made from the generated names.
Each gazetteer is built in its own process so that its memory can be measured.

With `--first-heard` it measures instead what the service pays for words it has not heard
before, this tree beside another revision in the same run, and checks every answer is the same
(see `bench/first_heard.py`).
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import random
import resource
import sqlite3
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import opencc  # noqa: E402
import pypinyin  # noqa: E402
from rapidfuzz import fuzz, process  # noqa: E402
from rapidfuzz.distance import Indel  # noqa: E402

from gazetteer import Gazetteer, Place, Position, normalise_text  # noqa: E402
from gazetteer._load import DEFAULT_DATA_DIR, LoadedData, load_data  # noqa: E402

SEED = 20221
GENERATED = "syn-"  # id prefix of the places a synthetic gazetteer adds to the shipped ones
PERTURBATIONS = ("deletion", "homophone", "abbreviation", "traditional", "latin", "filler")
FILLERS = (("我在", "这边"), ("我现在在", "附近"), ("就是那个", "旁边"), ("嗯", "那边"))
NAME_PARTS = (
    "安宝北滨博昌城春翠达德东丰凤福富港广贵桂国海汉和河鸿湖华欢黄汇惠吉佳嘉建江金锦景"
    "静九康兰乐丽利林临龙隆茂美民明南宁鹏平浦庆荣瑞润森山尚盛胜世书顺泰天亭通同万旺维"
    "文西祥新信星兴秀轩雅阳耀怡银永友裕园源远悦云泽兆正志中众洲竹紫"
)
# Kinds of place real names end with, longest first.
KIND_WORDS = (
    "职业技术学院",
    "职业学院",
    "师范学院",
    "附属医院",
    "人民医院",
    "科技大学",
    "理工大学",
    "中医院",
    "大学",
    "学院",
    "医院",
    "校区",
    "院区",
    "广场",
    "公园",
    "路",
    "站",
)
NAMED_KINDS = ("campus", "hospital_branch", "university", "hospital", "landmark", "road")
SUFFIXES = (
    "小区",
    "花园",
    "大厦",
    "广场",
    "公园",
    "中学",
    "小学",
    "医院",
    "社区",
    "村",
    "路",
    "街",
    "商场",
    "酒店",
    "家园",
)


@dataclass(frozen=True)
class Query:
    text: str
    target: str  # place id
    kind: str
    position: Position


# --- gazetteers ------------------------------------------------------------------------------


def shipped_data() -> LoadedData:
    return load_data(DEFAULT_DATA_DIR)


def synthetic_data(size: int) -> LoadedData:
    """The shipped data plus generated places until there are `size` names in all.

    Each generated place lies within ~9 km of a county's seat. Half the names are local
    names (the county's short name or none, two or three name characters, a kind:
    金水丰泰小区, 兴华广场); the other half are look-alikes of a real name, in a county of its
    province: its first two characters, other name characters, its kind (郑州大学第一附属医院
    → 郑州兴华医院, 河南大学开封明伦校区 → 河南泰和校区), so that the real names are sought
    among names that share their words.
    """
    data = load_data(DEFAULT_DATA_DIR)
    rng = random.Random(SEED + size)
    districts = [p for p in data.places if p.kind == "district" and p.admin.adcode]
    in_province: dict[str, list[Place]] = defaultdict(list)
    for district in districts:
        in_province[district.admin.province].append(district)
    models = [(p, kind) for p in data.places if p.kind in NAMED_KINDS if (kind := _kind_word(p))]
    seen = {p.name for p in data.places}
    places = list(data.places)
    while len(places) < size:
        body = "".join(rng.choice(NAME_PARTS) for _ in range(rng.choice((2, 2, 3))))
        if rng.random() < 0.5:
            model, kind = rng.choice(models)
            county = rng.choice(in_province.get(model.admin.province) or districts)
            name = model.full_name[:2] + body + kind
        else:
            county = rng.choice(districts)
            short = county.name[:-1] if len(county.name) > 2 else county.name
            name = (short if rng.random() < 0.5 else "") + body + rng.choice(SUFFIXES)
        if name in seen:
            continue
        seen.add(name)
        places.append(
            Place(
                id=f"{GENERATED}{len(places)}",
                kind="landmark",
                name=name,
                full_name=name,
                admin=county.admin,
                lat=county.lat + rng.uniform(-0.08, 0.08),
                lon=county.lon + rng.uniform(-0.08, 0.08),
            )
        )
    return replace(data, places=places)


def _kind_word(place: Place) -> str | None:
    """The word a real name ends with that says what kind of place it is (大学, 医院, 校区)."""
    return next((w for w in KIND_WORDS if place.full_name.endswith(w)), None)


# --- queries ---------------------------------------------------------------------------------


def make_queries(
    data: LoadedData, count: int, rng: random.Random, *, generated: bool = False
) -> list[Query]:
    """Perturbed queries, an equal share of each perturbation, from real names (the places
    of the shipped data; in a synthetic gazetteer the generated names are the crowd they must
    be found in) or, with `generated`, from the generated names themselves."""
    named = [
        p
        for p in data.places
        if p.kind in NAMED_KINDS
        and len(p.full_name) >= 4
        and p.id.startswith(GENERATED) == generated
    ]
    abbreviated = [
        p for p in named if any(len(a) < len(p.full_name) and len(a) >= 2 for a in p.aliases)
    ]
    homophones = _homophone_table(data)
    to_traditional = opencc.OpenCC("s2t")
    queries: list[Query] = []
    # Generated names have no abbreviations: their queries share the other perturbations.
    kinds = [k for k in PERTURBATIONS if k != "abbreviation" or abbreviated]
    for k in range(count):
        kind = kinds[k % len(kinds)]
        pool = abbreviated if kind == "abbreviation" else named
        place = rng.choice(pool)
        name = place.full_name
        if kind == "deletion":
            cut = rng.randrange(1, len(name))
            text = name[:cut] + name[cut + 1 :]
        elif kind == "homophone":
            text = _swap_homophone(name, homophones, rng)
        elif kind == "abbreviation":
            text = rng.choice([a for a in place.aliases if len(a) < len(name) and len(a) >= 2])
        elif kind == "traditional":
            text = to_traditional.convert(name)
        elif kind == "latin":
            syllables = pypinyin.lazy_pinyin(name)
            text = " ".join(syllables) if rng.random() < 0.5 else "".join(syllables)
        else:
            before, after = rng.choice(FILLERS)
            text = before + name + after
        bearing = rng.uniform(0, 2 * math.pi)
        km = rng.uniform(0, 1.5)
        position = Position(
            lat=place.lat + km / 111.0 * math.cos(bearing),
            lon=place.lon + km / (111.0 * math.cos(math.radians(place.lat))) * math.sin(bearing),
            radius_m=2000,
        )
        queries.append(Query(text, place.id, kind, position))
    return queries


def _homophone_table(data: LoadedData) -> dict[str, list[str]]:
    by_sound: dict[str, list[str]] = defaultdict(list)
    chars = {c for p in data.places[:20000] for c in p.name}
    for char in sorted(chars):
        by_sound[pypinyin.lazy_pinyin(char)[0]].append(char)
    return {c: [o for o in by_sound[pypinyin.lazy_pinyin(c)[0]] if o != c] for c in chars}


def _swap_homophone(name: str, table: dict[str, list[str]], rng: random.Random) -> str:
    positions = [k for k, c in enumerate(name) if table.get(c)]
    if not positions:
        return name
    k = rng.choice(positions)
    return name[:k] + rng.choice(table[name[k]]) + name[k + 1 :]


# --- systems ---------------------------------------------------------------------------------


def _tied_by_text(query: Query, scan: NaiveScan) -> bool:
    """Whether another place's name is at least as close to the query as the target's own:
    spelled exactly (any perturbation), or as few edits away (a deletion; for the other
    perturbations edits of the written form say nothing about sound or script)."""
    text = normalise_text(query.text)
    # The target and its institution; a place without a parent relates to nothing else.
    related = {query.target, scan.parent_of.get(query.target)} - {None}
    if query.kind != "deletion":
        return any(
            scan.ids[k] not in related and scan.parent_of.get(scan.ids[k]) not in related
            for k in scan.rows_named.get(text, ())
        )
    own = min(Indel.distance(text, scan.names[k]) for k in scan.rows_of[query.target])
    rivals = process.extract(text, scan.names, scorer=Indel.distance, score_cutoff=own, limit=None)
    return any(
        scan.ids[k] not in related and scan.parent_of.get(scan.ids[k]) not in related
        for _, _, k in rivals
    )


def hit_ranks(ranked_ids: list[str], target: str, parent_of: dict[str, str | None]) -> int | None:
    """1-based rank of the target, counting a campus of a target institution as the target."""
    for rank, place_id in enumerate(ranked_ids, start=1):
        if (
            place_id == target
            or parent_of.get(place_id) == target
            or parent_of.get(target) == place_id
        ):
            return rank
    return None


class NaiveScan:
    """rapidfuzz `process.extract` over every name with plain `ratio`."""

    name = "rapidfuzz full scan"

    def __init__(self, data: LoadedData) -> None:
        self.names: list[str] = []
        self.ids: list[str] = []
        self.rows_of: dict[str, list[int]] = defaultdict(list)
        self.rows_named: dict[str, list[int]] = defaultdict(list)
        self.parent_of = {p.id: p.parent for p in data.places}
        for place in data.places:
            for n in {place.name, place.full_name, *place.aliases}:
                self.rows_of[place.id].append(len(self.names))
                self.rows_named[normalise_text(n)].append(len(self.names))
                self.names.append(normalise_text(n))
                self.ids.append(place.id)

    def search(self, query: Query) -> list[str]:
        found = process.extract(normalise_text(query.text), self.names, scorer=fuzz.ratio, limit=12)
        return list(dict.fromkeys(self.ids[k] for _, _, k in found))[:8]


class Fts5Trigram:
    """SQLite FTS5 with the trigram tokenizer, ranked by bm25."""

    name = "SQLite FTS5 trigram"

    def __init__(self, data: LoadedData) -> None:
        self.db = sqlite3.connect(":memory:")
        self.db.execute(
            "CREATE VIRTUAL TABLE names USING fts5(name, place_id UNINDEXED, tokenize='trigram')"
        )
        rows = (
            (normalise_text(n), place.id)
            for place in data.places
            for n in {place.name, place.full_name, *place.aliases}
        )
        self.db.executemany("INSERT INTO names VALUES (?, ?)", rows)

    def search(self, query: Query) -> list[str]:
        text = normalise_text(query.text).replace('"', "")
        if not text:
            return []
        cursor = self.db.execute(
            "SELECT place_id FROM names WHERE names MATCH ? ORDER BY bm25(names) LIMIT 12",
            (f'"{text}"',),
        )
        return list(dict.fromkeys(row[0] for row in cursor))[:8]


class Resolver:
    name = "dispatch-intake resolver"

    def __init__(self, gz: Gazetteer, *, with_position: bool) -> None:
        self.gz = gz
        self.with_position = with_position
        if with_position:
            self.name += " + position"

    def search(self, query: Query) -> list[str]:
        position = query.position if self.with_position else None
        return [c.place.id for c in self.gz.resolve([query.text], position=position).candidates]


# --- measuring -------------------------------------------------------------------------------


def measure(
    system: NaiveScan | Fts5Trigram | Resolver,
    queries: list[Query],
    parent_of: dict[str, str | None],
) -> dict[str, float]:
    latencies: list[float] = []
    # CPU time too: on a shared machine the wall clock also counts the other processes' turns.
    cpu: list[float] = []
    at1 = at3 = 0
    for query in queries:
        started, started_cpu = time.perf_counter(), time.process_time()
        ranked = system.search(query)
        latencies.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
        rank = hit_ranks(ranked, query.target, parent_of)
        at1 += rank is not None and rank <= 1
        at3 += rank is not None and rank <= 3
    latencies.sort()
    cpu.sort()
    p99 = min(len(latencies) - 1, int(len(latencies) * 0.99))
    return {
        "median_ms": statistics.median(latencies),
        "p99_ms": latencies[p99],
        "cpu_p99_ms": cpu[p99],
        "recall@1": at1 / len(queries),
        "recall@3": at3 / len(queries),
    }


def run_size(label: str, size: int | None, count: int, baseline_queries: int) -> dict[str, object]:
    """Build one gazetteer and measure every system on it (runs in a child process)."""
    started = time.perf_counter()
    data = shipped_data() if size is None else synthetic_data(size)
    gz = Gazetteer.from_data(data)
    build_s = time.perf_counter() - started
    load_s, rss_index = _cached_load(gz)
    names = gz.term_count
    rng = random.Random(SEED)
    queries = make_queries(data, count, rng)
    parent_of = {p.id: p.parent for p in data.places}
    results: dict[str, dict[str, float]] = {}
    for system in (Resolver(gz, with_position=False), Resolver(gz, with_position=True)):
        system.search(queries[0])  # warm caches
        results[system.name] = measure(system, queries, parent_of)
    # The baselines are slow at scale: they run on a prefix of the same queries.
    few = queries[:baseline_queries]
    naive = NaiveScan(data)
    for baseline in (naive, Fts5Trigram(data)):
        results[baseline.name] = measure(baseline, few, parent_of)
    # A perturbation can spell another place's name (河大 is 河北大学 too; a lost character
    # turns 达众金花园 into an existing 达金花园) or leave a query as close to other names as
    # to its own (安远大厦 → 安大厦, as close to 凤安大厦): such queries cannot be answered
    # from the words alone. They are found by a full scan, and recall is also given without.
    answerable = [q for q in queries if not _tied_by_text(q, naive)]
    plain = Resolver(gz, with_position=False)
    results[f"{plain.name}, queries not tied by text"] = measure(plain, answerable, parent_of)
    # Harder still: queries made from the generated names, short strings of a small alphabet
    # packed densely, so that a lost character often leaves several names as close.
    generated: list[Query] = []
    if any(p.id.startswith(GENERATED) for p in data.places):
        generated = make_queries(data, count, random.Random(SEED), generated=True)
        for system in (Resolver(gz, with_position=False), Resolver(gz, with_position=True)):
            results[f"{system.name}, from generated names"] = measure(system, generated, parent_of)
    by_kind: dict[str, dict[str, float]] = {}
    for source, asked in (("real names", queries), ("generated names", generated)):
        for kind in PERTURBATIONS:
            subset = [q for q in asked if q.kind == kind]
            if subset:
                by_kind.setdefault(source, {})[kind] = measure(plain, subset, parent_of)["recall@3"]
    return {
        "label": label,
        "places": len(data.places),
        "names": names,
        "build_s": build_s,
        "load_s": load_s,
        "index_mb": rss_index,
        "mb_per_100k_names": rss_index / names * 100_000,
        "queries": len(queries),
        "answerable": len(answerable),
        "generated_queries": len(generated),
        "baseline_queries": len(few),
        "results": results,
        "recall@3_by_perturbation": by_kind,
    }


def shipped_load_seconds() -> float:
    """Load of the shipped gazetteer from its cached index, in a fresh process."""
    code = (
        "import time; t=time.perf_counter(); from gazetteer import Gazetteer; "
        "Gazetteer.load(); print(time.perf_counter()-t)"
    )
    import subprocess

    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)  # fills cache
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return float(out.stdout.strip())


def _cached_load(gz: Gazetteer) -> tuple[float, float]:
    """Seconds and resident MB to load this index from its cache file in a fresh process,
    as the service does at start-up (the build's garbage does not count)."""
    import pickle
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "index.pickle"
        with path.open("wb") as handle:
            pickle.dump(gz._index, handle, protocol=pickle.HIGHEST_PROTOCOL)
        code = (
            "import pickle, sys, time\n"
            f"sys.path.insert(0, {str(Path(__file__).resolve().parents[1])!r})\n"
            "import gazetteer._index, numpy\n"
            "def rss():\n"
            "    for line in open('/proc/self/status'):\n"
            "        if line.startswith('VmRSS:'): return int(line.split()[1]) / 1024\n"
            "before = rss(); t = time.perf_counter()\n"
            f"index = pickle.load(open({str(path)!r}, 'rb'))\n"
            "print(time.perf_counter() - t, rss() - before)\n"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], check=True, capture_output=True, text=True
        )
    seconds, megabytes = out.stdout.split()
    return float(seconds), float(megabytes)


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child(args: tuple[str, int | None, int, int]) -> dict[str, object]:
    return run_size(*args)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000", help="synthetic sizes in names")
    parser.add_argument("--queries", type=int, default=600)
    parser.add_argument("--baseline-queries", type=int, default=200)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--first-heard",
        action="store_true",
        help="instead: the CPU time of resolving each bench location line once, this tree "
        "beside --against's, and whether every answer is the same (bench/first_heard.py)",
    )
    parser.add_argument(
        "--against", default="main", metavar="REV", help="with --first-heard (default main)"
    )
    parser.add_argument("--rounds", type=int, default=3, help="with --first-heard (default 3)")
    parser.add_argument("--dump", type=Path, help="with --first-heard: write this tree's answers")
    args = parser.parse_args()
    if args.first_heard:
        import first_heard

        return first_heard.compare(args.against, args.rounds, args.dump)
    plan: list[tuple[str, int | None, int, int]] = [("shipped", None, args.queries, args.queries)]
    plan += [
        (f"synthetic {int(s):,}", int(s), args.queries, args.baseline_queries)
        for s in args.sizes.split(",")
        if s.strip()
    ]
    reports = []
    context = multiprocessing.get_context("spawn")
    for item in plan:
        with context.Pool(1) as pool:
            reports.append(pool.apply(_child, (item,)))
    load_s = shipped_load_seconds()
    _print(reports, load_s)
    if args.json:
        args.json.write_text(
            json.dumps({"load_s": load_s, "sizes": reports}, indent=2, ensure_ascii=False)
        )
    return 0


def _print(reports: list[dict[str, object]], load_s: float) -> None:
    print(f"shipped gazetteer load from cached index: {load_s:.2f} s")
    for report in reports:
        print()
        print(
            f"== {report['label']}: {report['places']:,} places, {report['names']:,} names; "
            f"index built in {report['build_s']:.1f} s, loaded from cache in "
            f"{report['load_s']:.2f} s, {report['index_mb']:.0f} MB resident "
            f"({report['mb_per_100k_names']:.0f} MB per 100k names)"
        )
        print(
            f"{'system':58} {'queries':>7} {'median ms':>10} {'p99 ms':>8} {'CPU p99':>8} "
            f"{'recall@1':>9} {'recall@3':>9}"
        )
        results = report["results"]
        assert isinstance(results, dict)
        for name, figures in results.items():
            n = report["queries"] if "resolver" in name else report["baseline_queries"]
            if "not tied" in name:
                n = report["answerable"]
            if "generated" in name:
                n = report["generated_queries"]
            print(
                f"{name:58} {n:>7} {figures['median_ms']:>10.2f} {figures['p99_ms']:>8.2f} "
                f"{figures['cpu_p99_ms']:>8.2f} "
                f"{figures['recall@1']:>9.3f} {figures['recall@3']:>9.3f}"
            )
        naive = results["rapidfuzz full scan"]["median_ms"]
        ours = results["dispatch-intake resolver"]["median_ms"]
        print(f"speed-up over the naive scan (median): {naive / ours:.1f}x")
        sources = report["recall@3_by_perturbation"]
        assert isinstance(sources, dict)
        for source, kinds in sources.items():
            print(
                f"recall@3 without position, queries from {source}, by perturbation: "
                + ", ".join(f"{k} {v:.3f}" for k, v in kinds.items())
            )


if __name__ == "__main__":
    sys.exit(main())
