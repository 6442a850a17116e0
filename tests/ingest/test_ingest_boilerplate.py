"""Boilerplate rules on invented lines: each furniture family, and content that must survive."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.ingest.boilerplate import strip_boilerplate
from crosscheck.ingest.boilerplate_rules import LINE_RULES, line_rule

CONTENT = [
    "The army said on Tuesday that 42 soldiers had been wounded near the village of Tel Amar.",
    "Her comments came two days after the council cut the road between Harran and Qarnat.",
    "The agreement, signed in Varna in May, set up four zones and 12 checkpoints.",
    "Officials said the ministry had donated 300 tents to families displaced from Qarnat.",
    '"Your support means everything to us," the mayor of Harran told reporters on Monday.',
    "The ministry sent notifications to 300 families whose homes were damaged.",
    "Residents said they would share the water from the two remaining wells.",
    "By Saturday, the militia had withdrawn from 14 positions around the airport.",
    "More than 900 missions were flown this month, the spokesman said.",
    "Turkey and Iran share a long border",
    "The noose is tightening around the rebels in the old city",
    "Raqqa",
    "In Harran, 12 people died.",
    "Reuters report",
    "By the numbers",
    "Newsletter editor jailed in Varna",
    "Photographers in Harran said 3 colleagues were hurt: two by shrapnel.",
    "Donations poured in from across Europe.",
    "Western states support independent monitors in Idlib.",
    "Commenting on the attack, the governor said 14 people died.",
    "Subscribers to the state network lost access for 3 days.",
    "Cookies and sweets were handed out to 200 children in the camp, the charity said.",
]


@pytest.mark.parametrize("line", CONTENT)
def test_content_lines_are_not_boilerplate(line: str) -> None:
    assert line_rule(line) is None


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("You have commented 17 times on Harran Daily.", "comment_box"),
        ("12 Comments", "comment_box"),
        ("Comments", "comment_box"),
        ("Sorry. Comments are closed on this story.", "comment_box"),
        ("Leave a Reply", "comment_box"),
        ("View all 8 comments", "comment_box"),
        ("Join our commenting forum", "comment_box"),
        ("Join lively conversations with other readers", "comment_box"),
        ("What do you think?", "comment_box"),
        ("Please refresh your browser to be logged in", "login_notice"),
        ("Thank you for registering", "login_notice"),
        ("Log in", "login_notice"),
        ("Your donation keeps our reporters in the field.", "appeal"),
        ("Support independent journalism today", "appeal"),
        ("We believe news should be free, so we have no paywall.", "appeal"),
        ("Please send us your ideas and tips via email.", "appeal"),
        ("Sign up for our morning newsletter", "newsletter"),
        ("Subscribe", "newsletter"),
        ("Stay up to date with notifications from the Harran Herald", "newsletter"),
        ("Notifications can be managed in browser preferences.", "site_notice"),
        ("Sign up for our daily newsletter", "newsletter"),
        ("Photo: Harran Herald/Jane Example", "caption"),
        ("Share this article", "share_bar"),
        ("Tweet", "share_bar"),
        ("Follow us on Mastodon", "share_bar"),
        ("We use cookies to improve your experience. Accept all?", "cookie_notice"),
        (
            "The views expressed in this column are those of the author and do not reflect this site.",
            "disclaimer",
        ),
        ("This site does not necessarily reflect the views of its contributors", "disclaimer"),
        ("© 2017 Harran Herald", "copyright"),
        ("Copyright Example Media Ltd. All rights reserved.", "copyright"),
        ("Advertisement", "advertisement"),
        ("Posted by: Mira", "byline"),
        ("By Jane Example", "byline"),
        ("Additional reporting by Tom Sample", "credit"),
        ("Your Name", "form_field"),
        ("E-mail (required)", "form_field"),
        ("Website (optional)", "form_field"),
        ("Soldiers, pictured, patrol the Harran road", "caption"),
        ("Soldiers patrol the Harran road (AFP/Getty Images)", "caption"),
        ("Home | World | Sport | Weather", "nav_bar"),
        ("2 News - 2 Movies - 2 Music - 2 Search", "nav_bar"),
        ("Harran-Qarnat-Varna", "category_tag"),
        ("Bold Italic Underline Link Photo Quote", "furniture_words"),
        ("guest", "furniture_words"),
        ("Print Email Share", "furniture_words"),
        ("in ,", "fragment"),
        ("00:00", "fragment"),
        ("|", "fragment"),
        ("Aug. 25th, 2017", "dateline"),
        ("2017-03-21", "dateline"),
        ("Saturday 09 September 2017 17:49 EDT", "dateline"),
        ("Updated: 4 May 2016", "dateline"),
    ],
)
def test_line_rule(line: str, rule: str) -> None:
    assert line_rule(line) == rule


def test_rule_names_are_unique() -> None:
    names = [rule.name for rule in LINE_RULES]
    assert len(names) == len(set(names))


ARTICLE = (
    "The army said on Tuesday that 42 soldiers had been wounded near Tel Amar.\n"
    "Officials in Harran said more than 300 families had fled since Sunday."
)
FIRST = ARTICLE.split("\n")[0]


@pytest.mark.parametrize(
    ("before", "after", "rule", "lines"),
    [
        (
            "",
            "\nRelated\nBridge reopens in Qarnat\nFloods hit the Varna valley\n",
            "related_links",
            ["Related", "Bridge reopens in Qarnat", "Floods hit the Varna valley"],
        ),
        (
            "",
            "\nMore from Harran Herald:\nBridge reopens in Qarnat\n",
            "related_links",
            ["More from Harran Herald:", "Bridge reopens in Qarnat"],
        ),
        (
            "Harran Herald\nNews and weather\n",
            "\nHarran Herald\nNews and weather",
            "repeated_chrome",
            ["Harran Herald", "News and weather", "Harran Herald", "News and weather"],
        ),
        ("Bridge reopens\nJane Example\nMonday 04 May 2015 10:12 BST\n", "", "byline_name", ["Jane Example"]),
        (
            "",
            "\nYour support helps us tell the story\nFrom Harran to Varna, our reporters are on the ground.\n"
            "Your donation keeps them there.",
            "appeal_block",
            ["From Harran to Varna, our reporters are on the ground."],
        ),
        (
            "",
            "\nLeave a Reply\nFloods hit the Varna valley\nMayor of Qarnat resigns after 12 years",
            "trailing_links",
            ["Floods hit the Varna valley", "Mayor of Qarnat resigns after 12 years"],
        ),
    ],
)
def test_context_rules(before: str, after: str, rule: str, lines: list[str]) -> None:
    cleaned = strip_boilerplate(before + ARTICLE + after)
    assert [r.text for r in cleaned.removed if r.rule == rule] == lines
    assert ARTICLE in cleaned.text


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        (ARTICLE + "\nFloods hit the Varna valley", []),
        ("Harran Herald\n" + ARTICLE, []),
        ("Bridge reopens\n" + ARTICLE + "\nMonday 04 May 2015", ["dateline"]),
        (ARTICLE + "\nRelated\n" + ARTICLE, ["related_links", "repeated_line", "repeated_line"]),
        (ARTICLE + "\nShare this article\nJane Example", ["share_bar", "trailing_links"]),
        ("Jane Example\n" + ARTICLE, []),
        ("Your donation helps us.\n" + FIRST + "\nYour donation helps us.", ["appeal", "appeal"]),
        ("0 Comments\n" + FIRST + "\nView all comments", ["comment_box", "comment_box"]),
    ],
)
def test_context_rules_leave_content(text: str, rules: list[str]) -> None:
    cleaned = strip_boilerplate(text)
    assert [r.rule for r in cleaned.removed] == rules
    for line in ARTICLE.split("\n"):
        assert (line in cleaned.text) == (line in text)


def test_title_is_not_removed_as_chrome() -> None:
    text = "Bridge reopens\n" + ARTICLE + "\nBridge reopens"
    assert strip_boilerplate(text, title="Bridge reopens").text.startswith("Bridge reopens\n")


def test_removal_keeps_paragraph_breaks_and_reports_line_numbers() -> None:
    text = "Share this article\n\n" + ARTICLE.replace("\n", "\n\n") + "\n\n0 Comments\n\n"
    cleaned = strip_boilerplate(text)
    assert cleaned.text == ARTICLE.replace("\n", "\n\n")
    assert [(r.rule, r.line) for r in cleaned.removed] == [("share_bar", 1), ("comment_box", 7)]


@settings(deadline=None)  # speed is measured in benchmarks/, not by a timed test on a shared machine
@given(
    st.lists(
        st.sampled_from([*CONTENT, "Share this article", "0 Comments", "", "Related", "in ,"]), max_size=12
    )
)
def test_output_lines_are_input_lines_in_order(lines: list[str]) -> None:
    cleaned = strip_boilerplate("\n".join(lines))
    kept = iter(lines)
    assert all(any(line == candidate for candidate in kept) for line in cleaned.text.split("\n") if line)
    assert {r.line for r in cleaned.removed} <= set(range(1, len(lines) + 1))
    assert all(line in cleaned.text for line in lines if line in CONTENT[:9])
