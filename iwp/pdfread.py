"""A pypdf reader that reads only the objects it is asked for.

pypdf parses *every* object of a compressed object stream the first time any one of them
is needed. A tagged PDF keeps hundreds of structure elements in the same object stream as
its catalog, so reading the catalog of a 7-page IWP cost about 90 ms before a single page
was looked at. :class:`LazyPdfReader` parses the stream's index once and then reads just
the requested object, which makes checking our own PDFs (catalog, info, attachment, page
contents) an order of magnitude cheaper. Anything unusual falls back to pypdf's own,
hardened, method, so damaged and hostile files get exactly pypdf's treatment.
"""

from __future__ import annotations

import re
from io import BytesIO
from typing import Any

from pypdf import PdfReader
from pypdf.generic import IndirectObject, NumberObject, read_object

_MAX_INDEX_ENTRIES = 100_000


class LazyPdfReader(PdfReader):
    """:class:`pypdf.PdfReader` with lazy reading of objects inside object streams."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._stream_index: dict[int, tuple[bytes, int, dict[int, int]] | None] = {}
        super().__init__(*args, **kwargs)

    def _get_object_from_stream(self, indirect_reference: IndirectObject) -> Any:
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
        stmnum, _ = self.xref_objStm[idnum]
        if stmnum not in self._stream_index:
            self._stream_index[stmnum] = self._index_stream(stmnum)
        entry = self._stream_index[stmnum]
        if entry is None or idnum not in entry[2]:
            return None
        data, first, offsets = entry
        self._object_stream_resolution_stack.append(idnum)
        try:
            stream = BytesIO(data)
            stream.seek(first + offsets[idnum])
            obj = read_object(stream, self)
        finally:
            self._object_stream_resolution_stack.pop()
        self.cache_indirect_object(0, idnum, obj)
        return obj

    def _index_stream(self, stmnum: int) -> tuple[bytes, int, dict[int, int]] | None:
        stream = IndirectObject(stmnum, 0, self).get_object()
        n, first = stream.get("/N"), stream.get("/First")
        if stream.get("/Type") != "/ObjStm" or not isinstance(n, NumberObject) \
                or not isinstance(first, NumberObject):
            return None
        data = stream.get_data()
        numbers = re.findall(rb"\d+", data[:int(first)])
        if not 0 < int(n) <= _MAX_INDEX_ENTRIES or len(numbers) < 2 * int(n):
            return None
        offsets: dict[int, int] = {}
        for i in range(int(n)):
            objnum, offset = int(numbers[2 * i]), int(numbers[2 * i + 1])
            if int(first) + offset > len(data):
                return None
            # Only this stream's own, current objects (an update may have replaced some).
            if self.xref_objStm.get(objnum, (None,))[0] == stmnum:
                offsets[objnum] = offset
        return data, int(first), offsets
