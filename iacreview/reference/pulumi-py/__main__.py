"""Pulumi entry point: the program lives in `infra` so that the unit tests can import it."""

import infra  # noqa: F401
