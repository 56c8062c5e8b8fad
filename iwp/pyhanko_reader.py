"""Step 5 - pyHanko's PDF reader, finding object-stream members through a per-stream index.

The one place ``iwp`` reaches into pyHanko's private parts: it overrides
``PdfFileReader._get_object_from_stream(idnum, stmnum, idx)``. pyHanko rescans an object
stream's header from the start for every member it reads, which is quadratic; its check of
changes made after signing reads every object of every revision, so one signed WeasyPrint
PDF with a later revision took seconds. Here the header is parsed once per stream, and
anything unusual goes to pyHanko's own code.

``pyproject.toml`` caps pyHanko below its next minor release. At import,
:func:`fast_path_problem` checks that pyHanko still has what the override relies on; when
it does not, :func:`reader_class` gives pyHanko's own reader and the ``iwp`` log says so
once (level INFO): signatures are then validated exactly as before, only more slowly.
"""

from __future__ import annotations

import inspect
import io
import logging
from typing import Any

from pyhanko.pdf_utils import generic, misc
from pyhanko.pdf_utils.reader import PdfFileReader

log = logging.getLogger("iwp")

# What the override calls or replaces in pyHanko, checked at import.
_PRIVATE_METHOD = "_get_object_from_stream"
_PRIVATE_PARAMETERS = ["self", "idnum", "stmnum", "idx"]


def fast_path_problem() -> str | None:
    """Why the indexed reader cannot be used with the installed pyHanko, or None."""
    try:
        from pyhanko.pdf_utils.decode_limits import DecodePurpose

        method = getattr(PdfFileReader, _PRIVATE_METHOD)
        parameters = list(inspect.signature(method).parameters)
        # Only looked up, to fail here rather than in the middle of a validation.
        (DecodePurpose.OBJECT_STREAM, generic.read_object, generic.Reference,  # noqa: B018
         generic.NumberObject.read_from_stream, misc.read_non_whitespace,
         misc.PdfStreamError, misc.PdfReadError)
    except (ImportError, AttributeError, TypeError, ValueError) as e:
        return f"it lacks {getattr(e, 'name', None) or 'a part the override uses'}"
    if parameters != _PRIVATE_PARAMETERS:
        return f"PdfFileReader.{_PRIVATE_METHOD} now takes {', '.join(parameters[1:])}"
    return None


class IndexedReader(PdfFileReader):
    """:class:`PdfFileReader` reading each object stream's header once (lenient mode only)."""

    def _get_object_from_stream(self, idnum: int, stmnum: int, idx: int) -> Any:
        if self.strict:
            return super()._get_object_from_stream(idnum, stmnum, idx)
        from pyhanko.pdf_utils.decode_limits import DecodePurpose

        index = self.__dict__.setdefault("_iwp_objstm", {})
        if stmnum not in index:
            stream = generic.Reference(stmnum, 0, self).get_object()
            offsets: dict[int, int] = {}
            raw = b""
            try:
                raw = stream.read_data(DecodePurpose.OBJECT_STREAM)
                head = io.BytesIO(raw)
                for _ in range(int(stream["/N"])):
                    misc.read_non_whitespace(head, seek_back=True)
                    number = generic.NumberObject.read_from_stream(head)
                    misc.read_non_whitespace(head, seek_back=True)
                    offset = generic.NumberObject.read_from_stream(head)
                    offsets.setdefault(int(number), int(stream["/First"]) + int(offset))
            except Exception:  # anything odd: pyHanko reads it its own way below
                offsets = {}
            index[stmnum] = (raw, offsets)
        raw, offsets = index[stmnum]
        if idnum not in offsets:
            return super()._get_object_from_stream(idnum, stmnum, idx)
        body = io.BytesIO(raw)
        body.seek(offsets[idnum])
        try:
            return generic.read_object(body, generic.Reference(idnum, 0, self))
        except (misc.PdfStreamError, misc.PdfReadError):
            return super()._get_object_from_stream(idnum, stmnum, idx)


def _self_check() -> bool:
    problem = fast_path_problem()
    if problem is not None:
        from importlib.metadata import version

        log.info("pyHanko %s: %s, so signatures are validated with its own reader, which is "
                 "slower on large signed PDFs", version("pyhanko"), problem)
    return problem is None


FAST_PATH = _self_check()


def reader_class() -> type[PdfFileReader]:
    """The reader to validate signatures with: :class:`IndexedReader` when it can be used."""
    return IndexedReader if FAST_PATH else PdfFileReader
