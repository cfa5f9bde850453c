"""`iacreview server`: a Language Server, so editors show findings as code is typed.

Diagnostics are published on open, change and save for every file type iacreview reads (Markdown
included), from the text in the editor; the configuration is the one `check` would use for the
file. Code actions offer each finding's fix on the lines asked about (a fix that changes behaviour
says so in its title), each verified first as `fix` verifies it (the code still parses and the
finding is gone), and `source.fixAll.iacreview` applies every safe fix at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls import uris
from pygls.lsp.server import LanguageServer

from iacreview import __version__
from iacreview.docs import rule_url
from iacreview.engine.catalogue import Catalogue
from iacreview.engine.config import Config, ConfigError, find_config, load_config
from iacreview.engine.runner import Scanner, ScanResult
from iacreview.fixes.apply import Chosen
from iacreview.fixes.apply import run as apply_fixes
from iacreview.model.finding import Finding
from iacreview.model.fix import Safety, apply_edits
from iacreview.model.span import LineIndex

FIX_ALL = f"{types.CodeActionKind.SourceFixAll.value}.iacreview"
SEVERITY = {
    "critical": types.DiagnosticSeverity.Error,
    "high": types.DiagnosticSeverity.Error,
    "medium": types.DiagnosticSeverity.Warning,
    "low": types.DiagnosticSeverity.Information,
}


@dataclass
class Review:
    """One document as last reviewed: its text and the findings in it."""

    path: str
    data: bytes
    findings: list[Finding]


class IacReviewServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("iacreview", __version__)
        self.catalogue = Catalogue.load()
        self.configs: dict[Path | None, Config] = {}

    def scanner(self, path: str) -> Scanner:
        """A scanner with the configuration `check` would find for `path` (a broken one is said once,
        and the defaults are used meanwhile)."""
        where = find_config(Path(path))
        if where not in self.configs:
            try:
                self.configs[where] = load_config(where, self.catalogue)
            except ConfigError as exc:
                self.window_show_message(
                    types.ShowMessageParams(types.MessageType.Error, f"iacreview: {exc}")
                )
                self.configs[where] = Config()
        return Scanner(self.catalogue, self.configs[where])

    def review(self, path: str, data: bytes) -> Review:
        result = self.scanner(path).scan(["-"], stdin=(path, data))
        return Review(path, data, [f for f in result.findings if f.path == path])

    def document(self, uri: str) -> tuple[str, bytes] | None:
        path = uris.to_fs_path(uri)
        if path is None:
            return None
        return path, self.workspace.get_text_document(uri).source.encode("utf-8")


server = IacReviewServer()


def position(lines: LineIndex, offset: int) -> types.Position:
    """An LSP position: 0-based line, and the column in UTF-16 code units (as the protocol counts)."""
    line, column = lines.position(offset)
    prefix = lines.line_text(line)[: column - 1]
    return types.Position(line - 1, len(prefix.encode("utf-16-le")) // 2)


def span_range(lines: LineIndex, start: int, end: int) -> types.Range:
    return types.Range(position(lines, start), position(lines, max(start, end)))


def diagnostic(finding: Finding, lines: LineIndex, index: int) -> types.Diagnostic:
    return types.Diagnostic(
        range=span_range(lines, finding.span.start, finding.span.end),
        message=finding.message,
        severity=SEVERITY.get(finding.severity, types.DiagnosticSeverity.Warning),
        code=finding.rule_id,
        code_description=types.CodeDescription(href=rule_url(server.catalogue.by_id[finding.rule_id])),
        source="iacreview",
        data={"index": index, "fingerprint": finding.fingerprint},
    )


def publish(ls: IacReviewServer, uri: str) -> None:
    opened = ls.document(uri)
    if opened is None:
        return
    review = ls.review(*opened)
    lines = LineIndex(review.data)
    diagnostics = [diagnostic(f, lines, i) for i, f in enumerate(review.findings)]
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics))


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: IacReviewServer, params: types.DidOpenTextDocumentParams) -> None:
    publish(ls, params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: IacReviewServer, params: types.DidChangeTextDocumentParams) -> None:
    publish(ls, params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: IacReviewServer, params: types.DidSaveTextDocumentParams) -> None:
    publish(ls, params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: IacReviewServer, params: types.DidCloseTextDocumentParams) -> None:
    ls.text_document_publish_diagnostics(
        types.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[])
    )


@server.feature(
    types.TEXT_DOCUMENT_CODE_ACTION,
    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL]),
)
def code_action(ls: IacReviewServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    uri = params.text_document.uri
    opened = ls.document(uri)
    if opened is None:
        return []
    review = ls.review(*opened)
    lines = LineIndex(review.data)
    wanted = params.context.only
    actions: list[types.CodeAction] = []
    if not wanted or types.CodeActionKind.QuickFix in wanted:
        for index, finding in enumerate(review.findings):
            where = span_range(lines, finding.span.start, finding.span.end)
            if finding.fix is None or not finding.fix.applicable(unsafe=True):
                continue
            if not _overlaps(where, params.range) or not verified(ls, review, finding):
                continue
            unsafe = finding.fix.safety is Safety.UNSAFE
            label = " (unsafe: changes behaviour)" if unsafe else ""
            actions.append(
                types.CodeAction(
                    title=f"{finding.fix.title}{label} ({finding.rule_id})",
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[diagnostic(finding, lines, index)],
                    is_preferred=not unsafe,
                    edit=types.WorkspaceEdit(changes={uri: text_edits(review, finding, lines)}),
                )
            )
    if not wanted or any(str(kind).startswith(types.CodeActionKind.SourceFixAll.value) for kind in wanted):
        fixed = fix_all(ls, review)
        if fixed is not None:
            whole = types.Range(types.Position(0, 0), position(lines, len(review.data)))
            actions.append(
                types.CodeAction(
                    title="Fix all safe iacreview findings",
                    kind=FIX_ALL,
                    edit=types.WorkspaceEdit(changes={uri: [types.TextEdit(whole, fixed.decode("utf-8"))]}),
                )
            )
    return actions


def _overlaps(a: types.Range, b: types.Range) -> bool:
    def key(p: types.Position) -> tuple[int, int]:
        return (p.line, p.character)

    return key(a.start) <= key(b.end) and key(b.start) <= key(a.end)


def text_edits(review: Review, finding: Finding, lines: LineIndex) -> list[types.TextEdit]:
    """The fix's edits in the document's own line breaks, as `fix` writes them."""
    edits = Chosen(review.path, [finding], review.data).edits
    return [types.TextEdit(span_range(lines, e.span.start, e.span.end), e.text) for e in edits]


def verified(ls: IacReviewServer, review: Review, finding: Finding) -> bool:
    """Whether the fix, applied alone, leaves code that parses and no longer has the finding."""
    fixed = apply_edits(review.data, Chosen(review.path, [finding], review.data).edits)
    result = ls.scanner(review.path).scan(["-"], stdin=(review.path, fixed))
    return review.path not in result.unparsable and all(
        f.fingerprint != finding.fingerprint for f in result.findings
    )


def fix_all(ls: IacReviewServer, review: Review) -> bytes | None:
    """The document with every safe fix applied and verified (as `iacreview fix` does), if any."""
    if not any(f.fix is not None and f.fix.safety is Safety.SAFE for f in review.findings):
        return None
    scanner = ls.scanner(review.path)
    real = Path(review.path).resolve()

    def scan(overrides: dict[Path, bytes]) -> ScanResult:
        return scanner.scan(["-"], stdin=(review.path, overrides.get(real, review.data)))

    outcome = apply_fixes(scan, unsafe=False)
    return outcome.after.get(real)


def serve(stdin: Any = None, stdout: Any = None) -> int:
    server.start_io(stdin, stdout)
    return 0
