"""Near names: "did you mean" suggestions and typo detection, over one index per set of names.

Two questions are asked of a set of names (class names, protocol names, a class's selectors):

* :meth:`NameIndex.similar` -- the loose "did you mean" of a finding that is reported anyway
  (difflib ratio >= 0.6, same first letter): helpful, never used to decide *whether* to report;
* :meth:`NameIndex.typos` -- the strict test that decides a finding on its own: the written
  name is almost certainly a misspelling of a known one (:func:`is_typo`).

An index is built once per set of names and only when a question is asked; the strict search
uses rapidfuzz (optimal string alignment distance, in C) on the names of nearby lengths.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

#: Names shorter than this are never called typos: short names differ legitimately by a letter.
TYPO_MIN_LENGTH = 6
#: Edits (insertion, deletion, substitution, transposition of neighbours) a typo may have.
TYPO_MAX_EDITS = 2

_DIGITS = str.maketrans("", "", "0123456789")


def is_typo(written: str, known: str) -> bool:
    """Is ``written`` almost certainly a misspelling of ``known``?

    Both names have at least :data:`TYPO_MIN_LENGTH` characters and are at most
    :data:`TYPO_MAX_EDITS` edits apart (a transposition is one edit), except when they are other
    names built from the same words: one adds whole words before or after the other
    (``OrderCell`` / ``OrderCellV2`` / ``XYOrderCell``, ``reloadData`` / ``reloadData:``, a plural
    ``s``), or they differ only in digits (``OrderCellV2`` / ``OrderCellV3``).  A letter missing
    inside a word is a typo (``OrderCel``).
    """
    if written == known or min(len(written), len(known)) < TYPO_MIN_LENGTH:
        return False
    if abs(len(written) - len(known)) > TYPO_MAX_EDITS:
        return False
    if _adds_words(written, known) or _adds_words(known, written):
        return False
    if written.translate(_DIGITS) == known.translate(_DIGITS):
        return False
    from rapidfuzz.distance import OSA

    return OSA.distance(written, known, score_cutoff=TYPO_MAX_EDITS) <= TYPO_MAX_EDITS


def _adds_words(short: str, long: str) -> bool:
    """Is ``long`` ``short`` with whole words (or a plural ``s``) added before or after it?"""
    if len(long) <= len(short):
        return False
    if long.startswith(short):
        extra = long[len(short) :]
        return not extra[0].islower() or extra in ("s", "es")
    if long.endswith(short):
        return not short[0].islower() or long[: -len(short)].endswith("_")
    return False


def close_matches(name: str, candidates: Iterable[str]) -> list[str]:
    """The closest candidates (difflib ratio >= 0.6, same first letter), best first (at most 3).

    One question over names asked once: one pass, no index (see :meth:`NameIndex.similar`)."""
    lo, hi, first = _similar_shape(name)
    return _most_similar(name, [c for c in candidates if lo <= len(c) <= hi and c[:1].lower() == first], 3)


def _similar_shape(name: str) -> tuple[int, int, str]:
    """The lengths and the first letter (lowercased) a name similar to ``name`` can have.

    A ratio of 0.6 needs 2*min(len)/(sum of lengths) >= 0.6: other lengths cannot match.  Typos
    rarely change the first letter, and keeping to it keeps the search cheap."""
    n = len(name)
    return (3 * n + 6) // 7, (7 * n) // 3 + 1, name[:1].lower()


def _most_similar(name: str, pool: list[str], limit: int) -> list[str]:
    """The ``limit`` names of ``pool`` most similar to ``name`` (ratio >= 0.6), best first.

    The similarity is difflib's ratio, 2 × matching characters / total length, with the matching
    characters counted as their longest common subsequence (rapidfuzz's ``fuzz.ratio``, in C)."""
    if not pool:
        return []
    from rapidfuzz import fuzz, process

    found = process.extract(name, pool, scorer=fuzz.ratio, score_cutoff=60, limit=limit)
    return [choice for _score, choice in sorted(((score, choice) for choice, score, _ in found), reverse=True)]


def did_you_mean(close: list[str]) -> str | None:
    return "did you mean " + " or ".join(f"`{c}`" for c in close) + "?" if close else None


def suggestions(name: str, candidates: Iterable[str]) -> str | None:
    """A "did you mean ...?" hint with the closest candidates, or None."""
    return did_you_mean(close_matches(name, candidates))


class NameIndex:
    """A set of names bucketed by length, for :meth:`similar` and :meth:`typos`."""

    __slots__ = ("_answers", "_by_first", "_by_length", "_names", "_pools")

    def __init__(self, names: Iterable[str]) -> None:
        self._names = names
        self._by_length: dict[int, list[str]] | None = None
        self._by_first: dict[tuple[str, int], list[str]] | None = None
        self._pools: dict[tuple[str, int, int], list[str]] = {}  # the candidates of recent questions
        # answers already given: an editor asks the same questions again at every keystroke
        self._answers: dict[tuple[str, str, int], list[str]] = {}

    def _buckets(self) -> dict[int, list[str]]:
        buckets = self._by_length
        if buckets is None:
            buckets = {}
            for name in self._names:
                buckets.setdefault(len(name), []).append(name)
            for bucket in buckets.values():
                bucket.sort()
            self._by_length = buckets
        return buckets

    def _first_buckets(self) -> dict[tuple[str, int], list[str]]:
        """The names by (first letter, lowercased; length)."""
        buckets = self._by_first
        if buckets is None:
            buckets = {}
            for length, names in self._buckets().items():
                for name in names:
                    buckets.setdefault((name[:1].lower(), length), []).append(name)
            self._by_first = buckets
        return buckets

    def _pool(self, lo: int, hi: int, first: str = "") -> list[str]:
        """The names of lengths ``lo``..``hi`` (starting with ``first``, lowercased, when given);
        kept for the next question of the same shape (names of similar length come in groups)."""
        key = (first, lo, hi)
        pool = self._pools.get(key)
        if pool is not None:
            return pool
        if first:
            buckets = self._first_buckets()
            pool = [c for length in range(lo, hi + 1) for c in buckets.get((first, length), ())]
        else:
            by_length = self._buckets()
            if hi - lo > len(by_length):
                pool = [n for length, names in by_length.items() if lo <= length <= hi for n in names]
            else:
                pool = [n for length in range(lo, hi + 1) for n in by_length.get(length, ())]
        if len(self._pools) >= 64:
            self._pools.clear()
        self._pools[key] = pool
        return pool

    def similar(self, name: str, limit: int = 3) -> list[str]:
        """The loose "did you mean" candidates: similarity >= 0.6 and the same first letter
        (:func:`_most_similar`); an index answers over buckets of names, its answers remembered."""
        return self._answer(
            "similar", name, limit, lambda: _most_similar(name, self._pool(*_similar_shape(name)), limit)
        )

    def _answer(self, question: str, name: str, limit: int, find: Callable[[], list[str]]) -> list[str]:
        """``find()``, remembered: the same question gets the answer already found."""
        key = (question, name, limit)
        known = self._answers.get(key)
        if known is None:
            known = find()
            if len(self._answers) >= 4096:
                self._answers.clear()
            self._answers[key] = known
        return list(known)

    def typos(self, name: str, limit: int = 3) -> list[str]:
        """Known names ``name`` is almost certainly a misspelling of (:func:`is_typo`): the nearest ones."""
        return self._answer("typos", name, limit, lambda: self._typos(name, limit))

    def _typos(self, name: str, limit: int) -> list[str]:
        n = len(name)
        if n < TYPO_MIN_LENGTH:
            return []
        pool = self._pool(max(TYPO_MIN_LENGTH, n - TYPO_MAX_EDITS), n + TYPO_MAX_EDITS)
        if not pool:
            return []
        from rapidfuzz import process
        from rapidfuzz.distance import OSA, Indel

        # an edit (a transposition too) is at most two insertions or deletions: the cheaper Indel
        # distance (bit-parallel LCS) keeps every name within reach, OSA then decides on those few
        near = process.extract(name, pool, scorer=Indel.distance, score_cutoff=2 * TYPO_MAX_EDITS, limit=None)
        found = [(OSA.distance(name, choice), choice) for choice, _indel, _ in near]
        ranked = sorted((score, choice) for score, choice in found if score <= TYPO_MAX_EDITS and is_typo(name, choice))
        # only the nearest: `APP0012Controlelr` suggests `APP0012Controller`, not `APP0002Controller` too
        return [choice for score, choice in ranked[:limit] if score == ranked[0][0]]


def nearest_typos(name: str, indexes: Sequence[NameIndex], limit: int = 3) -> list[str]:
    """:meth:`NameIndex.typos` over the union of ``indexes``: the nearest of their answers."""
    found = [c for index in indexes for c in index.typos(name, limit)]
    if len(indexes) < 2 or not found:
        return found[:limit]
    from rapidfuzz.distance import OSA

    ranked = sorted({(OSA.distance(name, c), c) for c in found})
    return [c for score, c in ranked[:limit] if score == ranked[0][0]]


def may_suggest(name: str, candidate: str) -> bool:
    """Could ``candidate`` be among the suggestions for ``name`` (:func:`close_matches` or
    :meth:`NameIndex.typos`), whatever the other candidates?"""
    return bool(close_matches(name, (candidate,))) or is_typo(name, candidate)
