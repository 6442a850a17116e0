from datetime import date

import pytest

from crosscheck.ingest.datelines import date_by_dateline, find_dateline
from crosscheck.ingest.draft import Draft

ROWS = [
    ("43 killed in shelling Monitor AFP Sunday 3 Jul 2016 Fierce shelling.", date(2016, 7, 3)),
    ("Regime kills 25\n\nDate of publication 1 September 2016 At least 25 died.", date(2016, 9, 1)),
    ("Fri Jun 24 2016 Daesh kidnapped 900 people in Aleppo.", date(2016, 6, 24)),
    ("Posted on July 20 2016 by Asharq Al-Awsat Dozens Killed in Manbij", date(2016, 7, 20)),
    (
        "Outrage in Idlib | Jordan Times\n\nLast updated at Apr 052017 KHAN SHEIKHUN An attack",
        date(2017, 4, 5),
    ),
    ("23-04-2016 Child killed in Damascus.", date(2016, 4, 23)),
    ("Jets hit a camp\n\n03.10.2017 Russian forces killed 304 militants.", date(2017, 10, 3)),
    ("Thursday 28 January 2016 17:27 Nine Civilians Killed in Homs.", date(2016, 1, 28)),
    ("Aug. 1 2016 Rescuers say gas was dropped on a Syrian town.", date(2016, 8, 1)),
    ("Ten killed in Raqqa 21 November 2016 SANA Aircraft of the coalition struck.", date(2016, 11, 21)),
    ("Published: 2017-10-02 Strikes hit Idlib.", date(2017, 10, 2)),
    # an event date is introduced by a preposition; a weekday must fit the date; only the head counts
    ("Ghouta: On August 21 2013 the regime fired rockets.", None),
    ("Clashes since March 15 2011 have killed many.", None),
    ("Monitor AFP Monday 3 Jul 2016 Fierce bombardment.", None),
    ("No date here at all, only 43 people and 2016 as a year.", None),
    ("x" * 500 + " AFP Sunday 3 Jul 2016", None),
    ("Strikes on 12.2016 positions", None),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_find_dateline(text: str, expected: date | None) -> None:
    found = find_dateline(text)
    assert (found.day if found else None) == expected
    if found:
        assert str(expected.year) in text[found.start : found.end]


def _draft(body: str, published: date | None, where: str = "corpus.csv:2") -> Draft:
    return Draft(id="a", body=body, path="corpus.csv", where=where, published=published)


def test_a_dateline_that_disagrees_with_the_metadata_wins_with_one_warning() -> None:
    drafts = [
        _draft("Title AFP Saturday 25 Jun 2016 Strikes killed 47.", date(2016, 6, 5), "corpus.csv:2"),
        _draft("Title AFP Sunday 26 Jun 2016 Strikes killed 8.", date(2016, 6, 6), "corpus.csv:3"),
    ]
    warnings: list[str] = []
    dated = date_by_dateline(drafts, warnings)
    assert [d.published for d in dated] == [date(2016, 6, 25), date(2016, 6, 26)]
    assert len(warnings) == 1
    assert warnings[0].startswith("2 article(s)")
    assert "corpus.csv:2 (2016-06-05 -> 2016-06-25)" in warnings[0]


def test_a_dateline_that_agrees_or_is_missing_changes_nothing() -> None:
    drafts = [
        _draft("Title AFP Saturday 25 Jun 2016 Strikes killed 47.", date(2016, 6, 25)),
        _draft("Strikes killed 47 on Saturday.", date(2016, 6, 5)),
    ]
    warnings: list[str] = []
    assert date_by_dateline(drafts, warnings) == drafts
    assert warnings == []


def test_a_dateline_one_day_off_the_corpus_date_still_wins() -> None:
    # "01.02.2015" printed atop a page the corpus dates 2 February: "this morning" is 1 February.
    warnings: list[str] = []
    drafts = [_draft("01.02.2015 A bus blast killed six people.", date(2015, 2, 2))]
    dated = date_by_dateline(drafts, warnings)
    assert dated[0].published == date(2015, 2, 1)
    assert len(warnings) == 1


def test_an_undated_article_takes_its_dateline_silently() -> None:
    warnings: list[str] = []
    dated = date_by_dateline([_draft("Fri Jun 24 2016 Daesh kidnapped 900 people.", None)], warnings)
    assert dated[0].published == date(2016, 6, 24)
    assert warnings == []
