"""Exports with provenance: excerpts (highlights) and the comparison report, as md, json, html."""

from readingdesk.export.coverage_map import export_map
from readingdesk.export.excerpts import export_excerpts
from readingdesk.export.facts import export_facts
from readingdesk.export.write import ExportError, write_export

__all__ = ["ExportError", "export_excerpts", "export_facts", "export_map", "write_export"]
