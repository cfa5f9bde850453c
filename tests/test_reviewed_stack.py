"""The reviewed stack of SPEC §1, in every frontend: the bad answer gives the review's findings at
the annotated lines, the corrected answer gives none."""

from __future__ import annotations

import pytest

from tests.annotations import expected
from tests.conftest import FIXTURES, scan

STACK = FIXTURES / "reviewed-stack"
FRONTENDS = ["pulumi.ts", "pulumi.py", "cfn.yaml", "cfn.json", "md", "cdk.ts", "cdk.py", "cdktf.ts", "tf"]
HEADLINE = {"IAC101", "IAC103", "IAC201", "IAC301", "IAC401", "IAC501"}


@pytest.mark.parametrize("frontend", FRONTENDS)
def test_bad_answer_gives_the_reviews_findings(frontend: str, catalogue) -> None:
    path = STACK / f"bad.{frontend}"
    got = {(line, rule) for line, rule, _ in scan([path], catalogue) if rule in HEADLINE}
    want = expected(path)
    assert {rule for _, rule in want} == HEADLINE
    assert [r for _, r in sorted(want)].count("IAC201") == 2
    assert got == want


@pytest.mark.parametrize("frontend", FRONTENDS)
def test_corrected_answer_is_clean(frontend: str, catalogue) -> None:
    assert scan([STACK / f"good.{frontend}"], catalogue) == []
