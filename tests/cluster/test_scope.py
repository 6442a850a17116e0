import pytest

from crosscheck.cluster.constraints import cannot_link
from crosscheck.cluster.scope import provinces_totalled
from crosscheck.config import Settings
from tests.cluster.test_clustering import claim


@pytest.mark.parametrize(
    ("text", "quote", "provinces"),
    [
        (
            "Four killed including two women in terrorist attacks in Aleppo and Quneitra.",
            "Four",
            {"Aleppo", "Quneitra"},
        ),
        (
            "13 civilians killed 43 others injured due to rocket attacks on Aleppo Damascus.",
            "43",
            {"Aleppo", "Damascus"},
        ),
        ("Raids killed 10 people in the provinces of Idlib and Hama.", "10", {"Idlib", "Hama"}),
        ("Raids killed 10 people in Idlib, Hama and Homs provinces.", "10", {"Idlib", "Hama", "Homs"}),
        # one place, or places of one province
        ("At Khan Sheikhun in the province of Idlib 11 people were killed.", "11", set()),
        ("Shelling killed 7 people in Aleppo city and al-Bab.", "7", set()),
        # places not listed together
        (
            "Strikes killed 26 people in Aleppo, the monitor said, adding that fighting went on in Idlib.",
            "26",
            set(),
        ),
        ("Strikes killed 26 people in Aleppo while 5 died in Idlib.", "26", set()),
        ("In Aleppo and Idlib, strikes killed 26 people.", "26", set()),
        ("Raids killed 15 fighters from the provinces of Aleppo and Idlib.", "15", set()),
        ("Rockets hit Aleppo and Deir Ezzor. SANA said that 6 civilians were killed.", "6", set()),
        # a scraped tag list names places with no preposition
        ("Tags US Homs Idlib Fifty nine US cruise missiles struck an airbase.", "Fifty nine", set()),
    ],
)
def test_provinces_a_figure_totals(text, quote, provinces):
    assert provinces_totalled(claim("a", text, quote)) == provinces


def test_a_total_over_provinces_and_a_figure_for_one_of_them_are_two_quantities():
    total = claim("a", "Four killed in terrorist attacks in Aleppo and Quneitra.", "Four", value=4.0)
    one = claim("b", "Four people were killed by rocket shells in Aleppo.", "Four", value=4.0)
    same_scope = claim("c", "Rockets killed four people in Aleppo and Quneitra provinces.", "four", value=4.0)
    assert "several provinces (Aleppo, Quneitra)" in (cannot_link(total, one, Settings()) or "")
    assert cannot_link(total, same_scope, Settings()) is None
