"""The reader's vocabulary (``iwp/data/reading.yaml``), matched on normalised words.

A printed phrase is normalised (lower case, punctuation dropped, ``&`` read as ``and``) and
compared with every synonym by fuzzy similarity (rapidfuzz), so "Ticket Holder's Name:",
"Ticketholder name" and "TICKETHOLDER NAME" are one label, and a template's new words are
a change to the data file, not to code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from rapidfuzz import fuzz, process

_PAREN = re.compile(r"\([^)]*\)")
_NON_WORD = re.compile(r"[^a-z0-9$]+")
# A synonym of at least this many words may also match the start of a longer phrase
# ("Discussion Summary (why the goals are reasonable ...)"): one-word synonyms such as
# "name" would otherwise match every phrase that begins with them.
PREFIX_MIN_WORDS = 2
# A section name found at the END of a heading counts from this many words (shorter tails,
# "the goal", say too little), and each word of a synonym found in part adds this to 0.9.
SUFFIX_MIN_WORDS = 3
PART_WORD_BONUS = 0.002
# A label is short: phrases longer than this many words are sentences, never labels.
MAX_LABEL_WORDS = 12
# A question that asks for a value ("What did we talk about, and why did we choose these
# goals and services?") may be longer: up to this many words.
MAX_QUESTION_WORDS = 20


def normalise(text: str) -> str:
    """Lower case, ``&`` as ``and``, apostrophe-s dropped, punctuation to single spaces."""
    text = text.lower().replace("&", " and ").replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = text.replace("-", " ").replace("_", " ")
    return _NON_WORD.sub(" ", text).strip()


@dataclass(frozen=True)
class Match:
    """A vocabulary entry a phrase matched: its ``group`` (``labels``, ``sections`` ...),
    ``key`` (a plan path or section name), the synonym, the similarity (0..1), and whether
    the synonym was generic (a bare "Name" that needs its section to mean anything)."""

    group: str
    key: str
    synonym: str
    score: float
    generic: bool = False
    question: bool = False  # the synonym is a question's wording (reading.yaml `questions`)


@cache
def vocabulary() -> dict[str, Any]:
    """The parsed ``reading.yaml``."""
    from iwp import domain

    return domain.data_file("reading.yaml") or {}


@cache
def _choices() -> tuple[list[str], dict[str, list[tuple[str, str, bool, bool]]], list[str]]:
    """The synonyms that label any phrase, who owns each synonym, and the wordings that
    label only a question (kept apart: most phrases are not questions)."""
    vocab = vocabulary()
    owners: dict[str, list[tuple[str, str, bool, bool]]] = {}

    def add(words: list[str] | None, group: str, key: str, generic: bool = False,
            question: bool = False) -> None:
        for word in words or []:
            owners.setdefault(normalise(str(word)), []).append((group, key, generic, question))

    for name, words in (vocab.get("sections") or {}).items():
        add(words, "sections", name)
    for path, spec in (vocab.get("labels") or {}).items():
        add(spec.get("words"), "labels", path)
        add(spec.get("generic"), "labels", path, True)
    for table, spec in (vocab.get("tables") or {}).items():
        for column, col in (spec.get("columns") or {}).items():
            add(col.get("words"), "columns", f"{table}.{column}")
    for code, words in (vocab.get("services") or {}).items():
        add(words, "services", code)
    for name, words in (vocab.get("signals") or {}).items():
        add(words, "signals", name)
    questions = vocab.get("questions") or {}
    for path, words in (questions.get("labels") or {}).items():
        add(words, "labels", path, question=True)
    for name, words in (questions.get("sections") or {}).items():
        add(words, "sections", name, question=True)
    plain = [w for w, owned in owners.items() if not all(o[3] for o in owned)]
    asked = [w for w, owned in owners.items() if any(o[3] for o in owned)]
    return plain, owners, asked


def threshold() -> float:
    return float(vocabulary().get("match_threshold", 88))


# Numbering before a heading ("Part Two:", "Section 4:", "Part E -", "2.1", "B.", "III.") is
# not part of its name; on a scan OCR may read the point after the number as a comma ("3,
# Someone we can call") before the heading's capital.
_NUMBERING = re.compile(r"^\s*(?:(?:part|section|step)\s+(?:[ivx]+|\d+|one|two|three|four|five|"
                        r"[a-z](?=\s*[:.\-–—]))"
                        r"\b\s*[:.\-–—]?|\d+(?:\.\d+)*\.?\s|\d{1,2},\s(?-i:(?=[A-Z]))|[A-H][.)]\s|"
                        r"[ivx]+[.)]\s)\s*", re.I)


def unnumbered(text: str) -> str:
    """``text`` without the numbering before it ("65. Date" -> "Date")."""
    bare = _NUMBERING.sub("", text, count=1)
    return bare if bare.strip() else text


def match(text: str, groups: tuple[str, ...] | None = None, prefix: bool = True) -> list[Match]:
    """Every vocabulary entry the phrase means, best first (empty when it is no label)."""
    found = _match(text, groups, prefix)
    bare = _NUMBERING.sub("", text, count=1)
    if bare != text and bare.strip():
        for m in _match(bare, groups, prefix).values():
            _keep_best(found, m)
    first, slash, _ = bare.partition(" / ")
    if slash and first.strip():
        # A bilingual caption, English first: "Hours per week / Horas por semana".
        for m in _match(first, groups, prefix).values():
            _keep_best(found, m)
    return sorted(found.values(), key=lambda m: -m.score)


def _keep_best(found: dict, m: Match) -> None:
    key = (m.group, m.key)
    if key not in found or found[key].score < m.score:
        found[key] = m


def is_question(text: str) -> bool:
    """Whether a phrase asks a question: it ends with a question mark."""
    return text.rstrip().endswith("?")


def _match(text: str, groups: tuple[str, ...] | None, prefix: bool) -> dict:
    # An aside in brackets is no part of a label ("Phone (cell)"), but a caption printed
    # wholly in brackets under its line is the label itself ("(Signature of Ticket Holder)").
    words = normalise(_PAREN.sub(" ", text)) or normalise(text)
    full = normalise(text)
    if not words or len(words.split()) > MAX_LABEL_WORDS * 2:
        return {}
    choices, owners, asked = _choices()
    found: dict[tuple[str, str], Match] = {}
    cutoff = threshold()
    asks = is_question(text)
    candidates = {words, full}
    for candidate in candidates:
        count = len(candidate.split())
        lists = ([choices] if count <= MAX_LABEL_WORDS else []) + \
            ([asked] if asks and count <= MAX_QUESTION_WORDS else [])
        for wordings in lists:
            for choice, score, _ in process.extract(candidate, wordings, scorer=fuzz.ratio,
                                                    score_cutoff=cutoff, limit=12):
                for group, key, generic, question in owners[choice]:
                    if question and not asks:
                        continue  # a question's wording labels only a question
                    _keep(found, Match(group, key, choice, score / 100, generic, question),
                          groups)
    if prefix:
        tokens = words.split()
        for size in range(min(len(tokens) - 1, 8), PREFIX_MIN_WORDS - 1, -1):
            head = " ".join(tokens[:size])
            for group, key, generic, question in owners.get(head, []):
                if not question:
                    _keep(found, Match(group, key, head, _part_score(size), generic), groups)
        # A heading may end with its section's name after words of another's ("Employment
        # Network supports and services"): the longer name says more of what it is.
        for size in range(min(len(tokens) - 1, 8), SUFFIX_MIN_WORDS - 1, -1):
            tail = " ".join(tokens[-size:])
            for group, key, generic, question in owners.get(tail, []):
                if group == "sections" and not question:
                    _keep(found, Match(group, key, tail, _part_score(size), generic), groups)
    return found


def _part_score(words: int) -> float:
    """The score of a synonym found at the start or end of a longer phrase: a little more
    for a longer synonym, so the one covering more of the phrase ranks first."""
    return 0.9 + PART_WORD_BONUS * words


def _keep(found: dict, m: Match, groups: tuple[str, ...] | None) -> None:
    if groups is not None and m.group not in groups:
        return
    key = (m.group, m.key)
    if key not in found or found[key].score < m.score:
        found[key] = m


def word_list(name: str) -> list[str]:
    """A top-level list of words (``yes_words``), normalised."""
    return [normalise(str(w)) for w in vocabulary().get(name) or []]


def mapping(name: str) -> dict[str, list[str]]:
    """A top-level code -> words table (``frequencies``, ``modalities``), normalised."""
    return {str(code): [normalise(str(w)) for w in words]
            for code, words in (vocabulary().get(name) or {}).items()}


def question_services() -> dict[str, list[str]]:
    """What a "Yes" to a service question means (``provided``, ``added``, ``ended``,
    ``continued``) -> how such questions start, normalised (reading.yaml
    ``questions.services``)."""
    table = (vocabulary().get("questions") or {}).get("services") or {}
    return {str(code): [normalise(str(w)) for w in words] for code, words in table.items()}
