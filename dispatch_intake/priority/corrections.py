"""A caller's correction (后来发现是 …, 原来是 …): what follows it replaces what it corrects.

A caller who first reads a scene wrong and then says what it was (先是说喘不上气，后来发现是
口罩戴太紧了，现在没事了; 以为晕过去了 … 原来是喝醉了睡着了，能说话) has taken back what they said
before: that counts at what the correction says, not at the level of the sign first feared.
A correction is only read so when it says the patient is well (能说话了, 现在没事了, 醒了): one
that names a cause (叫不醒，原来是低血糖) takes nothing back — the patient still does not wake —
and one that finds worse (后来发现他不怎么喘气) adds what it finds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from dispatch_intake.priority.clauses import Clause
from dispatch_intake.priority.rules import PRIORITY_ORDER, Observation

if TYPE_CHECKING:
    from dispatch_intake.priority.service import FoundFinding


def correction_start(clause: Clause, cues: Sequence[str]) -> int | None:
    """The token position where a correction begins in the clause, if one does.

    >>> from dispatch_intake.priority.clauses import Clause
    >>> said = Clause(tuple("后来发现是口罩太紧"), (frozenset(),) * 9)
    >>> correction_start(said, ("后来发现是",))
    0
    >>> correction_start(said, ("原来是",)) is None
    True
    """
    text = clause.text
    found = [at for cue in cues if (at := text.find(cue)) != -1]
    if not found:
        return None
    start = min(found)
    offset = 0
    for position, token in enumerate(clause.tokens):
        if offset >= start:
            return position
        offset += len(token)
    return None


@dataclass(slots=True)
class SaidClause:
    """One clause's findings, where each was said, and where a correction begins in it."""

    findings: list[FoundFinding]
    spans: dict[FoundFinding, tuple[int, int]]
    correction: int | None


def apply_corrections(
    clauses: Sequence[SaidClause], observation: Callable[[str], Observation]
) -> None:
    """Replace, in place, what each correction corrects: the findings said before it in its
    clause, or else those of the last clause before it that found any. They count at the most
    severe level the correction finds (routine when it finds only that the patient is well), no
    higher than their own, and no longer combine — when the correction, in its clause or the
    clauses after it up to the next one, says the patient is well (a finding that `resolves`)
    and nothing it does not correct contradicts it (`contradicted_by`): what it corrects is taken
    back with it (卡住了，后来发现能喘能哭) — save words its `contradicted_by` names by their id,
    which no correction takes back (叫不醒，原来是睡着了: the patient still does not wake)."""
    # Every id said (an id may be spelt as its sign: it still names its own words only).
    ids = {f.id for said in clauses for f in said.findings if f.counts}
    for at, said in enumerate(clauses):
        if said.correction is None:
            continue
        start = said.correction
        corrections = [f for f in said.findings if _from(said, f) >= start]
        for later in clauses[at + 1 :]:
            if later.correction is not None:
                break
            corrections.extend(later.findings)
        counted = [f for f in corrections if f.counts]
        heard = ids | {f.sign for f in counted}
        well = [
            observation(f.id)
            for f in counted
            if observation(f.id).resolves
            and not heard.intersection(observation(f.id).contradicted_by)
        ]
        if not well:
            continue
        # What the correction takes back: everything before it, unless all it says is over
        # are signs it names (`corrects_resolved_only`: 是睡着了 takes back a patient seen
        # lying still, not the pills swallowed before).
        over = (
            {sign for rule in well for sign in rule.resolves}
            if all(rule.corrects_resolved_only for rule in well)
            else None
        )
        level = max(
            (f.level for f in counted if not observation(f.id).only_resolves),
            key=PRIORITY_ORDER.index,
            default="routine",
        )
        before = [f for f in said.findings if _from(said, f) < start]
        target = said
        if not before:
            earlier = [c for c in clauses[:at] if c.findings]
            if not earlier:
                continue
            target, before = earlier[-1], list(earlier[-1].findings)
        for finding in before:
            if over is not None and finding.sign not in over:
                continue
            lowered = min(finding.level, level, key=PRIORITY_ORDER.index)
            target.findings[target.findings.index(finding)] = replace(
                finding, level=lowered, resolved=True, corrected=True
            )


def _from(said: SaidClause, finding: FoundFinding) -> int:
    """Where the finding was said in its clause; one read from the clause before it (a topic
    carried on) is taken as said at the clause's start."""
    return said.spans.get(finding, (0, 0))[0]
