"""The one place iwp reaches into WeasyPrint's private layout objects (WeasyPrint 70).

WeasyPrint's public API gives a laid-out page's size, bookmarks, links and anchors (the
rectangle of each element with an ``id``), but not its boxes. Two things need them:

* the signature fields, placed over the border box of each printed signature line
  (:mod:`iwp.document.pdf`); ``page.anchors`` gives the same rectangle and is the fallback (the
  test suite compares the two);
* the PDF/UA post-processing (:mod:`iwp.document.tagging`), which must know which structure element
  WeasyPrint's tagger made for a box. It gets that through the tagger itself: a box with a
  ``widget_annotation`` gets a ``/Form`` structure element inside its own element, and the
  annotation gets the ``/StructParent`` key of that ``/Form`` (``weasyprint/pdf/tags.py``).
  :func:`mark` hands a box such a marker; :mod:`iwp.document.tagging` follows the key to the element
  and removes the ``/Form`` again.

Everything private is read here: ``page._page_box`` and the box classes of
``weasyprint.formatting_structure.boxes``. At import a self-check looks for them; when one
is missing (another WeasyPrint version), :data:`FAST_PATH` is false, the message
"weasyprint_layout: fast path off" is logged once on the ``iwp`` logger, signature fields
are placed from ``page.anchors``, and the tagging fixes that need the
boxes are skipped (the rest still runs).
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator
from typing import Any

log = logging.getLogger("iwp")


def _self_check() -> tuple[bool, str]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import weasyprint.document
            from weasyprint.formatting_structure import boxes
    except Exception as e:  # noqa: BLE001 - any import failure means: no fast path
        return False, f"WeasyPrint internals not importable ({type(e).__name__})"
    if "_page_box" not in weasyprint.document.Page.__init__.__code__.co_names:
        return False, "Page no longer keeps its box tree in page._page_box"
    for name in ("LineBox", "TextBox", "InlineBox", "MarginBox", "ParentBox"):
        if not hasattr(boxes, name):
            return False, f"no boxes.{name}"
    if not hasattr(boxes.Box, "widget_annotation"):
        return False, "boxes no longer carry widget_annotation"
    return True, ""


FAST_PATH, _WHY_NOT = _self_check()
if not FAST_PATH:
    log.warning("weasyprint_layout: fast path off (%s); signature fields use page.anchors "
                "and some PDF/UA fixes are skipped", _WHY_NOT)


def _boxes() -> Any:
    from weasyprint.formatting_structure import boxes
    return boxes


def page_box(page: Any) -> Any | None:
    """The root box of a laid-out page, or None without the fast path."""
    return getattr(page, "_page_box", None) if FAST_PATH else None


def unwrap(box: Any) -> Any:
    """The box an absolutely positioned placeholder stands for (else the box itself)."""
    inner = box.__dict__.get("_box") if hasattr(box, "__dict__") else None
    return inner if inner is not None else box


def children(box: Any) -> list[Any]:
    return [unwrap(child) for child in getattr(box, "children", None) or ()]


def descendants(box: Any) -> Iterator[Any]:
    """``box`` and every box inside it, in document order."""
    stack = [unwrap(box)]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(children(current)))


def is_line(box: Any) -> bool:
    return isinstance(box, _boxes().LineBox)


def is_text(box: Any) -> bool:
    return isinstance(box, _boxes().TextBox)


def is_inline(box: Any) -> bool:
    return isinstance(box, _boxes().InlineBox)


def is_margin(box: Any) -> bool:
    return isinstance(box, _boxes().MarginBox)


def is_out_of_flow(box: Any) -> bool:
    """Absolutely or fixed positioned (drawn where it is placed, not in the flow)."""
    style = getattr(box, "style", None)
    return style is not None and style["position"] in ("absolute", "fixed")


def html_box(page: Any) -> Any | None:
    """The root element's box of a page (the page's content without its margin boxes)."""
    root = page_box(page)
    if root is None:
        return None
    return next((c for c in children(root) if not is_margin(c)), None)


def tag_kids(box: Any) -> list[Any]:
    """The boxes that become ``box``'s structure element's kids, in order: line boxes are
    flattened into their contents (WeasyPrint's tagger does the same)."""
    kids = []
    for child in children(box):
        kids.extend(children(child) if is_line(child) else [child])
    return kids


def element_of(box: Any) -> Any:
    return getattr(box, "element", None)


def border_rect(box: Any) -> tuple[float, float, float, float]:
    """A box's border box in CSS px from the page's top left: (x, y, width, height)."""
    return (box.border_box_x(), box.border_box_y(), box.border_width(), box.border_height())


def mark(box: Any) -> Any | None:
    """Give ``box`` a marker so the tagger reveals its structure element (see module doc).

    Returns the marker (a dictionary the tagger will give a ``/StructParent``), or None
    when the box already carries an annotation or there is no fast path.
    """
    import pydyf

    if not FAST_PATH or getattr(box, "widget_annotation", None) is not None:
        return None
    marker = pydyf.Dictionary({"IWPMarker": "true"})
    box.widget_annotation = marker
    return marker
