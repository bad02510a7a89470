"""XML read safely with the standard library's expat: no DTD, no entity, nothing fetched.

A news file has no need of a document type declaration, so any ``<!DOCTYPE`` is refused, and with
it every attack that needs one: entity expansion (billion laughs, quadratic blowup), external
entities (a file, a URL), an external DTD and parameter entities. Nothing is ever fetched. A
refusal, like any malformed XML, raises :class:`~newsmodel.exceptions.ReadError` naming the file,
the line, the column and the byte.

>>> root = parse_xml(b"<p>Rain &amp; <b>wind</b>.</p>", "story.xml")
>>> root.tag, root.text()
('p', 'Rain & wind.')
>>> parse_xml(b'<!DOCTYPE p [<!ENTITY a "x">]><p>&a;</p>', "story.xml")
Traceback (most recent call last):
...
newsmodel.exceptions.ReadError: story.xml: line 1, column 12 (byte 12): refused a document type ...
"""

from __future__ import annotations

from collections.abc import Iterator
from xml.parsers import expat

from attrs import define, field

from ..exceptions import ReadError

__all__ = ["Element", "parse_xml"]


@define(slots=True)
class Element:
    """An element: its tag (without a namespace prefix), attributes, and children in order."""

    tag: str
    attributes: dict[str, str]
    children: list[Element | str] = field(factory=list)

    def elements(self) -> Iterator[Element]:
        """The child elements, in order."""
        for child in self.children:
            if isinstance(child, Element):
                yield child

    def find(self, *path: str) -> Element | None:
        """The first element down ``path`` (tags of children, then grandchildren, ...), or None."""
        found: Element | None = self
        for tag in path:
            if found is None:
                return None
            found = next((child for child in found.elements() if child.tag == tag), None)
        return found

    def iter(self, tag: str) -> Iterator[Element]:
        """Every element called ``tag`` at or below this one, in document order."""
        stack: list[Element] = [self]
        while stack:
            element = stack.pop()
            if element.tag == tag:
                yield element
            stack.extend(reversed(list(element.elements())))

    def text(self) -> str:
        """All the text at or below this element, in document order."""
        pieces: list[str] = []
        stack: list[Element | str] = [self]
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                pieces.append(item)
            else:
                stack.extend(reversed(item.children))
        return "".join(pieces)


class _RefusedError(Exception):
    """Raised inside a handler: what was refused, stopping the parse at once."""


def _local(name: str) -> str:
    """A tag or attribute name without its prefix (``nitf:p``: ``p``; ``xml:lang``: ``lang``)."""
    return name.rpartition(":")[2]


def parse_xml(data: bytes, source: str) -> Element:
    """The root element of the XML document ``data``; ``source`` names it in errors."""
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    root: list[Element] = []
    open_elements: list[Element] = []

    def refuse(what: str) -> None:
        raise _RefusedError(f"refused {what}: no DTD or entity is read, for safety")

    def doctype(*_: object) -> None:
        refuse("a document type declaration (DTD)")

    def entity(*_: object) -> None:
        refuse("an entity declaration")

    def external(*_: object) -> int:
        refuse("an external entity")
        return 0  # pragma: no cover - refuse raises

    def start(name: str, attributes: dict[str, str]) -> None:
        element = Element(_local(name), {_local(k): v for k, v in attributes.items()})
        if open_elements:
            open_elements[-1].children.append(element)
        else:
            root.append(element)
        open_elements.append(element)

    def end(_: str) -> None:
        open_elements.pop()

    def characters(text: str) -> None:
        if open_elements:
            children = open_elements[-1].children
            if children and isinstance(children[-1], str):
                children[-1] += text
            else:
                children.append(text)

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity
    parser.UnparsedEntityDeclHandler = entity
    parser.ExternalEntityRefHandler = external
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    try:
        parser.Parse(bytes(data), True)
    except (_RefusedError, expat.ExpatError) as exc:
        reason = str(exc) if isinstance(exc, _RefusedError) else expat.ErrorString(exc.code)
        where = (
            f"line {parser.ErrorLineNumber}, column {parser.ErrorColumnNumber} "
            f"(byte {max(parser.ErrorByteIndex, 0)})"
        )
        raise ReadError(source, f"{where}: {reason}") from None
    return root[0]
