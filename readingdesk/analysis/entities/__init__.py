"""Entities: every person, organisation and place named, variants merged, every mention located."""

from readingdesk.analysis.entities.extract import MentionFinder, extract_entities
from readingdesk.analysis.entities.model import ENTITY_TYPES, Entity, EntityType, Mention

__all__ = ["ENTITY_TYPES", "Entity", "EntityType", "Mention", "MentionFinder", "extract_entities"]
