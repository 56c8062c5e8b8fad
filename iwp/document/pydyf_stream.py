"""The one place iwp reads pydyf's serialised bytes (pydyf < 0.14).

The content hash (:mod:`iwp.document.pdfhash`) is the sha256 of the decoded page content streams. In
WeasyPrint's finisher the streams are still pydyf objects; the quickest way to their decoded
bytes is to let pydyf serialise the stream uncompressed and cut the body out of
``<<...>>\\nstream\\n...\\nendstream`` - which depends on how pydyf lays out that text.

At import a self-check serialises a known stream; if the layout has changed,
:data:`FAST_PATH` is false, "pydyf_stream: fast path off" is logged once on the ``iwp``
logger, and :func:`decoded_bytes` joins the stream's items itself (the public
``Stream.stream`` list, with pydyf's rules for turning items into bytes, a little slower).
The test suite compares the hash from here with the one ``iwp check`` computes from the
written file with pypdf.
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger("iwp")

_BODY_START = b"\nstream\n"
_BODY_END = b"\nendstream"


def _serialised_body(stream: Any) -> bytes:
    compress = stream.compress
    stream.compress = False
    try:
        raw = stream.data
    finally:
        stream.compress = compress
    return raw.split(_BODY_START, 1)[1][: -len(_BODY_END)]


def _joined_items(stream: Any) -> bytes:
    import pydyf

    parts = []
    for item in stream.stream:
        if isinstance(item, bytes):
            parts.append(item)
        elif isinstance(item, float):
            parts.append(str(int(item)).encode() if item.is_integer()
                         else f"{item:f}".rstrip("0").encode())
        elif isinstance(item, pydyf.Object):
            parts.append(item.data)
        else:
            parts.append(str(item).encode("ascii"))
    return b"\n".join(parts)


def _self_check() -> bool:
    try:
        import pydyf

        sample = pydyf.Stream([b"q", "/Span", pydyf.Dictionary({"MCID": 0}), b"BDC", 1.5],
                              compress=True)
        return _serialised_body(sample) == _joined_items(sample) == \
            b"q\n/Span\n<</MCID 0>>\nBDC\n1.5"
    except Exception:  # noqa: BLE001 - any failure means: no fast path
        return False


FAST_PATH = _self_check()
if not FAST_PATH:
    log.warning("pydyf_stream: fast path off; page content is joined item by item")


def decoded_bytes(stream: Any) -> bytes:
    """The decoded bytes pydyf will write for ``stream`` (what a reader decodes back)."""
    return _serialised_body(stream) if FAST_PATH else _joined_items(stream)
