"""What the location tests read from an answer, and the two centres' areas they resolve in."""

from gazetteer import Gazetteer, Jurisdiction, Resolution

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


def confirmed(r: Resolution) -> str | None:
    """The place read back to the caller, or None when the answer asks or offers a choice."""
    return r.question.options[0].place.id if r.question.kind == "confirm" else None


def resolved(
    gz: Gazetteer, said: str, jurisdiction: Jurisdiction = ZHENGZHOU
) -> tuple[Resolution, str | None]:
    """The answer to one utterance in a centre's area, and its first candidate's id (None when
    it offers none)."""
    r = gz.resolve([said], jurisdiction=jurisdiction)
    return r, (r.candidates[0].place.id if r.candidates else None)
