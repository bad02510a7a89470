"""The envelope and corpus readers: goldens of our own, their facts, the peer's values, bad input."""

from __future__ import annotations

import datetime as dt
import io
import json
import mmap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import newsmodel
from newsmodel import Article, from_dict, to_dict
from newsmodel.cli import main
from newsmodel.exceptions import ReadError
from newsmodel.readers import READERS, apply_envelope, detect, iter_records, reader
from newsmodel.readers.envelope import byline_names
from newsmodel.readers.gigaword import split_slug

GOLDEN = Path(__file__).parent / "golden_readers"
FILES = sorted(p for p in GOLDEN.glob("*/*") if p.suffix != ".json")
UTC = dt.UTC


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


def _read(path: Path) -> list[Article]:
    """Every article of a golden file, read from its bytes (no machine path in the output)."""
    return list(newsmodel.read(io.BytesIO(path.read_bytes())))


class TestGoldens:
    """Each golden file of ours reads to its stored JSON, by the reader its folder names."""

    @pytest.mark.parametrize("path", FILES, ids=_id)
    def test_golden(self, path: Path, golden: Callable[[Path, str], None]) -> None:
        articles = _read(path)
        assert {a.source.reader for a in articles if a.source} == {path.parent.name}
        produced = json.dumps([to_dict(a) for a in articles], indent=2, ensure_ascii=False) + "\n"
        golden(path.with_suffix(".json"), produced)
        assert [from_dict(Article, d) for d in json.loads(produced)] == articles

    @pytest.mark.parametrize("path", FILES, ids=_id)
    def test_detected(self, path: Path) -> None:
        assert detect(path.read_bytes()[:4096]).name == path.parent.name

    @pytest.mark.parametrize("path", FILES, ids=_id)
    def test_over_mmap(self, path: Path) -> None:
        with path.open("rb") as stream, mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ) as m:
            mapped = list(reader(path.parent.name).records(m))  # type: ignore[arg-type]
        assert mapped == list(reader(path.parent.name).records(path.read_bytes()))

    @pytest.mark.parametrize("path", FILES, ids=_id)
    def test_pieces_point_into_the_file(self, path: Path) -> None:
        """Each stretch of a record's text starts where the file has the same characters."""
        data = path.read_bytes()
        for record in iter_records(io.BytesIO(data)):
            assert record.source.span is not None
            for (start, byte), following in zip(
                record.pieces, (*record.pieces[1:], (len(record.text), 0)), strict=True
            ):
                piece = record.text[start : following[0]].rstrip()
                if piece and piece.isascii() and "&" not in data[byte : byte + 8].decode("latin-1"):
                    written = data[byte : byte + len(piece)].decode("latin-1")
                    assert written == piece or len(piece) == 1


D = dt.date
T = dt.datetime
# What each golden file was written to show, record by record, asserted by hand:
# reader, record id, headline, published, byline names, dateline (raw, place, date text),
# first body words, and the envelope's own fields.
FACTS: dict[str, list[dict[str, Any]]] = {
    "anpa-1312/ap-bridge-and-cup": [
        {
            "headline": "Old river bridge closes after inspectors find cracks",
            "published": T(2017, 3, 14, 14, 22, tzinfo=UTC),
            "bylines": [("Maria Lopez", "David Chen")],
            "dateline": ("ALBANY, N.Y. (AP) _", "ALBANY, N.Y.", None),
            "body": "State officials closed",
            "envelope": {
                "slug": "Bridge",
                "priority": "u",
                "category": "a",
                "take_key": "1stLd-Writethru",
                "word_count": 412,
                "sequence": "0412",
                "editors_note": "This story is part of a series on aging roads.",
            },
        },
        {
            "headline": "Harbor United wins cup final on late goal",
            "published": T(2017, 3, 18, 15, 30, tzinfo=UTC),
            "bylines": [("Kevin Osei",)],
            "dateline": ("PORTLAND, Maine (AP) _", "PORTLAND, Maine", None),
            "body": "Sam Ortiz scored",
            # AP's own category z is sports; the Eds: note keeps its brackets
            "envelope": {"category": "s", "keywords": ("sport",), "take_key": None},
        },
    ],
    "iptc-7901/dpa-floods-and-tennis": [
        {
            "headline": "Dutch towns evacuated as river Maas rises",
            "bylines": [("Anna Vries",)],
            "dateline": ("Maastricht (dpa) -", "Maastricht", None),
            "body": "Hundreds of residents",
            "envelope": {
                "slug": "Netherlands/floods",
                "take_key": "REFILE 1ST LEAD",
                "priority": "3",
                "category": "i",
                "word_count": 164,
                "sequence": "0217",
                "byline": "By Anna Vries, dpa",
            },
        },
        {
            "headline": "Veteran Lindqvist retires after first-round loss",
            "bylines": [],
            "dateline": ("Hamburg (tca/dpa) -", "Hamburg", None),
            "body": "Former world number eight",
            "envelope": {"take_key": "EXTRA", "keywords": ("Tennis", "ATP"), "category": "s"},
        },
    ],
    "aap-zczc/aap-fire-and-rates": [
        {
            "headline": "Crews contain bushfire near Dubbo",
            "dateline": ("(SYDNEY)", "SYDNEY", None),
            "body": "Firefighters have contained",
            "envelope": {"slug": "Bushfire_BC1", "priority": "A", "keywords": ("NSW",)},
        },
        {
            "headline": "Reserve Bank holds cash rate",
            "dateline": ("(MELBOURNE)", "MELBOURNE", None),
            "body": "The Reserve Bank has left",
            "envelope": {"category": "04000000"},
        },
    ],
    "reuters21578-sgml/reut-acme-port-brief": [
        {
            "record_id": "501",
            "headline": "ACME <ACM> TO BUY WIDGET MAKER FOR 40 MLN DLRS",
            "published": T(1987, 3, 3, 9, 12, 40, 170000),
            "bylines": [("Jane Morrow",)],
            "dateline": ("CHICAGO, March 3 -", "CHICAGO", "March 3"),
            "body": "Acme Corp <ACM> said",
            "envelope": {"keywords": ("acq",), "byline": "By JANE MORROW, Reuters"},
        },
        {
            "record_id": "502",
            "headline": "UK PORT STRIKE ENDS AFTER PAY DEAL",
            "bylines": [],
            "dateline": ("LONDON, March 3 -", "LONDON", "March 3"),
            "body": "Dock workers at three",
        },
        {
            "record_id": "503",
            "headline": "COPPER PRICE RAISED ONE CENT A POUND",
            "published": T(1987, 3, 3, 9, 15, 11, 20000),
            "dateline": None,
        },
    ],
    "gigaword-sgml/nyt-and-xinhua": [
        {
            "record_id": "NYT_ENG_20010612.0033",
            "headline": "CITY COUNCIL VOTES TO KEEP LIBRARY OPEN",
            "published": D(2001, 6, 12),
            "dateline": None,  # (BC-LIBRARY-VOTE-NYT) is a slug, not a place
            "body": "The city council voted",
            "envelope": {"slug": "BC-LIBRARY-VOTE-NYT", "dateline": None, "category": "story"},
        },
        {
            "record_id": "NYT_ENG_20010612.0034",
            "dateline": ("TOPEKA, Kan. (BC-DROUGHT-WHEAT-NYT)", "TOPEKA, Kan.", None),
            "body": "A third dry spring",
            "envelope": {"slug": "BC-DROUGHT-WHEAT-NYT"},
        },
        {
            "record_id": "XIN_ENG_20010612.0101",
            "headline": "China launches weather satellite",
            "dateline": ("BEIJING, June 12 (Xinhua) --", "BEIJING", "June 12"),
            "body": "China launched a new",
        },
    ],
    "trec-sgml/efe-two": [
        {
            "record_id": "EFE19950310-00412",
            "headline": "ELECCIONES-PERU Jurado confirma fecha de segunda vuelta",
            "published": D(1995, 3, 10),
            "dateline": ("Lima, 10 mar (EFE).-", "Lima", "10 mar"),
            "body": "El Jurado Nacional",
            "envelope": {"category": "POLITICA", "priority": "U"},
        },
        {
            "record_id": "EFE19950310-00413",
            "dateline": ("Vigo, 10 mar (EFE).-", "Vigo", "10 mar"),
            "body": "El Betis vencio hoy",
            "envelope": {"category": "DEPORTES", "priority": "R"},
        },
    ],
}


def _facts() -> list[Any]:
    return [
        pytest.param(name, i, facts, id=f"{name}#{i + 1}")
        for name, records in FACTS.items()
        for i, facts in enumerate(records)
    ]


class TestFacts:
    """What each golden record was written to show holds (a table written by hand)."""

    def test_every_golden_has_facts(self) -> None:
        assert sorted(FACTS) == [_id(p) for p in FILES]
        assert all(len(FACTS[_id(p)]) == len(_read(p)) for p in FILES)

    @pytest.mark.parametrize(("name", "index", "facts"), _facts())
    def test_facts(self, name: str, index: int, facts: dict[str, Any]) -> None:
        [path] = [p for p in FILES if _id(p) == name]
        article = _read(path)[index]
        assert article.source is not None and article.envelope is not None
        if "record_id" in facts:
            assert article.source.record_id == facts["record_id"]
        if "headline" in facts:
            assert article.headline == facts["headline"]
        if "published" in facts:
            assert article.published == facts["published"]
        if "bylines" in facts:
            assert [b.names for b in article.bylines] == facts["bylines"]
        if "dateline" in facts:
            found = article.dateline
            got = (found.raw, found.place, found.date_text) if found else None
            assert got == facts["dateline"]
        if "body" in facts:
            assert article.body[0].text.startswith(facts["body"])
        for field, value in facts.get("envelope", {}).items():
            assert getattr(article.envelope, field) == value, field


class TestEnvelope:
    """The envelope's byline and dateline become the article's, with their spans in the text."""

    @pytest.mark.parametrize(
        ("byline", "names"),
        [
            ("By BERNICE NAPACH, Reuters", ("Bernice Napach",)),
            ("BY TED D'AFFLISIO, REUTERS", ("Ted D'Afflisio",)),
            ("By PAUL BYRNE and ALMUDENA CALATRAVA", ("Paul Byrne", "Almudena Calatrava")),
            ("By Tom Krasovic, The San Diego Union-Tribune", ("Tom Krasovic",)),
            ("by Maggie McNeil", ("Maggie McNeil",)),
        ],
        ids=[
            "reuters-capitals",
            "agency-in-capitals",
            "two-names",
            "newspaper-apart",
            "mixed-case",
        ],
    )
    def test_byline_names(self, byline: str, names: tuple[str, ...]) -> None:
        assert byline_names(byline).names == names

    @pytest.mark.parametrize(
        ("dateline", "split"),
        [
            ("(BC-WIND-ARIZ-AZR)", (None, "BC-WIND-ARIZ-AZR")),
            (
                "WASHINGTON (BC-TERM-LIMITS-AZR)",
                ("WASHINGTON (BC-TERM-LIMITS-AZR)", "BC-TERM-LIMITS-AZR"),
            ),
            ("PARIS, Jan 1 (AFP)", ("PARIS, Jan 1 (AFP)", None)),
        ],
        ids=["slug-only", "place-and-slug", "no-slug"],
    )
    def test_gigaword_slugs(self, dateline: str, split: tuple[str | None, str | None]) -> None:
        assert split_slug(dateline) == split

    def test_a_byline_outside_the_text_stays_in_the_envelope(self) -> None:
        text = "TOKYO, Oct. 11 (Kyodo) -- Rain fell."
        record = newsmodel.readers.Record(
            text=text,
            source=newsmodel.Source(reader="test"),
            envelope=newsmodel.Envelope(byline="By KENJI ITO", dateline="OSAKA"),
        )
        article = apply_envelope(newsmodel.parse(text), record)
        assert article.bylines == ()
        assert article.envelope is not None and article.envelope.byline == "By KENJI ITO"
        assert article.dateline is not None and article.dateline.place == "TOKYO"

    def test_a_dateline_running_into_its_paragraph(self) -> None:
        """As NITF puts it: the envelope's dateline opens the first paragraph, which keeps the rest."""
        text = "Library stays open\n\nTOPEKA, Kan. (BC-LIB-NYT) The council voted.\n\nIt cheered."
        record = newsmodel.readers.Record(
            text=text,
            source=newsmodel.Source(reader="test"),
            envelope=newsmodel.Envelope(dateline="TOPEKA, Kan. (BC-LIB-NYT)", slug="BC-LIB-NYT"),
        )
        article = apply_envelope(newsmodel.parse(text), record)
        assert article.dateline is not None
        assert (article.dateline.place, article.dateline.region) == ("TOPEKA, Kan.", "Kan.")
        assert [p.text for p in article.body] == ["The council voted.", "It cheered."]
        assert [s.kind for s in article.segments] == ["headline", "dateline", "body", "body"]

    def test_the_byline_span_is_in_the_text(self) -> None:
        [path] = [p for p in FILES if p.parent.name == "reuters21578-sgml"]
        [record, *_] = iter_records(io.BytesIO(path.read_bytes()))
        [article, *_] = _read(path)
        [byline] = article.bylines
        assert byline.span.of(record.text) == byline.raw == "By JANE MORROW, Reuters"
        assert "byline" in [s.kind for s in article.segments]


# Where each field of the peer's expectations lands on our article.
_PEER_FIELDS = {
    "headline": lambda a: a.headline,
    "slug": lambda a: a.envelope.slug,
    "byline": lambda a: a.envelope.byline,
    "editors_note": lambda a: a.envelope.editors_note,
    "take_key": lambda a: a.envelope.take_key,
    "priority_code": lambda a: a.envelope.priority,
    "priority": lambda a: int(a.envelope.priority),
    "category": lambda a: a.envelope.category,
    "word_count": lambda a: a.envelope.word_count,
    "sequence": lambda a: a.envelope.sequence,
    "dateline_place": lambda a: a.dateline.place,
    "dateline_agency": lambda a: a.dateline.agencies[0],
}


def _peer_rows(shared: Path) -> list[tuple[str, str, Any]]:
    rows = []
    for line in (shared / "corpus" / "envelopes-expected.jsonl").read_text().splitlines():
        expected = json.loads(line)
        for key, value in expected.items():
            if key not in ("file", "source_fixture"):
                rows.append((expected["file"], key, value))
    return rows


class TestPeerExpectations:
    """Every value Superdesk's own tests expect from the raw wire files comes out of our readers."""

    def test_every_value(self, shared: Path) -> None:
        rows = _peer_rows(shared)
        assert len(rows) > 20
        wrong = []
        for file, key, value in rows:
            [article] = newsmodel.read(shared / "corpus" / "articles" / file)
            got = _PEER_FIELDS[key](article)
            if got != value:
                wrong.append((file, key, value, got))
        assert wrong == []


class TestCommandLine:
    """`newsmodel parse` detects the reader; several records print as JSON Lines."""

    def test_several_records_are_json_lines(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        [path] = [p for p in FILES if p.parent.name == "gigaword-sgml"]
        assert main(["parse", str(path)]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert [json.loads(line)["source"]["record_id"] for line in lines] == [
            "NYT_ENG_20010612.0033",
            "NYT_ENG_20010612.0034",
            "XIN_ENG_20010612.0101",
        ]

    def test_forced_reader(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        story = tmp_path / "story.txt"
        story.write_bytes(b"ZCZC AAP\n$A headline\n:(PERTH)\nRain fell.\nNNNN\n")
        assert main(["parse", "--from", "aap-zczc", "--compact", str(story)]) == 0
        article = json.loads(capsys.readouterr().out)
        assert (article["headline"], article["dateline"]["place"]) == ("A headline", "PERTH")

    @pytest.mark.parametrize(
        ("argv", "message"),
        [
            (["--from", "telex"], "unknown reader 'telex'; known readers: anpa-1312"),
            (["--from", "reuters21578-sgml"], "no reuters21578-sgml record in it"),
        ],
        ids=["unknown-reader", "no-record"],
    )
    def test_errors_are_one_line(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str], message: str
    ) -> None:
        story = tmp_path / "story.txt"
        story.write_bytes(b"Just text.")
        assert main(["parse", *argv, str(story)]) == 1
        err = capsys.readouterr().err
        assert message in err and err.count("\n") == 1


_SYN = b"\x16\x16\x01"
# Hostile input: (reader, bytes, the message of the ReadError, or None when records come out).
HOSTILE: list[tuple[str, str, bytes, str | None]] = [
    (
        "reuters-no-end",
        "reuters21578-sgml",
        b'<REUTERS NEWID="1"><TITLE>X</TITLE>',
        "record 1 at byte 0: no </REUTERS> before the end",
    ),
    (
        "reuters-next-before-end",
        "reuters21578-sgml",
        b'<REUTERS NEWID="1"><TITLE>X</TITLE>\n<REUTERS NEWID="2"></REUTERS>',
        "record 1 at byte 0: no </REUTERS> before the next record",
    ),
    (
        "gigaword-truncated",
        "gigaword-sgml",
        b'<DOC id="A_1" type="story">\n<TEXT><P>Cut',
        "gigaword-sgml record 1 at byte 0",
    ),
    (
        "trec-truncated",
        "trec-sgml",
        b"<DOC>\n<DOCNO>X</DOCNO><TEXT>cut",
        "trec-sgml record 1 at byte 0",
    ),
    (
        "anpa-no-text",
        "anpa-1312",
        _SYN + b"a0001\x1f-----\r\nr a\x13\x11 BC-X   01-01 0001\r\n",
        "no STX",
    ),
    ("anpa-junk", "anpa-1312", bytes(range(256)) * 4, None),
    ("iptc-junk", "iptc-7901", bytes(range(256)) * 4, None),
    ("zczc-no-end", "aap-zczc", b"ZCZC AAP\n$Head\nBody cut", None),
    (
        "reuters-junk",
        "reuters21578-sgml",
        b"<REUTERS\x00\xff" * 500,
        "no </REUTERS> before the next record",
    ),
    ("gigaword-junk", "gigaword-sgml", b"\xff\xfe<DOC id=\x00" * 300, "record 1 at byte 2"),
]


class TestHostileInput:
    """Truncated records, missing end tags and binary junk: a clear ReadError or records, fast."""

    @pytest.mark.parametrize(
        ("name", "data", "message"),
        [(r, d, m) for _, r, d, m in HOSTILE],
        ids=[h[0] for h in HOSTILE],
    )
    def test_hostile(self, name: str, data: bytes, message: str | None) -> None:
        if message is None:
            for article in newsmodel.read(io.BytesIO(data), reader_name=name):
                assert article.source is not None and article.source.reader == name
            return
        with pytest.raises(ReadError, match=message):
            list(newsmodel.read(io.BytesIO(data), reader_name=name))

    def test_iptc_headline_without_its_end_mark(self) -> None:
        """A headline that lost its `` =`` is the first line; the story is not swallowed."""
        data = (
            b"\x01eca0100 4 i 50  dpa 0001\r\n\r\nGermany-politics/\r\n\x02Talks could fail\r\n"
            b"\r\nBerlin (dpa) - Talks could fail, an official said.\r\n\r\nMore.\r\n\x03"
        )
        [article] = newsmodel.read(io.BytesIO(data))
        assert (article.headline, article.envelope and article.envelope.take_key) == (
            "Talks could fail",
            None,
        )
        assert [p.text for p in article.body] == ["Talks could fail, an official said.", "More."]

    def test_every_reader_is_listed(self) -> None:
        assert [r.name for r in READERS][-1] == "text"
        assert {h[1] for h in HOSTILE} | {"text"} <= {r.name for r in READERS}
