"""Text too dense to be prose is not read; dense prose (casualty lists, dates, tables of a few rows) is."""

from __future__ import annotations

import pytest

from crosscheck.cli import main
from crosscheck.extract import extract_claims
from crosscheck.extract.budget import Budget
from crosscheck.extract.dense import LOCAL, WINDOW, DenseLimits, dense_stretches
from crosscheck.extract.sentences import split_sentences
from crosscheck.model import Corpus, Source
from crosscheck.pipeline import extract_corpus

PROSE = (
    "At least 42 civilians were killed on Monday when jets struck the market in Saraqeb, the monitor said. "
    "Among the dead were 12 women, 19 children, 3 elderly and 8 men, and 60 others were wounded. "
    "Rescuers said the toll could rise. The town was hit on 2 January 2016, 5 February 2016 and "
    "3 March 2016, and 1,200 families have fled since.\n"
)
STORY = (
    "Residents described the night of the strikes, the sirens and the long wait for the ambulances that "
    "came from the neighbouring villages. The hospital, already short of fuel and medicine, turned the "
    "wounded away, and families carried them on to clinics further north. Aid groups called for a pause in "
    "the fighting so that convoys could reach the town, and the local council asked for tents and water.\n"
)
TABLE = "Province | killed | wounded\nAleppo | 14 | 30\nIdlib | 9 | 21\nHama | 4 | 11\nDaraa | 2 | 5\n"
DATES = "Strikes were reported on " + ", ".join(f"{day} June 2016" for day in range(1, 31)) + ".\n"


def _flood(unit: str, size: int = 20_000) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _spaced(gap: int, size: int = 20_000) -> str:
    """A number every ``gap`` characters, the rest words that count nothing."""
    filler = ("x" * (gap - 3) + " ")[: gap - 2]
    return _flood("7 " + filler, size)


def _stretches(text: str) -> list[tuple[int, int]]:
    return list(dense_stretches(text, split_sentences(text)).spans)


@pytest.mark.parametrize(
    ("text", "dense"),
    [
        (_flood("1-one and 1 1-one\n"), True),  # a number every 3.6 characters
        (_flood("twenty\ntwenty\n1/2\none\n"), True),  # a flood cut into one-word sentences
        (_flood("1 of them 1, 1 "), True),
        (_flood("x\n"), True),  # no number, but a sentence every 2 characters
        (_flood("IS. "), True),
        (_flood("IS killed IS IS IS IS IS IS 4, "), True),  # 32 numbers a KB, under the limit, but 225 names
        (("Syrian troops, Russian jets and IS fighters hit rebels near the town. " + STORY) * 20, False),
        (_spaced(25), True),  # 320 numbers within 8,000 characters
        (_spaced(35), False),  # 228: a flood spaced under the limit is read (and costs what it costs)
        (PROSE * 3, False),  # 13 numbers in 335 characters, three times
        ((PROSE + STORY) * 30, False),  # 154 numbers in 8,000 characters; the corpora's densest: 89
        ((DATES + STORY * 2) * 4, False),  # lists of 30 dates
        ((TABLE + STORY) * 10, False),  # casualty tables of a few rows
        ("The monitor counted " + "7 " * 500 + "9 people killed.", True),
        ("", False),
        ("12 people were killed.", False),
    ],
)
def test_what_is_too_dense_to_be_prose(text: str, dense: bool) -> None:
    assert bool(_stretches(text)) is dense


def test_the_limits_are_counts_within_a_window() -> None:
    at_limit = " ".join(["7"] * 270)
    assert not _stretches(at_limit)
    assert _stretches(at_limit + " 7")
    assert not dense_stretches(at_limit + " 7", split_sentences(at_limit), DenseLimits(numbers=None))
    assert len(at_limit) < WINDOW


def test_dense_stretches_are_read_as_blank_and_reported() -> None:
    article = (PROSE + STORY) * 3
    text = article + _flood("1-one and 1 1-one\n", 10_000) + "\n" + article
    budget = Budget(None)
    claims = extract_claims(Source(id="t", text=text), budget)
    ((start, end),) = budget.too_dense.spans
    flood_start, flood_end = len(article), len(article) + 10_000
    assert flood_start - LOCAL <= start <= flood_start and flood_end - 20 <= end <= flood_end + LOCAL
    assert budget.too_dense.numbers > 2_700 and budget.too_dense.sentences > 500
    assert not [c for c in claims if start <= c.start < end]
    assert all(c.source.text == text for c in claims)  # claims quote the article, not its blanked copy
    before = [c for c in claims if c.end < start]
    alone = extract_claims(Source(id="t", text=article))
    assert before and [(c.start, c.value, c.measure) for c in before] == [
        (c.start, c.value, c.measure) for c in alone if c.end < start
    ]
    assert [c for c in claims if c.start >= end and c.value == 42]  # the prose after the flood is read


def test_prose_reads_the_same_with_or_without_the_limits() -> None:
    text = TABLE + (PROSE + STORY) * 10 + DATES

    def read(limits: DenseLimits) -> list[tuple[int, int, str]]:
        claims = extract_claims(Source(id="t", text=text), Budget(None, limits))
        return [(c.start, c.end, c.rule) for c in claims]

    assert read(DenseLimits()) == read(DenseLimits(None, None, None))


def test_a_run_warns_which_article_was_partly_read_and_where(tmp_path, capsys) -> None:
    (tmp_path / "flood.txt").write_text(PROSE + _flood("1 of them 1, 1 "))  # ingest drops repeated lines
    (tmp_path / "prose.txt").write_text(PROSE * 3)
    assert main(["extract", str(tmp_path)]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if "too dense" in line]
    assert len(warnings) == 1 and "flood.txt: partly read: characters" in warnings[0]
    assert "of 20,335 (lines 1 to 2) were not read" in warnings[0]
    assert "(4,013 numbers, 10 sentences and 0 actor names left out)" in warnings[0]


def test_the_warning_goes_into_the_run_and_the_limits_can_be_lifted() -> None:
    corpus = Corpus(name="c", sources=(Source(id="a", text=_flood("x\n")),))
    assert [w for w in extract_corpus(corpus).corpus.warnings if "10,000 sentences" in w]
    assert not extract_corpus(corpus, dense=DenseLimits(None, None, None)).corpus.warnings
