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
    "lbr": "lembar",
    "btg": "batang",
    "psg": "pasang",
    "prsh": "perusahaan",
    "ls": "lumpsum",  # (LS of a budget's rincian: one lump sum, no laporan nor paket)
}
# Words of their own that begin other Satuan words: never their abbreviation ("5 pos" under Posyandu is
# no 5 Posyandu: a Pos is another unit), each with what it means as the galat names it ("" for itself).
_KATA_LAIN = {
    "pos": "Pos Kamling, Pos Pelayanan",
    "pus": "Pasangan Usia Subur",
    "pak": "kemasan, atau Bapak",
    "toko": "",
    "peta": "",
    "bidan": "",
    "dus": "kardus",
    "dos": "kardus",
    "kota": "",
    "ban": "",
    "regu": "",
    "lem": "",
    "kas": "uang kas",
    "pas": "",
    "rek": "rekening",
    "sak": "karung",
    "bal": "",
    "poli": "poliklinik",
    "bumd": "Badan Usaha Milik Daerah",
    "gang": "",
    "tim": "",
    "dan": "kata sambung",
    "seni": "",
    "kan": "",
    "sen": "",
    "rak": "",
    "bak": "",
    "pot": "",
    "pin": "",
}
# The word each of those is itself short for: read under that Satuan ("5 rek" under Rekening, "5 poli"
# under Poliklinik, "5 pak" under Paket: KBBI's pak, a bungkusan or paket), a galat under any other.
_KATA_SENDIRI = {"rek": "rekening", "poli": "poliklinik", "pak": "paket"}
# Words of one meaning, several words for one ("satuan pendidikan" is a sekolah of Dapodik).
_FRASA = {"satuan pendidikan": "sekolah", "kepala keluarga": "kk", "ruas jalan": "ruas"}
# Initials with a meaning of their own: only those words ("kk" is no "kelompok kerja", a pokja; "pd" no
# "perangkat desa", village officials).
_INISIAL_ARTI = {
    "kk": frozenset({"kepala keluarga", "kartu keluarga"}),
    "pd": frozenset({"perangkat daerah"}),
    "opd": frozenset({"organisasi perangkat daerah"}),
    "pus": frozenset({"pasangan usia subur"}),
}
# A Satuan written as a sign: its word ("X": kali).
_TANDA = {"x": "kali"}
# Names of one thing, either typed under the other: an agency is a PD, an OPD, an SKPD (its older name)
# or a Perangkat Daerah; "kali lipat" is kali (never "x" typed after a figure: a multiplication, pinned).
_SEMAKNA = {
    "opd": "pd",
    "skpd": "pd",
    "perangkat daerah": "pd",
    "organisasi perangkat daerah": "pd",
    "kali lipat": "kali",
    # the counting words of items, either typed under the other ("3 buah" of Satuan unit: 3 bridges)
    "buah": "unit",
    # an index or a score is counted in points ("IKLH 68,2 poin" under Indeks, Nilai, Skor); never a
    # percentage's points (percentage points of a change stay another unit under %)
    "poin": "indeks",
    "point": "indeks",
    "index": "indeks",
    "nilai": "indeks",
    "skor": "indeks",
    "score": "indeks",
}
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
    if typed in (satuan, _TANDA.get(satuan)):
        return True
    meant = _SEMAKNA.get(_TANDA.get(satuan, satuan), _TANDA.get(satuan, satuan))
    if " " in meant and all(_SEMAKNA.get(w, w) == "indeks" for w in meant.split()):
        meant = "indeks"  # ("Nilai Indeks", "Skor Indeks": an index's words, each one the index's points)
    if _SEMAKNA.get(typed, typed) == meant:  # ("5 PD" under OPD, "5 kali lipat" under X)
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
    it; "per" begins a rate) nor a word of its own (_KATA_LAIN: "pos" of Posyandu), the word no measure
    nor time."""
    if not (_kata(typed) and _kata(satuan)):
        return False
    short, whole = (typed, satuan) if len(typed) < len(satuan) else (satuan, typed)
    if short is satuan and not singkat and _KATA_SENDIRI.get(short) != whole:
        return False  # ("5 kalimat" under "Kali": a word of its own, no abbreviation of kali)
    if short == "per" or _lain(short, whole) or dikenal(short) or measure_word(whole) or is_time_unit(whole):
        return False
    return len(short) >= 3 and whole.startswith(short)


def _lain(short: str, whole: str) -> bool:
    """Whether ``short`` is a word of its own (_KATA_LAIN) that is not short for ``whole``."""
    return short in _KATA_LAIN and _KATA_SENDIRI.get(short) != whole


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


def penggolong(key: str) -> bool:
    """A counting word (kata penggolong: "unit", "set", "ekor"): a known unit, even where not the Satuan's."""
    return key in _PENGGOLONG


def bukan_singkatan(typed: str, satuan: str, shown: tuple[str, str], number: str) -> str:
    """Why ``typed`` (satuan_key of the words after a figure) that looks like the Satuan's abbreviation
    or initials is not (``satuan``: its key): a word of its own beginning it (``5 pos`` under Posyandu),
    or initials with a meaning of their own (``perangkat desa`` under PD, Perangkat Daerah): the galat's
    text, "" for any other word. ``shown``: the words and the Satuan as typed."""
    words, unit = shown
    todo = (
        f"; angka tidak dibaca. Bila yang dihitung memang {unit}, tulis angkanya saja ({number}) atau {number} "
        f"{unit}; bila satuannya berbeda, hitung dulu angkanya dalam Satuan indikator ('{unit}'), lalu tulis "
        "angka itu saja (catatannya, bila perlu, di kolom Keterangan)"
    )
    for mine, (short, whole) in enumerate(((typed, satuan), (satuan, typed))):
        if _lain(short, whole) and _kata(whole) and whole.startswith(short) and whole != short:
            arti = _KATA_LAIN[short]
            if mine == 0:
                arti = f" ({arti})" if arti else ""
                return f"tidak valid: kata '{words}'{arti} bukan singkatan Satuan indikator ('{unit}'){todo}"
            arti = f": {arti}" if arti else ""
            return f"tidak valid: Satuan indikator ('{unit}'{arti}) bukan singkatan '{words}'{todo}"
    for mine, (short, long_words) in enumerate(((satuan, typed), (typed, satuan))):
        meant = _INISIAL_ARTI.get(short)
        if meant and long_words not in meant and "".join(w[0] for w in long_words.split()) == short:
            arti = " atau ".join(sorted(m.title() for m in meant))
            if mine == 0:
                return f"tidak valid: '{words}' bukan kepanjangan Satuan indikator ('{unit}': {arti}){todo}"
            return f"tidak valid: '{words}' ({arti}) bukan singkatan Satuan indikator ('{unit}'){todo}"
    return ""
