"""A baseline accepts the findings it records, by file and fingerprint, however the lines move."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace

from crosscheck.check.baseline import baseline_text, split
from tests.check.kit import check_json, run_check
from tests.check.test_formats import finding


def test_split_accepts_each_recorded_finding_once():
    one, two = finding("notice", 1), finding("notice", 2)
    accepted = Counter({(one.path, one.fingerprint): 1})
    assert split([one, two], accepted) == ((two,), 1)
    assert split([one, replace(one, line=40)], accepted) == ((replace(one, line=40),), 1)
    entries = json.loads(baseline_text([two, one]))["findings"]
    assert [e["fingerprint"] for e in entries] == ["f1", "f2"]


def test_update_then_check_with_the_baseline(capsys, db, articles, tmp_path):
    baseline = tmp_path / "baseline.json"
    _, first = check_json(capsys, db, articles)
    assert first["findings"]
    code, _, err = run_check(capsys, db, articles, extra=("--baseline", str(baseline), "--update-baseline"))
    assert code == 0 and f"wrote {len(first['findings'])} finding(s)" in err
    path = articles / "salaheddin-contradicts.md"
    path.write_text("Correction appended below.\n\n\n\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    code, moved = check_json(capsys, db, articles, extra=("--baseline", str(baseline), "--fail-on", "notice"))
    assert (code, moved["findings"], moved["baselined"]) == (0, [], len(first["findings"]))
    path.write_text(path.read_text(encoding="utf-8").replace("killed 14 people", "killed 15 people"), "utf-8")
    code, changed = check_json(
        capsys, db, articles, extra=("--baseline", str(baseline), "--fail-on", "notice")
    )
    assert code == 1 and [f["quote"] for f in changed["findings"]] == ["15 people"]


def test_a_broken_baseline_is_an_input_error(capsys, db, articles, tmp_path):
    baseline = tmp_path / "baseline.json"
    baseline.write_text("[1, 2", encoding="utf-8")
    code, _, err = run_check(capsys, db, articles, extra=("--baseline", str(baseline)))
    assert code == 2 and "not a crosscheck baseline" in err
