"""A Narasi text claiming every indicator reached its target, read against the report's figures.

"Seluruh indikator kinerja sasaran telah tercapai" written into the Ikhtisar Eksekutif or the Penutup
before the last figures came in (or kept from last year's report) is printed as typed, pages after
Tabel 3.1 shows a Sasaran below 100 %. Such a claim is a peringatan at its Teks cell and a placeholder
under its line in the document, naming the indicators that did not reach 100 % as the report's own
summary sentences name them. Read only: "seluruh" / "semua" + "indikator" (or "IKU", "target") and,
within the clause, "tercapai", "mencapai target", "memenuhi target", "terpenuhi" or "mencapai 100";
the levels are those named in between (Tujuan, Sasaran, Program, Kegiatan; none or "utama": the
Tujuan and Sasaran, as the conclusions count them). Left alone: a negated or narrowed claim ("belum
seluruh", "tidak semua", "hampir seluruh", "... kecuali ...", "seluruh indikator lainnya", "yang dapat
diukur"), a hope, aim, plan or condition ("diharapkan", "agar", "ditargetkan", "akan", "apabila"), a
share ("dari seluruh indikator, 4 indikator ...", "rata-rata capaian seluruh"), targets that are no
indicator's ("target PAD", "target pendapatan", "target fisik"), one about another year ("tahun 2024",
"tahun lalu") or quarter ("pada triwulan I" in Triwulan II), a level without indicators, and a claim
the figures support. When in doubt, none: a false peringatan on a right sentence, and its placeholder
in the signed document, is worse than a missed one (of 134 sentences written to try it, 0 false
alarms and 18 of 55 claims missed: "dicapai", "seluruh 10 indikator", "keseluruhan", ...).

Pure: works on the parsed Narasi and the computed report.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lkj_xl.core.model import Report, Settings, SummaryGroup
from lkj_xl.core.narasi import Narasi, periode_lain
from lkj_xl.core.summary import names_with_detail

_KLAIM = re.compile(
    r"\b(?:seluruh|semua)(?:nya)?\s+(?P<noun>indikator|iku|target)\b(?P<antara>[^.;:!?\n]{0,100}?)"
    # ("mencapai 100" only as a percentage: "mencapai 100 peserta" is a count)
    r"(?:\btercapai\b|\bmencapai\s+target\b|\bmencapai\s+100\s*(?:%|persen\b)|\bmemenuhi\s+target\b|\bterpenuhi\b)",
    re.IGNORECASE,
)
# Before the claim: a claim denied ("belum seluruh"), or "of all" (partitive: "dari seluruh indikator,
# 4 indikator ...", "jumlah seluruh", "rata-rata capaian seluruh", "sebagian besar dari seluruh").
_SANGKAL_SEBELUM = re.compile(
    r"\b(?:belum|tidak|tak|hampir|nyaris|bukan|dari|jumlah|rata-rata|sebagian|persentase)"
    r"(?:\s+(?:besar|capaian|dari))*\s*$",
    re.IGNORECASE,
)
# Anywhere in its sentence: denied or narrowed ("tidak dapat dikatakan seluruh ...", "kecuali", "seluruh
# indikator lainnya", "yang dapat diukur"), a hope, a purpose, a plan or a condition ("diharapkan",
# "agar", "apabila", "ditargetkan", "akan"), not a fact about this report's figures.
_SANGKAL = re.compile(
    r"\b(?:belum|tidak|tak|bukan|kecuali|selain|sebagian|hampir|nyaris|mayoritas|rata-rata|lainnya|lain"
    r"|selebihnya|sisanya|terukur|diukur|datanya|tersedia|diharapkan|harapan|harapannya|semoga|agar"
    r"|supaya|apabila|jika|jikalau|bila|seandainya|asalkan|ditargetkan|diupayakan|upaya|berupaya|diproyeksikan|direncanakan"
    r"|akan|harus|wajib|perlu|berkomitmen|memastikan|menjamin)\b",
    re.IGNORECASE,
)
# A count or a share in the claim ("seluruh indikator yang ada, 75% ...", "... 12 indikator, dengan 9
# indikator tercapai"): not every indicator; and targets that are no indicator's (pendapatan, anggaran,
# fisik: "Semua target pendapatan retribusi pasar telah terpenuhi").
_BAGIAN = re.compile(r"\d\s*(?:%|persen\b|indikator\b|dari\b)", re.IGNORECASE)
_BUKAN_INDIKATOR = re.compile(
    r"\b(?:anggaran|keuangan|fisik|pendapatan|retribusi|pajak|pad|belanja|serapan|penyerapan|pelatihan"
    r"|peserta|kegiatan\s+fisik)\b",
    re.IGNORECASE,
)
# "target" read as an indicator's only before these words (or the verb): "semua target kinerja", "seluruh
# target yang ditetapkan", "semua target tercapai"; "seluruh target PAD" is not.
_TARGET_DARI = re.compile(
    r"\s*(?:$|kinerja|indikator|iku|sasaran|tujuan|program|kegiatan|sub|utama|yang|telah|sudah|dapat"
    r"|berhasil|pada|tahun|triwulan)\b",
    re.IGNORECASE,
)
# "Target kami adalah seluruh indikator tercapai": an aim
_TARGET_ADALAH = re.compile(r"\btarget\w*\b[^,]*\badalah\b", re.IGNORECASE)
_LALU = re.compile(r"\b(?:tahun\s+lalu|tahun\s+sebelumnya|periode\s+lalu)\b", re.IGNORECASE)
_TAHUN = re.compile(r"\b(?:19|20)\d\d\b")
_TINGKAT = re.compile(r"\b(sub\s+kegiatan|kegiatan|program|sasaran|tujuan|utama)\b", re.IGNORECASE)
# A next sentence narrowing it: "Seluruh indikator tercapai. Kecuali Nilai Investasi ..."
_SESUDAH = re.compile(r"\s*(?:kecuali|selain)\b", re.IGNORECASE)


def _levels(antara: str) -> tuple[str, ...]:
    """The levels named ("tujuan dan sasaran": both), or the Tujuan and Sasaran (none, or "utama")."""
    named = dict.fromkeys(re.sub(r"\s+", " ", w.lower()) for w in _TINGKAT.findall(antara))
    named.pop("utama", None)
    if not named:
        return ("Tujuan", "Sasaran")
    return tuple("Sub Kegiatan" if w == "sub kegiatan" else w.capitalize() for w in named)


def _sentence(line: str, m: re.Match[str]) -> tuple[int, int]:
    """Where the sentence holding the claim ``m`` starts and stops in ``line``."""
    start = max(line.rfind(end, 0, m.start()) for end in ".!?") + 1
    stop = min((i for i in (line.find(end, m.end()) for end in ".!?") if i >= 0), default=len(line))
    return start, stop


def _not_a_claim(line: str, m: re.Match[str], settings: Settings) -> bool:
    """Whether the claim ``m`` found in ``line`` is denied, narrowed, partial, hoped for, about another
    year or period, or about targets that are no indicator's: in doubt, it is not one."""
    start, stop = _sentence(line, m)
    sentence = line[start:stop]
    before = line[start : m.start()]
    if _SANGKAL_SEBELUM.search(before) or _SANGKAL.search(sentence) or _TARGET_ADALAH.search(before):
        return True
    if _BAGIAN.search(m["antara"]) or _BUKAN_INDIKATOR.search(m["antara"]):
        return True
    if m["noun"].lower() == "target" and not _TARGET_DARI.match(line[m.end("noun") :]):
        return True
    if any(int(y) != settings.tahun for y in _TAHUN.findall(sentence)) or _LALU.search(sentence):
        return True
    # another quarter or half year named in the claim's clause ("Pada triwulan I seluruh indikator
    # tercapai", "... tercapai pada triwulan I, namun pada triwulan II ..."): that period's figures
    comma = line.find(",", m.end(), stop)
    if periode_lain(line[start : comma if comma >= 0 else stop], settings):
        return True
    return bool(_SESUDAH.match(line[stop + 1 :]))


def _claimed(line: str, settings: Settings) -> tuple[str, ...] | None:
    """The levels a line claims every indicator of reached its target, or None."""
    for m in _KLAIM.finditer(line):
        if not _not_a_claim(line, m, settings):
            return _levels(m["antara"])
    return None


def _yang_tidak(groups: list[SummaryGroup], report: Report) -> str:
    """What the figures say against the claim: "capaian di bawah 100%: ...; belum dapat diukur: ...;
    galat: ..." ("" when every indicator of ``groups`` reached it)."""
    s = report.settings
    parts = []
    for label, items in (
        ("capaian di bawah 100%", [i for g in groups for i in g.belum_tercapai]),
        ("belum dapat diukur", [i for g in groups for i in g.belum_diketahui]),
        ("galat", [i for g in groups for i in g.galat]),
    ):
        if items:
            parts.append(f"{label}: {names_with_detail(items, s.skala, s.desimal)}")
    return "; ".join(parts)


def periksa_klaim(narasi: Narasi, report: Report) -> None:
    """Add to ``narasi`` the peringatan of each cell claiming every indicator (of a level) reached its
    target where the figures say otherwise, and the placeholder under the line (``narasi.klaim``)."""
    by_level = {g.tingkat: g for g in report.ringkasan}
    for bagian, first, teks, at in narasi.sel:
        for i, line in enumerate(teks.split("\n")):
            levels = _claimed(line, report.settings) or ()
            groups = [by_level[t] for t in levels if t in by_level and by_level[t].jumlah]
            if not groups or not (against := _yang_tidak(groups, report)):
                continue
            disebut = " dan ".join(t.lower() for t in levels)
            claim = f"menyebut seluruh indikator kinerja {disebut} tercapai, padahal {against}"
            tabel = "Tabel 3.1" if set(levels) <= {"Tujuan", "Sasaran"} else "Tabel 3.2"
            narasi.findings.append(
                replace(at, pesan=f'Teks Bagian "{bagian}" {claim} ({tabel}): perbaiki teksnya')
            )
            narasi.klaim.setdefault(bagian, {})[first + i] = (
                f'isi: teks ini {claim}; perbaiki teks di sheet Narasi, Bagian "{bagian}"'
            )
            break  # one verdict per cell
