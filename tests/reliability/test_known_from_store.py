"""`run --db`: a reviewer's established figure in the store is the known truth of its slot in the next run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from crosscheck.cli import main
from crosscheck.commands import demo_corpus_path
from crosscheck.reliability.known import established_figures
from crosscheck.review.state import Review, save_review
from crosscheck.review.users import add_user
from crosscheck.store import open_store


def _run(corpus: Path, out: Path, db: Path) -> dict:
    args = ["run", str(corpus), "--embedder", "fake", "--no-cache", "--quiet", "--out", str(out)]
    assert main([*args, "--claims", str(out / "claims.jsonl"), "--db", str(db)]) == 0
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


def test_an_established_figure_is_the_slots_known_value(tmp_path: Path) -> None:
    corpus = tmp_path / "demo"
    shutil.copytree(demo_corpus_path(), corpus)
    db = tmp_path / "crosscheck.db"
    first = _run(corpus, tmp_path / "first", db)
    disputed = next(c for c in first["clusters"] if c["verdict"] == "contradict" and c.get("estimate"))
    assert disputed["estimate"]["known"] is False
    figures = sorted({c["value"] for c in first["claims"] if c["id"] in disputed["claim_ids"] and c["value"]})
    other = next(v for v in figures if v != disputed["estimate"]["value"])
    with open_store(db) as store:
        rita = add_user(store, "rita", "reviewer", "correct horse battery")
        version = store.cluster_version(disputed["id"])
        assert version is not None
        save_review(
            store, rita.id, disputed["id"], version, Review("contradict", other, other, "court record")
        )
        assert established_figures(store) == {disputed["id"]: (other, other)}
    second = _run(corpus, tmp_path / "second", db)
    [again] = [c for c in second["clusters"] if c["id"] == disputed["id"]]
    assert again["estimate"] == {"value": other, "support": again["estimate"]["support"], "known": True}
    before = {o["name"]: o["agreed"] for o in first["outlets"]}
    after = {o["name"]: o["agreed"] for o in second["outlets"]}
    assert before != after, "the outlets are scored against the reviewer's figure"
