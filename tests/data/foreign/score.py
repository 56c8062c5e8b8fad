#!/usr/bin/env python3
"""Score `iwp check` on the foreign corpus against its answer key.

Run from the repository root::

    .venv/bin/python tests/data/foreign/score.py            # every file
    .venv/bin/python tests/data/foreign/score.py grid_ rl_  # names starting with these

For each file it prints whether the verdict and document type match the key and which
components differ. The totals are the figures issue 12 judges by: verdicts right, present
components called missing (per document), defective documents called complete, not-IWPs
called IWPs, and messages that show raw exception text. :func:`score` returns the same
figures for tests (``tests/test_foreign_corpus.py`` keeps them as floors).
"""

from __future__ import annotations

import json
import logging
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent

# What Python, not a person, would write: an exception's class name, a traceback, the
# wording of Python's own errors, a bytes literal (as tests/test_hostile_pdfs.py checks).
PYTHON_TEXT = re.compile(
    r"Traceback|\b[A-Z]\w*(Error|Exception|Warning)\b|AssertionError|unhashable type|"
    r"object has no attribute|'NoneType'|not subscriptable|positional argument|"
    r"invalid literal for|index out of range|\bb'|\bb\"|<[a-z_.]+ object at 0x")


@dataclass
class Score:
    """The corpus figures of issue 12, and one printable line per file."""

    files: int = 0
    verdicts_right: int = 0
    types_right: int = 0
    exactly_right: int = 0
    present_called_missing: int = 0
    defective_called_complete: int = 0
    not_iwp_called_iwp: int = 0
    raw_exception_messages: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)


def _user_messages(result) -> list[str]:
    """Every sentence `iwp check` shows a user about a file."""
    messages = [result.reason or ""] + [f.message for f in result.findings]
    messages += [c.reason or "" for c in result.components.values()]
    messages += [s.problem or "" for s in result.signatures]
    return [m for m in messages if m]


def score(prefixes: list[str] | tuple[str, ...] = ()) -> Score:
    """Check every file of the key (or those whose names start with ``prefixes``) once."""
    import iwp

    # pyHanko logs a traceback for every self-signed certificate (form_* files); the
    # verdicts are what this script is about.
    for noisy in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(noisy).setLevel(logging.CRITICAL)
    key = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    names = [n for n in sorted(key) if not prefixes or n.startswith(tuple(prefixes))]
    tally = Score(files=len(names))
    for name in names:
        want = key[name]
        result = iwp.check_pdf(HERE / name)
        got = {c: s.status for c, s in result.components.items()}
        diffs = [f"{c}: {want['components'][c]}->{got.get(c, 'absent')}"
                 for c in want["components"] if got.get(c) != want["components"][c]]
        tally.present_called_missing += sum(1 for c, s in want["components"].items()
                                            if s == "present" and got.get(c) == "missing")
        tally.verdicts_right += result.verdict == want["verdict"]
        tally.exactly_right += (result.verdict == want["verdict"] and not diffs
                                and result.document_type == want["document_type"])
        tally.types_right += result.document_type == want["document_type"]
        tally.defective_called_complete += (want["verdict"] == "incomplete"
                                            and result.verdict == "complete")
        tally.not_iwp_called_iwp += (want["document_type"] == "not_an_iwp"
                                     and result.document_type in ("iwp", "amendment"))
        tally.raw_exception_messages += [f"{name}: {m}" for m in _user_messages(result)
                                         if PYTHON_TEXT.search(m)]
        mark = "ok " if result.verdict == want["verdict"] else "BAD"
        tally.lines.append(f"{mark} {name:48} {want['verdict']:>10} -> {result.verdict:<12} "
                           f"{result.document_type:<10} {'; '.join(diffs)}")
    return tally


def main(prefixes: list[str]) -> int:
    tally = score(prefixes)
    print("\n".join(tally.lines))
    n = tally.files
    print(f"\nverdicts right: {tally.verdicts_right}/{n}   document types right: "
          f"{tally.types_right}/{n}   type, verdict and every component right: "
          f"{tally.exactly_right}/{n}")
    print(f"present components called missing: {tally.present_called_missing} "
          f"({tally.present_called_missing / max(n, 1) * 15:.1f} per 15 documents)")
    print(f"defective documents called complete: {tally.defective_called_complete}   "
          f"not-IWPs called IWPs: {tally.not_iwp_called_iwp}   messages with raw exception "
          f"text: {len(tally.raw_exception_messages)}")
    for message in tally.raw_exception_messages:
        print(f"  {message}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
