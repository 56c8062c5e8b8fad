#!/usr/bin/env python3
"""Score `iwp check` on the foreign corpus against its answer key.

Run from the repository root::

    .venv/bin/python tests/data/foreign/score.py            # every file
    .venv/bin/python tests/data/foreign/score.py grid_ rl_  # names starting with these

For each file it prints whether the verdict and document type match the key and which
components differ. The totals are the figures issue 12 judges by: verdicts right, present
components called missing (per document), defective documents called complete, and
not-IWPs called IWPs.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(prefixes: list[str]) -> int:
    import iwp

    # pyHanko logs a traceback for every self-signed certificate (form_* files); the
    # verdicts are what this script is about.
    for noisy in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(noisy).setLevel(logging.CRITICAL)
    key = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    names = [n for n in sorted(key) if not prefixes or n.startswith(tuple(prefixes))]
    verdicts_right = types_right = exactly_right = present_called_missing = 0
    defective_called_complete = not_iwp_called_iwp = 0
    for name in names:
        want = key[name]
        result = iwp.check_pdf(HERE / name)
        got = {c: s.status for c, s in result.components.items()}
        diffs = [f"{c}: {want['components'][c]}->{got.get(c, 'absent')}"
                 for c in want["components"] if got.get(c) != want["components"][c]]
        present_called_missing += sum(1 for c, s in want["components"].items()
                                      if s == "present" and got.get(c) == "missing")
        verdicts_right += result.verdict == want["verdict"]
        exactly_right += (result.verdict == want["verdict"] and not diffs
                          and result.document_type == want["document_type"])
        types_right += result.document_type == want["document_type"]
        defective_called_complete += (want["verdict"] == "incomplete"
                                      and result.verdict == "complete")
        not_iwp_called_iwp += (want["document_type"] == "not_an_iwp"
                               and result.document_type in ("iwp", "amendment"))
        mark = "ok " if result.verdict == want["verdict"] else "BAD"
        print(f"{mark} {name:48} {want['verdict']:>10} -> {result.verdict:<12} "
              f"{result.document_type:<10} {'; '.join(diffs)}")
    n = len(names)
    print(f"\nverdicts right: {verdicts_right}/{n}   document types right: {types_right}/{n}   "
          f"type, verdict and every component right: {exactly_right}/{n}")
    print(f"present components called missing: {present_called_missing} "
          f"({present_called_missing / max(n, 1) * 15:.1f} per 15 documents)")
    print(f"defective documents called complete: {defective_called_complete}   "
          f"not-IWPs called IWPs: {not_iwp_called_iwp}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
