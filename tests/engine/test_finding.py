"""Findings cross process boundaries pickled (parallel scans): every field must survive the trip."""

from __future__ import annotations

import dataclasses
import pickle

from iacreview.model import Span
from iacreview.model.finding import Finding
from iacreview.model.fix import Edit, Fix


def every_field(obj: object) -> list[object]:
    return [getattr(obj, f.name) for f in dataclasses.fields(obj)]  # type: ignore[arg-type]


def test_findings_fixes_and_edits_survive_pickling_with_every_field() -> None:
    span = Span("stack/index.ts", 10, 20)
    edit = Edit(span, "kmsMasterKeyId: key.arn")
    fix = Fix("Encrypt with the customer-managed KMS key", "safe", (edit, Edit(Span("a", 0, 0), "x")))
    finding = Finding(
        "IAC101", "s3-encryption-not-kms", "high", span, "Bucket `data` uses AES256", True,
        "Resources.Data", (("bucket", "data"),), fix,
    )  # fmt: skip
    for obj in (edit, fix, finding, Finding("IAC000", "parse-error", "high", span, "bad")):
        back = pickle.loads(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))
        assert type(back) is type(obj) and every_field(back) == every_field(obj)
    assert every_field(pickle.loads(pickle.dumps(finding)).fix) == every_field(fix)
