"""A Narasi text claiming every indicator reached its target, read against the report's figures.

"Seluruh indikator kinerja sasaran telah tercapai" written into the Ikhtisar Eksekutif or the Penutup
before the last figures came in (or kept from last year's report) is printed as typed, pages after
Tabel 3.1 shows a Sasaran below 100 %. Such a claim is a peringatan at its Teks cell and a placeholder
under its line in the document, naming the indicators that did not reach 100 % as the report's own
summary sentences name them. Read only: "seluruh" / "semua" + "indikator" (or "IKU", "target") and,
within the clause, "tercapai", "mencapai target", "memenuhi target", "terpenuhi" or "mencapai 100";
the levels are those named in between (Tujuan, Sasaran, Program, Kegiatan; none or "utama": the
Tujuan and Sasaran, as the conclusions count them). Left alone: a negated claim ("belum seluruh",
"tidak semua", "hampir seluruh", "... kecuali ..."), one about another year ("tahun 2024", "tahun
lalu"), a level without indicators, and a claim the figures support. When in doubt, none: a false
peringatan on a right sentence is worse than a missed one.

Pure: works on the parsed Narasi and the computed report.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lkj_xl.core.model import Report, SummaryGroup
from lkj_xl.core.narasi import Narasi
from lkj_xl.core.summary import names_with_detail

_KLAIM = re.compile(
    r"\b(?:seluruh|semua)(?:nya)?\s+(?:indikator|iku|target)\b(?P<antara>[^.;:!?\n]{0,100}?)"
    # ("mencapai 100" only as a percentage: "mencapai 100 peserta" is a count)
    r"(?:\btercapai\b|\bmencapai\s+target\b|\bmencapai\s+100\s*(?:%|persen\b)|\bmemenuhi\s+target\b|\bterpenuhi\b)",
    re.IGNORECASE,
)
# Before the claim, or inside it: a claim denied or narrowed.
_SANGKAL_SEBELUM = re.compile(r"\b(?:belum|tidak|tak|hampir|nyaris|bukan)\s*$", re.IGNORECASE)
_SANGKAL = re.compile(r"\b(?:belum|tidak|tak|kecuali|selain|sebagian|hampir|nyaris)\b", re.IGNORECASE)
_LALU = re.compile(r"\b(?:tahun\s+lalu|tahun\s+sebelumnya|periode\s+lalu)\b", re.IGNORECASE)
_TAHUN = re.compile(r"\b(?:19|20)\d\d\b")
_TINGKAT = re.compile(r"\b(sub\s+kegiatan|kegiatan|program|sasaran|tujuan|utama)\b", re.IGNORECASE)


def _levels(antara: str) -> tuple[str, ...]:
    """The levels named ("tujuan dan sasaran": both), or the Tujuan and Sasaran (none, or "utama")."""
    named = dict.fromkeys(re.sub(r"\s+", " ", w.lower()) for w in _TINGKAT.findall(antara))
    named.pop("utama", None)
    if not named:
        return ("Tujuan", "Sasaran")
    return tuple("Sub Kegiatan" if w == "sub kegiatan" else w.capitalize() for w in named)


def _claimed(line: str, tahun: int | None) -> tuple[str, ...] | None:
    """The levels a line claims every indicator of reached its target, or None."""
    for m in _KLAIM.finditer(line):
        antara = m["antara"]
        if _SANGKAL_SEBELUM.search(line[: m.start()]) or _SANGKAL.search(antara):
            continue
        # the sentence holding it: another year, or last year's, anywhere in it ("Pada tahun 2024 ...")
        start = max(line.rfind(end, 0, m.start()) for end in ".!?")
        stop = min((i for i in (line.find(end, m.end()) for end in ".!?") if i >= 0), default=len(line))
        sentence = line[start + 1 : stop]
        if any(int(y) != tahun for y in _TAHUN.findall(sentence)) or _LALU.search(sentence):
            continue
        if _SANGKAL.search(line[m.end() : stop]):  # "... tercapai kecuali inflasi": narrowed after it
            continue
        return _levels(antara)
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
            levels = _claimed(line, report.settings.tahun) or ()
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
