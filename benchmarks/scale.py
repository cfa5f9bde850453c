#!/usr/bin/env python3
"""How iacreview's cost grows with the size of its input, run by hand (never in CI).

usage: python benchmarks/scale.py [--runs N] [--max-buckets N] [--max-fences N]

Generates, in a temporary folder, and times `iacreview check FILE` (a whole process, text output to
/dev/null, no cache) on:
  - CloudFormation templates of 1k, 2k, 4k, ... buckets (each with an AES256 encryption block, a
    role, and an output every tenth bucket, so most rules have work), YAML and one-line JSON;
  - a Pulumi TypeScript program of as many buckets;
  - Markdown answers of 1k, 2k, 4k, ... fenced blocks (TypeScript, YAML and prose);
and prints the median of N runs, the time per thousand items and the ratio to the smallest size:
linear growth keeps the time per thousand about flat. The baseline is a bare `python -c pass`.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from speed import timed  # this folder is on the path when a benchmark runs as a script


def cfn_resources(n: int) -> dict[str, object]:
    resources: dict[str, object] = {
        "Role": {
            "Type": "AWS::IAM::Role",
            "Properties": {
                "AssumeRolePolicyDocument": {
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Principal": {"Service": "lambda.amazonaws.com"},
                            "Action": "sts:AssumeRole",
                        }
                    ]
                }
            },
        }
    }
    for i in range(n):
        resources[f"Bucket{i}"] = {
            "Type": "AWS::S3::Bucket",
            "Properties": {
                "BucketName": f"bucket-{i}",
                "BucketEncryption": {
                    "ServerSideEncryptionConfiguration": [
                        {"ServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"}}
                    ]
                },
                "Tags": [{"Key": "Name", "Value": f"b{i}"}],
            },
        }
    return resources


def cfn_template(n: int) -> dict[str, object]:
    outputs = {f"Out{i}": {"Value": {"Ref": f"Bucket{i}"}} for i in range(0, n, 10)}
    return {"AWSTemplateFormatVersion": "2010-09-09", "Resources": cfn_resources(n), "Outputs": outputs}


def cfn_yaml(n: int) -> str:
    lines = ["AWSTemplateFormatVersion: '2010-09-09'", "Resources:"]
    for i in range(n):
        lines += [
            f"  Bucket{i}:",
            "    Type: AWS::S3::Bucket",
            "    Properties:",
            f"      BucketName: bucket-{i}",
            "      BucketEncryption:",
            "        ServerSideEncryptionConfiguration:",
            "          - ServerSideEncryptionByDefault:",
            "              SSEAlgorithm: AES256",
        ]
    lines.append("Outputs:")
    for i in range(0, n, 10):
        lines += [f"  Out{i}:", f"    Value: !Ref Bucket{i}"]
    return "\n".join(lines) + "\n"


def cfn_json_one_line(n: int) -> str:
    return json.dumps(cfn_template(n))


def pulumi_ts(n: int) -> str:
    head = 'import * as aws from "@pulumi/aws";\n'
    body = "".join(
        f'const b{i} = new aws.s3.Bucket("b{i}", {{ tags: {{ Name: "b{i}" }} }});\n'
        f'new aws.s3.BucketServerSideEncryptionConfiguration("e{i}", {{ bucket: b{i}.id, rules: [{{ '
        f'applyServerSideEncryptionByDefault: {{ sseAlgorithm: "AES256" }} }}] }});\n'
        for i in range(n)
    )
    exports = "".join(f"export const b{i}Name = b{i}.bucket;\n" for i in range(0, n, 10))
    return head + body + exports


def markdown(n: int) -> str:
    parts = ["# Answer\n"]
    for i in range(n):
        if i % 3 == 0:
            code = f'import * as aws from "@pulumi/aws";\nconst b{i} = new aws.s3.Bucket("b{i}");\n'
            parts.append(f"\n```typescript\n{code}```\n")
        elif i % 3 == 1:
            parts.append(f"\n```yaml\nResources:\n  B{i}:\n    Type: AWS::S3::Bucket\n```\n")
        else:
            parts.append(f"\nSome prose about block {i}.\n\n```bash\npulumi up --yes\n```\n")
    return "".join(parts)


CASES: dict[str, tuple[str, Callable[[int], str], str]] = {
    "cfn-yaml buckets": ("template.yaml", cfn_yaml, "buckets"),
    "cfn-json one line": ("template.json", cfn_json_one_line, "buckets"),
    "pulumi-ts buckets": ("index.ts", pulumi_ts, "buckets"),
    "markdown fences": ("answer.md", markdown, "fences"),
}


def sizes(largest: int) -> list[int]:
    out, n = [], 1000
    while n <= largest:
        out.append(n)
        n *= 2
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--max-buckets", type=int, default=16_000)
    ap.add_argument("--max-fences", type=int, default=16_000)
    ap.add_argument("--only", help="run only the cases whose name contains this")
    args = ap.parse_args()
    base = statistics.median(timed([sys.executable, "-c", "pass"], args.runs))
    print(f"baseline (python -c pass): {base:.3f} s")
    with tempfile.TemporaryDirectory() as tmp:
        for case, (name, make, unit) in CASES.items():
            if args.only and args.only not in case:
                continue
            largest = args.max_fences if unit == "fences" else args.max_buckets
            print(f"\n{case}:")
            print(f"  {unit:>8} {'size':>9} {'median s':>9} {'s per 1k':>9} {'ratio':>6}")
            first = None
            for n in [*sizes(largest), *([largest] if largest not in sizes(largest) else [])]:
                path = Path(tmp) / f"{n}-{name}"
                text = make(n)
                path.write_text(text)
                cmd = [sys.executable, "-m", "iacreview", "check", str(path), "--no-cache", "--isolated"]
                seconds = statistics.median(timed(cmd, args.runs))
                first = first or seconds
                size = f"{len(text) / 1e6:.1f} MB"
                print(
                    f"  {n:>8} {size:>9} {seconds:>9.2f} {seconds / n * 1000:>9.3f} {seconds / first:>6.1f}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
