"""An agency's name typed with the mark of a file sent again ("Dinas Kesehatan (Revisi)", "Dinas
Kesehatan - revisi 2", "DINAS KESEHATAN REVISI"): the same agency as its first file's "Dinas
Kesehatan", for the duplicate check (core.rekap_ganda) and the kunci (core.rekap_kunci). Pure.

Read otherwise, the revision and the original were two agencies: both ranked, the pagu summed twice,
and the agency's kunci changed between quarters."""

from __future__ import annotations

import re

# What a resent file's name says of itself: "Revisi", "Rev.1", "Revisi ke-2", and, in brackets or after
# a dash only, "Perbaikan", "Final", "Update", "Terbaru" (a bare trailing word of those may be a name's).
_NUMBER = r"(?:\s*(?:ke)?[\s.\-]*\d+)?"
_ALWAYS = rf"(?:revisi|rev\.?){_NUMBER}"
_MARKED = rf"(?:{_ALWAYS}|(?:perbaikan|final|update|terbaru){_NUMBER})"
_DASH = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_TAIL = re.compile(
    rf"(?:\s*[(\[]\s*{_MARKED}\s*[)\]]|\s+[{_DASH}]\s*{_MARKED}|\s+{_ALWAYS})\s*[.]?\s*$",
    re.IGNORECASE,
)


def without_revision(name: object) -> object:
    """``name`` (a text; anything else as it is) without the revision marks typed at its end (as often as they are: "Dinas Kesehatan
    (Revisi) (Final)"); unchanged when nothing would be left of it (an agency named "Revisi")."""
    while isinstance(name, str):
        found = _TAIL.search(name)
        if found is None or not name[: found.start()].strip():
            return name
        name = name[: found.start()]
    return name
