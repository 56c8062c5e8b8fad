"""A pypdf reader that reads only the objects it is asked for.

pypdf parses *every* object of a compressed object stream the first time any one of them
is needed. A tagged PDF keeps hundreds of structure elements in the same object stream as
its catalog, so reading the catalog of a 7-page IWP cost about 90 ms before a single page
was looked at. :class:`LazyPdfReader` parses the stream's index once and then reads just
the requested object, which makes checking our own PDFs (catalog, info, attachment, page
contents) an order of magnitude cheaper. It also decodes a cross-reference stream with
:func:`struct.iter_unpack` instead of pypdf's three reads per entry (a rendered IWP has
about 900 entries). Anything unusual falls back to pypdf's own, hardened, method, so
damaged and hostile files get exactly pypdf's treatment.

This is the one module that reaches into pypdf's private parts (two methods it overrides and
the tables it fills); ``pyproject.toml`` caps pypdf below its next major release. At import,
:func:`fast_path_problem` checks that pypdf still has them; when it does not, the reader
behaves exactly as :class:`pypdf.PdfReader` and the ``iwp`` log says so once (level INFO).
"""

from __future__ import annotations

import inspect
import logging
import re
import struct
from io import BytesIO
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ArrayObject, IndirectObject, NumberObject, StreamObject, read_object

_MAX_INDEX_ENTRIES = 100_000
# Field widths of a cross-reference stream that struct can read; other widths go to pypdf.
_STRUCT_CODES = {1: "B", 2: "H", 4: "I", 8: "Q"}
_DIGITS_AND_SPACE = re.compile(rb"[0-9\s]*")
# pypdf's private methods overridden here, with the parameters the overrides expect.
_OVERRIDDEN = {"_read_pdf15_xref_stream": ["self", "stream"],
               "_get_object_from_stream": ["self", "indirect_reference"]}
# What a reader must keep for the overrides to fill and consult: attribute -> its type.
_PRIVATE_STATE = {"_object_stream_resolution_stack": list, "xref_objStm": dict, "xref": dict}

log = logging.getLogger("iwp")


def _smallest_pdf() -> bytes:
    """A one-page PDF with a classic cross-reference table, to probe a reader with."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    table = len(out)
    out += b"xref\n0 4\n0000000000 65535 f \n"
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % table
    return bytes(out)


def fast_path_problem() -> str | None:
    """Why the lazy reading cannot be used with the installed pypdf, or None."""
    for name, parameters in _OVERRIDDEN.items():
        method = getattr(PdfReader, name, None)
        if method is None:
            return f"PdfReader.{name} is gone"
        if list(inspect.signature(method).parameters) != parameters:
            return f"PdfReader.{name} takes other parameters"
    try:
        probe = PdfReader(BytesIO(_smallest_pdf()))
    except Exception as e:  # pypdf itself cannot read it: nothing to build on
        return f"it cannot read a minimal PDF ({e})"
    for attribute, kind in _PRIVATE_STATE.items():
        if not isinstance(getattr(probe, attribute, None), kind):
            return f"PdfReader no longer keeps {attribute}"
    for method_name in ("cache_indirect_object", "read_object_header"):
        if not callable(getattr(probe, method_name, None)):
            return f"PdfReader.{method_name} is gone"
    return None


def _self_check() -> bool:
    problem = fast_path_problem()
    if problem is not None:
        from importlib.metadata import version

        log.info("pypdf %s: %s, so PDFs are read by pypdf's own, slower, object reading",
                 version("pypdf"), problem)
    return problem is None


FAST_PATH = _self_check()


class LazyPdfReader(PdfReader):
    """:class:`pypdf.PdfReader` with lazy reading of objects inside object streams."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._stream_index: dict[int, tuple[bytes, int, dict[int, int]] | None] = {}
        super().__init__(*args, **kwargs)

    def _read_pdf15_xref_stream(self, stream: Any) -> StreamObject:
        if not FAST_PATH:
            return super()._read_pdf15_xref_stream(stream)
        start = stream.tell()
        try:
            found = self._fast_xref_stream(stream)
        except Exception:  # anything odd: pypdf reads it again, its own way
            found = None
        if found is None:
            stream.seek(start)
            return super()._read_pdf15_xref_stream(stream)
        return found

    def _fast_xref_stream(self, stream: Any) -> StreamObject | None:
        """Read a well-formed cross-reference stream in bulk; ``None`` for anything else."""
        if self.strict:
            return None
        stream.seek(-1, 1)
        idnum, generation = self.read_object_header(stream)
        xref = read_object(stream, self)
        if not isinstance(xref, StreamObject) or xref.get("/Type") != "/XRef":
            return None
        widths, size = xref.get("/W"), xref.get("/Size")
        pairs = xref.get("/Index", ArrayObject([NumberObject(0), size]))
        if not isinstance(widths, list) or len(widths) != 3 or not isinstance(size, int) \
                or not isinstance(pairs, list) or len(pairs) % 2 or not pairs:
            return None
        widths = [int(w) for w in widths]
        pairs = [int(n) for n in pairs]
        if widths[1] not in _STRUCT_CODES or any(w and w not in _STRUCT_CODES for w in widths) \
                or min(pairs) < 0:
            return None
        count = sum(pairs[1::2])
        data = xref.get_data()
        entry = sum(widths)
        limit = getattr(self, "_xref_stream_maximum_entries", None)
        total = getattr(self, "_xref_stream_entry_count", 0) + count
        if len(data) < count * entry or (limit is not None and total > limit):
            return None  # short data or too many entries: pypdf repairs or refuses
        self._xref_stream_entry_count = total
        self.cache_indirect_object(generation, idnum, xref)
        rows = struct.iter_unpack(">" + "".join(_STRUCT_CODES[w] for w in widths if w),
                                  data[:count * entry])
        self._add_xref_rows(rows, widths, pairs)
        return xref

    def _add_xref_rows(self, rows: Any, widths: list[int], pairs: list[int]) -> None:
        """Enter decoded rows as pypdf would: never over an entry from a later update."""
        if not widths[0] or not widths[2]:  # a field left out takes its default value
            rows = ((row[0] if widths[0] else 1, row[1 if widths[0] else 0],
                     row[-1] if widths[2] else 0) for row in rows)
        in_streams, tables = self.xref_objStm, self.xref
        had_generation_0 = 0 in tables
        uncompressed = tables.setdefault(0, {})
        saw_generation_0 = False
        for start, count in zip(pairs[0::2], pairs[1::2]):
            for num, (kind, second, third) in zip(range(start, start + count), rows):
                if kind == 1:
                    saw_generation_0 = saw_generation_0 or third == 0
                    table = uncompressed if third == 0 else tables.setdefault(third, {})
                    if num not in table and num not in in_streams:
                        table[num] = second
                elif kind == 2 and num not in uncompressed and num not in in_streams:
                    in_streams[num] = (second, third)
        if not had_generation_0 and not saw_generation_0:
            del tables[0]  # pypdf makes a generation's table only for an entry of it

    def _get_object_from_stream(self, indirect_reference: IndirectObject) -> Any:
        if not FAST_PATH:
            return super()._get_object_from_stream(indirect_reference)
        try:
            found = self._lazy_object(indirect_reference.idnum)
        except Exception:  # anything odd: let pypdf handle (and repair) it its own way
            found = None
        if found is None:
            return super()._get_object_from_stream(indirect_reference)
        return found

    def _lazy_object(self, idnum: int) -> Any:
        if self.strict or idnum in self._object_stream_resolution_stack:
            return None
        # The cross-reference entry gives the stream and the object's place in its index.
        stmnum, position = self.xref_objStm[idnum]
        if stmnum not in self._stream_index:
            self._stream_index[stmnum] = self._index_stream(stmnum)
        entry = self._stream_index[stmnum]
        if entry is None or not 0 <= position < len(entry[2]) // 2:
            return None
        data, first, index = entry
        if int(index[2 * position]) != idnum:
            return None  # the index disagrees with the cross-reference: pypdf decides
        offset = int(index[2 * position + 1])
        if first + offset > len(data):
            return None
        self._object_stream_resolution_stack.append(idnum)
        try:
            stream = BytesIO(data)
            stream.seek(first + offset)
            obj = read_object(stream, self)
        finally:
            self._object_stream_resolution_stack.pop()
        self.cache_indirect_object(0, idnum, obj)
        return obj

    def _index_stream(self, stmnum: int) -> tuple[bytes, int, list[bytes]] | None:
        """An object stream's data, where its objects start, and its index (pairs of object
        number and offset, left as bytes: only the few objects read are converted)."""
        stream = IndirectObject(stmnum, 0, self).get_object()
        n, first = stream.get("/N"), stream.get("/First")
        if stream.get("/Type") != "/ObjStm" or not isinstance(n, NumberObject) \
                or not isinstance(first, NumberObject):
            return None
        data = stream.get_data()
        count, first = int(n), int(first)
        header = data[:first]
        if not 0 < count <= _MAX_INDEX_ENTRIES or not _DIGITS_AND_SPACE.fullmatch(header):
            return None
        index = header.split()[:2 * count]
        if len(index) < 2 * count:
            return None
        return data, first, index
