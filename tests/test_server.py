"""`iacreview server`, driven by a real LSP client over stdio (pygls' LanguageClient): initialize,
open documents, receive diagnostics, ask for code actions, apply their edits, see the findings go."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest
from lsprotocol import types
from pygls import uris
from pygls.lsp.client import LanguageClient

from tests.conftest import FIXTURES

STACK = FIXTURES / "reviewed-stack"
TIMEOUT = 60


class Session:
    """A client connected to `python -m iacreview server`, collecting published diagnostics."""

    def __init__(self) -> None:
        self.client = LanguageClient("iacreview-test", "1")
        self.diagnostics: dict[str, asyncio.Queue[list[types.Diagnostic]]] = {}

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(params: types.PublishDiagnosticsParams) -> None:
            self.queue(params.uri).put_nowait(list(params.diagnostics))

    def queue(self, uri: str) -> asyncio.Queue[list[types.Diagnostic]]:
        return self.diagnostics.setdefault(uri, asyncio.Queue())

    async def start(self, root: Path) -> types.InitializeResult:
        await self.client.start_io(sys.executable, "-m", "iacreview", "server")
        result = await self.client.initialize_async(
            types.InitializeParams(
                capabilities=types.ClientCapabilities(), root_uri=uris.from_fs_path(str(root))
            )
        )
        self.client.initialized(types.InitializedParams())
        return result

    async def open(self, path: Path, language: str, text: str) -> list[types.Diagnostic]:
        uri = str(uris.from_fs_path(str(path)))
        item = types.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)
        self.client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=item))
        return await asyncio.wait_for(self.queue(uri).get(), TIMEOUT)

    async def change(self, path: Path, version: int, text: str) -> list[types.Diagnostic]:
        uri = str(uris.from_fs_path(str(path)))
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
            )
        )
        return await asyncio.wait_for(self.queue(uri).get(), TIMEOUT)

    async def actions(
        self, path: Path, where: types.Range, only: list[str] | None = None
    ) -> list[types.CodeAction]:
        uri = str(uris.from_fs_path(str(path)))
        params = types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=where,
            context=types.CodeActionContext(diagnostics=[], only=only),
        )
        found = await asyncio.wait_for(self.client.text_document_code_action_async(params), TIMEOUT)
        return [a for a in found or [] if isinstance(a, types.CodeAction)]

    async def stop(self) -> None:
        await self.client.shutdown_async(None)
        self.client.exit(None)
        await self.client.stop()


def apply(text: str, edits: list[types.TextEdit]) -> str:
    """Apply LSP text edits (positions in UTF-16 code units, all against the original text)."""
    lines = text.splitlines(keepends=True)

    def offset(p: types.Position) -> int:
        line = lines[p.line] if p.line < len(lines) else ""
        before = sum(len(x) for x in lines[: p.line])
        units, chars = 0, 0
        while units < p.character and chars < len(line):
            units += len(line[chars].encode("utf-16-le")) // 2
            chars += 1
        return before + chars

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        start, end = offset(edit.range.start), offset(edit.range.end)
        text = text[:start] + edit.new_text + text[end:]
    return text


def run(coroutine_function) -> None:  # type: ignore[no-untyped-def]
    asyncio.run(asyncio.wait_for(coroutine_function(), 4 * TIMEOUT))


def test_diagnostics_quick_fixes_and_fix_all_over_stdio(tmp_path) -> None:
    template = tmp_path / "template.yaml"
    text = (STACK / "bad.cfn.yaml").read_text()

    async def session() -> None:
        s = Session()
        result = await s.start(tmp_path)
        assert result.server_info is not None and result.server_info.name == "iacreview"
        diagnostics = await s.open(template, "yaml", text)  # the file is not even on disk
        codes = {d.code for d in diagnostics}
        assert {"IAC101", "IAC103", "IAC501"} <= codes
        first = next(d for d in diagnostics if d.code == "IAC101")
        assert first.source == "iacreview" and first.severity == types.DiagnosticSeverity.Error
        assert first.code_description is not None and first.code_description.href.endswith(
            "s3-encryption-not-kms.md"
        )

        actions = await s.actions(template, first.range, [types.CodeActionKind.QuickFix])
        assert actions and all(a.kind == types.CodeActionKind.QuickFix for a in actions)
        chosen = next(a for a in actions if "(IAC101)" in a.title)
        assert chosen.edit is not None and chosen.edit.changes is not None
        fixed = apply(text, list(chosen.edit.changes[str(uris.from_fs_path(str(template)))]))
        after = await s.change(template, 2, fixed)
        assert sum(d.code == "IAC101" for d in after) == sum(d.code == "IAC101" for d in diagnostics) - 1

        [fix_all] = await s.actions(template, first.range, ["source.fixAll.iacreview"])
        assert fix_all.edit is not None and fix_all.edit.changes is not None
        everything = apply(fixed, list(fix_all.edit.changes[str(uris.from_fs_path(str(template)))]))
        final = await s.change(template, 3, everything)
        assert len(final) < len(after) and not any(d.code == "IAC000" for d in final)
        await s.stop()

    run(session)


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("bad.pulumi.ts", "typescript"),
        ("bad.pulumi.py", "python"),
        ("bad.tf", "terraform"),
        ("bad.md", "markdown"),
    ],
)
def test_every_file_type_gets_diagnostics(tmp_path, name: str, language: str) -> None:
    async def session() -> None:
        s = Session()
        await s.start(tmp_path)
        diagnostics = await s.open(tmp_path / name, language, (STACK / name).read_text())
        assert diagnostics and all(str(d.code).startswith("IAC") for d in diagnostics)
        await s.stop()

    run(session)


def test_unsafe_fixes_are_labelled_and_the_configuration_is_read(tmp_path) -> None:
    (tmp_path / ".iacreview.yaml").write_text("ignore: [IAC801]\n")
    path = tmp_path / "index.ts"
    text = (STACK / "bad.pulumi.ts").read_text()

    async def session() -> None:
        s = Session()
        await s.start(tmp_path)
        diagnostics = await s.open(path, "typescript", text)
        assert diagnostics and not any(d.code == "IAC801" for d in diagnostics)  # configured away
        whole = types.Range(types.Position(0, 0), types.Position(len(text.splitlines()), 0))
        titles = [a.title for a in await s.actions(path, whole, [types.CodeActionKind.QuickFix])]
        assert any("(unsafe: changes behaviour)" in t for t in titles)
        assert any("unsafe" not in t for t in titles)
        await s.stop()

    run(session)
