"""Reporters: one output format per module. They read findings, never the model or the rules."""
