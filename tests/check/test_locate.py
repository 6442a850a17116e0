"""Line and column of a quote in the file it came from, whatever ingest did to the text on the way: CRLF,
control characters, a byte-order mark, page furniture removed above, a title put first, CSV and JSONL
cells, a sentence repeated; and no position at all when the file does not hold the quote."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosscheck.check.locate import FileText, Locator, Position
from crosscheck.model import Claim, Source
from crosscheck.pipeline import load

SENTENCE = "A bomb blast killed 14 people in the Salaheddin district on Wednesday."
QUOTE = "14 people"


def claim_in(source: Source, sentence: str = SENTENCE, quote: str = QUOTE, nth: int = 0) -> Claim:
    at = -1
    for _ in range(nth + 1):
        at = source.text.index(sentence, at + 1)
    start = at + sentence.index(quote)
    return Claim(source, "numeric", start, start + len(quote), at, at + len(sentence), "test")


def position(path: Path, nth: int = 0) -> Position | None:
    sources = load([path]).sources
    return Locator().position(claim_in(sources[0], nth=nth))


def raw_text_at(path: Path, found: Position) -> str:
    lines = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n").split("\n")
    return lines[found.line - 1][found.column - 1 : found.end_column - 1]


CASES = [
    ("plain.txt", f"Title line\n\nFirst paragraph.\n{SENTENCE}\n", (4, 21)),
    ("crlf.txt", f"Title line\r\n\r\nFirst paragraph.\r\n{SENTENCE}\r\n", (4, 21)),
    ("bom.txt", f"\ufeffTitle line\n\nFirst\x07 paragraph.\nSo: {SENTENCE}\n", (4, 25)),
    (
        "furniture.txt",
        f"Share on Facebook\nShare on Twitter\nTitle line\n\nSubscribe to our newsletter\n\n{SENTENCE}\n",
        (7, 21),
    ),
    ("title.md", f"# Blast in Aleppo\n\nFirst paragraph.\n\nIn brief. {SENTENCE}\n", (5, 31)),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_article_files(tmp_path, name, text, expected):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    found = position(path)
    assert found is not None and (found.line, found.column) == expected
    assert raw_text_at(path, found) == QUOTE


def test_a_sentence_wrapped_over_two_lines(tmp_path):
    path = tmp_path / "wrapped.txt"
    wrapped = SENTENCE.replace(" in the", "\r\nin the")
    path.write_bytes(f"Title line\r\n\r\n{wrapped}\r\n".encode())
    source = load([path]).sources[0]
    found = Locator().position(claim_in(source, sentence=wrapped.replace("\r\n", "\n")))
    assert found is not None and (found.line, found.column) == (3, 21)
    assert raw_text_at(path, found) == QUOTE


def test_a_repeated_sentence_is_placed_where_the_claim_is(tmp_path):
    path = tmp_path / "twice.txt"
    path.write_text(
        f"Title line\n\nFirst, Reuters said: {SENTENCE}\nSomething else.\nThen AFP said: {SENTENCE}\n",
        encoding="utf-8",
    )
    assert (position(path, 0).line, position(path, 1).line) == (3, 5)  # type: ignore[union-attr]


def row_position(path: Path, source_id: str) -> tuple[int, str]:
    """The line of the claim in a table's row, and the file's text at its columns."""
    source = next(s for s in load([path]).sources if s.id == source_id)
    found = Locator().position(claim_in(source))
    assert found is not None
    line = path.read_text(encoding="utf-8").split("\n")[found.line - 1]
    return found.line, line[found.column - 1 : found.end_column - 1]


def test_a_csv_row(tmp_path):
    path = tmp_path / "corpus.csv"
    body = f'He said "it was loud". {SENTENCE}'
    path.write_text(
        'id,title,text\na1,First,"Nothing here, really."\n'
        + f'a2,Second,"{body.replace(chr(34), 2 * chr(34))}"\n',
        encoding="utf-8",
    )
    assert row_position(path, "a2") == (3, QUOTE)


def test_a_jsonl_row_with_escapes(tmp_path):
    path = tmp_path / "corpus.jsonl"
    rows = [{"id": "a1", "text": "Nothing."}, {"id": "a2", "text": f"Caf\u00e9 \u201cnews\u201d\n{SENTENCE}"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert row_position(path, "a2") == (2, QUOTE)


def test_a_quote_the_file_does_not_hold_has_no_position(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Blast</title></head><body><article><p>First paragraph of the report.</p>"
        "<p>A bomb blast killed 14&#160;people in the Salaheddin district on Wednesday.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    source = load([path]).sources[0]
    sentence = next(s for s in source.text.split("\n") if "bomb blast" in s)
    claim = claim_in(source, sentence=sentence, quote=sentence[sentence.index("14") :][:9])
    assert Locator().position(claim) is None


def test_lines_end_at_crlf_lf_and_cr_only():
    text = FileText("a\r\nb\nc\rd")
    assert [text.position(i, i + 1).line for i in range(0, 7, 2)] == [1, 2, 3, 4]
