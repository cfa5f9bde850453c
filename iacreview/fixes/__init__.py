"""Fixes: edits to the original text, rendered per language, applied, verified, written atomically."""
