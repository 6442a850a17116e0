"""AccuCopy's dependence from shared false values, its vote discount, and the prior by source class, on
small hand-made tables whose answer is known."""

from __future__ import annotations

import pytest

from crosscheck.reliability import Claim, CopySettings, Settings, discover
from crosscheck.reliability.copies import dependence

PAPER = CopySettings()


@pytest.mark.parametrize(
    ("k_true", "k_false", "k_different", "accuracies", "dependent"),
    [
        (36, 0, 4, (0.95, 0.95), False),  # two accurate sources agree on true values, differ now and then
        (30, 0, 10, (0.8, 0.8), False),  # and differ when wrong: independent errors
        (20, 20, 0, (0.5, 0.5), True),  # the same false value on half the items: copying
        (30, 5, 5, (0.8, 0.8), True),  # five shared false values out of many possible
        (0, 0, 0, (0.8, 0.8), False),  # nothing in common: the prior (0.2)
    ],
)
def test_dependence_comes_from_shared_false_values(k_true, k_false, k_different, accuracies, dependent):
    assert (dependence(k_true, k_false, k_different, *accuracies, PAPER) > 0.5) is dependent


def test_a_copier_does_not_double_its_weight():
    """Four independent sources, right but for one miss each on different items; three copies of one page
    that shares a false value on a third of the items. On the last items only two independents speak: three
    copies outvote them, unless the copies are discounted."""
    rows: list[Claim] = []
    for i in range(60):
        truth = 1000 + i
        for k, source in enumerate(("i1", "i2", "i3", "i4")):
            rows.append(Claim.point(f"x{i:02d}", source, truth + (7 if i % 15 == k else 0)))
        copied = truth + 50 if i % 3 == 0 else truth
        rows += [Claim.point(f"x{i:02d}", c, copied) for c in ("c1", "c2", "c3")]
    for i in range(5):
        rows += [Claim.point(f"z{i}", s, 10 + i) for s in ("i1", "i2")]
        rows += [Claim.point(f"z{i}", c, 90 + i) for c in ("c1", "c2", "c3")]
    plain = discover(rows, Settings(copies=None)).values()
    discounted = discover(rows, Settings(copies=CopySettings())).values()
    assert all(plain[f"z{i}"] == 90 + i for i in range(5))
    assert all(discounted[f"z{i}"] == 10 + i for i in range(5))
    assert all(discounted[f"x{i:02d}"] == 1000 + i for i in range(60))


def test_a_one_claim_source_votes_with_its_class_prior():
    """Anonymous sources are mostly contradicted where their record shows; on an item stated only by one
    anonymous and one registered one-claim source, the registered one's figure wins with the class prior,
    and the tie-break (the smaller figure) decides without it."""
    rows: list[Claim] = []
    for i in range(30):
        rows += [Claim.point(f"x{i}", f"reg{i}", 100 + i), Claim.point(f"x{i}", f"reg{i}b", 100 + i)]
        rows.append(Claim.point(f"x{i}", f"anon{i}", 5 if i % 5 else 100 + i))
    rows += [Claim.point("y", "anon-new", 40), Claim.point("y", "reg-new", 60)]
    classes = {c.source: ("anonymous" if c.source.startswith("anon") else "registered") for c in rows}
    assert discover(rows).values()["y"] == 40
    with_classes = discover(rows, classes=classes)
    assert with_classes.values()["y"] == 60
    sources = {s.source: s for s in with_classes.sources}
    assert sources["anon-new"].weight < sources["reg-new"].weight
