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
# "250.000 / 240.000", "Rp 1,5 M / Rp 1,35 M": the figure and its revision after a slash, as staff write
# murni / perubahan in one cell of their own recap; a score with its scale ("80 / 100", "4 / 5") is not
_SLASHED = re.compile(r"(?P<old>[^/]*?[0-9][^/]*?)\s*/\s*(?P<new>[^/]*?[0-9][^/]*?)")
_SCALES = frozenset({"4", "5", "10", "100"})
# The longest text read as a revision: "Rp 1.491.388.500.000 menjadi Rp 1.400.000.000.000 (APBD-P)" is 60
# characters. A longer one is no revision typed: the patterns above backtrack over every pair of its
# digits (a 10.000-digit number in Target and Target Perubahan took `lkj-xl check` 80 s).
_LONGEST = 300
# Target / Pagu Perubahan of an indicator or program dropped in the revision
_DROPPED = re.compile(
    r"(?:di)?hapus|dihilangkan|ditiadakan|dicoret|drop(?:ped)?|tidak dilaksanakan|tidak dilanjutkan",
    re.IGNORECASE,
)


def _reads(text: str, satuan: str | None, money: bool) -> bool:
    return _value(text, satuan, money) is not None


def _value(text: str, satuan: str | None, money: bool) -> float | None:
    try:
        return parse_number(text, satuan=satuan, money=money).value
    except NumberParseError:
        return None


def _slashed(text: str, satuan: str | None, money: bool) -> re.Match[str] | None:
    """ "250.000 / 240.000": two figures near each other (a revision moves a target by less than half
    of it), neither a fraction ("1/2", "2/3": small whole numbers, the first below), nor a score with
    its scale ("80 / 100", "4 / 5"; "12 / 10" is above any score of 10), nor x of x ("7/7": nothing
    revised)."""
    if not (m := _SLASHED.fullmatch(text)):
        return None
    old, new = _value(m["old"].strip(), satuan, money), _value(m["new"].strip(), satuan, money)
    if not old or not new or old == new or not 0.5 < new / old < 2:
        return None
    if m["new"].strip() in _SCALES and old <= new:
        return None  # a score of its scale
    if old < new < 10 and old == int(old) and new == int(new):
        return None  # a fraction of small whole numbers
    return m


def revision_typed(text: str, label: str, satuan: str | None, money: bool) -> str:
    """Where each figure of "100 menjadi 80" typed in a Target / Pagu (Perubahan) cell goes; "" for any
    other text or column. Never "tulis 100": in Target Perubahan the old figure would be the new."""
    base = label.removesuffix(" Perubahan")
    if base not in ("Target", "Pagu") or len(text) > _LONGEST:
        return ""
    said = f"berisi {base} semula dan {base} perubahannya; "
    if not (m := _REVISION.fullmatch(text.strip())):
        if not (m := _slashed(text.strip(), satuan, money)):
            return ""
        # (a slash says less than "menjadi": which is which is asked, not told)
        both = f"{m['old'].strip()} {base} semula dan {m['new'].strip()} {base} perubahannya"
        said = f'berisi dua angka dipisah "/"; bila {both}, '
    old, new = m["old"].strip(), m["new"].strip()
    if not (_reads(old, satuan, money) and _reads(new, satuan, money)):
        return ""
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
