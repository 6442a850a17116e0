from datetime import date

import pytest

from crosscheck.ingest.dates import LEADING_DATE, date_in_first_lines, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4/5/2017", date(2017, 4, 5)),
        ("12/31/2016", date(2016, 12, 31)),
        ("31/12/2016", date(2016, 12, 31)),
        ("2017-04-05", date(2017, 4, 5)),
        ("2017/04/05", date(2017, 4, 5)),
        ("2017-09-09T17:49:00+00:00", date(2017, 9, 9)),
        ("2017-09-09T17:49:00Z", date(2017, 9, 9)),
        ("2017-09-09 17:49", date(2017, 9, 9)),
        ("Aug. 25th, 2017", date(2017, 8, 25)),
        ("August 25, 2017", date(2017, 8, 25)),
        ("Sept 3 2016", date(2016, 9, 3)),
        ("25 August 2017", date(2017, 8, 25)),
        ("1st of May 2015", date(2015, 5, 1)),
        ("Wed 05 Apr 2017", date(2017, 4, 5)),
        ("Thursday, 6 April 2017", date(2017, 4, 6)),
        ("Saturday 09 September 2017 17:49 EDT", date(2017, 9, 9)),
        ("Fri 07 Apr 2017 at 0914", date(2017, 4, 7)),
        ("17-02-2016", date(2016, 2, 17)),
        ("04.07.2015", date(2015, 7, 4)),
        ("  2017-04-05  ", date(2017, 4, 5)),
        # not dates, or not only a date: None, never a guess
        ("2/30/2017", None),
        ("13/13/2017", None),
        ("2017", None),
        ("April 2017", None),
        ("yesterday", None),
        ("00:00", None),
        ("", None),
        (None, None),
        ("On 4/5/2017 the army advanced.", None),
        ("25 August 2017 was a Friday", None),
    ],
)
def test_parse_date(text: str | None, expected: date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Wed 05 Apr 2017 Bridge reopened in Tel Amar.", "Bridge reopened in Tel Amar."),
        ("Tuesday 02 August 2016 19:11 Council meets in Harran", "Council meets in Harran"),
        ("Fri 07 Apr 2017 at 0914 Governor says 12 hurt", "Governor says 12 hurt"),
        ("18 November 2016 6 citizens hurt in Qarnat", "6 citizens hurt in Qarnat"),
        ("Published July 2 2016 Two medics were hurt", "Two medics were hurt"),
        ("Date of publication 29 August 2016 Storm hits", "Storm hits"),
        ("17-02-2016 Army enters Harran", "Army enters Harran"),
        ("Army enters Harran on 17-02-2016", "Army enters Harran on 17-02-2016"),
        ("12 soldiers were hurt", "12 soldiers were hurt"),
    ],
)
def test_leading_date_is_stripped_only_at_the_start(text: str, rest: str) -> None:
    assert LEADING_DATE.sub("", text, count=1) == rest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Headline here\nAug. 25th, 2017\nBody text.", date(2017, 8, 25)),
        ("\n\n2017-03-21\nBody.", date(2017, 3, 21)),
        ("One.\nTwo.\nThree.\n2017-03-21\n", None),
        ("The vote on 2017-03-21 was close.\nMore.", None),
        ("", None),
    ],
)
def test_date_in_first_lines(text: str, expected: date | None) -> None:
    assert date_in_first_lines(text) == expected
