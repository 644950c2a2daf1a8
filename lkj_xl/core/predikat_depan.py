"""A grade typed before its score in a quarter of a numeric target ("B (85,20)", "Baik (85,20)", "B /
85,20", "(B) 85,20", "Mutu B (85,20)": an IKM's mutu pelayanan, a SAKIP letter): the score is the figure
and the grade a note, as in "85,2 (B)" (pasted.not_a_number's galat). Pure."""

from __future__ import annotations

import re

from lkj_xl.core import contract as c
from lkj_xl.core.predikat import baca

_NUM = r"\d[\d.,]*"
_FORMS = (
    re.compile(rf"(?P<g>[^\d()]+?)\s*\(\s*(?P<n>{_NUM})\s*%?\s*\)"),  # B (85,20)
    re.compile(rf"\(\s*(?P<g>[^\d()]+?)\s*\)\s*(?P<n>{_NUM})\s*%?"),  # (B) 85,20
    re.compile(
        rf"(?P<g>[^\d()/:=]+?)\s*(?:[/:=\u2013\u2014-]|\s)\s*(?P<n>{_NUM})\s*%?"
    ),  # B / 85,20, B: 85,20
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
_YEAR = re.compile(r"(?:19|20)\d\d")  # "BB (2024)": the year of the LHE, no score


def grade_first(status: str) -> tuple[str, str]:
    """The grade ``status`` types before its score (as written, "Mutu B") and the score to type
    ("85,20"; "85.20" the English way as "85,20"), ("", "") for any other text: a SAKIP letter or an
    IKM's mutu word only (an Opini BPK's "WTP (2024)" names a year). A sentence's dot after it is
    dropped ("Baik (85,20)."); "B/85,20" reads 85,20 as "B / 85,20" does."""
    text = " ".join(status.split()).rstrip(" .")
    for form in _FORMS:
        found = form.fullmatch(text)
        if not found or _YEAR.fullmatch(number := found["n"].rstrip(".,")):
            continue
        grade = found["g"].strip()
        lead = _LEAD.match(grade)
        bare = grade[lead.end() :] if lead else grade
        read = baca(bare)
        if bare.casefold().rstrip(".") in _WORDS or (read is not None and read.skala == "Predikat SAKIP"):
            english = _ENGLISH.fullmatch(number)
            return grade, f"{english[1]},{english[2]}" if english else number
    return "", ""
