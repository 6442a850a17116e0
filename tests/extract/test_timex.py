from datetime import date

import pytest

from crosscheck.extract.time.timex import find_time

PUB = date(2017, 8, 25)  # a Friday

# (sentence, figure, published, start, end, text); start None and text None: no span
ROWS = [
    # the time of "said" only bounds the deaths: up to three days before (test_timex_attachment.py)
    (
        "The mayor said on Thursday that 5 people died.",
        "5",
        PUB,
        date(2017, 8, 21),
        date(2017, 8, 24),
        "on Thursday",
    ),
    ("On Friday 5 people died.", "5", PUB, PUB, PUB, "On Friday"),
    ("Last Friday 5 people died.", "5", PUB, date(2017, 8, 18), date(2017, 8, 18), "Last Friday"),
    ("5 people died yesterday.", "5", PUB, date(2017, 8, 24), date(2017, 8, 24), "yesterday"),
    ("Today 5 people died.", "5", PUB, PUB, PUB, "Today"),
    ("5 people died last week.", "5", PUB, date(2017, 8, 14), date(2017, 8, 20), "last week"),
    ("5 people died earlier this week.", "5", PUB, date(2017, 8, 21), PUB, "earlier this week"),
    ("5 people died this month.", "5", PUB, date(2017, 8, 1), PUB, "this month"),
    ("5 people died last month.", "5", PUB, date(2017, 7, 1), date(2017, 7, 31), "last month"),
    (
        "On January 24 six bombers took off.",
        "six",
        PUB,
        date(2017, 1, 24),
        date(2017, 1, 24),
        "On January 24",
    ),
    ("On October 3 six bombers took off.", "six", PUB, date(2016, 10, 3), date(2016, 10, 3), "On October 3"),
    (
        "The war began in March 2011 and 5 towns fell.",
        "5",
        PUB,
        date(2011, 3, 1),
        date(2011, 3, 31),
        "in March 2011",
    ),
    ("Troops held out there since 2014, losing 300 men.", "300", PUB, date(2014, 1, 1), PUB, "since 2014"),
    (
        "Raids killed 80 people over the past three months.",
        "80",
        PUB,
        date(2017, 5, 27),
        PUB,
        "over the past three months",
    ),
    ("At least 9 died in the last 24 hours.", "9", PUB, date(2017, 8, 24), PUB, "in the last 24 hours"),
    ("Raids in recent days killed 57 people.", "57", PUB, date(2017, 8, 18), PUB, "in recent days"),
    ("Saturday's attack killed 14 people.", "14", PUB, date(2017, 8, 19), date(2017, 8, 19), "Saturday's"),
    # the apostrophe lost in transcoding still makes a possessive; a plural weekday does not
    ("Saturdays attack killed 14 people.", "14", PUB, date(2017, 8, 19), date(2017, 8, 19), "Saturdays"),
    ("Markets close on Saturdays and 14 people died.", "14", PUB, None, None, None),
    ("Overnight, 14 people were killed.", "14", PUB, date(2017, 8, 24), PUB, "Overnight"),
    ("Earlier this year 60 houses were razed.", "60", PUB, date(2017, 1, 1), PUB, "Earlier this year"),
    (
        "Since Saturday at least 68 civilians have been killed.",
        "68",
        PUB,
        date(2017, 8, 19),
        PUB,
        "Since Saturday",
    ),
    ("The toll rose to 40 on 3 May 2016.", "40", None, date(2016, 5, 3), date(2016, 5, 3), "on 3 May 2016"),
    ("In June, 7 villages were retaken.", "7", PUB, date(2017, 6, 1), date(2017, 6, 30), "In June"),
    ("Two days ago 7 villages were retaken.", "7", PUB, date(2017, 8, 23), date(2017, 8, 23), "Two days ago"),
    (
        "On Monday 3 died, and on Wednesday 8 more died.",
        "8",
        PUB,
        date(2017, 8, 23),
        date(2017, 8, 23),
        "on Wednesday",
    ),
    # relative without a publication date: unknown; absolute still resolves
    ("On Thursday 5 people died.", "5", None, None, None, None),
    ("5 people died last week.", "5", None, None, None, None),
    ("In March 2011 5 towns fell.", "5", None, date(2011, 3, 1), date(2011, 3, 31), "In March 2011"),
    # no time expression
    ("At least 5 people died in the shelling.", "5", PUB, None, None, None),
    ("A convoy of 15 vehicles was destroyed.", "15", PUB, None, None, None),
    ("The brigade lost 2014 men in the war.", "2014", PUB, None, None, None),
    ("They may launch 3 more raids.", "3", PUB, None, None, None),
    ("Published 25 August 2017 At least 5 people died.", "5", PUB, None, None, None),
]


@pytest.mark.parametrize(("sentence", "figure", "published", "start", "end", "text"), ROWS)
def test_find_time(sentence: str, figure: str, published, start, end, text) -> None:
    got = find_time(sentence, [(0, len(sentence))], 0, sentence.index(figure), published)
    if text is None:
        assert got is None
        return
    assert got is not None
    assert (got.start, got.end, got.text) == (start, end, text)
