"""PDF/UA-1 fixes to WeasyPrint's tagged PDF, in step 4 (:mod:`iwp.document.pdf`).

WeasyPrint 70 writes a good structure tree for most of a document but leaves, for a PDF/UA
reader, these faults, which CSS cannot express and this module mends before the file is
written:

* **Page furniture.** Text in page margin boxes (the running header, the footer, "Page N of
  M") is marked content whose structure elements are never linked into the tree. It becomes
  a pagination artifact (``/Artifact <</Type /Pagination ...>>``); the orphans are dropped.
* **Hidden decoration.** An element with ``aria-hidden="true"`` (the DRAFT watermark)
  becomes an artifact (subtype ``/Watermark`` for an element of class ``watermark``) and
  leaves the tree.
* **Spoken state.** An inline element with ``aria-label`` (a check box) gets the label as
  ``/Alt`` and its text as ``/ActualText`` ("provided: ", "not provided: ").
* **Split structure.** A table, list or paragraph broken across pages becomes one structure
  element again; a table header repeated on the next page becomes a pagination artifact.
* **Line wraps.** Where a line ends at a space, the last text of the line gets an
  ``/ActualText`` with the space, so "Hours per" + "week" reads "Hours per week"; where
  the layout hyphenated a word, the ``/ActualText`` drops the hyphen.
* **Header scope.** Every ``TH`` gets ``/Scope`` (``/Column`` in a table head, else
  ``/Row``).
* **Identification.** The XMP says ``pdfuaid:part 1``, with the PDF/A extension schema that
  PDF/A-3 requires for a property outside its predefined schemas.

:func:`prepare` runs on the laid-out document before ``write_pdf`` (it chooses the boxes and
marks them, see :func:`iwp.document.weasyprint_layout.mark`); :func:`finish` runs in the finisher,
before the content hash is taken, on the pydyf objects.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from iwp.document import weasyprint_layout as layout

log = logging.getLogger("iwp")

# Marks that end a line without a space: a line broken after them is one word.
_WORD_JOINERS = "-\u00ad\u2010\u2011/"
# What the layout adds where it hyphenates a word (CSS hyphenate-character, by default
# U+2010): not part of the text, so the word is spoken whole.
_HYPHENATION_MARKS = "\u2010\u00ad-"
# How much text on each side of a line break is compared with the element's text.
_WRAP_CONTEXT_WORDS = 1

PDFUA_PART = 1
_XMP_EXTENSION = (
    # PDF/A-3 (ISO 19005-3, 6.6.2.3) allows XMP properties outside its predefined schemas
    # only with a description of their schema: here, pdfuaid:part (an integer).
    b'<rdf:Description rdf:about=""'
    b' xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"'
    b' xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"'
    b' xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">'
    b"<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
    b"<pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>"
    b"<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>"
    b"<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"
    b"<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">"
    b"<pdfaProperty:name>part</pdfaProperty:name>"
    b"<pdfaProperty:valueType>Integer</pdfaProperty:valueType>"
    b"<pdfaProperty:category>internal</pdfaProperty:category>"
    b"<pdfaProperty:description>The part of ISO 14289 (PDF/UA) the file conforms to"
    b"</pdfaProperty:description>"
    b"</rdf:li></rdf:Seq></pdfaSchema:property></rdf:li></rdf:Bag></pdfaExtension:schemas>"
    b"</rdf:Description>")
_XMP_PDFUA = (b'<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">'
              b"<pdfuaid:part>%d</pdfuaid:part></rdf:Description>" % PDFUA_PART)

_NULL = b"null"


@dataclass
class _Wrap:
    """A line that ends at a space: the line's last text box, and the box whose structure
    element holds that text's kid (its block, or the inline box around it)."""

    holder: Any
    text_box: Any
    spoken: str  # the text box's /ActualText


@dataclass
class TaggingPlan:
    """What :func:`prepare` chose: marked boxes and the fixes to make with them."""

    markers: dict[int, tuple[Any, Any]] = field(default_factory=dict)  # id(box) -> (box, marker)
    hidden: list[Any] = field(default_factory=list)
    labelled: list[Any] = field(default_factory=list)
    wraps: list[_Wrap] = field(default_factory=list)
    # Per page boundary (page i, page i + 1): pairs of boxes of one split element.
    splits: list[list[tuple[Any, Any]]] = field(default_factory=list)
    source_text: dict[int, str] = field(default_factory=dict)  # id(element) -> its text

    def mark(self, box: Any) -> bool:
        if id(box) in self.markers:
            return True
        marker = layout.mark(box)
        if marker is None:
            return False
        self.markers[id(box)] = (box, marker)
        return True


# --- before layout is written -----------------------------------------------------------

def prepare(document: Any) -> TaggingPlan:
    """Choose and mark the boxes :func:`finish` needs. Call before ``write_pdf``."""
    plan = TaggingPlan()
    if not layout.FAST_PATH:
        return plan
    roots = [layout.html_box(page) for page in document.pages]
    for root in roots:
        if root is not None:
            _prepare_page(plan, root)
    for before, after in zip(roots, roots[1:], strict=False):
        pairs = _split_pairs(before, after) if before is not None and after is not None else []
        pairs = [(a, b) for a, b in pairs if plan.mark(a) and plan.mark(b)]
        plan.splits.append(pairs)
        if pairs:
            # A paragraph that goes on on the next page: its last line here wraps there.
            a, b = pairs[-1]
            lines_a = [c for c in layout.children(a) if layout.is_line(c)]
            lines_b = [c for c in layout.children(b) if layout.is_line(c)]
            if lines_a and lines_b:
                _prepare_wrap(plan, a, lines_a[-1], lines_b[0])
    return plan


def _prepare_page(plan: TaggingPlan, root: Any) -> None:
    """Mark a page's hidden elements, labelled check boxes and wrapped lines."""
    stack: list[tuple[Any, Any]] = [(root, None)]
    while stack:
        box, parent_element = stack.pop()
        element = layout.element_of(box)
        own = element is not None and element is not parent_element
        if own and element.get("aria-hidden") == "true":
            if plan.mark(box):
                plan.hidden.append(box)
            continue
        if own and element.get("aria-label") and layout.is_inline(box):
            if plan.mark(box):
                plan.labelled.append(box)
        lines = [c for c in layout.children(box) if layout.is_line(c)]
        if len(lines) > 1:
            _prepare_wraps(plan, box, lines)
        stack.extend((child, element) for child in reversed(layout.tag_kids(box)))


def _spine(box: Any, last: bool) -> list[Any]:
    """The boxes along the end (or start) of a page's flow, outermost first: the boxes a
    page break may have split. A table's repeated header is skipped at the start."""
    chain = []
    current = box
    while True:
        kids = [c for c in layout.children(current)
                if not layout.is_out_of_flow(c) and not layout.is_margin(c)
                and (layout.element_of(c) is None
                     or layout.element_of(c).get("aria-hidden") != "true")]
        if not last:
            kids = [c for c in kids if getattr(c, "element_tag", None) != "thead"]
        if not kids or any(layout.is_line(c) for c in kids):
            return chain
        current = kids[-1] if last else kids[0]
        if getattr(current, "is_table_wrapper", False):
            current = current.get_wrapped_table()
        if getattr(current, "element_tag", None) not in ("html", "body"):
            chain.append(current)


def _split_pairs(before: Any, after: Any) -> list[tuple[Any, Any]]:
    """Pairs (box on page i, box on page i + 1) of the elements a page break split."""
    pairs = []
    for a, b in zip(_spine(before, last=True), _spine(after, last=False), strict=False):
        element = layout.element_of(a)
        if element is None or element is not layout.element_of(b):
            break
        pairs.append((a, b))
    return pairs


def _prepare_wraps(plan: TaggingPlan, block: Any, lines: list[Any]) -> None:
    for line, next_line in zip(lines, lines[1:], strict=False):
        _prepare_wrap(plan, block, line, next_line)


def _prepare_wrap(plan: TaggingPlan, block: Any, line: Any, next_line: Any) -> None:
    """Mark the text at the end of ``line`` for a space if the text goes on at a space on
    ``next_line`` (the next line of ``block``, or its first line on the next page)."""
    element = layout.element_of(block)
    last = _edge_text(line, last=True)
    first = _edge_text(next_line, last=False)
    if element is None or last is None or first is None:
        return
    holder, text_box = last
    # A line ended by a newline (white-space: pre-line) keeps it in its text, unspoken.
    text, next_text = (text_box.text or "").rstrip("\n"), (first[1].text or "").lstrip("\n")
    if not text or not next_text or text[-1].isspace() or next_text[0].isspace():
        return
    source = plan.source_text.get(id(element))
    if source is None:
        source = plan.source_text[id(element)] = " ".join("".join(element.itertext()).split())
    tail = " ".join(text.split()[-_WRAP_CONTEXT_WORDS:])
    # The next line may itself end in a hyphenated word: compare without the mark.
    head = " ".join(next_text.split()[:_WRAP_CONTEXT_WORDS]).rstrip(_HYPHENATION_MARKS)
    if text[-1] in _HYPHENATION_MARKS and f"{tail[:-1]}{head}" in source:
        spoken = text[:-1]  # hyphenated by the layout (hyphens: auto): one word again
    elif text[-1] not in _WORD_JOINERS and f"{tail} {head}" in source:
        spoken = text + " "
    else:
        return  # broken inside a word, or after a hyphen of the text itself
    holder = holder if holder is not None else block
    if plan.mark(holder):
        plan.wraps.append(_Wrap(holder, text_box, spoken))


def _edge_text(line: Any, last: bool) -> tuple[Any, Any] | None:
    """The last (or first) text box of a line with visible text, with the inline box around
    it (None for text directly in the line, whose structure kid sits in the block's element).
    A ``<br>`` (a text box of white space) is passed over."""
    found: list[tuple[Any, Any]] = []
    stack: list[tuple[Any, Any]] = [(None, item) for item in reversed(layout.children(line))]
    while stack:
        holder, item = stack.pop()
        if layout.is_text(item):
            if (item.text or "").strip():
                found.append((holder, item))
        elif layout.is_inline(item):
            stack.extend((item, child) for child in reversed(layout.children(item)))
        else:
            return None  # an inline block or image: leave the line as it is
    if not found:
        return None
    return found[-1] if last else found[0]


# --- in the finisher -----------------------------------------------------------------

class _Tree:
    """The structure tree of a pydyf PDF being finished, with helpers to edit it."""

    def __init__(self, pdf: Any) -> None:
        self.pdf = pdf
        self.root = self.get(pdf.catalog["StructTreeRoot"])
        self.nums = self.get(self.root["ParentTree"])["Nums"]
        self.pages = len(pdf.page_references)

    def get(self, reference: Any) -> Any:
        if isinstance(reference, bytes | str):
            text = (reference.decode() if isinstance(reference, bytes) else reference).split()
            if len(text) == 3 and text[2] == "R" and text[0].isdigit():
                return self.pdf.objects[int(text[0])]
        return reference

    @staticmethod
    def number(reference: Any) -> int:
        text = reference.decode() if isinstance(reference, bytes) else str(reference)
        return int(text.split()[0])

    def entries(self) -> dict[int, Any]:
        return dict(zip(self.nums[0::2], self.nums[1::2], strict=True))

    def kids(self, element: Any) -> list[Any]:
        kids = element.get("K")
        if kids is None:
            return []
        return list(kids) if isinstance(kids, list) else [kids]

    def is_element(self, value: Any) -> bool:
        target = self.get(value)
        return isinstance(target, dict) and target.get("Type") == "/StructElem"

    def reachable(self) -> set[int]:
        seen: set[int] = set()
        stack = [r for r in self.kids(self.root) if isinstance(r, bytes | str)]
        while stack:
            reference = stack.pop()
            number = self.number(reference)
            if number in seen:
                continue
            seen.add(number)
            element = self.get(reference)
            if isinstance(element, dict) and element.get("Type") == "/StructElem":
                stack.extend(k for k in self.kids(element) if isinstance(k, bytes | str))
        return seen

    def mcids(self, element: Any) -> list[tuple[int, int]]:
        """(page index, MCID) of all marked content under ``element``."""
        found = []
        stack = [element]
        page_of = {self.number(r): i for i, r in enumerate(self.pdf.page_references)}
        while stack:
            current = stack.pop()
            page = page_of.get(self.number(current["Pg"])) if "Pg" in current else None
            for kid in self.kids(current):
                if isinstance(kid, int) and page is not None:
                    found.append((page, kid))
                elif self.is_element(kid):
                    stack.append(self.get(kid))
        return found

    def remove_kid(self, parent: Any, reference: Any) -> None:
        parent["K"] = _array([k for k in self.kids(parent) if k != reference])


def _array(items: list[Any]) -> Any:
    import pydyf

    return pydyf.Array(items)


def finish(pdf: Any, plan: TaggingPlan) -> None:
    """Mend the structure tree and the page content of ``pdf`` (see the module doc)."""
    if "StructTreeRoot" not in pdf.catalog:
        return
    tree = _Tree(pdf)
    elements = _resolve_markers(tree, plan)
    artifacts: dict[tuple[int, int], tuple[str, str | None]] = {}

    # Page furniture: marked content whose elements the tree never reaches.
    reachable = tree.reachable()
    for page in range(tree.pages):
        refs = tree.entries().get(page) or []
        for mcid, reference in enumerate(refs):
            if isinstance(reference, bytes | str) and reference != _NULL \
                    and tree.number(reference) not in reachable:
                artifacts[(page, mcid)] = ("/Pagination", None)

    for box in plan.hidden:
        reference = elements.get(id(box))
        if reference is None:
            continue
        element = tree.get(reference)
        classes = (layout.element_of(box).get("class") or "").split()
        kind = ("/Pagination", "/Watermark") if "watermark" in classes else ("/Layout", None)
        for key in tree.mcids(element):
            artifacts[key] = kind
        parent = tree.get(element["P"])
        tree.remove_kid(parent, reference)

    # Before the joins, while each box's element holds just that box's kids.
    for box in plan.labelled:
        _speak_label(tree, elements.get(id(box)), layout.element_of(box).get("aria-label"))
    for wrap in plan.wraps:
        _restore_wrap_space(tree, elements.get(id(wrap.holder)), wrap)

    for pairs in plan.splits:
        _merge_split(tree, elements, pairs, artifacts)

    _make_artifacts(tree, artifacts)
    _drop_unreachable(tree)
    _scope_table_headers(tree)
    _identify_pdfua(pdf)


def _scope_table_headers(tree: _Tree) -> None:
    """Give every ``TH`` its ``/Scope``: ``/Column`` in a table head, ``/Row`` elsewhere
    (the templates' body headers are all ``scope="row"``). WeasyPrint links data cells to
    their headers with ``/Headers`` but leaves the scope out, which checkers want."""
    for obj in tree.pdf.objects:
        if not (isinstance(obj, dict) and obj.get("S") == "/TH"):
            continue
        row = tree.get(obj.get("P"))
        group = tree.get(row.get("P")) if isinstance(row, dict) else None
        scope = "/Column" if isinstance(group, dict) and group.get("S") == "/THead" \
            else "/Row"
        attributes = obj.get("A")
        if isinstance(attributes, dict):
            attributes["Scope"] = scope


def _resolve_markers(tree: _Tree, plan: TaggingPlan) -> dict[int, Any]:
    """Follow each marker's ``/StructParent`` to its box's element; remove the markers'
    ``/Form`` elements and parent-tree entries. Returns id(box) -> element reference."""
    entries = tree.entries()
    found: dict[int, Any] = {}
    dropped: set[int] = set()
    for box_id, (_, marker) in plan.markers.items():
        key = marker.get("StructParent")
        form_ref = entries.get(key)
        form = tree.get(form_ref) if form_ref is not None else None
        if not isinstance(form, dict) or form.get("S") != "/Form":
            continue
        element_ref = form["P"]
        tree.remove_kid(tree.get(element_ref), form_ref)
        for kid in tree.kids(form):
            objr = tree.get(kid)
            if isinstance(objr, dict):
                objr.clear()
        form.clear()
        dropped.add(key)
        found[box_id] = element_ref
    if plan.markers and len(found) < len(plan.markers):
        log.warning("tagging: %d of %d marked boxes were not found in the structure tree",
                    len(plan.markers) - len(found), len(plan.markers))
    if dropped:
        kept = [item for key, value in zip(tree.nums[0::2], tree.nums[1::2], strict=True)
                if key not in dropped for item in (key, value)]
        tree.nums[:] = kept
    return found


def _merge_split(tree: _Tree, elements: dict[int, Any], pairs: list[tuple[Any, Any]],
                 artifacts: dict[tuple[int, int], tuple[str, str | None]]) -> None:
    """Join the elements of one split element across a page break, outermost first."""
    for box_before, box_after in pairs:
        ref_before, ref_after = elements.get(id(box_before)), elements.get(id(box_after))
        if ref_before is None or ref_after is None or ref_before == ref_after:
            return
        before, after = tree.get(ref_before), tree.get(ref_after)
        if before.get("S") != after.get("S") or not before or not after:
            return
        moved = tree.kids(after)
        if before.get("S") == "/Table" and any(
                tree.get(k).get("S") == "/THead" for k in tree.kids(before)
                if tree.is_element(k)):
            # The header WeasyPrint repeats on the next page: pagination, not content.
            for kid in list(moved):
                if tree.is_element(kid) and tree.get(kid).get("S") == "/THead":
                    for key in tree.mcids(tree.get(kid)):
                        artifacts[key] = ("/Pagination", None)
                    moved.remove(kid)
        for kid in moved:
            if tree.is_element(kid):
                tree.get(kid)["P"] = ref_before
        before["K"] = _array(tree.kids(before) + moved)
        tree.remove_kid(tree.get(after["P"]), ref_after)
        after.clear()
        # Later page breaks of the same element continue from the joined element.
        for key, value in list(elements.items()):
            if value == ref_after:
                elements[key] = ref_before


def _speak_label(tree: _Tree, reference: Any, label: str | None) -> None:
    import pydyf

    if reference is None or not label:
        return
    element = tree.get(reference)
    element["Alt"] = pydyf.String(label)
    for kid in tree.kids(element):
        if tree.is_element(kid):
            tree.get(kid)["ActualText"] = pydyf.String(f"{label}: ")


def _restore_wrap_space(tree: _Tree, reference: Any, wrap: _Wrap) -> None:
    import pydyf

    if reference is None:
        return
    element = tree.get(reference)
    boxes = layout.tag_kids(wrap.holder)
    if element.get("S") == "/LI":
        # The tagger hangs a list nested in an item on the enclosing list instead.
        boxes = [b for b in boxes if getattr(b, "element_tag", None) not in ("ul", "ol")]
    kids = tree.kids(element)
    index = next((i for i, b in enumerate(boxes) if b is wrap.text_box), None)
    if index is None or len(kids) != len(boxes) or not tree.is_element(kids[index]):
        return
    kid = tree.get(kids[index])
    if kid.get("S") != "/Span" or "ActualText" in kid:
        return
    kid["ActualText"] = pydyf.String(wrap.spoken)


def _make_artifacts(tree: _Tree, artifacts: dict[tuple[int, int], tuple[str, str | None]]
                    ) -> None:
    """Turn marked content into artifacts in the page streams; drop it from the tree."""
    if not artifacts:
        return
    by_page: dict[int, dict[int, tuple[str, str | None]]] = {}
    for (page, mcid), kind in artifacts.items():
        by_page.setdefault(page, {})[mcid] = kind
    entries = tree.entries()
    for page, kinds in by_page.items():
        page_object = tree.get(tree.pdf.page_references[page])
        stream = tree.get(page_object["Contents"])
        items = stream.stream
        for i, item in enumerate(items):
            if isinstance(item, dict) and item.get("MCID") in kinds and i > 0:
                kind, subtype = kinds[item["MCID"]]
                item.clear()
                item["Type"] = kind
                if subtype:
                    item["Subtype"] = subtype
                items[i - 1] = "/Artifact"
        refs = entries.get(page)
        if refs is not None:
            for mcid in kinds:
                if mcid < len(refs):
                    kid = tree.get(refs[mcid])
                    if isinstance(kid, dict):
                        kid["K"] = _array([k for k in tree.kids(kid) if k != mcid])
                    refs[mcid] = _NULL


def _drop_unreachable(tree: _Tree) -> None:
    """Empty every structure element the tree does not reach (and remove emptied kids)."""
    # Elements left without content after their marked content became artifacts.
    changed = True
    while changed:
        changed = False
        for obj in tree.pdf.objects:
            if isinstance(obj, dict) and obj.get("Type") == "/StructElem" and \
                    not tree.kids(obj) and obj.get("S") in ("/Span", "/NonStruct") and \
                    "P" in obj:
                parent = tree.get(obj["P"])
                if isinstance(parent, dict) and obj.reference in tree.kids(parent):
                    tree.remove_kid(parent, obj.reference)
                    changed = True
                obj.clear()
    reachable = tree.reachable()
    for obj in tree.pdf.objects:
        if isinstance(obj, dict) and obj.get("Type") == "/StructElem" and \
                obj.number not in reachable:
            obj.clear()


def _identify_pdfua(pdf: Any) -> None:
    """Add ``pdfuaid:part`` and its PDF/A extension schema to the XMP metadata."""
    if "Metadata" not in pdf.catalog:
        return
    stream = pdf.objects[int(pdf.catalog["Metadata"].split()[0])]
    data = b"".join(i if isinstance(i, bytes) else str(i).encode() for i in stream.stream)
    closing = b"</rdf:RDF>"
    if b"pdfuaid:part" in data or closing not in data:
        return
    head, tail = data.rsplit(closing, 1)
    stream.stream = [head + _XMP_EXTENSION + _XMP_PDFUA + closing + tail]
