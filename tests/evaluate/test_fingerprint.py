import os
from pathlib import Path

from crosscheck.evaluate.fingerprint import CLUSTERING, EXTRACTION, PACKAGE, fingerprint


def _package(root: Path) -> Path:
    (root / "extract").mkdir(parents=True)
    (root / "extract" / "numbers.py").write_text("X = 1\n")
    (root / "compare").mkdir()
    (root / "compare" / "verdicts.py").write_text("Y = 1\n")
    (root / "model.py").write_text("Z = 1\n")
    return root


def test_a_change_to_a_part_read_changes_the_fingerprint(tmp_path: Path) -> None:
    root = _package(tmp_path / "pkg")
    before = fingerprint(["extract", "model.py"], root=root)
    assert fingerprint(["extract", "model.py"], root=root) == before
    (root / "extract" / "numbers.py").write_text("X = 2\n")
    assert fingerprint(["extract", "model.py"], root=root) != before


def test_a_change_elsewhere_leaves_it(tmp_path: Path) -> None:
    root = _package(tmp_path / "pkg")
    before = fingerprint(["extract", "model.py"], root=root)
    (root / "compare" / "verdicts.py").write_text("Y = 2\n")
    (root / "extract" / "__pycache__").mkdir()
    (root / "extract" / "__pycache__" / "numbers.cpython.pyc").write_bytes(b"\0")
    assert fingerprint(["extract", "model.py"], root=root) == before


def test_a_renamed_file_and_a_changed_data_file_change_it(tmp_path: Path) -> None:
    root = _package(tmp_path / "pkg")
    data = tmp_path / "gold.jsonl"
    data.write_text("{}\n")
    before = fingerprint(["extract"], [data], root=root)
    (root / "extract" / "numbers.py").rename(root / "extract" / "figures.py")
    renamed = fingerprint(["extract"], [data], root=root)
    assert renamed != before
    os.utime(data, ns=(1, 1))
    assert fingerprint(["extract"], [data], root=root) != renamed


def test_the_package_parts_exist() -> None:
    for part in {*EXTRACTION, *CLUSTERING}:
        assert (PACKAGE / part).exists(), part
    assert "compare" not in CLUSTERING


def test_a_cached_result_is_kept_under_its_key_only(tmp_path: Path) -> None:
    from crosscheck.evaluate.fingerprint import cached_result

    cache, made = tmp_path / "cache.pkl", []

    def compute() -> dict[str, object]:
        made.append(1)
        return {"value": len(made)}

    assert cached_result(cache, "a", compute)["value"] == 1
    assert cached_result(cache, "a", compute)["value"] == 1
    assert cached_result(cache, "b", compute)["value"] == 2
    assert cached_result(cache, "b", compute, rebuild=True)["value"] == 3
