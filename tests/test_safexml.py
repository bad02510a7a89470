"""XML is read safely: every known attack is refused at once with a NewsModelError, nothing fetched."""

from __future__ import annotations

import io
import re
import time

import pytest

import newsmodel
from newsmodel.exceptions import NewsModelError, ReadError
from newsmodel.readers.safexml import parse_xml

_LOL = "".join(f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10}">' for n in range(1, 10))
# Each attack, written as an attacker would; the port is one nothing listens on, and nothing may
# try it: a refusal comes before any entity or DTD is looked at.
ATTACKS = [
    (
        "billion-laughs",
        f'<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY lol0 "lol">{_LOL}]><nitf>&lol9;</nitf>',
        "document type declaration",
    ),
    (
        "quadratic-blowup",
        '<!DOCTYPE nitf [<!ENTITY a "' + "a" * 50_000 + '">]><nitf>' + "&a;" * 50_000 + "</nitf>",
        "document type declaration",
    ),
    (
        "external-entity-file",
        '<!DOCTYPE nitf [<!ENTITY x SYSTEM "file:///etc/passwd">]><nitf>&x;</nitf>',
        "document type declaration",
    ),
    (
        "external-entity-url",
        '<!DOCTYPE nitf [<!ENTITY x SYSTEM "http://127.0.0.1:9/x.txt">]><nitf>&x;</nitf>',
        "document type declaration",
    ),
    (
        "external-dtd",
        '<!DOCTYPE nitf SYSTEM "http://127.0.0.1:9/nitf-3-6.dtd"><nitf/>',
        "document type declaration",
    ),
    (
        "parameter-entities",
        '<!DOCTYPE nitf [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd"> %p;]><nitf/>',
        "document type declaration",
    ),
    ("undeclared-entity", "<nitf><p>&x;</p></nitf>", "undefined entity"),
]


@pytest.mark.parametrize(("name", "xml", "reason"), ATTACKS, ids=[a[0] for a in ATTACKS])
class TestAttacks:
    """Each attack is refused fast, with an error that says where and why."""

    def test_refused_fast(self, name: str, xml: str, reason: str) -> None:
        started = time.perf_counter()
        with pytest.raises(ReadError, match=reason) as caught:
            parse_xml(xml.encode("utf-8"), "attack.xml")
        assert time.perf_counter() - started < 0.5
        assert str(caught.value).startswith("attack.xml: line 1, column ")

    def test_refused_by_read(self, name: str, xml: str, reason: str) -> None:
        with pytest.raises(NewsModelError, match=reason):
            list(newsmodel.read(io.BytesIO(xml.encode("utf-8")), reader_name="nitf"))


class TestMalformed:
    """XML that is not well-formed is a ReadError with line, column and byte."""

    @pytest.mark.parametrize(
        ("xml", "where"),
        [
            (b"<nitf><p>open</nitf>", "line 1, column 15 (byte 15): mismatched tag"),
            (b"<nitf>\n<p a='1' a='2'/></nitf>", "line 2, column 9 (byte 16): duplicate attribute"),
            (b"", "no element found"),
            (b"<nitf>\xff</nitf>", "not well-formed (invalid token)"),
        ],
        ids=["mismatched", "duplicate-attribute", "empty", "bad-byte"],
    )
    def test_where(self, xml: bytes, where: str) -> None:
        with pytest.raises(ReadError, match=rf"^story\.xml: .*{re.escape(where)}$"):
            parse_xml(xml, "story.xml")


class TestTree:
    """The tree keeps elements and text in order, without namespace prefixes."""

    def test_text_and_order(self) -> None:
        root = parse_xml(b"<a><b>one</b> two <c>three<d/></c></a>", "x")
        assert root.text() == "one two three"
        assert [e.tag for e in root.elements()] == ["b", "c"]
        assert [e.tag for e in root.iter("d")] == ["d"]

    def test_prefix_dropped(self) -> None:
        root = parse_xml(b'<n:nitf xmlns:n="urn:x"><n:p n:id="1">x</n:p></n:nitf>', "x")
        paragraph = root.find("p")
        assert paragraph is not None
        assert (root.tag, paragraph.tag, paragraph.attributes) == ("nitf", "p", {"id": "1"})

    def test_deep_nesting_is_no_recursion(self) -> None:
        depth = 50_000
        root = parse_xml(b"<a>" * depth + b"x" + b"</a>" * depth, "x")
        assert root.text() == "x"
