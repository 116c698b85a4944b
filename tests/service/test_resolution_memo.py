"""The memo of location assessments answers exactly what resolving again would, and never
across what it was worked out from (another gazetteer, centre, position, or words)."""

from __future__ import annotations

from typing import Any

from dispatch_intake.locations.service import ResolutionMemo, resolve_location
from dispatch_intake.prompts.service import load_prompt_book
from dispatch_intake.psaps.service import load_psaps

from ..conftest import CONFIG_DIR

ROOT = CONFIG_DIR.parent
PROMPTS = load_prompt_book(CONFIG_DIR, "zh-CN")
PSAPS = load_psaps(CONFIG_DIR / "psaps.toml")
POSITIONS: list[Any] = [None, {"lat": 34.7487, "lon": 113.6375}, {"lat": 34.8195, "lon": 114.3076}]


class Counting:
    """A gazetteer that counts the resolutions asked of it."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.resolved = 0

    def resolve(self, *args: Any, **kwargs: Any) -> Any:
        self.resolved += 1
        return self.inner.resolve(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def _texts() -> list[str]:
    lines = (ROOT / "bench" / "data" / "utterances.tsv").read_text(encoding="utf-8").splitlines()
    texts = [line.split("\t")[0] for line in lines if line.strip() and not line.startswith("#")]
    return ["河南大学", "郑州站", "开封", "", "   ", *texts[:40]]


def test_a_kept_assessment_is_the_one_resolving_again_gives(gazetteer: Any) -> None:
    memo = ResolutionMemo()
    counting = Counting(gazetteer)
    asked = 0
    for n, text in enumerate(_texts()):
        psap = PSAPS.get(("zhengzhou-120", "kaifeng-120")[n % 2])
        assert psap is not None
        position = POSITIONS[n % len(POSITIONS)]
        question: dict[str, Any] = {
            "psaps": PSAPS,
            "psap": psap,
            "prompts": PROMPTS,
            "utterances": [text],
            "position": position,
        }
        fresh = resolve_location(gazetteer=gazetteer, **question)
        first = memo.resolve(gazetteer=counting, **question)
        again = memo.resolve(gazetteer=counting, **question)
        asked += 1
        assert first == fresh
        assert again == fresh
        assert counting.resolved <= asked  # the second answer was the kept one


def test_what_a_caller_changes_is_not_kept(gazetteer: Any) -> None:
    memo = ResolutionMemo()
    psap = PSAPS.get("zhengzhou-120")
    assert psap is not None
    question: dict[str, Any] = {"psaps": PSAPS, "psap": psap, "prompts": PROMPTS, "position": None}
    first = memo.resolve(gazetteer=gazetteer, utterances=["河南大学"], **question)
    expected = resolve_location(gazetteer=gazetteer, utterances=["河南大学"], **question)
    first.candidates[0]["name"] = "changed"
    first.candidates[0]["admin"]["city"] = "changed"
    first.candidates.clear()
    first.prompt["text"] = "changed"
    again = memo.resolve(gazetteer=gazetteer, utterances=["河南大学"], **question)
    assert again == expected
    again.prompt["options"].clear()
    assert memo.resolve(gazetteer=gazetteer, utterances=["河南大学"], **question) == expected


def test_nothing_is_kept_across_gazetteers_centres_positions_or_words(gazetteer: Any) -> None:
    memo = ResolutionMemo()
    zhengzhou, kaifeng = PSAPS.get("zhengzhou-120"), PSAPS.get("kaifeng-120")
    assert zhengzhou is not None and kaifeng is not None
    one, other = Counting(gazetteer), Counting(gazetteer)
    ask: dict[str, Any] = {"psaps": PSAPS, "prompts": PROMPTS}
    memo.resolve(gazetteer=one, psap=zhengzhou, utterances=["龙子湖"], position=None, **ask)
    # The same question of another gazetteer (a service built again with layers imported):
    # resolved by it, not answered from the first one's.
    memo.resolve(gazetteer=other, psap=zhengzhou, utterances=["龙子湖"], position=None, **ask)
    assert (one.resolved, other.resolved) == (1, 1)
    memo.resolve(gazetteer=one, psap=kaifeng, utterances=["龙子湖"], position=None, **ask)
    memo.resolve(gazetteer=one, psap=zhengzhou, utterances=["龙子湖"], position=POSITIONS[1], **ask)
    memo.resolve(gazetteer=one, psap=zhengzhou, utterances=["龙子湖", "东门"], position=None, **ask)
    memo.resolve(gazetteer=one, psap=zhengzhou, utterances=["龙子湖"], position=None, **ask)
    assert one.resolved == 4


def test_an_intake_built_again_starts_with_an_empty_memo(gazetteer: Any, settings: Any) -> None:
    from dispatch_intake.components import load_intake

    first, second = load_intake(settings, Counting(gazetteer)), load_intake(settings, gazetteer)
    assert first.resolutions is not second.resolutions


def test_a_failed_resolution_is_not_kept() -> None:
    class Failing:
        resolved = 0

        def resolve(self, *args: Any, **kwargs: Any) -> Any:
            self.resolved += 1
            raise RuntimeError("a resolver fault")

    memo = ResolutionMemo()
    failing = Failing()
    psap = PSAPS.get("zhengzhou-120")
    assert psap is not None
    for _ in range(2):
        assessment = memo.resolve(
            gazetteer=failing,  # type: ignore[arg-type]
            psaps=PSAPS,
            psap=psap,
            prompts=PROMPTS,
            utterances=["河南大学"],
            position=None,
        )
        assert assessment.warnings
    assert failing.resolved == 2
