"""The shared corpora, read by path (skipped when /work/shared is not there)."""

import re
from datetime import date
from pathlib import Path

import pytest

from crosscheck.ingest import load_corpus, strip_boilerplate
from crosscheck.ingest.boilerplate_rules import LINE_RULES

SHARED = Path(__file__).parents[2].parent / "shared" / "corpora"
FAKES = SHARED / "fa-kes" / "FA-KES-Dataset.csv"
DEIR_EZZOR = SHARED / "deir-ezzor-2017"
COMMENT_BOX = next(rule for rule in LINE_RULES if rule.name == "comment_box")


def _need(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} not available")


def test_fakes_loads_without_options() -> None:
    _need(FAKES)
    corpus = load_corpus([FAKES])
    assert corpus.name == "FA-KES-Dataset"
    # 804 rows; 9 unit_ids repeat over 21 rows: 11 same-text repeats merge, one differs and gets "-2"
    assert len(corpus.sources) == 804 - 12 + 1
    assert corpus.skipped == ()
    assert sum("merged" in w for w in corpus.warnings) == 11
    assert any("'1926479112-2'" in w for w in corpus.warnings)
    ids = [s.id for s in corpus.sources]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"\d{10}(-2)?", i) for i in ids)
    assert all(s.text.strip() for s in corpus.sources)
    assert all(s.published is not None and s.outlet and s.location for s in corpus.sources)
    assert not any("\u00ef\u00bf\u00bd" in s.text for s in corpus.sources)  # mojibake of U+FFFD
    first = next(s for s in corpus.sources if s.id == "1914947530")
    assert first.published == date(2017, 4, 5)
    assert first.location == "Idlib"
    assert first.text.count(first.title or "") == 1


def test_deir_ezzor_folder() -> None:
    _need(DEIR_EZZOR)
    corpus = load_corpus([DEIR_EZZOR])
    assert corpus.name == "deir-ezzor-2017"
    assert len(corpus.sources) == 5 and corpus.skipped == () and corpus.warnings == ()
    by_id = {s.id[:3]: s for s in corpus.sources}
    assert by_id["000"].outlet == "Syria Deeply" and by_id["000"].published == date(2017, 8, 25)
    assert by_id["003"].outlet is None and by_id["003"].published is None
    assert by_id["004"].published is None
    assert all(s.title and s.text.count(s.title) >= 1 for s in corpus.sources)
    text = "\n".join(s.text for s in corpus.sources)
    for figure in ("more than 900 missions", "60 to 70 flights a day", "211,000", "more than 60 percent"):
        assert figure in text
    lines = [line for line in text.split("\n") if line.strip()]
    assert not any(COMMENT_BOX.matches(line) for line in lines)
    lowered = text.lower()
    for furniture in ("donation", "commented", "refresh the page", "views and opinions expressed"):
        assert furniture not in lowered


def test_deir_ezzor_removals_are_short_or_furniture() -> None:
    _need(DEIR_EZZOR)
    for path in sorted(DEIR_EZZOR.glob("*.txt")):
        for removal in strip_boilerplate(path.read_text(encoding="utf-8")).removed:
            assert not re.search(r"\b(?:killed|captured|fired|launched)\b", removal.text), removal
