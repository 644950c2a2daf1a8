"""A score's or an index's Satuan (`Indeks`, `Nilai`, `Skor`, `Nilai Indeks`) written before its figure
as staff label a score, `Indeks 72,4`, `Nilai 85`, `Skor 3,5`: the Satuan's own word beside the figure
and nothing else, read as `72,4 Indeks` (as `68,2 poin` is, satuan_sebutan) and `Level 3` under Level
(satuan_level). Another word (`IKM 82`, `Nilai 72,4` under Indeks) or a note after the figure (`Indeks
72,4 (sementara)`) is no Satuan's word and stays unread. Pure."""

from __future__ import annotations

import re

# The words of a score's Satuan; a Satuan of any other word ("Nilai (0-100)", "Nilai SAKIP") is none.
_SCORE_WORDS = frozenset({"indeks", "index", "nilai", "skor", "score"})
# The words, an optional colon or dot after them ("Nilai: 85", "Skor. 3,5"), one figure written the
# Indonesian way, a full stop after it; a minus kept ("Indeks -0,2": tanda_tambah's galat of a fall), no
# plus ("Skor +0,3": a change, status_named's galat).
_FIRST = re.compile(r"([^\W\d_]+(?:\s+[^\W\d_]+)?)\s*[:.]?\s*(-?\d+(?:[.,]\d+)*)\s*\.?")


def score_satuan(satuan: str | None) -> bool:
    """A Satuan of one or two score words only ("Indeks", "Nilai", "Skor", "Nilai Indeks")."""
    words = (satuan or "").casefold().split()
    return 0 < len(words) <= 2 and all(w in _SCORE_WORDS for w in words)


def score_last(text: str, satuan: str | None) -> str:
    """``text`` written as its figure and the Satuan ("Indeks 72,4" under Satuan Indeks: "72,4 Indeks")
    when the words before the figure are the Satuan or one of its words (under "Nilai Indeks": "Indeks
    72,4", "Nilai Indeks 72,4"); else as is."""
    if not satuan or not text or not text.lstrip()[:1].isalpha():
        return text
    found = _FIRST.fullmatch(text.strip())
    if found is None or not score_satuan(satuan):
        return text
    if re.fullmatch(r"(?:19|20)\d\d", found[2]):
        return text  # ("Nilai 2024": a year, no score; status_ragu's galat where the quarter counts)
    typed = found[1].casefold().split()
    own = satuan.casefold().split()
    if typed != own and (len(typed) > 1 or typed[0] not in own):
        return text  # ("IKM 82" under Nilai, "Nilai 72,4" under Indeks: a label, not the Satuan's word)
    return f"{found[2]} {satuan.strip()}"
