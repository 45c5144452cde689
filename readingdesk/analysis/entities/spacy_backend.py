"""An optional spaCy backend for finding mentions, for readers who have a pipeline installed.

No model can be downloaded on every machine, so readingdesk's own rules are the
default; ``spacy_finder(nlp)`` adapts any spaCy pipeline with an ``ents``
output (a trained model, or a blank one with an entity ruler) to the
:class:`~readingdesk.analysis.entities.extract.MentionFinder` protocol. Its
mentions then go through the same alias merging as the built-in finder's.
"""

from __future__ import annotations

from typing import Any

from readingdesk.analysis.entities.mentions import Candidate
from readingdesk.analysis.entities.model import EntityType

# spaCy's OntoNotes labels to readingdesk's types; labels not listed (dates, numbers,
# nationalities) are not entities in the sidebar's sense.
LABELS: dict[str, EntityType] = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "ORG": "ORG",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "EVENT": "OTHER",
    "LAW": "OTHER",
    "PRODUCT": "OTHER",
    "WORK_OF_ART": "OTHER",
    "MISC": "OTHER",
}


class SpacyMentionFinder:
    """Mentions from a spaCy pipeline's named entities."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp

    def __call__(self, text: str, known_names: frozenset[str], lower_words: frozenset[str]) -> list[Candidate]:
        doc = self.nlp(text)
        return [Candidate(ent.start_char, ent.end_char, LABELS[ent.label_]) for ent in doc.ents if ent.label_ in LABELS]


def load_spacy_finder(model: str) -> SpacyMentionFinder:
    """A finder from an installed spaCy model by name; raises ``ValueError`` saying why not."""
    try:
        import spacy
    except ImportError as exc:
        raise ValueError("spaCy is not installed (pip install spacy)") from exc
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ValueError(f"spaCy model {model!r} is not installed") from exc
    return SpacyMentionFinder(nlp)
