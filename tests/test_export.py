"""The writers: ninjs valid against the IPTC schema, JSON-LD's facts, NITF well-formed and escaped."""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from xml.etree import ElementTree

import attrs
import pytest
from hypothesis import given, settings

import newsmodel
from newsmodel import (
    Article,
    Byline,
    Credit,
    Dateline,
    Envelope,
    Paragraph,
    PhotoCaption,
    Source,
    Span,
    parse,
)
from newsmodel.cli import main
from newsmodel.exceptions import UnknownFormatError
from newsmodel.export import WRITERS, dumps, to_jsonld, to_ninjs, to_nitf
from newsmodel.export.nitf import escape_attribute, escape_text
from newsmodel.readers.nitf import NitfReader

from .conftest import SHARED
from .strategies import articles

GOLDEN = Path(__file__).parent / "golden"
STORIES = sorted(GOLDEN.glob("*/*.txt"))


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


def _article(path: Path) -> Article:
    return parse(path.read_text(encoding="utf-8"))


@functools.cache
def _ninjs_validator(shared: Path) -> Callable[[dict[str, Any]], list[str]]:
    """The errors of a ninjs object against the 3.1 schema, formats checked by our own rules."""
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(
        (shared / "standards" / "ninjs" / "ninjs-schema_3.1.json").read_text(encoding="utf-8")
    )
    checker = jsonschema.FormatChecker(formats=())

    @checker.checks("date-time", raises=ValueError)
    def date_time(value: object) -> bool:  # RFC 3339: a date, a time and a zone
        if not isinstance(value, str):
            return True
        return "T" in value and dt.datetime.fromisoformat(value).tzinfo is not None

    @checker.checks("uri")
    def uri(value: object) -> bool:  # RFC 3986: a scheme, and no white space
        return not isinstance(value, str) or (bool(urlsplit(value).scheme) and " " not in value)

    validator = jsonschema.Draft202012Validator(schema, format_checker=checker)

    def errors(item: dict[str, Any]) -> list[str]:
        return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(item)]

    return errors


class TestNinjsValid:
    """ninjs output is valid against the IPTC's ninjs 3.1 schema, formats included."""

    @pytest.mark.parametrize("story", STORIES, ids=_id)
    def test_golden_story(self, story: Path, shared: Path) -> None:
        assert _ninjs_validator(shared)(to_ninjs(_article(story))) == []

    def test_corpus_story(self, shared: Path) -> None:
        articles = sorted((shared / "corpus" / "articles").glob("*"))
        if not articles:
            pytest.skip("no corpus articles in ../shared/corpus/articles")
        errors = _ninjs_validator(shared)
        invalid = {
            f"{path.name}#{n}": found
            for path in articles
            for n, article in enumerate(newsmodel.read(path))
            if (found := errors(to_ninjs(article)))
        }
        assert invalid == {}

    def test_a_bad_item_is_caught(self, shared: Path) -> None:
        """The check can fail: a date without a zone and a bare word as uri are refused."""
        found = _ninjs_validator(shared)({"uri": "not a uri", "versionCreated": "2025-10-13"})
        assert len(found) == 2


class TestNinjsFields:
    """Each ninjs field comes from the part of the article the mapping names."""

    def test_uri_from_the_record_id(self) -> None:
        article = parse("TOKYO, Oct. 11 (Kyodo) -- Rain fell.")
        sourced = attrs.evolve(article, source=Source(reader="nitf", record_id="k 1/2"))
        assert to_ninjs(sourced)["uri"] == "urn:newsmodel:nitf:k%201%2F2"

    def test_uri_is_a_stable_hash_of_the_story(self) -> None:
        first = to_ninjs(parse("TOKYO, Oct. 11 (Kyodo) -- Rain fell."))["uri"]
        again = to_ninjs(parse("TOKYO, Oct. 11 (Kyodo) -- Rain fell."))["uri"]
        other = to_ninjs(parse("TOKYO, Oct. 11 (Kyodo) -- Snow fell."))["uri"]
        assert first == again != other
        assert first.startswith("urn:newsmodel:sha256:")

    @pytest.mark.parametrize(
        ("published", "expected"),
        [
            (dt.date(2025, 10, 13), "2025-10-13T00:00:00Z"),
            (dt.datetime(2025, 10, 13, 9, 15), "2025-10-13T09:15:00Z"),
            (
                dt.datetime(2025, 10, 13, 9, 15, tzinfo=dt.timezone(dt.timedelta(hours=8))),
                "2025-10-13T09:15:00+08:00",
            ),
        ],
        ids=["date", "naive", "aware"],
    )
    def test_created_from_published(self, published: dt.date, expected: str) -> None:
        item = to_ninjs(parse("TOKYO, Oct. 11 (Kyodo) -- Rain fell.", published=published))
        assert (item["firstCreated"], item["versionCreated"]) == (expected, expected)

    def test_envelope_fields(self) -> None:
        article = _article_with(
            envelope=Envelope(slug="Japan-Rain", priority="3", language="en", headline="Rain")
        )
        item = to_ninjs(article)
        assert (item["slugline"], item["urgency"], item["language"]) == ("Japan-Rain", 3, "en")

    @pytest.mark.parametrize(
        "priority", ["12", "0", "f", "r"], ids=["two-digits", "zero", "f", "r"]
    )
    def test_a_priority_that_is_no_urgency_is_left_out(self, priority: str) -> None:
        assert "urgency" not in to_ninjs(_article_with(envelope=Envelope(priority=priority)))

    def test_picture_association(self) -> None:
        item = to_ninjs(_article(GOLDEN / "ap" / "washington-senate-water-bill.txt"))
        first = item["associations"][0]
        assert (first["type"], first["by"], first["copyrightHolder"]) == (
            "picture",
            "Tobias Wren",
            "AP",
        )
        assert first["infoSources"] == [{"name": "AP", "role": "originator"}]
        assert first["contentCreated"] == "2025-09-22T00:00:00Z"
        assert "by" not in item["associations"][1]  # (AP Photo): no photographer


class TestJsonLd:
    """JSON-LD is a schema.org NewsArticle with its dateline, images and mentions."""

    def test_news_article(self) -> None:
        doc = to_jsonld(_article(GOLDEN / "xinhua" / "header-caption-before.txt"))
        assert doc["@context"] == "https://schema.org"
        assert doc["headline"].startswith("Chinese vice premier calls")
        assert doc["datePublished"] == "2025-10-13"  # a schema.org Date: no time made up
        assert doc["dateline"] == "BEIJING, Oct. 11 (Xinhua) --"
        assert doc["articleBody"].startswith("Chinese Vice Premier Wang Lihua has called")
        assert doc["articleBody"].count("\n\n") == 6
        [image] = doc["image"]
        assert image["@type"] == "ImageObject"
        assert image["caption"].endswith("from Thursday to Saturday.")
        assert image["creditText"] == "(Xinhua/Gao Jianmin)"
        assert image["author"] == [{"@type": "Person", "name": "Gao Jianmin"}]

    @pytest.mark.parametrize(
        ("story", "place"),
        [
            ("TOKYO, Oct. 11 (Kyodo) -- Rain fell.", {"@type": "Place", "name": "Tokyo"}),
            (
                "SRINAGAR (Jammu and Kashmir), Oct 11 (ANI) -- Snow fell.",
                {
                    "@type": "Place",
                    "name": "Srinagar",
                    "address": {"@type": "PostalAddress", "addressRegion": "Jammu and Kashmir"},
                },
            ),
            (
                "BEIRUT [Lebanon], Sept. 20 (UPI) -- Rain fell.",
                {
                    "@type": "Place",
                    "name": "Beirut",
                    "address": {"@type": "PostalAddress", "addressCountry": "Lebanon"},
                },
            ),
        ],
        ids=["city", "region", "country"],
    )
    def test_location_created(self, story: str, place: dict[str, Any]) -> None:
        assert to_jsonld(parse(story))["locationCreated"] == place

    def test_author_of_an_uncredited_photographer_is_the_agency(self) -> None:
        doc = to_jsonld(_article(GOLDEN / "ap" / "washington-senate-water-bill.txt"))
        assert doc["image"][1]["author"] == [{"@type": "Organization", "name": "AP"}]

    def test_bylines_are_authors(self) -> None:
        doc = to_jsonld(_article(GOLDEN / "yonhap" / "seoul-lead-byline-baseball.txt"))
        assert doc["author"] == [{"@type": "Person", "name": "Han Seo-yeon"}]


# Text that XML must escape or cannot hold, through every field NITF writes.
NASTY = [
    ("markup", "a <b> & c", "a <b> & c"),
    ("quotes", 'say "yes" it\'s', 'say "yes" it\'s'),
    ("cdata-end", "x ]]> y", "x ]]> y"),
    ("nul", "a\x00b", "a\u2400b"),
    ("start-of-text", "a\x02b", "a\u2402b"),
    ("escape", "a\x1bb", "a\u241bb"),
    ("carriage-return", "a\rb", "a\rb"),
    ("tab", "a\tb", "a\tb"),
    ("non-character", "a\ufffeb\uffff", "a\ufffdb\ufffd"),
    ("lone-surrogate", "a\ud800b", "a\ufffdb"),
]


def _article_with(
    value: str = "Body", *, envelope: Envelope | None = None, record_id: str | None = None
) -> Article:
    """An article built by hand with ``value`` in every text field NITF writes."""
    raw = f"{value} (Kyodo) --"
    credit = f"({value}/Kyodo)"
    return Article(
        wire_format="kyodo",
        text_length=1000,
        headline=value,
        published=dt.date(2025, 10, 11),
        dateline=Dateline(
            raw=raw,
            span=Span(start=0, end=len(raw)),
            place=value,
            normalized_place=value,
            agencies=("Kyodo",),
        ),
        bylines=(Byline(raw=f"By {value}", names=(value,), span=Span(start=100, end=110)),),
        body=(Paragraph(text=value, span=Span(start=200, end=210)),),
        photos=(
            PhotoCaption(
                text=value,
                occurrences=(Span(start=300, end=400),),
                credit=Credit(
                    raw=credit,
                    span=Span(start=400, end=400 + len(credit)),
                    agencies=("Kyodo",),
                    photographers=(value,),
                ),
            ),
        ),
        envelope=envelope
        or Envelope(slug=value, priority=value, keywords=(value,), language=value),
        source=Source(reader="nitf", record_id=record_id or value),
    )


class TestNitf:
    """NITF is well-formed XML whatever the text holds, and says how it wrote what XML cannot."""

    @pytest.mark.parametrize("story", STORIES, ids=_id)
    def test_golden_story_is_well_formed(self, story: Path) -> None:
        root = ElementTree.fromstring(to_nitf(_article(story)).encode("utf-8"))
        assert root.tag == "nitf"
        assert root.get("version") == "-//IPTC//DTD NITF 3.6//EN"

    @pytest.mark.parametrize(("name", "value", "read"), NASTY, ids=[n for n, _, _ in NASTY])
    def test_every_field_escaped(self, name: str, value: str, read: str) -> None:
        xml = to_nitf(_article_with(value))
        root = ElementTree.fromstring(xml.encode("utf-8", "surrogatepass"))
        texts = [
            root.findtext("head/title"),
            root.findtext("body/body.head/hedline/hl1"),
            root.findtext("body/body.head/byline"),
            root.findtext("body/body.content/p"),
            root.findtext("body/body.content/media/media-caption"),
            root.findtext("body/body.content/media/media-producer"),
            "".join(root.find("body/body.head/dateline").itertext()),  # type: ignore[union-attr]
        ]
        assert texts == [
            read,
            read,
            f"By {read}",
            read,
            read,
            f"({read}/Kyodo)",
            f"{read} (Kyodo) --",
        ]
        docdata = root.find("head/docdata")
        assert docdata is not None
        attributes = [
            docdata.find("doc-id").get("id-string"),  # type: ignore[union-attr]
            docdata.find("du-key").get("key"),  # type: ignore[union-attr]
            docdata.find("urgency").get("ed-urg"),  # type: ignore[union-attr]
            docdata.find("key-list/keyword").get("key"),  # type: ignore[union-attr]
            root.find("body").get("{http://www.w3.org/XML/1998/namespace}lang"),  # type: ignore[union-attr]
        ]
        assert attributes[1:] == [read] * 4
        assert attributes[0] is not None and attributes[0].startswith("urn:newsmodel:nitf:")

    @pytest.mark.parametrize(("name", "value", "read"), NASTY, ids=[n for n, _, _ in NASTY])
    def test_our_reader_reads_it_back(self, name: str, value: str, read: str) -> None:
        xml = to_nitf(_article_with(value)).encode("utf-8", "surrogatepass")
        [record] = NitfReader().records(xml)
        assert record.envelope is not None
        assert record.envelope.headline == " ".join(read.split())

    @pytest.mark.parametrize(
        ("story", "dateline"),
        [
            (
                "TOKYO, Oct. 11 (Kyodo) -- Rain fell.",
                '<location><city>TOKYO</city></location>, <story.date norm="20251011">Oct. 11</story.date> (Kyodo) --',
            ),
            (
                "SRINAGAR (Jammu and Kashmir), Oct 11 (ANI) -- Snow fell.",
                "<location><city>SRINAGAR</city> (<region>Jammu and Kashmir</region></location>), "
                '<story.date norm="20251011">Oct 11</story.date> (ANI) --',
            ),
            (
                "BEIRUT [Lebanon], Sept. 20 (UPI) -- Rain fell.",
                "<location><city>BEIRUT</city> [<country>Lebanon</country></location>], "
                '<story.date norm="20250920">Sept. 20</story.date> (UPI) --',
            ),
            (
                "COLUMBIA, S.C. (AP) — Rain fell.",
                "<location><city>COLUMBIA, S.C.</city></location> (AP) —",
            ),
            ("(Reuters) — Rain fell.", "(Reuters) —"),
        ],
        ids=[
            "place-date",
            "region-in-brackets",
            "country-in-square-brackets",
            "region-in-place",
            "no-place",
        ],
    )
    def test_dateline_markup(self, story: str, dateline: str) -> None:
        article = parse(story, published=dt.date(2025, 10, 12))
        xml = to_nitf(article)
        assert f"<dateline>{dateline}</dateline>" in xml
        root = ElementTree.fromstring(xml)
        assert "".join(root.find("body/body.head/dateline").itertext()) == article.dateline.raw  # type: ignore[union-attr]

    @pytest.mark.parametrize(
        ("text", "escaped"),
        [("<&>", "&lt;&amp;&gt;"), ("\x01\x1f", "\u2401\u241f"), ("\r", "&#13;"), ('"', '"')],
        ids=["markup", "controls", "cr", "quote-kept"],
    )
    def test_escape_text(self, text: str, escaped: str) -> None:
        assert escape_text(text) == escaped

    @pytest.mark.parametrize(
        ("text", "escaped"),
        [('"', "&quot;"), ("'", "&apos;"), ("\t\n", "&#9;&#10;")],
        ids=["double", "single", "white-space"],
    )
    def test_escape_attribute(self, text: str, escaped: str) -> None:
        assert escape_attribute(text) == escaped


class TestAnyArticle:
    """Whatever an article holds (any character, lone surrogates too), every writer's output holds."""

    @settings(max_examples=60, deadline=None)
    @given(articles)
    def test_nitf_is_well_formed_utf8(self, article: Article) -> None:
        root = ElementTree.fromstring(to_nitf(article).encode("utf-8"))  # no surrogate is left
        assert root.tag == "nitf"
        assert len(root.findall("body/body.content/p")) == len(article.body)

    @settings(max_examples=60, deadline=None)
    @given(articles)
    def test_ninjs_is_valid(self, article: Article) -> None:
        if not SHARED.is_dir():
            pytest.skip("../shared is not beside the checkout")
        assert _ninjs_validator(SHARED)(to_ninjs(article)) == []

    @settings(max_examples=60, deadline=None)
    @given(articles)
    def test_jsonld_names_every_picture_and_person(self, article: Article) -> None:
        doc = to_jsonld(article)
        assert len(doc.get("image", [])) == len(article.photos)
        assert len(doc.get("mentions", [])) == len(article.people)


class TestWriters:
    """WRITERS and dumps give each format as text; the command line writes any of them."""

    @pytest.mark.parametrize("name", sorted(WRITERS), ids=sorted(WRITERS))
    def test_each_writer_returns_text(self, name: str) -> None:
        text = WRITERS[name](parse("TOKYO, Oct. 11 (Kyodo) -- Rain fell."))
        assert isinstance(text, str)
        assert "\n" not in text or name == "nitf"

    def test_unknown_name(self) -> None:
        with pytest.raises(UnknownFormatError, match="known formats: json, jsonld, ninjs, nitf"):
            dumps(parse("TOKYO -- Rain."), "newsml")

    @pytest.mark.parametrize(
        ("to", "check"),
        [
            ("ninjs", lambda out: json.loads(out)["located"] == "Tokyo"),
            ("jsonld", lambda out: json.loads(out)["@type"] == "NewsArticle"),
            ("nitf", lambda out: ElementTree.fromstring(out).tag == "nitf"),
            ("json", lambda out: json.loads(out)["wire_format"] == "kyodo"),
        ],
        ids=["ninjs", "jsonld", "nitf", "json"],
    )
    def test_cli_to(
        self,
        to: str,
        check: Callable[[str], bool],
        tmp_path: Path,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        story = tmp_path / "story.txt"
        story.write_text("TOKYO, Oct. 11 (Kyodo) -- Rain fell.", encoding="utf-8")
        assert main(["parse", "--to", to, str(story)]) == 0
        assert check(capsys.readouterr().out)

    def test_cli_compact_ninjs_is_one_line(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        story = tmp_path / "story.txt"
        story.write_text("TOKYO, Oct. 11 (Kyodo) -- Rain fell.", encoding="utf-8")
        assert main(["parse", "--to", "ninjs", "--compact", str(story)]) == 0
        assert capsys.readouterr().out.count("\n") == 1
