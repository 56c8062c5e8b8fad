"""The two hashes that tie a rendered PDF to its plan, shared by step 4 (pdf) and step 5 (parse).

``iwp render`` embeds the validated plan as ``iwp-plan.json`` and records, in the PDF's
document information, the SHA-256 of that attachment (``/IWP_PlanHash``) and of the decoded
page content streams (``/IWP_ContentHash``). ``iwp check`` recomputes both: a changed plan
hash means the attachment was replaced, a changed content hash means the visible pages were
edited after rendering. Signing adds fields and annotations but never touches the page
content streams, so a signed PDF keeps its content hash.

This module sits below both steps so that neither has to import the other.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

PLAN_ATTACHMENT = "iwp-plan.json"


def canonical_plan_json(data: Any) -> bytes:
    """The embedded plan's bytes: compact, key-sorted JSON of ``model.model_dump(mode="json")``."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    """SHA-256 of ``data`` as lowercase hex."""
    return hashlib.sha256(data).hexdigest()


def page_content_hash(reader: Any) -> str:
    """SHA-256 (hex) of every page's decoded content stream, in page order.

    ``reader`` is a :class:`pypdf.PdfReader`. A page without content counts as empty bytes.
    """
    digest = hashlib.sha256()
    for page in reader.pages:
        contents = page.get_contents()
        if contents is not None:
            digest.update(contents.get_data())
    return digest.hexdigest()
