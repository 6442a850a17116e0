"""The CLI is thin: it parses, calls one function, renders, and maps errors to exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from crosscheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (
    "Shelling kills 14 in Varna\n\n"
    "At least 14 people were killed when shells hit the market of Varna on Monday, "
    "the Varna Monitoring Group said. More than 40 people were injured.\n"
)


def run_fake(corpus, tmp_path) -> dict:
    """`crosscheck run` with the fake embedder into tmp_path/out; the report it wrote."""
    out = tmp_path / "out"
    args = ["run", str(corpus), "--embedder", "fake", "--no-cache", "--quiet", "--out", str(out)]
    assert main([*args, "--claims", str(tmp_path / "claims.jsonl")]) == 0
    return json.loads((out / "report.json").read_text())


def test_help_imports_no_heavy_library():
    code = (
        "import sys, contextlib, io\n"
        "from crosscheck.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try: main(['--help'])\n"
        "    except SystemExit: pass\n"
        "heavy = [m for m in ('torch', 'sentence_transformers', 'sklearn', 'pandas', 'numpy', 'trafilatura')"
        " if m in sys.modules]\n"
        "print(heavy)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("command", ["demo", "run", "extract", "eval"])
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    assert "usage: crosscheck" in capsys.readouterr().out


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["run"])
    assert exit_info.value.code == 2


def test_missing_path_exits_2_and_names_it(tmp_path, capsys):
    missing = tmp_path / "nowhere"
    assert main(["extract", str(missing)]) == 2
    assert str(missing) in capsys.readouterr().err


def test_nothing_readable_exits_2(tmp_path, capsys):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x00" * 50)
    assert main(["extract", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "empty.txt" in err and "binary.txt" in err


def test_invalid_option_value_exits_2(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE)
    assert main(["run", str(tmp_path), "--embedder", "fake", "--tolerance", "3", "--out", str(tmp_path)]) == 2
    assert "rounding_tolerance" in capsys.readouterr().err


def test_extract_jsonl_prints_one_claim_per_line_and_skips_bad_files(tmp_path, capsys):
    (tmp_path / "varna.txt").write_text(ARTICLE)
    (tmp_path / "broken.txt").write_bytes(b"\x00" * 100)
    assert main(["extract", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    claims = [json.loads(line) for line in captured.out.splitlines()]
    assert claims and all(claim["source_id"] == "varna" for claim in claims)
    text = ARTICLE
    for claim in claims:
        assert claim["quote"] == text[claim["start"] : claim["end"]]
    assert any(claim["value"] == 14 and claim["qualifier"] == "at_least" for claim in claims)
    assert "broken.txt" in captured.err


def test_extract_table_format(tmp_path, capsys):
    (tmp_path / "varna.txt").write_text(ARTICLE)
    assert main(["extract", str(tmp_path), "--format", "table"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert any(row[2] == "more_than" and row[3] == "[40, -]" for row in rows)


def test_run_writes_report_and_claims_and_a_skipped_file_is_listed(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "varna.txt").write_text(ARTICLE)
    (corpus / "other.txt").write_text(ARTICLE.replace("14", "15").replace("Monitoring Group", "governor"))
    (corpus / "empty.md").write_text("   \n")
    report = run_fake(corpus, tmp_path)
    assert [item["path"] for item in report["skipped"]] == [str(corpus / "empty.md")]
    assert {source["id"] for source in report["sources"]} == {"varna", "other"}
    assert (tmp_path / "claims.jsonl").read_text().count("\n") == len(report["claims"])
    assert "empty.md" in capsys.readouterr().err


def test_public_api_is_lazy_and_complete():
    code = (
        "import sys, crosscheck\n"
        "assert 'crosscheck.pipeline' not in sys.modules\n"
        "assert sorted(crosscheck.__all__) == sorted(crosscheck._EXPORTS)\n"
        "assert all(getattr(crosscheck, name) for name in crosscheck.__all__)\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "ok"


def test_one_article_that_breaks_extraction_is_reported_and_the_run_goes_on(tmp_path, monkeypatch, capsys):
    import crosscheck.extract as extract

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(ARTICLE)
    (corpus / "cursed.txt").write_text(ARTICLE.replace("Varna", "Ostra"))
    real = extract.extract_claims

    def flaky(source, budget=None):
        if source.id == "cursed":
            raise RuntimeError("a rule tripped")
        return real(source, budget)

    monkeypatch.setattr(extract, "extract_claims", flaky)
    report = run_fake(corpus, tmp_path)
    assert [item["reason"] for item in report["skipped"]] == [
        "claim extraction failed: RuntimeError('a rule tripped')"
    ]
    assert {claim["source_id"] for claim in report["claims"]} == {"good"}
    assert "cursed" in capsys.readouterr().err


def test_news_cycle_days_reaches_the_settings_and_is_validated(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE)
    out = tmp_path / "out"
    args = ["run", str(tmp_path), "--embedder", "fake", "--out", str(out), "--claims", str(out / "c.jsonl")]
    assert main([*args, "--news-cycle-days", "-1"]) == 2
    assert "news_cycle_days" in capsys.readouterr().err
    assert main([*args, "--news-cycle-days", "5", "--quiet"]) in (0, 1)
    assert json.loads((out / "report.json").read_text())["settings"]["news_cycle_days"] == 5
