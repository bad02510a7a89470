"""What a reader is: the contract every envelope and corpus reader keeps.

A reader takes the bytes of a file (or any bytes-like buffer, an ``mmap`` included) and yields one
:class:`Record` per story in it: the story's text, what its envelope says of it
(:class:`~newsmodel.Envelope`), and where it lies in the file (:class:`~newsmodel.Source`). It
never parses the story: :func:`newsmodel.read` hands each record's text to the same
:func:`newsmodel.parse` as any text, and the envelope's fields then win over guesses from the text.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from attrs import field, frozen

from ..exceptions import ValidationError
from ..models import Envelope, Source

__all__ = ["HEAD", "Reader", "Record", "delimited"]

#: How many bytes of a file a reader's :meth:`Reader.sniff` is shown.
HEAD = 4096


def _pieces(instance: Record, attribute: object, value: tuple[tuple[int, int], ...]) -> None:
    previous = (-1, -1)
    for index, piece in enumerate(value):
        if (
            len(piece) != 2
            or not all(type(n) is int and n >= 0 for n in piece)
            or piece[0] <= previous[0]
            or piece[1] < previous[1]
        ):
            raise ValidationError(
                f"Record.pieces[{index}]",
                "a (text offset, byte offset) pair of whole numbers after the one before it",
                piece,
            )
        previous = piece


@frozen(kw_only=True)
class Record:
    """One story as a reader found it, before it is parsed.

    ``pieces`` keeps the text's offsets into the file: each ``(text offset, byte offset)`` pair says
    that the text from that offset on (up to the next pair) was read from the file from that byte on.
    A reader that joins several stretches of the file (paragraphs of ``<P>`` elements, say) gives
    one pair per stretch; an empty tuple means the text is not a copy of the file's bytes.
    """

    text: str
    source: Source
    envelope: Envelope | None = None
    pieces: tuple[tuple[int, int], ...] = field(default=(), validator=_pieces)

    def byte_offset(self, text_offset: int) -> int | None:
        """The byte in the file where the character at ``text_offset`` of the text was read.

        Exact for single-byte text; for multi-byte characters it is the start of the stretch the
        character lies in plus its offset in characters, and None when ``pieces`` is empty.
        """
        found = None
        for start, byte in self.pieces:
            if start > text_offset:
                break
            found = byte + (text_offset - start)
        return found


class Reader(Protocol):
    """A reader of one kind of file: a wire envelope, a corpus layout or an industry format."""

    #: the name ``--from`` and ``Source.reader`` use (``anpa-1312``, ``reuters21578-sgml``, ...)
    name: str

    def sniff(self, head: bytes) -> bool:
        """Whether a file whose first :data:`HEAD` bytes are ``head`` is of this kind."""
        ...

    def records(self, data: bytes, *, path: str | None = None) -> Iterator[Record]:
        """Each story in ``data`` (the whole file), in the file's order.

        Malformed input raises :class:`~newsmodel.exceptions.ReadError` naming the path, the
        record and the byte where it went wrong; a record is never silently dropped.
        """
        ...


def delimited(data: bytes, opening: bytes, closing: bytes) -> Iterator[tuple[int, int]]:
    """The byte span of each record from ``opening`` to ``closing`` (included) in ``data``.

    For wire envelopes whose end mark a damaged file may lack (EOT, ``NNNN``): a record without
    one runs to the next ``opening`` or the end. One pass, over ``bytes`` or an ``mmap``.
    """
    start = data.find(opening)
    while start >= 0:
        following = data.find(opening, start + len(opening))
        stop = following if following >= 0 else len(data)
        end = data.find(closing, start, stop)
        yield start, (end + len(closing) if end >= 0 else stop)
        start = following
