"""A revision typed into one cell after the APBD-P ("100 menjadi 80", "1 M → 800 jt") and an
indicator or program typed as dropped ("Dihapus"): what to type instead, in Bahasa Indonesia. Pure."""

from __future__ import annotations

import re

from lkj_xl.core.numbers import NumberParseError, parse_number

# "100 menjadi 80", "semula 100 menjadi 80", "100 → 80", "100 -> 80", "Rp 1 M jadi Rp 800 jt", "berubah
# dari 100 ke 80", "Semula 100, menjadi 80", "100 menjadi 80 (APBD-P)" (a note in brackets after it)
_REVISION = re.compile(
    r"(?:(?:berubah\s+)?dari\s+|semula\s+)?(?P<old>.*?[0-9].*?)\s*,?\s*"
    r"(?:→|->|=>|⇒|\bmenjadi\b|\bjadi\b|\bke\b)\s*(?P<new>.*?[0-9][^()]*?)\s*(?:\([^()]*\))?",
    re.IGNORECASE,
)
# Target / Pagu Perubahan of an indicator or program dropped in the revision
_DROPPED = re.compile(
    r"(?:di)?hapus|dihilangkan|ditiadakan|dicoret|drop(?:ped)?|tidak dilaksanakan|tidak dilanjutkan",
    re.IGNORECASE,
)


def _reads(text: str, satuan: str | None, money: bool) -> bool:
    try:
        parse_number(text, satuan=satuan, money=money)
    except NumberParseError:
        return False
    return True


def revision_typed(text: str, label: str, satuan: str | None, money: bool) -> str:
    """Where each figure of "100 menjadi 80" typed in a Target / Pagu (Perubahan) cell goes; "" for any
    other text or column. Never "tulis 100": in Target Perubahan the old figure would be the new."""
    base = label.removesuffix(" Perubahan")
    if base not in ("Target", "Pagu") or not (m := _REVISION.fullmatch(text.strip())):
        return ""
    old, new = m["old"].strip(), m["new"].strip()
    if not (_reads(old, satuan, money) and _reads(new, satuan, money)):
        return ""
    said = f"berisi {base} semula dan {base} perubahannya; "
    if label.endswith(" Perubahan"):
        return f"{said}tulis {label} saja ({new}); {base} semula ({old}) tetap di kolom {base}"
    return f"{said}tulis {base} semula ({old}) di kolom {base} dan {base} perubahannya ({new}) di kolom {base} Perubahan"


def dropped(status: str, program: bool) -> str:
    """What to do with an indicator or program typed "Dihapus" in Target / Pagu Perubahan; "" for any
    other text. Emptying the cell would bring the old target or pagu back into the report."""
    if not _DROPPED.match(status.strip()):
        return ""
    if program:
        return "; bila program dihapus pada perubahan, tulis 0 (pagu setelah perubahan nol)"
    return (
        "; indikator yang dihapus pada perubahan tidak diukur lagi: hapus barisnya dari sheet Kinerja "
        "(bila Target Perubahan dikosongkan, target semula yang dipakai)"
    )
