"""Frontends: one per input language. Each turns source text into the shared project model."""
