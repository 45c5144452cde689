"""The reading desk: the Textual app, its widgets, screens and styles."""
