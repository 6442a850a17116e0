"""The five formats: GitHub workflow commands escaped and capped as the runner has them, SARIF 2.1.0 valid
against the OASIS schema (vendored beside this file, sarif-2.1/schema/sarif-schema-2.1.0.json of
oasis-tcs/sarif-spec, errata01), JUnit XML, JSON."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema

from crosscheck.check.checker import CheckResult, InputProblem
from crosscheck.check.findings import CheckFinding, Established, Incident, SourceRef
from crosscheck.check.formats import FORMATS
from crosscheck.check.formats.github import escape_data, escape_property, render_github, step_summary
from crosscheck.check.report import Report
from tests.check.kit import by_quote, check_json, run_check, settle

SCHEMA = json.loads((Path(__file__).parent / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def finding(level: str = "error", n: int = 1, path: str = "news/a,b:c.md") -> CheckFinding:
    rule = {"error": "contradicts-established", "warning": "contradicts-consensus", "notice": "new-figure"}[
        level
    ]
    established = Established(
        "6", "reviewed", (SourceRef("nna", "Syrian state TV", "2017-04-19", "six people", "s1"),), "SANA", 1
    )
    return CheckFinding(
        rule=rule, level=level, message=f"'{n} people' 100% wrong,\nsecond line\r", path=path,  # type: ignore[arg-type]
        source_id="a", claim_id=f"a:n{n}-{n + 2}", quote=f"{n} people", sentence="s", measure="people killed",
        figure=f"[{n}, {n}]", line=n, column=3, end_line=n, end_column=12, established=established,
        incident=Incident("e-1", "Bombing, Aleppo, 2017-04-19"), cluster_id="k-1",
        url="http://ui/incidents/e-1#cluster-k-1", fingerprint=f"f{n}",
    )  # fmt: skip


def report(findings: list[CheckFinding], problems: tuple[InputProblem, ...] = ()) -> Report:
    result = CheckResult(tuple(findings), ("news/a,b:c.md",), len(findings), problems)
    return Report(result, tuple(sorted(findings, key=lambda f: f.sort_key)))


def test_github_escapes_messages_and_properties():
    assert escape_data("100%\r\nnext") == "100%25%0D%0Anext"
    assert escape_property("a,b:c%") == "a%2Cb%3Ac%25"
    line = render_github(report([finding()])).splitlines()[0]
    assert line.startswith(
        "::error file=news/a%2Cb%3Ac.md,line=1,endLine=1,col=3,endColumn=12,title=crosscheck"
    )
    properties, message = line.split("::")[1], line.split("::", 2)[2]
    assert "\n" not in line and "\r" not in message and "%0A" in message and "100%25 wrong" in message
    assert ":" not in properties.split(" ", 1)[1] and "," not in properties.split("title=")[1]


def test_github_names_the_line_of_a_bad_row():
    problem = InputProblem("desk,1.csv", "malformed row: unexpected end of data", 7)
    assert (
        render_github(report([], (problem,)))
        == "::error file=desk%2C1.csv,line=7::malformed row: unexpected end of data\n"
    )


def test_github_puts_errors_first_and_summarises_past_ten(tmp_path):
    findings = [finding("notice", n) for n in range(1, 13)] + [finding("error", 40)]
    rendered = render_github(report(findings))
    assert rendered.splitlines()[0].startswith("::error ")
    assert "step summary" in rendered.splitlines()[-1]
    summary = step_summary(report(findings))
    assert summary.count("\n| notice |") == 12 and "| error |" in summary
    assert "step summary" not in render_github(report(findings[:10]))


def test_the_step_summary_file_is_written_when_github_shows_too_few(
    capsys, db, articles, monkeypatch, tmp_path
):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    for n in range(12):
        (articles / f"copy-{n}.md").write_text(
            (articles / "salaheddin-contradicts.md").read_text(encoding="utf-8").replace("14", str(20 + n)),
            encoding="utf-8",
        )
    code, out, _ = run_check(capsys, db, articles, extra=("--format", "github"))
    assert code == 0 and out.count("::notice ") > 10
    assert summary.read_text(encoding="utf-8").count("| notice |") == out.count("::notice ")


def sarif_of(capsys, db, articles, extra=()) -> dict:
    _, out, _ = run_check(capsys, db, articles, extra=("--format", "sarif", *extra))
    return json.loads(out)


def test_sarif_validates_and_has_a_rule_per_kind(capsys, db, articles, tmp_path):
    _, document = check_json(capsys, db, articles)
    settle(db, by_quote(document, "14 people")["cluster_id"], 6, 6)
    bad = tmp_path / "empty.md"
    bad.write_text(" ", encoding="utf-8")
    log = sarif_of(capsys, db, articles, extra=("--ui-url", "http://ui"))
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [
        "contradicts-established", "contradicts-consensus", "contradicts-some-sources", "updates-figure",
        "new-figure",
    ]  # fmt: skip
    assert all(r["help"]["text"] and r["shortDescription"]["text"] for r in rules)
    error = run["results"][0]
    assert (error["ruleId"], error["level"]) == ("contradicts-established", "error")
    assert error["locations"][0]["physicalLocation"]["region"]["startLine"] == 6
    assert rules[error["ruleIndex"]]["id"] == error["ruleId"]
    assert {r["level"] for r in run["results"]} <= {"error", "warning", "note"}
    code, out, _ = run_check(capsys, db, articles, bad, extra=("--format", "sarif"))
    with_problem = json.loads(out)
    jsonschema.Draft4Validator(SCHEMA).validate(with_problem)
    assert code == 2 and not with_problem["runs"][0]["invocations"][0]["executionSuccessful"]


def test_sarif_fingerprints_survive_lines_moving(capsys, db, articles):
    before = sarif_of(capsys, db, articles)["runs"][0]["results"]
    path = articles / "salaheddin-contradicts.md"
    path.write_text("Editor's note: updated.\n\n\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    after = sarif_of(capsys, db, articles)["runs"][0]["results"]

    def keyed(results: list[dict]) -> dict[str, int]:
        return {
            r["partialFingerprints"]["crosscheckFinding/v1"]: r["locations"][0]["physicalLocation"]["region"][
                "startLine"
            ]
            for r in results
            if "contradicts" in r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        }

    assert keyed(before) and set(keyed(before)) == set(keyed(after))
    assert {keyed(after)[k] - keyed(before)[k] for k in keyed(before)} == {3}


def test_junit_fails_what_reaches_fail_on():
    findings = [finding("error", 1), finding("notice", 2), finding("notice", 3, path="other.md")]
    problem = InputProblem("bad.md", "empty file")
    root = ET.fromstring(FORMATS["junit"](report(findings, (problem,))))
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("4", "1", "1")
    suite = root.find("testsuite[@name='news/a,b:c.md']")
    assert suite is not None and suite.get("failures") == "1"
    assert [f.get("type") for f in root.iter("failure")] == ["error"]
    strict = ET.fromstring(FORMATS["junit"](replace(report(findings), fail_on="notice")))
    assert strict.get("failures") == "3"


def test_every_format_renders_nothing_found():
    empty = report([])
    assert FORMATS["github"](empty) == ""
    assert FORMATS["text"](empty).endswith("0 errors, 0 warnings, 0 notices\n")
    assert json.loads(FORMATS["json"](empty))["findings"] == []
    jsonschema.Draft4Validator(SCHEMA).validate(json.loads(FORMATS["sarif"](empty)))
    case = ET.fromstring(FORMATS["junit"](empty)).find("testsuite/testcase")
    assert case is not None and case.get("name") == "no findings" and not list(case)


def test_json_holds_every_finding():
    document = json.loads(FORMATS["json"](report([finding("notice", 2), finding("error", 1)])))
    assert [f["level"] for f in document["findings"]] == ["error", "notice"]
    assert document["counts"] == {"error": 1, "warning": 0, "notice": 1}
    assert document["findings"][0]["established"]["sources"][0]["outlet"] == "nna"
