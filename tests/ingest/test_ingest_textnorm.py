import pytest

from crosscheck.ingest.textnorm import compose_text, normalize_text, starts_with_title, title_case


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("one\r\ntwo\rthree", "one\ntwo\nthree"),
        ("tab\tstays\nnewline stays", "tab\tstays\nnewline stays"),
        ("nul\x00 and bell\x07 go", "nul and bell go"),
        ("\ufeffbom goes", "bom goes"),
        ("cafe\u0301", "caf\u00e9"),
        ("line\u2028separator", "line\nseparator"),
        ("no change, 12 % \u2013 ok", "no change, 12 % \u2013 ok"),
    ],
)
def test_normalize_text(raw: str, clean: str) -> None:
    assert normalize_text(raw) == clean


@pytest.mark.parametrize(
    ("title", "body", "text"),
    [
        ("Bridge reopens", "Traffic resumed on Monday.", "Bridge reopens\n\nTraffic resumed on Monday."),
        ("Bridge reopens", "Bridge reopens. Traffic resumed.", "Bridge reopens. Traffic resumed."),
        ("Bridge Reopens!", "bridge reopens - traffic resumed.", "bridge reopens - traffic resumed."),
        (
            "Bridge reopens",
            "Wed 05 Apr 2017 Bridge reopens. Traffic.",
            "Wed 05 Apr 2017 Bridge reopens. Traffic.",
        ),
        (
            "Bridge reopens",
            "Daily Example: Bridge reopens\nTraffic.",
            "Daily Example: Bridge reopens\nTraffic.",
        ),
        ("Harran's bridge reopens", "Harrans bridge reopens today.", "Harrans bridge reopens today."),
        (
            "Bridge in Harran reopens - World - Daily Example",
            "Bridge in Harran reopens after repairs.",
            "Bridge in Harran reopens after repairs.",
        ),
        (None, "Traffic resumed.", "Traffic resumed."),
        ("", "Traffic resumed.", "Traffic resumed."),
        (
            "Bridge reopens",
            "Officials said in a long statement that the bridge reopens soon.",
            "Bridge reopens\n\nOfficials said in a long statement that the bridge reopens soon.",
        ),
    ],
)
def test_compose_text(title: str | None, body: str, text: str) -> None:
    assert compose_text(title, body) == text


def test_title_not_found_far_into_the_body() -> None:
    body = "One two three four five six seven eight nine ten: Bridge reopens."
    assert not starts_with_title(body, "Bridge reopens")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("deir ezzor", "Deir Ezzor"), ("aleppo", "Aleppo"), ("al-Bab", "Al-Bab"), ("", None), (None, None)],
)
def test_title_case(value: str | None, expected: str | None) -> None:
    assert title_case(value) == expected
