"""`crosscheck check` with the real embedding model, on a store of FA-KES articles built with it: the team's
three articles give a warning (contradicts what independent outlets agree on), nothing (agrees), and an
update notice; a reviewed figure turns the warning into an error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosscheck.cli import main
from tests.check.conftest import ARTICLES, build_store
from tests.check.kit import settle

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def minilm_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("check-minilm"), "minilm")


def check(capsys: pytest.CaptureFixture[str], db: Path, *paths: Path) -> tuple[int, dict]:
    code = main(["check", str(ARTICLES), *map(str, paths), "--db", str(db), "--no-cache", "--format", "json"])
    return code, json.loads(capsys.readouterr().out)


def test_the_team_articles_with_the_real_model(capsys, minilm_store, held_back):
    code, document = check(capsys, minilm_store, held_back)
    assert code == 0
    from_fa_kes = [f for f in document["findings"] if f["path"] == str(held_back)]
    assert from_fa_kes and all(f["level"] == "notice" for f in from_fa_kes)
    assert "six people" not in {f["quote"] for f in from_fa_kes}, "the held-back Aleppo article agrees on 6"
    found = {(f["path"].rsplit("/", 1)[-1], f["quote"]): f for f in document["findings"]}
    contradiction = found[("salaheddin-contradicts.md", "14 people")]
    assert (contradiction["level"], contradiction["rule"]) == ("warning", "contradicts-consensus")
    assert (
        contradiction["established"]["figure"] == "6"
        and contradiction["established"]["independent_sources"] >= 2
    )
    update = found[("salaheddin-update.md", "nine people")]
    assert update["rule"] == "updates-figure" and update["line"] == 3
    assert not [key for key in found if key[0] == "salaheddin-agrees.md" and "six" in key[1].lower()]
    settle(minilm_store, contradiction["cluster_id"], 6, 6)
    code, document = check(capsys, minilm_store)
    assert code == 1 and document["findings"][0]["rule"] == "contradicts-established"
