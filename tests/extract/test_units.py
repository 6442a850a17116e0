import pytest

from crosscheck.extract.units.units import consistent, currency_before, rate_after, to_base, unit_after


@pytest.mark.parametrize(
    ("after", "unit"),
    [
        (" km", "km"),
        ("km", "km"),
        (" kilometres", "km"),
        (" square kilometers", "km2"),
        (" sq mi", "sq_mi"),
        (" hectares", "hectare"),
        ("%", "percent"),
        (" per cent", "percent"),
        (" percent", "percent"),
        (" percentage points", "percentage_point"),
        (" dollars", "usd"),
        (" euros", "eur"),
        (" kg", "kg"),
        (" tonnes", "tonne"),
        ("m", "m"),
        (" years", "year"),
        ("-year", "year"),
        (" days", "day"),
        (" mph", "mph"),
        (" people", None),
        (" m", None),  # one-letter symbols must touch the figure
        (" in", None),
        ("″ long", "in"),
        ("′ high", "ft"),
        ("' high", "ft"),
        ("'s", None),  # "the 1990's", not feet
        (" '", None),
        ("€ each", "eur"),
        (" €5", None),  # the sign of the next figure
        (" p at", "pence"),
        (" p.m.", None),
        (" ppg", "point/game"),
        (" PPG", None),
        (" rpg", "rebound/game"),
        (" WAR", "war"),
        (" WAR Crimes", None),
        (" WAR last season", "war"),
    ],
)
def test_unit_after(after: str, unit: str | None) -> None:
    hit = unit_after("40" + after, 2)
    assert (hit.unit if hit else None) == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The kite flew at 40' above Tarvin.", "ft"),
        ("She said: 'we lost 40' and left.", None),  # a closing quote
    ],
)
def test_prime_is_feet_outside_quotes(text: str, unit: str | None) -> None:
    hit = unit_after(text, text.index("40") + 2)
    assert (hit.unit if hit else None) == unit


@pytest.mark.parametrize(
    ("before", "unit"),
    [
        ("$", "usd"),
        ("US$", "usd"),
        ("US $", "usd"),
        ("€", "eur"),
        ("£", "gbp"),
        ("HK$", "hkd"),
        ("A$", "aud"),
        ("", None),
    ],
)
def test_currency_before(before: str, unit: str | None) -> None:
    text = f"paid {before}40"
    hit = currency_before(text, text.index("40"))
    assert (hit.unit if hit else None) == unit


@pytest.mark.parametrize(
    ("after", "rate"),
    [
        (" a day", "day"),
        (" per week", "week"),
        (" daily", "day"),
        (" per annum", "year"),
        (" a barrel", "barrel"),
        (" a-year", "year"),
        ("-a-day", "day"),
        (" men", None),
        (" a-side", None),
    ],
)
def test_rate_after(after: str, rate: str | None) -> None:
    hit = rate_after(after, 0)
    assert (hit[1] if hit else None) == rate


@pytest.mark.parametrize(
    ("a", "ua", "b", "ub", "ok"),
    [
        (270, "km2", 100, "sq_mi", True),  # 259 km2: within 5%
        (40, "km", 25, "mi", True),
        (40, "km", 30, "mi", False),
        (10, "km", 10, "kg", False),
        (100, "celsius", 212, "fahrenheit", True),
        (5, "usd", 4, "eur", True),  # currencies cannot be checked
        (12, None, 12, None, True),
    ],
)
def test_consistent(a: float, ua: str | None, b: float, ub: str | None, ok: bool) -> None:
    assert consistent(a, ua, b, ub) is ok


def test_to_base() -> None:
    assert to_base(2, "km") == 2000
    assert to_base(1, "usd") is None
