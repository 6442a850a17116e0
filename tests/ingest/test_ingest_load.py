"""load_corpus on small invented corpora written to tmp_path."""

import json
from datetime import date
from pathlib import Path

import pytest

from crosscheck.errors import InputError, NoReadableInput
from crosscheck.ingest import ColumnOptions, load_corpus
from crosscheck.ingest import encoding as encoding_module

STORY_A = (
    "The army said on Tuesday that 42 soldiers were wounded near Tel Amar.\nMore than 300 families fled."
)
STORY_B = "Officials in Harran said 12 people died in the floods on Sunday."
HTML_PAGE = """<html><head><title>Floods in Harran | Harran Herald</title>
<meta property="og:site_name" content="Harran Herald">
<meta property="article:published_time" content="2016-05-04T08:00:00+00:00">
<link rel="canonical" href="https://herald.example/floods"></head>
<body><nav><a href="/">Home</a> | <a href="/w">World</a></nav><article><h1>Floods in Harran</h1>
<p>Officials in Harran said 12 people died in the floods on Sunday, and more than 300 homes were damaged.</p>
<p>The river rose by two metres in a single night, the regional governor told reporters in Qarnat.</p>
<p>Share this article</p></article><footer>Copyright 2016 Harran Herald</footer></body></html>"""


def write(path: Path, content: str | bytes, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode(encoding))
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "harran-floods"
    write(root / "a.txt", "Share this article\nAug. 25th, 2017\n" + STORY_A + "\n0 Comments\n")
    write(root / "b.md", "# Floods in Harran\n\n" + STORY_B + "\n")
    write(root / "c.html", HTML_PAGE)
    write(root / "d.bin.txt", b"\x00\x01\x02binary\x00")
    write(root / "e.txt", "")
    write(root / ".hidden.txt", STORY_B)
    write(root / "notes.pdf", b"%PDF-1.4")
    write(
        root / "sources.csv",
        "file,outlet,published,title,url\n"
        "a.txt,Varna Times,2017-08-26,Soldiers wounded near Tel Amar,https://varna.example/a\n"
        "c.html,,,,\n"
        "b.md,Qarnat Post,not a date,,\n",
    )
    return root


def test_folder(folder: Path) -> None:
    corpus = load_corpus([folder])
    assert corpus.name == "harran-floods"
    assert [s.id for s in corpus.sources] == ["a", "b", "c"]
    a, b, c = corpus.sources
    assert a.path == str(folder / "a.txt")
    assert (a.outlet, a.published, a.title, a.url) == (
        "Varna Times", date(2017, 8, 26), "Soldiers wounded near Tel Amar", "https://varna.example/a"
    )  # fmt: skip
    assert a.text == "Soldiers wounded near Tel Amar\n\n" + STORY_A
    assert (b.outlet, b.published, b.title) == ("Qarnat Post", None, "Floods in Harran")
    assert b.text == "# Floods in Harran\n\n" + STORY_B
    assert (c.outlet, c.published, c.title, c.url) == (
        "Harran Herald", date(2016, 5, 4), "Floods in Harran", "https://herald.example/floods"
    )  # fmt: skip
    assert "more than 300 homes were damaged" in c.text
    assert "Share this article" not in c.text and "Copyright" not in c.text
    skipped = {Path(s.path).name: s.reason for s in corpus.skipped}
    assert skipped.keys() == {"d.bin.txt", "e.txt"}
    assert "binary" in skipped["d.bin.txt"] and "empty" in skipped["e.txt"]
    assert any("not a date" in w and "sources.csv:4" in w for w in corpus.warnings)
    assert any("notes.pdf" in w and "ignored" in w for w in corpus.warnings)


def test_txt_date_from_first_lines_without_manifest(tmp_path: Path) -> None:
    write(tmp_path / "story.txt", "Floods in Harran\nAug. 25th, 2017\n" + STORY_B)
    write(tmp_path / "late.txt", "One.\nTwo.\nThree.\n2017-03-21\n" + STORY_B)
    corpus = load_corpus([tmp_path / "story.txt", tmp_path / "late.txt"])
    assert corpus.name == "corpus"
    assert {s.id: s.published for s in corpus.sources} == {"story": date(2017, 8, 25), "late": None}
    assert {s.id: s.outlet for s in corpus.sources} == {"story": None, "late": None}


def test_single_file_uses_its_folder_manifest(folder: Path) -> None:
    corpus = load_corpus([str(folder / "a.txt")])
    assert corpus.name == "a"
    assert corpus.sources[0].outlet == "Varna Times"
    assert corpus.sources[0].path == str(folder / "a.txt")


def test_latin1_csv_with_bad_rows_and_repeated_ids(tmp_path: Path) -> None:
    story = '"Wed 05 Apr 2017 Café bombed in Harran. Twelve people, said Señor Ruiz."'
    rows = [
        "unit_id,article_title,article_content,source,date,location,labels",
        f"7,Café bombed in Harran,{story},herald,4/5/2017,deir ezzor,1",
        "8,Floods,Water rose by two metres in Varna.,post,13/45/2017,varna,0",
        "9,Too few fields,,",
        "10,Empty text,,post,4/6/2017,varna,1",
        "7,Café bombed in Harran," + story.replace(". ", ".\n ") + ",herald,4/5/2017,deir ezzor,1",
        "7,Other story,A different story about 3 bridges.,herald,4/7/2017,deir ezzor,1",
    ]
    path = write(tmp_path / "fakes.csv", "\n".join(rows) + "\n", encoding="latin-1")
    corpus = load_corpus([path])
    assert corpus.name == "fakes"
    by_id = {s.id: s for s in corpus.sources}
    assert list(by_id) == ["7", "7-2", "8"]
    first = by_id["7"]
    assert first.title == "Café bombed in Harran"
    assert first.text.startswith("Wed 05 Apr 2017 Café bombed in Harran.")
    assert (first.outlet, first.published, first.location) == ("herald", date(2017, 4, 5), "Deir Ezzor")
    assert by_id["7-2"].text == "Other story\n\nA different story about 3 bridges."
    assert by_id["8"].published is None
    assert [(s.line, "fields" in s.reason or "empty text" in s.reason) for s in corpus.skipped] == [
        (4, True),
        (5, True),
    ]
    warnings = " ".join(corpus.warnings)
    assert "13/45/2017" in warnings and "fakes.csv:3" in warnings
    assert "merged" in warnings and "'7-2'" in warnings
    assert "cp1252" in warnings


def test_jsonl_without_options(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "x1", "text": STORY_A}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": 5.0, "text": STORY_B, "url": "https://post.example/5"}),
        json.dumps({"text": "   "}),
        "",
        json.dumps({"text": "No id here, 4 bridges."}),
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines))
    corpus = load_corpus([path])
    assert [s.id for s in corpus.sources] == ["5", "feed-4", "x1"]
    assert corpus.sources[0].url == "https://post.example/5"
    assert [s.line for s in corpus.skipped] == [2, 3, 5]


@pytest.mark.parametrize(
    ("header", "options", "expected"),
    [
        (
            "doc_id,headline,body,publisher,pubdate,link",
            None,
            ("d1", "Bridge", "herald", "https://x.example"),
        ),
        ("ID,Title,Content,Site,Published,URL", None, ("d1", "Bridge", "herald", "https://x.example")),
        (
            "key,name,story,paper,day,where",
            ColumnOptions(
                id_col="key", text_col="story", title_col="name", outlet_col="paper", url_col="where"
            ),
            ("d1", "Bridge", "herald", "https://x.example"),
        ),
        ("article_id,article_title,article_content,x,y,z", None, ("d1", "Bridge", None, None)),
    ],
)
def test_column_names(tmp_path: Path, header: str, options: ColumnOptions | None, expected: tuple) -> None:
    path = write(
        tmp_path / "t.csv", f"{header}\nd1,Bridge,The bridge reopened.,herald,2017-04-05,https://x.example\n"
    )
    source = load_corpus([path], columns=options).sources[0]
    assert (source.id, source.title, source.outlet, source.url) == expected


def test_tsv(tmp_path: Path) -> None:
    path = write(tmp_path / "t.tsv", "id\ttext\nq1\tThe bridge, which is 40 m long, reopened.\n")
    assert load_corpus([path]).sources[0].text == "The bridge, which is 40 m long, reopened."


def test_missing_text_column_names_file_columns_and_option(tmp_path: Path) -> None:
    path = write(tmp_path / "t.csv", "id,headline\n1,Bridge\n")
    with pytest.raises(InputError) as error:
        load_corpus([path])
    message = str(error.value)
    assert str(path) in message and "'id', 'headline'" in message and "--text-col" in message


def test_unknown_column_option(tmp_path: Path) -> None:
    path = write(tmp_path / "t.csv", "id,text\n1,Bridge reopened.\n")
    with pytest.raises(InputError, match="--date-col"):
        load_corpus([path], columns=ColumnOptions(date_col="when"))


@pytest.mark.parametrize(
    ("name", "content", "match"),
    [
        ("missing.txt", None, "no such file"),
        ("story.pdf", b"%PDF", r"\.txt, \.md, \.html, \.htm, \.csv"),
        ("story", b"text", "no extension"),
    ],
)
def test_input_errors(tmp_path: Path, name: str, content: bytes | None, match: str) -> None:
    path = tmp_path / name
    if content is not None:
        write(path, content)
    with pytest.raises(InputError, match=match) as error:
        load_corpus([path])
    assert str(path) in str(error.value)


def test_nothing_readable(tmp_path: Path) -> None:
    write(tmp_path / "empty.txt", "")
    write(tmp_path / "blob.html", b"\x00\x00\xff")
    with pytest.raises(NoReadableInput) as error:
        load_corpus([tmp_path])
    message = str(error.value)
    assert str(tmp_path) in message and "empty file" in message and "binary" in message


def test_empty_folder_and_no_paths(tmp_path: Path) -> None:
    with pytest.raises(NoReadableInput, match="no article files"):
        load_corpus([tmp_path])
    with pytest.raises(NoReadableInput, match="no input"):
        load_corpus([])


def test_unreadable_file_is_skipped(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = Path.read_bytes

    def deny(path: Path) -> bytes:
        if path.name == "b.md":
            raise PermissionError(13, "Permission denied")
        return original(path)

    monkeypatch.setattr(encoding_module.Path, "read_bytes", deny)
    corpus = load_corpus([folder])
    assert [s.id for s in corpus.sources] == ["a", "c"]
    assert any(s.path.endswith("b.md") and "permission denied" in s.reason for s in corpus.skipped)


def test_several_paths_and_ids_across_them(tmp_path: Path) -> None:
    write(tmp_path / "one" / "story.txt", STORY_A)
    write(tmp_path / "two" / "story.txt", STORY_B)
    write(tmp_path / "three" / "story.txt", STORY_A)
    corpus = load_corpus([tmp_path / "one", tmp_path / "two", tmp_path / "three"], name="mixed")
    assert corpus.name == "mixed"
    assert [(s.id, s.text) for s in corpus.sources] == [("story", STORY_A), ("story-2", STORY_B)]
    assert len(corpus.warnings) == 2


def test_text_is_normalised(tmp_path: Path) -> None:
    write(tmp_path / "n.txt", "Cafe\u0301 in Harran\r\nhad 12\x00 tables.\r\n")
    assert load_corpus([tmp_path / "n.txt"]).sources[0].text == "Caf\u00e9 in Harran\nhad 12 tables."


def test_deterministic(folder: Path) -> None:
    assert load_corpus([folder]) == load_corpus([folder])


PARAGRAPHS = (
    "<p>Officials in Harran said 12 people died in the floods on Sunday, and 300 homes were damaged.</p>"
    "<p>The river rose by two metres in a single night, the regional governor told reporters.</p>"
)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            "<title>Floods in Harran - Qarnat Post</title>"
            "<meta name='application-name' content='Qarnat Post'>"
            "<meta property='og:url' content='https://post.example/f'>",
            ("Floods in Harran", "Qarnat Post", None, "https://post.example/f"),
        ),
        (
            "<meta property='og:title' content='Harran floods'><meta name='date' content='May 4, 2016'>",
            ("Harran floods", None, date(2016, 5, 4), None),
        ),
        ("<meta property='article:published_time' content='sometime'>", (None, None, None, None)),
    ],
)
def test_html_metadata(tmp_path: Path, head: str, expected: tuple) -> None:
    write(
        tmp_path / "p.html", f"<html><head>{head}</head><body><article>{PARAGRAPHS}</article></body></html>"
    )
    corpus = load_corpus([tmp_path / "p.html"])
    source = corpus.sources[0]
    assert (source.title, source.outlet, source.published, source.url) == expected
    assert "300 homes were damaged" in source.text
    assert ("sometime" in " ".join(corpus.warnings)) == ("sometime" in head)


def test_html_without_article_text_is_skipped(tmp_path: Path) -> None:
    write(tmp_path / "nav.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>")
    write(tmp_path / "ok.txt", STORY_B)
    corpus = load_corpus([tmp_path])
    assert [s.id for s in corpus.sources] == ["ok"]
    assert [Path(s.path).name for s in corpus.skipped] == ["nav.html"]


def test_manifest_without_file_column_is_ignored_with_a_warning(tmp_path: Path) -> None:
    write(tmp_path / "sources.csv", "name,outlet\nok.txt,Varna Times\n")
    write(tmp_path / "ok.txt", STORY_B)
    corpus = load_corpus([tmp_path])
    assert corpus.sources[0].outlet is None
    assert any("no 'file' column" in w for w in corpus.warnings)


def test_table_with_header_only_is_skipped(tmp_path: Path) -> None:
    write(tmp_path / "t.csv", "id,text\n")
    with pytest.raises(NoReadableInput, match="no rows"):
        load_corpus([tmp_path / "t.csv"])


def test_unlistable_folder_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "locked" / "a.txt", STORY_A)
    write(tmp_path / "open" / "b.txt", STORY_B)
    original = Path.iterdir

    def deny(path: Path):  # type: ignore[no-untyped-def]
        if path.name == "locked":
            raise PermissionError(13, "Permission denied")
        return original(path)

    monkeypatch.setattr(Path, "iterdir", deny)
    corpus = load_corpus([tmp_path / "locked", tmp_path / "open"])
    assert [s.id for s in corpus.sources] == ["b"]
    assert corpus.skipped[0].reason == "cannot list folder: Permission denied"
