"""A dash typed with a unit's word in a Kinerja value cell: "- izin" under Satuan izin, "-izin",
"– dokumen", "- %" of a percentage, or of an index where "85 %" is read too. A dash means no data
(README), and the Satuan's word after it changes nothing: read as "-" (it was a status, a Kumulatif
indicator's whole figure belum diketahui without a word). A dash and another unit's word ("- orang"
under izin, "- %" of a count, where "5 %" is a galat; a document's abbreviation, "- SK" under izin) is a
galat: the cell may be another indicator's. A dash before a note ("- menunggu data", a bullet) is neither:
a status, as before. Pure."""

from __future__ import annotations

import re

from lkj_xl.core.number_error import NumberParseError
from lkj_xl.core.number_words import is_percent_unit, known_unit_word
from lkj_xl.core.numbers import parse_number
from lkj_xl.core.pasted import DASHES
from lkj_xl.core.unit_checks import count_unit

# One to three dashes, then a word or "%" (no digit: "-5 izin" is a number, "- 5 izin" its own galat).
_DASH_WORD = re.compile(rf"[{DASHES}]{{1,3}}\s*((?:[^\W\d_]|%)[^\d]*)")

# A licence's or decree's abbreviation ("- SK", "- NIB" under Satuan izin): what was issued, no note
# (capitals alone are no sign of one: "- ADA", "- BELUM" stay a status).
_DOCUMENTS = frozenset({"sk", "nib", "imb", "pbg", "siup", "tdp", "slf", "sip", "sipa", "skt", "siujk"})


def dash_with_unit(text: str, satuan: str | None) -> str | None:
    """Of a Kinerja value (``satuan`` not None): "" when ``text`` is a dash and the Satuan's word,
    no data as "-" is; why it is a galat when the word is another unit's; None for any other text."""
    found = _DASH_WORD.fullmatch(text) if satuan is not None else None
    if found is None or satuan is None:
        return None
    word = found.group(1).strip()
    try:
        parsed = parse_number(f"0 {word}", satuan=satuan)
    except NumberParseError:
        document = word.casefold().rstrip(".") in _DOCUMENTS  # "- SK" under izin
        if (" " in word or not known_unit_word(word.rstrip("."))) and not document:
            return None  # "- menunggu data": a bullet before a status
    else:
        if parsed.exact == 0 and not (parsed.percent and not is_percent_unit(satuan) and count_unit(satuan)):
            return ""
    return (
        f'tanda "-" (tidak ada data) ditulis bersama "{word}", padahal Satuan indikator "{satuan.strip()}": '
        'periksa apakah isi sel ini milik indikator lain; bila tidak ada data, tulis "-" saja, bila nol, tulis 0'
    )
