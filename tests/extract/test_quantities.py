import pytest

from crosscheck.extract.numbers.quantities import find_quantities

N = None

# (text, quote, value, low, high, qualifier, unit)
CASES = [
    # exact counts, digits and words
    ("Shelling killed 14 people in Varnok.", "14", 14, 14, 14, "exact", N),
    ("The army lost 1,200 soldiers.", "1,200", 1200, 1200, 1200, "exact", N),
    ("Seven villages were emptied.", "Seven", 7, 7, 7, "exact", N),
    ("It took twenty-one trucks.", "twenty-one", 21, 21, 21, "exact", N),
    ("They buried one hundred and twenty bodies.", "one hundred and twenty", 120, 120, 120, "exact", N),
    ("A dozen homes burned.", "A dozen", 12, 12, 12, "exact", N),
    ("Aid reached 1.5 million people.", "1.5 million", 1.5e6, 1.5e6, 1.5e6, "exact", N),
    ("one person was killed in Tarsel", "one", 1, 1, 1, "exact", N),
    # qualifiers
    ("At least 70 militants died near Orvel.", "At least 70", 70, 70, N, "at_least", N),
    ("no fewer than 12 boats sank", "no fewer than 12", 12, 12, N, "at_least", N),
    ("40 or more people were hurt", "40 or more", 40, 40, N, "at_least", N),
    ("a 20+ vehicle convoy", "20+", 20, 20, N, "at_least", N),
    ("more than 900 missions were flown", "more than 900", 900, 900, N, "more_than", N),
    ("over 30 shops closed", "over 30", 30, 30, N, "more_than", N),
    ("in excess of 500 families fled", "in excess of 500", 500, 500, N, "more_than", N),
    ("up to 300 fighters remain", "up to 300", 300, N, 300, "at_most", N),
    ("as many as 45 civilians", "as many as 45", 45, N, 45, "at_most", N),
    ("fewer than 10 doctors stayed", "fewer than 10", 10, N, 10, "less_than", N),
    ("about 19 per cent of voters", "about 19 per cent", 19, N, N, "about", "percent"),
    ("an estimated 20,000 people", "an estimated 20,000", 20000, N, N, "about", N),
    ("some 200 tents", "some 200", 200, N, N, "about", N),
    ("nearly 50 wells", "nearly 50", 50, N, 50, "nearly", N),
    ("almost half of them", "almost half", 0.5, N, 0.5, "nearly", "fraction"),
    ("more than two-thirds of the town", "more than two-thirds", 2 / 3, 2 / 3, N, "more_than", "fraction"),
    # ranges
    ("60 to 70 flights a day", "60 to 70", N, 60, 70, "range", N),
    ("between 20 and 25 soldiers", "between 20 and 25", N, 20, 25, "range", N),
    ("20-25 people", "20-25", N, 20, 25, "range", N),
    ("20 - 25 people", "20 - 25", N, 20, 25, "range", N),
    ("from 20 to 25 homes", "from 20 to 25", N, 20, 25, "range", N),
    ("four to five thousand people", "four to five thousand", N, 4000, 5000, "range", N),
    ("$3 to $5 billion", "$3 to $5 billion", N, 3e9, 5e9, "range", "usd"),
    ("1 to 1.5 degrees Celsius", "1 to 1.5 degrees Celsius", N, 1, 1.5, "range", "celsius"),
    # vague amounts
    ("dozens of people", "dozens", N, 24, N, "vague", N),
    ("scores of houses", "scores", N, 40, N, "vague", N),
    ("hundreds of families", "hundreds", N, 200, N, "vague", N),
    ("thousands of people fled", "thousands", N, 2000, N, "vague", N),
    ("tens of thousands of dollars", "tens of thousands of dollars", N, 20000, N, "vague", "usd"),
    ("several hundred troops", "several hundred", N, 200, N, "vague", N),
    ("several dozen wounded", "several dozen", N, 24, N, "vague", N),
    ("several wounded", "several", N, 3, N, "vague", N),
    # bare plurals: object of a verb of harm, subject of a participle, quoted, "more"/"others" after
    ("The raid also injured dozens.", "dozens", N, 24, N, "vague", N),
    ("Four died and dozens were hurt.", "Four", 4, 4, 4, "exact", N),
    ("Nine were killed and dozens wounded.", "Nine", 9, 9, 9, "exact", N),
    ("Officials fear 'hundreds' more are trapped.", "'hundreds'", N, 200, N, "vague", N),
    ("Thousands have fled Varnok.", "Thousands", N, 2000, N, "vague", N),
    ("The shelling wounded scores of others.", "scores", N, 40, N, "vague", N),
    # a weekday after a count is when, not a name
    ("The blast wounded 31 Friday in Ostra.", "31", 31, 31, 31, "exact", N),
    ("a few days", "a few days", N, 2, 5, "vague", "day"),
    # units
    ("40 km away", "40 km", 40, 40, 40, "exact", "km"),
    ("a 5km walk", "5km", 5, 5, 5, "exact", "km"),
    ("12 miles north", "12 miles", 12, 12, 12, "exact", "mi"),
    ("300 hectares of farmland", "300 hectares", 300, 300, 300, "exact", "hectare"),
    ("5 percentage points", "5 percentage points", 5, 5, 5, "exact", "percentage_point"),
    ("a rise of 12%", "12%", 12, 12, 12, "exact", "percent"),
    ("$14.95 a month", "$14.95 a month", 14.95, 14.95, 14.95, "exact", "usd"),
    ("2.5bn euros", "2.5bn euros", 2.5e9, 2.5e9, 2.5e9, "exact", "eur"),
    ("£40m in aid", "£40m", 4e7, 4e7, 4e7, "exact", "gbp"),
    ("30 tonnes of flour", "30 tonnes", 30, 30, 30, "exact", "tonne"),
    ("three years of war", "three years", 3, 3, 3, "exact", "year"),
    ("a three-year siege", "three-year", 3, 3, 3, "exact", "year"),
    ("a nearly three-year-old siege", "nearly three-year-old", 3, N, 3, "nearly", "year"),
    ("a 12-year-old boy", "12-year-old", 12, 12, 12, "exact", "year_of_age"),
    ("Mara Tesk, 45, said", "45", 45, 45, 45, "exact", "year_of_age"),
    ("$52 a barrel", "$52 a barrel", 52, 52, 52, "exact", "usd/barrel"),
    ("-5 yards", "-5 yards", -5, -5, -5, "exact", "yd"),
]


@pytest.mark.parametrize(("text", "quote", "value", "low", "high", "qualifier", "unit"), CASES)
def test_first_quantity(
    text: str,
    quote: str,
    value: float | None,
    low: float | None,
    high: float | None,
    qualifier: str,
    unit: str | None,
) -> None:
    found = find_quantities(text)
    assert found, text
    q = found[0]
    assert text[q.start : q.end] == quote
    assert (q.value, q.low, q.high) == pytest.approx((value, low, high))
    assert q.qualifier == qualifier
    assert q.unit == unit
    assert q.rule.startswith("quantity:")


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("60 to 70 flights a day", "day"),
        ("$14.95 a month", "month"),
        ("40 trucks per week", "week"),
        ("40 trucks", None),
        ("$6.78 billion a year earlier", None),
    ],
)
def test_rate(text: str, rate: str | None) -> None:
    assert find_quantities(text)[0].rate == rate


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("at least 70 militants", "quantity:at_least+digits"),
        ("between two and three", "quantity:range+words"),
        ("dozens of people", "quantity:vague(dozens)"),
        ("tens of thousands", "quantity:vague(tens_of_thousands)"),
        ("a 12-year-old boy", "quantity:exact+digits+age"),
    ],
)
def test_rule_strings(text: str, rule: str) -> None:
    assert find_quantities(text)[0].rule == rule


@pytest.mark.parametrize(
    ("text", "unit", "conv_unit", "consistent"),
    [
        ("more than 270 square kilometers [100 square miles]", "km2", "sq_mi", True),
        ("40 km (25 miles)", "km", "mi", True),
        ("40 km (50 miles)", "km", "mi", False),
        ("8 miles (13 kilometers) of tunnel", "mi", "km", True),
        ("9 billion shekels ($2.4 billion)", "ils", "usd", True),
        ("2.14degF (1.19deg C) warmer", "fahrenheit", "celsius", True),
    ],
)
def test_conversion(text: str, unit: str, conv_unit: str, consistent: bool) -> None:
    found = find_quantities(text)
    assert len(found) == 1
    q = found[0]
    assert q.unit == unit
    assert q.conversion is not None
    assert q.conversion.unit == conv_unit
    assert q.conversion.consistent is consistent
    assert q.start <= q.conversion.start < q.conversion.end <= q.end


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Nine were killed and dozens wounded.", ["Nine", "dozens"]),
        ("Four died and dozens were hurt.", ["Four", "dozens"]),
        ("The blast killed five and wounded hundreds more.", ["five", "hundreds"]),
        # negatives: a bare plural that counts nothing, a name with a number
        ("Estimates ran in the hundreds.", []),
        ("They arrived by the thousands.", []),
        ("She read dozens, not hundreds.", []),
        ("The team posted scores above par.", []),
        ("He met Lang 20 Sunday.", []),
    ],
)
def test_bare_vague_plurals(text: str, quotes: list[str]) -> None:
    assert [text[q.number_start : q.number_end] for q in find_quantities(text)] == quotes


def test_number_offsets() -> None:
    text = "Officials said at least 70 militants died."
    q = find_quantities(text)[0]
    assert text[q.number_start : q.number_end] == "70"
    assert text[q.start : q.end] == "at least 70"


def test_window_is_respected() -> None:
    text = "12 boats. Then 40 trucks. And 7 cars."
    found = find_quantities(text, 10, 25)
    assert [text[q.start : q.end] for q in found] == ["40"]


def test_several_in_one_sentence_sorted() -> None:
    text = "Of 40 wounded, 12 were children and three later died; about 5% of the town fled."
    quotes = [text[q.start : q.end] for q in find_quantities(text)]
    assert quotes == ["40", "12", "three", "about 5%"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("... !? -- / -- (( )) ;", []),
        ("\n.\n.\n$ % ( ) [ ]", []),
        ("٣ killed", [3.0]),  # an Arabic-Indic digit is a digit
        (". . . 12 . . .", [12.0]),
    ],
)
def test_a_span_with_no_digit_or_letter_holds_no_quantity(text: str, values: list[float]) -> None:
    assert [q.value for q in find_quantities(text)] == values
