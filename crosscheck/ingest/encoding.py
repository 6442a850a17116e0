"""Bytes to text: UTF-8 first, then charset-normalizer, then the Western single-byte code pages."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_OTHER_SCRIPTS = (
    "utf_16", "utf_32", "shift_jis", "cp932", "euc", "gb", "big5", "cp949", "iso2022", "koi8", "cp1251",
    "cp1253", "cp1255", "cp1256", "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8", "cp874", "tis_620",
)  # fmt: skip
"""charset-normalizer guesses that are kept; a Latin-script guess on short text is often a wrong
code page (cp775, mac_roman...), so Latin text falls through to cp1252 then latin-1."""
_MAX_CONTROL_SHARE = 0.02
_MAX_NUL_SHARE = 0.005
_MIN_NULS = 2
"""A stray NUL in a scraped text is stripped later; several make the file binary."""


class Unreadable(Exception):
    """A file whose content cannot be used as text; the message is the reason shown to the user."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except PermissionError as error:
        raise Unreadable("cannot read file: permission denied") from error
    except IsADirectoryError as error:
        raise Unreadable("is a folder, expected a file") from error
    except OSError as error:
        raise Unreadable(f"cannot read file: {error.strerror or error}") from error


def decode(data: bytes) -> Decoded:
    """Decode a file's bytes, or raise Unreadable for empty and binary content."""
    if not data.strip():
        raise Unreadable("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="replace"), encoding)
    nuls = data.count(0)
    if nuls and nuls >= max(_MIN_NULS, _MAX_NUL_SHARE * len(data)):
        raise Unreadable(f"binary file ({nuls} NUL bytes), not text")
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    guess = _charset_normalizer_guess(data)
    if guess and guess.lower().replace("-", "_").startswith(_OTHER_SCRIPTS):
        try:
            return _checked(data.decode(guess), guess)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return _checked(data.decode("cp1252"), "cp1252")
    except UnicodeDecodeError:
        return _checked(data.decode("latin-1"), "latin-1")


def _charset_normalizer_guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    return best.encoding if best else None


def _checked(text: str, encoding: str) -> Decoded:
    controls = sum(1 for char in text if 0 < ord(char) < 32 and char not in "\n\r\t\f\v")
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise Unreadable(f"binary file ({controls} control characters), not text")
    return Decoded(text, encoding)


def read_text(path: Path) -> Decoded:
    return decode(read_bytes(path))
