"""A grade typed before its score in a quarter of a numeric target ("B (85,20)", "Baik (85,20)", "B /
85,20", "(B) 85,20", "Mutu B (85,20)": an IKM's mutu pelayanan, a SAKIP letter): the score is the figure
and the grade a note, as in "85,2 (B)" (pasted.not_a_number's galat). Pure."""

from __future__ import annotations

import re

from lkj_xl.core import contract as c
from lkj_xl.core.predikat_baca import baca

_NUM = r"\d[\d.,]*"
# A note after the score ("B (85,20) sementara"): no digit in it, the score still the one figure.
_NOTE = r"(?:\s+[^\W\d_][^\d()]*)?"
_FORMS = (
    re.compile(rf"(?P<g>[^\d()]+?)\s*\(\s*(?P<n>{_NUM})\s*%?\s*\){_NOTE}"),  # B (85,20)
    re.compile(rf"\(\s*(?P<g>[^\d()]+?)\s*\)\s*(?P<n>{_NUM})\s*%?"),  # (B) 85,20
    re.compile(
        rf"(?P<g>[^\d()/:=,]+?)\s*(?:[/:=,\u2013\u2014-]|\s)\s*(?P<n>{_NUM})\s*%?"
    ),  # B / 85,20, B: 85,20, Baik, 85,20
)
# Words naming the grade before it ("Mutu B", "Mutu pelayanan: Baik", "Kategori B", "IKM B", "Nilai B", "Nilai IKM:
# Baik"; "Predikat B" is baca's).
_LEAD = re.compile(
    r"(?:(?:nilai\s+)?(?:ikm|skm)|nilai|mutu(?:\s+pelayanan)?|kategori)\b\s*:?\s*", re.IGNORECASE
)
# A decimal point the English way ("85.20"): the figure to type has the comma, as the reader tells a
# cell "85.20" (desimal ditulis dengan koma: 85,20).
_ENGLISH = re.compile(r"(\d+)\.(\d{1,2})")
# An IKM's mutu pelayanan in words (Sangat Baik, Baik, Kurang Baik, Tidak Baik).
_WORDS = frozenset(word for words in c.IKM_ARTI.values() for word in words)
# A SAKIP code's meaning ("Cukup (70)", "Memuaskan, 80,5"), in brackets or after a comma only: "kurang 5"
# is five short, never a grade before its score.
_SAKIP_WORDS = frozenset(word for words in c.PREDIKAT_ARTI.values() for word in words)
_MARKED = re.compile(r"[^(]*\(|[^\d]*,")
_YEAR = re.compile(r"(?:19|20)\d\d")  # "BB (2024)": the year of the LHE, no score


def grade_first(status: str) -> tuple[str, str]:
    """The grade ``status`` types before its score (as written, "Mutu B") and the score to type
    ("85,20"; "85.20" the English way as "85,20"), ("", "") for any other text: a SAKIP letter or an
    IKM's mutu word only (an Opini BPK's "WTP (2024)" names a year), a SAKIP code's meaning in brackets
    or before a comma ("Cukup (70)", "Baik, 85,20"). A sentence's dot after it is dropped ("Baik
    (85,20)."), a note after the bracket too ("B (85,20) sementara"); "B/85,20" reads 85,20 as "B /
    85,20" does."""
    text = " ".join(status.split()).rstrip(" .")
    for form in _FORMS:
        found = form.fullmatch(text)
        if not found or _YEAR.fullmatch(number := found["n"].rstrip(".,")):
            continue
        grade = found["g"].strip()
        bare = lead_dropped(grade)
        read = baca(bare)
        word = bare.casefold().rstrip(".")
        sakip = word in _SAKIP_WORDS and _MARKED.match(text)
        if word in _WORDS or sakip or (read is not None and read.skala == "Predikat SAKIP"):
            english = _ENGLISH.fullmatch(number)
            return grade, f"{english[1]},{english[2]}" if english else number
    return "", ""


def lead_dropped(grade: str) -> str:
    """``grade`` without the words naming it before ("Mutu B": "B", "Nilai IKM: Baik": "Baik")."""
    lead = _LEAD.match(grade)
    return grade[lead.end() :] if lead else grade
