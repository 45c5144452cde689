"""The desk's modal screens."""
