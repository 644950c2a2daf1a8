"""A Satuan as staff write it after a figure when they do not spell it as the Satuan column does: its
abbreviation (`12 pkm` under Puskesmas, `5 kec.` under Kecamatan, `4 skl` under Sekolah), the initials
of a Satuan of several words (`30 RTLH` of Rumah Tidak Layak Huni), a word of the same meaning (`jiwa`
of `orang`, `sekolah` of `Satuan Pendidikan`), either side of a Satuan naming alternatives (`3 desa`
under `Desa/Kelurahan`), or a measure's unit without the words naming what is measured (`12,5 km`
under `Km jalan`). Never another unit: a known word of another unit (`km`, `kg`, `org` of orang) is
that unit, whatever letters it shares with the Satuan (`12 km` under Puskesmas, `20 org` under
Organisasi stay galat). Compared on :func:`lkj_xl.core.number_words.satuan_key`'s keys. Pure."""

from __future__ import annotations

import re
from collections.abc import Callable

from lkj_xl.core.durasi import is_time_unit
from lkj_xl.core.ukuran import measure_word, rate_word, same_measure

# A Satuan's word as staff abbreviate it after a figure, read as the word (one meaning each: "kel" is
# kelurahan, as in an address; a keluarga is written KK). Merged into number_words.UNIT_ABBREVIATIONS.
SINGKATAN = {
    "pkm": "puskesmas",
    "kec": "kecamatan",
    "kel": "kelurahan",
    "ds": "desa",
    "skl": "sekolah",
    "kgt": "kegiatan",
    "ttk": "titik",
    "klp": "kelompok",
    "jiwa": "orang",  # (people counted either way: penduduk 1.250 jiwa)
    "ltr": "liter",  # (never "lt": a building's lantai too)
    "m³": "m3",
    "km²": "km2",
    "dt": "detik",  # (a flow, m3/dt, l/dt)
}
# Words of one meaning, several words for one ("satuan pendidikan" is a sekolah of Dapodik).
_FRASA = {"satuan pendidikan": "sekolah", "kepala keluarga": "kk", "ruas jalan": "ruas"}
# Initials with a meaning of their own: only those words ("kk" is no "kelompok kerja", a pokja).
_INISIAL_ARTI = {"kk": frozenset({"kepala keluarga", "kartu keluarga"})}
_FRASA_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, _FRASA)) + r")\b")
# Counts a Satuan names as alternatives ("Desa/Kelurahan": either kind, no rate per kelurahan).
_SEJENIS = (
    frozenset({"desa", "kelurahan", "kampung", "nagari", "gampong"}),
    frozenset({"sekolah", "madrasah"}),
    frozenset({"kabupaten", "kota"}),
    frozenset({"puskesmas", "pustu", "poskesdes"}),
)
# Counting words (kata penggolong) before what they count ("Ekor Sapi", "Unit Kendaraan", "Ruas Jalan
# Kabupaten"): the figure counts them whatever follows. Not "orang" ("Orang Miskin": people of one kind).
_PENGGOLONG = frozenset({"ekor", "unit", "buah", "ruas", "titik", "batang", "lembar", "bidang", "set"})
_SLASH = re.compile(r"\s*/\s*")


def frasa(key: str) -> str:
    """``key`` (satuan_key's words) with a phrase of one meaning as its word ("satuan pendidikan":
    "sekolah")."""
    return _FRASA_RE.sub(lambda m: _FRASA[m[0]], key) if " " in key else key


def sama(typed: str, satuan: str, *, singkat: bool, dikenal: Callable[[str], bool]) -> bool:
    """Whether ``typed`` (the words after a figure) names the Satuan, both as satuan_key reads them
    (abbreviations spelt out). ``singkat``: the Satuan is written as an abbreviation ("Kec."), so a
    word it begins may be typed whole; ``dikenal``: a word of a unit, a scale or money, never read as
    the first letters of another word."""
    if typed == satuan:
        return True
    if sejenis(satuan):
        parts = _SLASH.split(satuan)
        # ("3 desa" under Desa/Kelurahan; typed the other way round, "kelurahan/desa", too)
        if typed == f"{parts[1]}/{parts[0]}":
            return True
        return any(sama(typed, part, singkat=False, dikenal=dikenal) for part in parts)
    return (
        _awal(typed, satuan, singkat, dikenal) or _inisial(typed, satuan, dikenal) or _ukuran(typed, satuan)
    )


def sejenis(satuan: str) -> bool:
    """Whether a Satuan names two counts of one kind as alternatives ("Desa/Kelurahan",
    "Sekolah/Madrasah": either kind, no rate per kelurahan)."""
    parts = _SLASH.split(satuan.strip().casefold())
    return len(parts) == 2 and any(parts[0] in group and parts[1] in group for group in _SEJENIS)


def _kata(key: str) -> bool:
    return key.isalpha() and len(key) >= 2


def _awal(typed: str, satuan: str, singkat: bool, dikenal: Callable[[str], bool]) -> bool:
    """The first letters of a Satuan of one word ("pusk" of Puskesmas, "kel." of Kelurahan: three at
    least), or a Satuan written abbreviated with a dot whose word is typed whole ("kecamatan" of "Kec.");
    the letters never a word of a unit, a time or money ("kali" is times, whatever Satuan begins with
    it; "per" begins a rate), the word no measure nor time."""
    if not (_kata(typed) and _kata(satuan)):
        return False
    short, whole = (typed, satuan) if len(typed) < len(satuan) else (satuan, typed)
    if short is satuan and not singkat:
        return False  # ("5 kalimat" under "Kali": a word of its own, no abbreviation of kali)
    if short == "per" or dikenal(short) or measure_word(whole) or is_time_unit(whole):
        return False
    return len(short) >= 3 and whole.startswith(short)


def _inisial(typed: str, satuan: str, dikenal: Callable[[str], bool]) -> bool:
    """The initials of a Satuan of several words ("kk" of "kepala keluarga", "rtlh" of "rumah tidak
    layak huni"), or the words of a Satuan written as their initials; never a word of a unit ("km"), nor
    other words than their own of initials with a meaning ("kk": kepala or kartu keluarga)."""
    return any(
        len(words) >= 2
        and _kata(short)
        and not dikenal(short)
        and all(w.isalpha() and w != "per" for w in words)  # (no rate's: "opt" of "orang per tahun")
        and "".join(w[0] for w in words) == short
        and " ".join(words) in _INISIAL_ARTI.get(short, (" ".join(words),))
        for short, words in ((typed, satuan.split()), (satuan, typed.split()))
    )


def _ukuran(typed: str, satuan: str) -> bool:
    """A measure's unit or a counting word typed alone where the Satuan names what it measures or
    counts after it ("km" of "km jalan", "ha" of "ha sawah", "ton" of "ton gkg": ukuran's measure of
    such a Satuan; "ekor" of "ekor sapi"): the same unit (never "m" of "km jalan": metres, converted
    by ukuran), the words after a counting word no rate ("unit per tahun", "unit pertahun": rate_word)."""
    if " " in typed:
        return False
    head, *rest = satuan.split() or [""]
    if rest and head in _PENGGOLONG:
        return typed == head and all(w.isalpha() and not rate_word(w) for w in rest)
    return same_measure(typed, satuan)
