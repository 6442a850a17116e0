"""`crosscheck check` end to end on a real SQLite store of FA-KES articles (fake embedder): the held-back
FA-KES articles and the team's three articles give the right findings, exit codes and positions, and the
store is left as it was unless --record."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from starlette.routing import Route

from crosscheck.review.pages import ROUTES
from crosscheck.store import open_store
from tests.check.kit import by_quote, check_json, run_check, settle
from tests.store.kit import TABLES


def quoted_text(path: Path, finding: dict) -> str:
    """The file's text at the finding's line and columns."""
    line = path.read_text(encoding="utf-8").splitlines()[finding["line"] - 1]
    return line[finding["column"] - 1 : finding["end_column"] - 1]


def test_held_back_articles_agree_with_the_store(capsys, db, held_back):
    code, document = check_json(capsys, db, held_back)
    assert code == 0
    assert document["figures"] > 5 and document["checked"] == [str(held_back)]
    assert document["counts"]["error"] == document["counts"]["warning"] == 0
    quotes = {f["quote"] for f in document["findings"]}
    assert "six people" not in quotes and "32" not in quotes, (
        "the held-back Aleppo article agrees: 6 killed, 32 hurt"
    )


def test_contradicting_article_is_found_on_its_line(capsys, db, articles):
    code, document = check_json(capsys, db, articles)
    assert code == 0, "nothing is reviewed yet, and one state TV relayed by two outlets is no consensus"
    finding = by_quote(document, "14 people")
    assert finding["rule"] == "contradicts-some-sources" and finding["level"] == "notice"
    assert finding["established"]["figure"] == "6"
    outlets = {ref["outlet"] for ref in finding["established"]["sources"]}
    assert outlets and outlets <= {"nna", "manar", "trt", "asharqalawsat"}
    assert all(ref["date"] == "2017-04-19" for ref in finding["established"]["sources"])
    assert "Salaheddin" in finding["incident"]["title"] or "Aleppo" in finding["incident"]["title"]
    path = articles / "salaheddin-contradicts.md"
    assert (finding["line"], finding["path"]) == (6, str(path))
    assert quoted_text(path, finding) == "14 people"
    assert not [f for f in document["findings"] if f["quote"] == "six people"], "the agreeing article agrees"


def test_a_reviewed_figure_makes_the_contradiction_an_error(capsys, db, articles):
    _, document = check_json(capsys, db, articles)
    settle(db, by_quote(document, "14 people")["cluster_id"], 6, 6)
    code, document = check_json(capsys, db, articles, extra=("--ui-url", "http://127.0.0.1:8000/"))
    assert code == 1
    error = document["findings"][0]
    assert (error["quote"], error["level"], error["rule"]) == (
        "14 people",
        "error",
        "contradicts-established",
    )
    assert error["established"]["basis"] == "reviewed"
    assert error["established"]["figure_source"] == "Syrian state television"
    assert error["url"] == (
        f"http://127.0.0.1:8000/incidents/{error['incident']['id']}#cluster-{error['cluster_id']}"
    )
    path = error["url"].removeprefix("http://127.0.0.1:8000").split("#")[0]
    incident = next(r for r in ROUTES if isinstance(r, Route) and r.path == "/incidents/{event_id}")
    assert incident.path_regex.match(path), "the link is the review UI's incident page"
    assert [f["level"] for f in document["findings"]] == sorted(
        (f["level"] for f in document["findings"]), key=("error", "warning", "notice").index
    )
    assert check_json(capsys, db, articles, extra=("--fail-on", "never"))[0] == 0


def test_an_unreviewed_or_in_progress_figure_is_not_established(capsys, db, articles):
    _, document = check_json(capsys, db, articles)
    settle(db, by_quote(document, "14 people")["cluster_id"], 6, 6, status="in progress")
    code, document = check_json(capsys, db, articles)
    assert code == 0 and by_quote(document, "14 people")["level"] == "notice"


def test_fail_on_sets_the_threshold(capsys, db, articles):
    assert run_check(capsys, db, articles)[0] == 0
    assert run_check(capsys, db, articles, extra=("--fail-on", "warning"))[0] == 0
    assert run_check(capsys, db, articles, extra=("--fail-on", "notice"))[0] == 1


def test_a_bad_file_is_reported_and_the_rest_checked(capsys, db, articles, tmp_path):
    empty = tmp_path / "empty.md"
    empty.write_text("  \n", encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02\x00" * 50)
    code, out, err = run_check(capsys, db, empty, articles, binary, tmp_path / "missing.md")
    assert code == 2
    for path in (empty, binary, tmp_path / "missing.md"):
        assert f"not checked: {path}" in err
    assert "salaheddin-contradicts.md:6:21: notice" in out, "the readable articles are still checked"


def test_usage_and_store_errors_exit_2(capsys, db, articles, tmp_path):
    assert run_check(capsys, tmp_path / "none.db", articles)[0] == 2
    not_a_store = tmp_path / "notes.db"
    not_a_store.write_text("hello", encoding="utf-8")
    code, _, err = run_check(capsys, not_a_store, articles)
    assert code == 2 and "not a crosscheck store" in err
    code = run_check(capsys, db, articles, extra=("--update-baseline",))[0]
    assert code == 2
    assert main_exit(["check", str(articles), "--format", "yaml"]) == 2


def main_exit(argv: list[str]) -> int:
    from crosscheck.cli import main

    try:
        return main(argv)
    except SystemExit as stop:
        return int(stop.code or 0)


def test_a_store_from_another_embedder_is_refused(capsys, db, articles):
    code, _, err = run_check(capsys, db, articles, extra=("--embedder", "minilm"))
    assert code == 2 and "--embedder fake" in err


def rows(db: Path) -> dict[str, int]:
    with open_store(db) as store:
        return {t: int(store.backend.query(f"SELECT COUNT(*) FROM {t}")[0][0]) for t in (*TABLES, "runs")}


def test_the_store_is_read_only_without_record(capsys, db, articles, held_back):
    before, digest = rows(db), hashlib.sha256(db.read_bytes()).hexdigest()
    assert run_check(capsys, db, articles, held_back)[0] == 0
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
    assert rows(db) == before


def test_record_adds_the_checked_articles_as_a_run(capsys, db, articles):
    before = rows(db)
    code, _, err = run_check(capsys, db, articles, extra=("--record",))
    assert code == 0 and "recorded in" in err
    after = rows(db)
    assert after["runs"] == before["runs"] + 1 and after["sources"] == before["sources"] + 3
    with open_store(db) as store:
        assert {"salaheddin-agrees", "salaheddin-update", "salaheddin-contradicts"} <= {
            s.id for s in store.sources()
        }
    code, out, _ = run_check(capsys, db, articles)
    assert re.search(r"salaheddin-contradicts\.md:6:21: notice: '14 people'", out), (
        "an article is never checked against its own recorded copy"
    )


def test_an_article_in_the_store_is_never_held_against_its_stored_copy(capsys, db, tmp_path):
    from tests.check.conftest import fa_kes_rows

    corpus = fa_kes_rows(("1914947534",), tmp_path / "edited.csv")
    text = corpus.read_text(encoding="utf-8")
    assert "killed six people" in text
    corpus.write_text(text.replace("killed six people", "killed 14 people"), encoding="utf-8")
    _, document = check_json(capsys, db, corpus)
    finding = by_quote(document, "14 people")
    assert finding["rule"] == "contradicts-some-sources"
    sources = {ref["source_id"] for ref in finding["established"]["sources"]}
    assert sources and "1914947534" not in sources, "its own stored 'six people' is not a source against it"


def test_a_reviewers_merge_is_laid_over_the_clusters(capsys, db, articles):
    from crosscheck.review.regroup import Regrouping, regroup
    from crosscheck.review.users import add_user

    _, document = check_json(capsys, db, articles)
    matched = by_quote(document, "14 people")["cluster_id"]
    with open_store(db) as store:
        other = next(
            cluster
            for cluster in store.clusters()
            if cluster.id != matched
            and any(c.source_id == "1918150028" and c.value == 6 for c in store.claims_of(cluster.id))
        )  # Asharq Al-Awsat's "Six people", a cluster of its own with the fake embedder
        user = add_user(store, "rob", "reviewer", "correct horse battery")
        versions = store.cluster_version(matched), store.cluster_version(other.id)
        assert regroup(store, user.id, Regrouping("merge", matched, other.id), *versions)  # type: ignore[arg-type]
    _, merged = check_json(capsys, db, articles)
    finding = by_quote(merged, "14 people")
    assert finding["cluster_id"] == other.id, "the figure's cluster is the one its quantity was merged into"
    assert "asharqalawsat" in {ref["outlet"] for ref in finding["established"]["sources"]}
