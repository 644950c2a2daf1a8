"""The pieces of the Analisis Capaian narrative (lkj_xl.core.analisis_teks): its data shape
(:class:`Bagian` of :class:`Blok`), the sections' titles, and what every section writes alike: the
factors, obstacles, remedies and follow-up typed in the Analisis sheet as numbered points, and the
Tujuan/Sasaran numbered as the tables number them. Pure: standard library only."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from lkj_xl.core import contract as c
from lkj_xl.core.angka_teks import angka_catatan
from lkj_xl.core.model import AnalisisEntry, Finding, Node, Report

# Kinds of block: a section title, a node heading, a paragraph, a numbered point.
JUDUL, SUBJUDUL, PARAGRAF, BUTIR = "judul", "subjudul", "paragraf", "butir"

DATA = "3.1.3 Penyajian Data Kinerja"
FAKTOR = "3.2.1 Analisis Faktor Pendukung Keberhasilan, Faktor Penghambat dan Upaya/Solusi Mengatasi Hambatan"
EFISIENSI = "3.2.2 Analisis Efisiensi Penggunaan Sumber Daya"
PROGRAM = "3.2.3 Analisis Program/Kegiatan yang Menunjang Keberhasilan atau Kegagalan Pencapaian Kinerja"
PENUTUP = "Kesimpulan (Bab IV Penutup)"


@dataclass(frozen=True)
class Blok:
    """One piece of the narrative: ``jenis`` is JUDUL, SUBJUDUL, PARAGRAF or BUTIR; a BUTIR has its
    ``nomor`` ("1.", "a.", "1)", "-") and a nesting ``tingkat`` (0 under a paragraph, 1 under a point)."""

    jenis: str
    teks: str
    nomor: str = ""
    tingkat: int = 0

    @property
    def with_next(self) -> bool:
        """Printed on the page of what follows: a heading, a line that leads into a list."""
        return self.jenis == SUBJUDUL or leads_in(self.teks)


def leads_in(text: str) -> bool:
    """A line that introduces what follows ("... antara lain:", "Sektor Industri:"): printed on the
    page of what it introduces."""
    return text.rstrip().endswith(":")


@dataclass
class Bagian:
    """A section of the narrative (3.1.3, 3.2.1, 3.2.2, 3.2.3, the conclusions): its title and blocks."""

    judul: str
    blok: list[Blok] = field(default_factory=list)

    def paragraf(self, teks: str) -> None:
        if teks:
            self.blok.append(Blok(PARAGRAF, teks))

    def subjudul(self, teks: str) -> None:
        self.blok.append(Blok(SUBJUDUL, teks))

    def butir(self, points: Iterable[str], tingkat: int = 0, gaya: str = "1.") -> None:
        for i, point in enumerate(points, start=1):
            self.blok.append(Blok(BUTIR, point, nomor_butir(i, gaya), tingkat))

    @property
    def teks(self) -> str:
        """The whole section as plain text (tests and a quick look)."""
        lines = [self.judul]
        for b in self.blok:
            lines.append(f"{'   ' * b.tingkat}{b.nomor} {b.teks}".strip() if b.nomor else b.teks)
        return "\n".join(lines)


def nomor_butir(i: int, gaya: str) -> str:
    """The number of the i-th point in a style: "1." -> "1.", "a." -> "a.", "1)" -> "1)", "-" -> "-"."""
    if gaya == "a.":
        return f"{chr(ord('a') + (i - 1) % 26)}."
    if gaya == "1)":
        return f"{i})"
    if gaya == "-":
        return "-"
    return f"{i}."


# --- the Analisis sheet's points -------------------------------------------------------------------

LABEL = {"Tujuan": "Tujuan", "Sasaran": "Sasaran Strategis"}


def analisis_entries(report: Report, kode: str) -> list[AnalisisEntry]:
    """The Analisis sheet's rows of the node with this Kode (case and spaces ignored)."""
    key = kode.strip().casefold()
    return [e for e in report.analisis if e.kode.strip().casefold() == key]


def faktor_butir(
    bagian: Bagian,
    entries: list[AnalisisEntry],
    subject: str,
    tingkat: int = 0,
    findings: Sequence[Finding] = (),
) -> bool:
    """The factors, obstacles, remedies and follow-up of ``entries`` as numbered points under their
    lead sentences (seed 3.2.1); False when there is nothing to write. A cell whose figure the table
    contradicts (``findings``, angka_teks) is followed by a visible "[isi: ...]" line, as a Narasi text
    of another quarter is: it is not signed as it is."""
    wrote = False
    for entry in entries:
        if entry.indikator:
            bagian.blok.append(
                Blok(PARAGRAF if tingkat == 0 else BUTIR, f"Indikator {entry.indikator}:", "", tingkat)
            )
        groups = (
            (entry.faktor_pendukung, f"Hal yang mendukung {subject} antara lain:"),
            (entry.faktor_penghambat, "Selain itu, kendala / hambatan yang dihadapi berupa:"),
            (
                entry.upaya,
                "Untuk mengatasi kendala / hambatan tersebut, telah dilakukan upaya antisipasi dan/atau "
                "perbaikan sebagai berikut:",
            ),
            (entry.tindak_lanjut, "Tindak lanjut yang akan dilaksanakan:"),
        )
        for (points, lead), header in zip(groups, c.ANALISIS_TEXT_HEADERS):
            if not points:
                continue
            if tingkat == 0:
                bagian.paragraf(lead)
                bagian.butir(points)
            else:
                bagian.blok.append(Blok(BUTIR, lead, "", tingkat))
                bagian.butir(points, tingkat + 1)
            for note in angka_catatan(findings, entry, header):
                bagian.blok.append(Blok(PARAGRAF if tingkat == 0 else BUTIR, note, "", tingkat))
            wrote = True
    return wrote


def node_labels(report: Report) -> dict[int, str]:
    """id(node) -> "Tujuan 1: ...", "Sasaran Strategis 2: ..." numbered through the report (as the
    tables number them)."""
    counters: dict[str, int] = {}
    out = {}
    for node in report.nodes():
        if node.tingkat in LABEL:
            counters[node.tingkat] = counters.get(node.tingkat, 0) + 1
            out[id(node)] = f"{LABEL[node.tingkat]} {counters[node.tingkat]}: {node.uraian}"
    return out


def top_nodes(report: Report) -> list[Node]:
    """The Tujuan and Sasaran of the report, in its order: the nodes each section is written for."""
    return [n for n in report.nodes() if n.tingkat in LABEL]
