import pytest

from crosscheck.extract.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ten died. Five fled.", ["Ten died.", "Five fled."]),
        (
            "Col. Ray Anso said 1.5 million fled. Aid came.",
            ["Col. Ray Anso said 1.5 million fled.", "Aid came."],
        ),
        (
            "Gen. Tor and Lt. Vale met Dr. Ivo on Aug. 25. Talks failed.",
            ["Gen. Tor and Lt. Vale met Dr. Ivo on Aug. 25.", "Talks failed."],
        ),
        ("The U.S. military said so. The U.K. agreed.", ["The U.S. military said so.", "The U.K. agreed."]),
        (
            "It happened in the U.S. The next day it ended.",
            ["It happened in the U.S.", "The next day it ended."],
        ),
        ("Mr. J. R. Kell of No. 5 St. Anne Road spoke.", ["Mr. J. R. Kell of No. 5 St. Anne Road spoke."]),
        (
            "Towns, e.g. Varnok, i.e. small ones, suffered.",
            ["Towns, e.g. Varnok, i.e. small ones, suffered."],
        ),
        ('"We lost 40 men." He wept.', ['"We lost 40 men."', "He wept."]),
        ("Is it over? Nobody knows! Wait.", ["Is it over?", "Nobody knows!", "Wait."]),
        (
            "Headline with no stop\nFirst line. Second line.",
            ["Headline with no stop", "First line.", "Second line."],
        ),
        ("  padded.   \n\n  ", ["padded."]),
        ("", []),
        ("The toll rose to 3.5 percent. Then fell.", ["The toll rose to 3.5 percent.", "Then fell."]),
        (
            "Men run past ruins in Hasakeh on Monday (AFP photo) BEIRUT Thirteen civilians died.",
            ["Men run past ruins in Hasakeh on Monday (AFP photo)", "BEIRUT Thirteen civilians died."],
        ),
        ("(TRT World and Agencies) A car bomb hit.", ["(TRT World and Agencies)", "A car bomb hit."]),
        ("The monitor said (AFP) that 5 died.", ["The monitor said (AFP) that 5 died."]),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_spans_are_absolute_and_stripped() -> None:
    text = "  One.  Two.\n Three. "
    spans = split_sentences(text)
    assert spans == [(2, 6), (8, 12), (14, 20)]
