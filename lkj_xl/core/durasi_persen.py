"""A duration typed under a percentage's Satuan ("12 menit" under `%`) or a count's ("12 jam" under
`Orang`, "12 hari" under `Dokumen`): a figure of another kind, never the percentage nor the count. It was
told `kata 'menit' tidak dikenal` and `Tulis angkanya saja (12)`, which typed so is read 12 % (12
orang). Said as the bound "< 15 menit" under % is (bound_unit): the Satuan's clash, no figure offered.
Pure: lkj_xl.core only."""

from __future__ import annotations

import re

from lkj_xl.core.durasi import is_time_word, time_word
from lkj_xl.core.nama_periode import HALF_WORDS, QUARTER_WORDS

# the time units a duration is typed in, spelt out (time_word: "mnt" menit, "hr" hari)
_UNITS = frozenset({"detik", "menit", "jam", "hari", "minggu", "bulan", "tahun"})
# A Satuan of time nobody spells as a duration: a period of the year, a time-person unit abbreviated
# (HOK hari orang kerja, OH orang hari, HK hari kerja, JPL/JP jam pelajaran). "3 bulan" under Triwulan
# is time, another unit: never "bukan satuan waktu"
_PERIOD_UNITS = frozenset({*QUARTER_WORDS, *HALF_WORDS, "hok", "oh", "hk", "jpl", "jp"})
# a figure, then one word and at most its dot ("12 menit", "1,5 jam", "3 hr.")
_FIGURE_WORD = re.compile(r"\s*\d[\d.,]*\s+([^\W\d_]+)\.?\s*")


def waktu_di_persen(text: str, satuan: str, percent: bool) -> str:
    """Why ``text``, a figure with a time's word, is not read under ``satuan``, a percentage's
    (``percent``: is_percent_unit of it, asked by the caller), "" for any other text or Satuan."""
    found = _FIGURE_WORD.fullmatch(text)
    unit = time_word(found[1].casefold()) if found else ""
    if (
        unit not in _UNITS
    ):  # (a word spelt out or read so alone: "th" stays a word not known, tests/test_durasi_th)
        return ""
    shown = " ".join(text.split())
    if not percent:
        return _waktu_di_hitungan(shown, satuan.strip(), unit)
    return (
        f'tidak valid: berupa waktu ("{shown}"), padahal Satuan indikator ("{satuan.strip()}") persentase; '
        "angka tidak dibaca. Bila indikatornya persentase, tulis persentasenya (mis. persentase layanan yang "
        "selesai dalam waktu itu) dan waktunya di nama Indikator atau kolom Keterangan; bila indikatornya "
        f'mengukur waktu, ubah Satuannya menjadi "{unit}"'
    )


def _waktu_di_hitungan(shown: str, satuan: str, unit: str) -> str:
    """Why a duration is not read under a Satuan of no time ("12 jam" under Orang); "" under a Satuan
    naming a time in any word ("Orang per Tahun", "Jam/Hari", "HOK" spelt "Hari Orang Kerja"), whose
    own galat says what it says, or none (a Satuan blank: "Satuan kosong")."""
    words = [w for w in re.split(r"[^\w]+", satuan) if w]
    if not words or any(is_time_word(w) or time_word(w.casefold()) in _UNITS for w in words):
        return ""
    if any(w.casefold() in _PERIOD_UNITS for w in words):
        return (
            f'tidak valid: ditulis dalam {unit} ("{shown}"), padahal Satuan indikator ("{satuan}"); angka tidak '
            f'dibaca. Hitung dulu angkanya dalam Satuan indikator ("{satuan}"), lalu tulis angka itu saja'
        )
    return (
        f'tidak valid: berupa waktu ("{shown}"), padahal Satuan indikator ("{satuan}") bukan satuan waktu; '
        f'angka tidak dibaca. Tulis angkanya dalam Satuan indikator ("{satuan}") dan waktunya, bila perlu, '
        f'di kolom Keterangan; bila indikatornya mengukur waktu, ubah Satuannya menjadi "{unit}"'
    )
