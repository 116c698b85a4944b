"""A gazetteer of Chinese places and a resolver for what emergency callers say about where
they are: fragments, homophones from speech-to-text, traditional script, abbreviations,
roads and landmarks, ranked by the answering centre's area and the caller's position."""

from gazetteer._gazetteer import Gazetteer, load_gazetteer
from gazetteer._geo import haversine_km
from gazetteer._load import DataError
from gazetteer._model import (
    Admin,
    Candidate,
    CandidateGroup,
    Contradiction,
    Jurisdiction,
    Place,
    PlaceKind,
    Position,
    Question,
    QuestionKind,
    Resolution,
)
from gazetteer._normalise import normalise_text
from gazetteer._pinyin import toneless

__all__ = [
    "Admin",
    "Candidate",
    "CandidateGroup",
    "Contradiction",
    "DataError",
    "Gazetteer",
    "Jurisdiction",
    "Place",
    "PlaceKind",
    "Position",
    "Question",
    "QuestionKind",
    "Resolution",
    "haversine_km",
    "load_gazetteer",
    "normalise_text",
    "resolve",
    "toneless",
]


def resolve(
    utterances: list[str] | tuple[str, ...] | str,
    *,
    jurisdiction: Jurisdiction | None = None,
    position: Position | None = None,
    limit: int = 8,
) -> Resolution:
    """Resolve one call's location utterances against the shipped gazetteer."""
    return load_gazetteer().resolve(
        utterances, jurisdiction=jurisdiction, position=position, limit=limit
    )
