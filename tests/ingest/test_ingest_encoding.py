import codecs

import pytest

from crosscheck.ingest.encoding import Unreadable, decode

RUSSIAN = "Военные сообщили о 12 раненых в городе Нарвик. " * 3
SAMPLE = "Café owners in Zürich and São Paulo reported 12 señoras"


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (SAMPLE.encode("utf-8"), SAMPLE, "utf-8"),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), SAMPLE, "utf-8-sig"),
        (SAMPLE.encode("utf-16"), SAMPLE, "utf-16"),
        (SAMPLE.encode("latin-1"), SAMPLE, "cp1252"),
        (
            "The \u201cofficial\u201d toll \u2013 12 \u20ac".encode("cp1252"),
            "The \u201cofficial\u201d toll \u2013 12 \u20ac",
            "cp1252",
        ),
        (b"plain ascii text", "plain ascii text", "utf-8"),
        (RUSSIAN.encode("cp1251"), RUSSIAN, "cp1251"),
    ],
)
def test_decode(data: bytes, text: str, encoding: str) -> None:
    decoded = decode(data)
    assert decoded.text == text
    assert decoded.encoding == encoding


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(1, 32)) * 20 + b"some text", "binary"),
    ],
)
def test_decode_refuses(data: bytes, reason: str) -> None:
    with pytest.raises(Unreadable, match=reason):
        decode(data)
