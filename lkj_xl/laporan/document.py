"""The LKjIP document (Laporan Kinerja), drafted as Word from one computed Report.

Laid out as the real report (../shared/seeds/000_237f033edcd5cb60.txt): cover, Kata Pengantar,
Ikhtisar Eksekutif, Daftar Isi/Tabel/Gambar, BAB I-IV, Lampiran. Tables and figures come from the
report (Tabel 3.1-3.4 from the output sheets' layouts, lkj_xl.core.tables); texts no spreadsheet
knows come from the Narasi sheet or stay a visible "[isi: ...]" placeholder.
"""

from __future__ import annotations

import io
import re
import struct
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm

from lkj_xl.core import analisis_teks as teks
from lkj_xl.core import contract as c
from lkj_xl.core import tahun_lalu
from lkj_xl.core.analisis_bagian import leads_in
from lkj_xl.core.analisis_teks import analisis_capaian
from lkj_xl.core.dates import tanggal_indonesia
from lkj_xl.core.galat_sebab import galat_anggaran_teks
from lkj_xl.core.kalimat import kosong_notes, pagu_catatan
from lkj_xl.core.layout import SheetLayout, agency
from lkj_xl.core.model import Report
from lkj_xl.core.narasi import Narasi, isi, rujukan_hilang, rujukan_placeholder
from lkj_xl.core.narasi_pesan import triwulan_placeholder
from lkj_xl.core.parse_analisis import BULLETS
from lkj_xl.core.penyerapan import serapan_persen
from lkj_xl.core.polaritas_teks import POSITIF, RUMUS, RUMUS_POSITIF
from lkj_xl.core.tables import (
    capaian_program,
    capaian_tujuan_sasaran,
    efisiensi,
    realisasi_anggaran,
)
from lkj_xl.core.tables.grafik_parts import TIDAK_DIGAMBAR
from lkj_xl.laporan import charts, word
from lkj_xl.laporan.analisis import write_bagian
from lkj_xl.laporan.figures import Shown, shown_figures
from lkj_xl.laporan.perencanaan import (
    bab2,
    perjanjian,
    pk_targets,
    rupiah,
    target_headers,
)
from lkj_xl.laporan.tables import add_layout_table, fit_widths, notes_below

# A Narasi line that is a bullet: "- ", "• ", "* ", or Word's bullet pasted with its tab ("•\t", the
# Symbol font's "·\t", "–\t", "o\t" of a second level is left: a word may start so).
_BULLET = re.compile(rf"^(?:[-•*] |[{re.escape(BULLETS)}]\t)\s*")


@dataclass
class _Draft:
    doc: object
    report: Report
    narasi: Narasi
    shown: dict[int, Shown]
    toc: list[tuple[str, str, str]] = field(default_factory=list)
    tabel: list[tuple[str, str, str]] = field(default_factory=list)
    gambar: list[tuple[str, str, str]] = field(default_factory=list)
    marks: int = 0
    anchors: dict = field(default_factory=dict)  # where Daftar Isi/Tabel/Gambar go, filled at the end
    width_cm: float = 16.0
    charts: charts.Drawing | None = None  # Gambar 3.1 and 3.2, drawn beside the rest

    # -- pieces -------------------------------------------------------------------------------------

    def _mark(self, paragraph) -> str:
        self.marks += 1
        name = f"_Toc_lkj_{self.marks}"
        word.bookmark(paragraph, name)
        return name

    def heading(self, text: str, level: int = 1, in_toc: bool = True):
        paragraph = self.doc.add_heading(text, level)
        if level == 1:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if in_toc:
            self.toc.append((f"TOC {level}", text, self._mark(paragraph)))
        return paragraph

    def caption_table(self, text: str) -> None:
        paragraph = self.doc.add_paragraph(text, style=word.CAPTION_TABLE)
        self.tabel.append(("table of figures", text, self._mark(paragraph)))

    def caption_figure(self, text: str) -> None:
        paragraph = self.doc.add_paragraph(text, style=word.CAPTION_FIGURE)
        self.gambar.append(("table of figures", text, self._mark(paragraph)))

    def placeholder(self, what: str) -> None:
        paragraph = self.doc.add_paragraph()
        paragraph.add_run(f"[{what}]", style=word.PLACEHOLDER)

    def text(self, text: str, bagian: str = "") -> None:
        """Paragraphs of a text: one per line; lines starting with "- ", "• " or a bullet pasted from
        Word ("•\t", "·\t", "–\t") are bullets; a line
        ending with ":" stays on the page of what it introduces; a line citing a table or figure the
        document does not hold ("tabel 1.1 di atas") is followed by a placeholder saying so; a cell naming
        another period (the Narasi's verdict, its peringatan's) by one under the line naming it."""
        for i, line in enumerate(text.split("\n")):
            line = line.strip()
            if not line:
                continue
            if bullet := _BULLET.match(line):
                paragraph = self.doc.add_paragraph(line[bullet.end() :].strip(), style="List Bullet")
            else:
                paragraph = self.doc.add_paragraph(line)
                paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if leads_in(line):
                paragraph.paragraph_format.keep_with_next = True
            for rujukan in rujukan_hilang(line):
                self.placeholder(rujukan_placeholder(rujukan, bagian))
            # another period: the cell's verdict (its peringatan's), under the line naming it
            if named := self.narasi.lain.get(bagian, {}).get(i):
                self.placeholder(triwulan_placeholder(named, self.report.settings, bagian))
            if klaim := self.narasi.klaim.get(bagian, {}).get(i):  # a claim the figures deny
                self.placeholder(klaim)

    def lead(self, text: str = "", bold: str = ""):
        """A line introducing what follows (a list, a table): kept on the page of what it introduces."""
        paragraph = self.doc.add_paragraph(text)
        if bold:
            paragraph.add_run(bold).bold = True
        paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def narasi_or_placeholder(self, bagian: str) -> None:
        """Staff's text of a section; nothing where they typed "-" in an optional one; else what to
        write there."""
        text = self.narasi.get(bagian)
        if text:
            self.text(text, bagian)
        elif not self.narasi.kosong(bagian):
            self.placeholder(f'isi: {isi(bagian)} (sheet Narasi, Bagian "{bagian}")')

    def simple_table(
        self,
        headers: list[str],
        rows: list[list[str]],
        widths: list[float],
        emphasis: dict[int, str] | None = None,
        sizing: list[list[str]] | None = None,
        keep: set[int] | None = None,
    ):
        """A framed table with one repeated header row; ``emphasis``: row index -> "bold" / "total";
        ``sizing``: the rows its columns are sized over (default its own: another table's too, so that
        two tables of one caption stand column under column); ``keep``: row indexes printed on the page
        of the row after them."""
        table = self.doc.add_table(rows=1 + len(rows), cols=len(headers))
        table.autofit = False
        word.borders(table)
        # No column narrower than its longest word ("DISKOPINDAG" broke inside in Tabel 2.1)
        longest = [
            max(
                (len(w) for row in sizing or [headers, *rows] if i < len(row) for w in str(row[i]).split()),
                default=0,
            )
            for i in range(len(headers))
        ]
        cm = [Cm(w) for w in fit_widths(longest, widths, self.width_cm)]
        text_style = self.doc.styles[word.TABLE_TEXT].style_id
        figures = _figure_columns(rows, emphasis or {})
        for i, column in enumerate(table.columns):
            column.width = cm[i]
        for r, (row, values) in enumerate(zip(table.rows, [headers, *rows])):
            (word.no_split if r else word.repeat_header)(row)
            for i, cell in enumerate(row.cells):
                cell.width = cm[i]
                paragraph = cell.paragraphs[0]
                paragraph._p.style = text_style  # (the style setter looks the style up each time: slow)
                run = paragraph.add_run(str(values[i]) if i < len(values) else "")
                if r and keep and r - 1 in keep:
                    paragraph.paragraph_format.keep_with_next = True
                kind = (emphasis or {}).get(r - 1) if r else "header"
                if kind in ("header", "bold", "total"):
                    run.bold = True
                if kind == "header":
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    word.shade(cell, "#D9E1F2")
                elif kind == "total":
                    word.shade(cell, "#D9E1F2")
                if (
                    r
                    and values[i : i + 1]
                    and (_numeric(values[i]) or (i in figures and _figure_or_dash(values[i])))
                ):
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if str(values[i] if i < len(values) else "").startswith("[isi:"):
                    run.style = self.doc.styles[word.PLACEHOLDER]
        self.doc.add_paragraph()
        return table

    def layout_table(self, lay: SheetLayout, caption: str) -> None:
        self.caption_table(caption)
        add_layout_table(self.doc, lay, self.width_cm)
        for note in notes_below(lay):
            self.doc.add_paragraph(note, style=word.TABLE_TEXT).runs[0].italic = True
        self.doc.add_paragraph()

    def section(self, landscape: bool) -> None:
        section = word.new_section(self.doc, landscape)
        self.width_cm = word.text_width_cm(section)

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def signature(self) -> None:
        s = self.report.settings
        self.doc.add_paragraph()
        if not s.nama_kepala.strip():
            self.placeholder(
                "isi: tanda tangan (Nama Kepala, Jabatan Kepala, NIP Kepala di sheet Pengaturan)"
            )
            return
        tanggal = s.tanggal.strip() or tanggal_indonesia(tahun_lalu.today())  # as the sheets' signature block
        lines = [f"{s.tempat.strip()}, {tanggal}" if s.tempat.strip() else tanggal]
        if s.jabatan_kepala.strip():
            lines.append(s.jabatan_kepala.strip())
        lines += ["", "", ""]
        for line in lines:
            self.doc.add_paragraph(line, style=word.SIGNATURE)
        name = self.doc.add_paragraph(style=word.SIGNATURE).add_run(s.nama_kepala.strip())
        name.bold = name.underline = True
        if s.nip_kepala.strip():
            self.doc.add_paragraph(f"NIP. {s.nip_kepala.strip()}", style=word.SIGNATURE)
        # A date Pemeriksaan doubts (before the quarter's end, a quarter late, another place): marked
        # where the Kepala signs, as a Narasi text naming another quarter is.
        for finding in tahun_lalu.tanggal_doubted(self.report):
            self.placeholder(f"isi: {finding.pesan}; perbaiki {finding.sheet}!{finding.sel}")

    def not_drawn(self, items: list[str]) -> None:
        """Under a figure: what it leaves out and why (as the Grafik sheet lists them)."""
        if items:
            self.doc.add_paragraph(f"{TIDAK_DIGAMBAR} {'; '.join(items)}.")

    def figure(self, pngs: list[bytes] | None, caption: str) -> None:
        """The chart's pictures (one page's worth each, charts.PAGE_IN), the caption under the last."""
        if pngs is None:
            self.placeholder(
                "grafik tidak digambar: pasang pustaka grafik dengan `pip install lkj-xl[laporan]` "
                "(matplotlib), lalu buat ulang laporan ini"
            )
        else:
            section = self.doc.sections[-1]
            # a template's smaller page or wider margins: never a picture past the page's foot
            room_cm = (section.page_height - section.top_margin - section.bottom_margin) / 360000 - 2.5
            for png in pngs:
                width_px, height_px = struct.unpack(">II", png[16:24])  # the PNG's IHDR
                width_cm = min(self.width_cm, 16, room_cm * width_px / height_px)
                self.doc.add_picture(io.BytesIO(png), width=Cm(width_cm))
                self.doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
            self.doc.paragraphs[-1].paragraph_format.keep_with_next = True  # the caption beneath it
        self.caption_figure(caption)


def _numeric(value: object) -> bool:
    text = str(value).strip().replace(".", "").replace(",", "").replace("%", "")
    return text.isdigit()


# A figure as the tables write a target or a pagu: "3,63%", "400 IKM", "4.045,54 milyar",
# "Rp 1.491.388.500.000", "-Rp 800.000".
_FIGURE = re.compile(r"-?(?:Rp\s?)?-?\d[\d.,]*(?:\s?%|\s+\D.*)?")


def _figure_or_dash(value: object) -> bool:
    text = str(value).strip()
    return text == "-" or _FIGURE.fullmatch(text) is not None


def _figure_columns(rows: list[list[str]], emphasis: dict[int, str]) -> set[int]:
    """The columns of figures (the targets and pagu of Tabel 2.2-2.4): one figure at least, and in the
    rows not set apart (a heading row repeats the header inside the table) only figures or "-". Their
    figures and dashes stand right, with or without a unit, as one column ("3,63%" stood right and
    "4.045,54 milyar", "400 IKM" left)."""
    plain = [row for r, row in enumerate(rows) if r not in emphasis]
    width = max((len(row) for row in rows), default=0)
    return {
        i
        for i in range(width)
        if any(_FIGURE.fullmatch(str(row[i]).strip()) for row in rows if i < len(row))
        and all(_figure_or_dash(row[i]) for row in plain if i < len(row) and str(row[i]).strip())
    }


def _periode(report: Report) -> str:
    return c.periode_laporan(report.settings)


# --- chapters ---------------------------------------------------------------------------------------


def _front(d: _Draft) -> None:
    r = d.report
    d.heading("KATA PENGANTAR", 1)
    d.narasi_or_placeholder("Kata Pengantar")
    d.signature()
    d.page_break()
    d.heading("IKHTISAR EKSEKUTIF", 1)
    d.narasi_or_placeholder("Ikhtisar Eksekutif")
    d.lead(f"Ringkasan hasil pengukuran kinerja {_periode(r)} (dihitung dari data Kinerja dan Anggaran):")
    for group in r.ringkasan:
        if group.tingkat in ("Tujuan", "Sasaran", "Program"):
            for kalimat in group.kalimat:
                d.doc.add_paragraph(kalimat, style="List Bullet")
    if r.kinerja_kosong:  # the counts above are of the earlier quarters' capaian: as the mail says it
        d.doc.add_paragraph(r.kinerja_kosong)
    if r.total_penyerapan is not None:
        d.doc.add_paragraph(
            f"Realisasi anggaran {_periode(r)} sebesar Rp {rupiah(r.total_realisasi_anggaran)} dari pagu "
            f"Rp {rupiah(r.total_pagu)} ({serapan_persen(r.total_penyerapan, r.settings.desimal)})"
            + (
                f", {catatan}."
                if (catatan := pagu_catatan(r.budgets, r.settings, r.anggaran_kosong))
                else "."
            )
        )
    elif unreadable := r.galat_anggaran:
        d.doc.add_paragraph(
            f"Realisasi anggaran {_periode(r)} tidak dihitung karena "
            f"{galat_anggaran_teks(r.findings, unreadable)}."
        )
    d.page_break()
    for title, anchor_name in (("DAFTAR ISI", "isi"), ("DAFTAR TABEL", "tabel"), ("DAFTAR GAMBAR", "gambar")):
        d.heading(title, 1, in_toc=title != "DAFTAR ISI")
        d.anchors[anchor_name] = d.doc.add_paragraph()
        if title != "DAFTAR GAMBAR":
            d.page_break()


def _bab1(d: _Draft) -> None:
    d.heading("BAB I PENDAHULUAN", 1)
    d.narasi_or_placeholder("Pendahuluan")
    d.heading("1.1 Gambaran Umum", 2)
    for number, bagian in (
        ("1.1.1", "Struktur Organisasi"),
        ("1.1.2", "Tugas dan Fungsi"),
        ("1.1.3", "Sumber Daya Manusia"),
        ("1.1.4", "Sarana dan Prasarana"),
    ):
        title = {"Sumber Daya Manusia": "Sumber Daya Manusia (SDM) Perangkat Daerah"}.get(bagian, bagian)
        if bagian == "Struktur Organisasi":
            title = "Struktur Organisasi Perangkat Daerah"
        elif bagian == "Tugas dan Fungsi":
            title = "Tugas dan Fungsi Perangkat Daerah"
        elif bagian == "Sarana dan Prasarana":
            title = "Sumber Daya Sarana dan Prasarana"
        d.heading(f"{number} {title}", 3)
        d.narasi_or_placeholder(bagian)
    d.heading("1.2 Isu Strategis", 2)
    d.narasi_or_placeholder("Isu Strategis")


def _bab3(d: _Draft, layouts: dict[str, SheetLayout]) -> None:
    r, s = d.report, d.report.settings
    d.section(landscape=False)
    d.heading("BAB III AKUNTABILITAS KINERJA", 1)
    d.heading("3.1 Pengukuran Kinerja", 2)
    d.narasi_or_placeholder("Pengukuran Kinerja")
    d.doc.add_paragraph(
        f"Capaian kinerja dihitung menurut PermenPANRB Nomor 53 Tahun 2014. {POSITIF}: {RUMUS_POSITIF}. {RUMUS}"
    ).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    d.lead(f"Kriteria capaian kinerja ({s.skala}):")
    d.caption_table("Skala Nilai Kriteria Capaian Kinerja")
    if s.skala == c.SKALA_PERMENDAGRI:
        intervals = ["≥ 91%", "≥ 76% - < 91%", "≥ 66% - < 76%", "≥ 51% - < 66%", "< 51%"]
    else:
        intervals = ["> 90%", "> 75% - 90%", "> 65% - 75%", "> 50% - 65%", "≤ 50%"]
    rows = [[f"{i}.", interval, k] for i, (interval, k) in enumerate(zip(intervals, c.KRITERIA), start=1)]
    d.simple_table(["No", "Interval Nilai Capaian Kinerja", "Kriteria Capaian Kinerja"], rows, [1, 6, 6])

    d.section(landscape=True)
    d.heading(f"3.1.1 Capaian Kinerja Tujuan dan Sasaran Strategis {_periode(r)}", 3)
    d.layout_table(layouts["ts"], f"{capaian_tujuan_sasaran.TITLE} {_periode(r)}")
    if any(group.tingkat in ("Tujuan", "Sasaran") for group in r.ringkasan):
        d.lead("Berdasarkan hasil pengukuran kinerja pada tabel di atas dapat diketahui:")
        _sentences(d, ("Tujuan", "Sasaran"))
    else:
        d.doc.add_paragraph(teks.TANPA_TUJUAN_SASARAN[0].upper() + teks.TANPA_TUJUAN_SASARAN[1:])
    d.heading("3.1.2 Capaian Kinerja Program yang Menunjang Kinerja Sasaran", 3)
    d.layout_table(layouts["program"], f"{capaian_program.TITLE} {_periode(r)}")
    _sentences(d, ("Program", "Kegiatan", "Sub Kegiatan"))

    d.section(landscape=False)
    d.heading("3.1.3 Penyajian Data Kinerja", 3)
    narasi = {bagian.judul: bagian for bagian in analisis_capaian(r)}  # one text for sheet and document
    write_bagian(d.doc, narasi[teks.DATA])
    number = 1
    d.figure(
        d.charts.png(0),
        f"Gambar 3.{number} Capaian Kinerja Indikator Tujuan dan Sasaran {_periode(r)}",
    )
    d.not_drawn(charts.not_drawn(r)[0])
    for note in kosong_notes(r, kinerja=True):  # the earlier quarters' capaian: as Tabel 3.1
        d.doc.add_paragraph(note)

    d.heading("3.2 Analisis Capaian Kinerja", 2)
    d.heading(
        "3.2.1 Analisis Faktor Pendukung Keberhasilan, Faktor Penghambat dan Upaya/Solusi Mengatasi Hambatan",
        3,
    )
    write_bagian(d.doc, narasi[teks.FAKTOR])
    d.section(landscape=True)
    d.heading("3.2.2 Analisis Efisiensi Penggunaan Sumber Daya", 3)
    d.layout_table(layouts["efisiensi"], f"{efisiensi.TITLE} {_periode(r)}")
    write_bagian(d.doc, narasi[teks.EFISIENSI])
    d.section(landscape=False)
    d.heading("3.2.3 Analisis Program/Kegiatan yang Menunjang Keberhasilan atau Kegagalan", 3)
    write_bagian(d.doc, narasi[teks.PROGRAM])
    # Landscape as Tabel 3.1-3.3: on a portrait page the figures ("Galat (Anggaran!F4)", trillions)
    # left the Program column 4 cm, a DPA's program name wrapping to 8 lines.
    d.section(landscape=True)
    d.heading("3.2.4 Realisasi Anggaran", 3)
    if r.total_penyerapan is not None:
        d.lead(
            f"Anggaran {agency(s.perangkat_daerah, '')}{f' tahun {s.tahun_teks}' if s.tahun_teks else ''} "
            f"sebesar Rp {rupiah(r.total_pagu)} "
            f"dengan realisasi {_periode(r)} sebesar Rp {rupiah(r.total_realisasi_anggaran)} atau "
            f"{serapan_persen(r.total_penyerapan, s.desimal)}"
            + (f" ({catatan})" if (catatan := pagu_catatan(r.budgets, r.settings, r.anggaran_kosong)) else "")
            + ", dengan rincian sebagai berikut:"
        ).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    # (its note under the table names a program above its pagu: kalimat_program.melebihi_pagu_anggaran)
    d.layout_table(layouts["anggaran"], f"{realisasi_anggaran.TITLE} {_periode(r)}")
    d.section(landscape=False)
    number += 1
    d.figure(d.charts.png(1), f"Gambar 3.{number} Penyerapan Anggaran per Program {_periode(r)}")
    d.not_drawn(charts.not_drawn(r)[1])
    for note in kosong_notes(r, anggaran=True):  # bars of 0 % for a quarter nobody typed: as Tabel 3.4
        d.doc.add_paragraph(note)


def _sentences(d: _Draft, tingkat: tuple[str, ...]) -> None:
    for group in d.report.ringkasan:
        if group.tingkat in tingkat:
            d.lead(bold=group.tingkat)
            for kalimat in group.kalimat:
                d.doc.add_paragraph(kalimat, style="List Bullet")


def _bab4(d: _Draft) -> None:
    d.heading("BAB IV PENUTUP", 1)
    d.narasi_or_placeholder("Penutup")
    # The conclusions: the measurement's sentences, the budget, the Analisis sheet's follow-up.
    # Staff's own Penutup / Tindak Lanjut (Narasi) stand for the generated opening and follow-up:
    # printing both said each thing twice (the example holds the seed's, l.973 and l.1000).
    own = d.narasi.get("Penutup") or ""
    penutup = teks.penutup(
        d.report,
        pembuka=not own,
        daftar_sasaran=own.rstrip().endswith(":"),
        tindak_lanjut=not d.narasi.get("Tindak Lanjut"),
    )
    write_bagian(d.doc, penutup)
    d.narasi_or_placeholder("Tindak Lanjut")
    d.signature()


def _lampiran(d: _Draft) -> None:
    r = d.report
    tahun = f" Tahun {r.settings.tahun_teks}" if r.settings.tahun_teks else ""  # (unreadable: "Tahun ?")
    d.section(landscape=False)
    d.heading("LAMPIRAN", 1)
    d.heading(f"Lampiran 1 Perjanjian Kinerja{tahun}", 2)
    perjanjian(d, f"Tabel L.1 Perjanjian Kinerja{tahun}")
    d.signature()
    d.section(landscape=True)
    d.heading("Lampiran 2 Matriks Tujuan, Sasaran, Program, Kegiatan dan Sub Kegiatan", 2)
    d.caption_table(f"Tabel L.2 Matriks Tujuan, Sasaran, Program, Kegiatan dan Sub Kegiatan{tahun}")
    rows, emphasis = [], {}
    # The PK's target as signed, and after the APBD-P the Target Perubahan beside it (as Tabel L.1)
    revised = any(ind.target_pk is not None for ind in r.indicators)
    for node in r.nodes():
        for i, ind in enumerate(node.indicators or [None]):
            if i == 0 and node.tingkat in ("Tujuan", "Sasaran"):
                emphasis[len(rows)] = "bold"
            rows.append(
                [
                    node.kode if i == 0 else "",
                    node.tingkat if i == 0 else "",
                    ("  " * node.depth + node.uraian) if i == 0 else "",
                    ind.indikator if ind else "-",
                    ind.satuan if ind else "",
                    *pk_targets(d, ind, satuan=False)[: 1 + revised],
                ]
            )
    d.simple_table(
        ["Kode", "Tingkat", "Uraian", "Indikator", "Satuan", *target_headers(tahun, revised)],
        rows,
        [2, 2.5, 7, 6, 2, 3, 3] if revised else [2, 2.5, 8, 7, 2.5, 3.5],
        emphasis,
    )


# --- the document -----------------------------------------------------------------------------------


def draft(report: Report, narasi: Narasi, template: Path | None = None, *, for_pdf: bool = False):
    """The LKjIP document of ``report`` as a python-docx Document (not yet saved).

    ``for_pdf``: the lists (Daftar Isi/Tabel/Gambar) as plain entries whose page numbers LibreOffice
    computes, instead of TOC fields (which Word updates, LibreOffice does not)."""
    from lkj_xl.laporan.template import apply_template

    doc = Document(str(template)) if template is not None else None
    doc = apply_template(doc, report, narasi)
    word.update_fields_on_open(doc)
    layouts = {
        "ts": capaian_tujuan_sasaran.layout(report),
        "program": capaian_program.layout(report),
        "efisiensi": efisiensi.layout(report),
        "anggaran": realisasi_anggaran.layout(report),
    }
    d = _Draft(doc, report, narasi, shown_figures(report, layouts["program"]))
    # Gambar 3.1 and 3.2 are drawn beside the rest of the work (see charts.Drawing).
    d.charts = charts.Drawing([charts.capaian_data(report, d.shown), charts.penyerapan_data(report)])
    try:
        _chapters(d, layouts)
    finally:
        d.charts.close()
    if for_pdf:  # the .docx keeps plain text: staff search for it, paste it into Excel
        word.join_cell_references(doc)
        word.join_signs_to_numbers(doc)
    return _lists(d, doc, for_pdf)


def _chapters(d: _Draft, layouts: dict) -> None:
    doc = d.doc
    d.width_cm = word.text_width_cm(doc.sections[-1])
    _front(d)
    # The chapters start page 1 in arabic numerals; the front matter before is numbered i, ii, ...
    word.page_numbers(doc.sections[0], fmt="lowerRoman")
    section = word.new_section(doc, landscape=False)
    word.page_numbers(section, fmt="decimal", start=1)
    _bab1(d)
    d.page_break()
    bab2(d)
    _bab3(d, layouts)
    d.page_break()
    _bab4(d)
    _lampiran(d)


def _lists(d: _Draft, doc, for_pdf: bool):
    """Daftar Isi, Daftar Tabel and Daftar Gambar, once every heading and caption is written."""
    width = word.text_width_cm(doc.sections[0])
    toc_fields = [
        word.fill_toc(
            d.anchors["isi"], 'TOC \\o "1-3" \\h \\z \\u', d.toc, width, "[Daftar isi: perbarui field]"
        ),
        word.fill_toc(
            d.anchors["tabel"],
            f'TOC \\h \\z \\t "{word.CAPTION_TABLE},1"',
            d.tabel,
            width,
            "Tidak ada tabel.",
        ),
        word.fill_toc(
            d.anchors["gambar"],
            f'TOC \\h \\z \\t "{word.CAPTION_FIGURE},1"',
            d.gambar,
            width,
            "Tidak ada gambar.",
        ),
    ]
    if for_pdf:
        for parts in toc_fields:
            word.unwrap_fields(parts)
    return doc
