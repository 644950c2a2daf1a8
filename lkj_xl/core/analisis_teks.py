"""The narrative of Bab III's analysis and Bab IV's conclusions (issue 11), written from one Report.

For each Tujuan and Sasaran, in Bahasa Indonesia as the seed report writes it (seed 3.1.3, 3.2.1-3.2.3,
Bab IV): target, realisasi, capaian and kriteria (or why it is not known), the comparison with last
year, the Renstra end target and the national standard; the factors, obstacles, remedies and follow-up
typed in the Analisis sheet as numbered points; the programs and activities beneath it with their
figures and budget; the efficiency paragraph; the closing conclusions.

The output is plain data (:class:`Bagian` of :class:`Blok`), written as the ``Analisis Capaian`` sheet
(``lkj_xl.core.tables.analisis_capaian``) and into the LKjIP document (``lkj_xl.laporan.document``):
one computation, every figure taken from the Report and shown as the tables show it (Indonesian
separators, the scale word it was typed with, a capaian with the decimals that agree with its
kriteria). Pure: standard library only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.angka_teks import angka_catatan
from lkj_xl.core.findings import galat_anggaran_teks
from lkj_xl.core.formulas import efisiensi_row_decimals, efisiensi_shown, penyerapan_decimals
from lkj_xl.core.kalimat import (
    anggaran_tanpa_indikator,
    angka_indikator,
    capaian_teks,
    daftar,
    data_sampai,
    hasil_kalimat,
    kosong_notes,
    melebihi_pagu_teks,
    nama_node,
    pagu_catatan,
    pagu_perubahan,
    pembanding_kalimat,
    persen,
    rupiah,
    satuan_beda,
    sd,
    tahun_lalu_kalimat,
    target_perubahan,
)
from lkj_xl.core.model import AnalisisEntry, EfisiensiRow, Finding, IndicatorResult, Node, Report, Settings
from lkj_xl.core.numbers import format_number, to_fraction
from lkj_xl.core.penyerapan import serapan_persen
from lkj_xl.core.rata_capaian import rata_rata

# Kinds of block: a section title, a node heading, a paragraph, a numbered point.
JUDUL, SUBJUDUL, PARAGRAF, BUTIR = "judul", "subjudul", "paragraf", "butir"

DATA = "3.1.3 Penyajian Data Kinerja"
FAKTOR = "3.2.1 Analisis Faktor Pendukung Keberhasilan, Faktor Penghambat dan Upaya/Solusi Mengatasi Hambatan"
EFISIENSI = "3.2.2 Analisis Efisiensi Penggunaan Sumber Daya"
PROGRAM = "3.2.3 Analisis Program/Kegiatan yang Menunjang Keberhasilan atau Kegagalan Pencapaian Kinerja"
PENUTUP = "Kesimpulan (Bab IV Penutup)"

ANALISIS_KOSONG = "belum diisi di lembar Analisis"
TANPA_TUJUAN_SASARAN = (
    "lembar Kinerja belum memuat tujuan dan sasaran strategis beserta indikatornya, sehingga capaian "
    "kinerja tujuan dan sasaran strategis belum dapat disimpulkan."
)


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


def _entries(report: Report, kode: str) -> list[AnalisisEntry]:
    key = kode.strip().casefold()
    return [e for e in report.analisis if e.kode.strip().casefold() == key]


def _faktor(
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


# --- 3.1.3 and 3.2.1: each Tujuan and Sasaran ------------------------------------------------------


def _labels(report: Report) -> dict[int, str]:
    """id(node) -> "Tujuan 1: ...", "Sasaran Strategis 2: ..." numbered through the report (as the
    tables number them)."""
    counters: dict[str, int] = {}
    out = {}
    for node in report.nodes():
        if node.tingkat in LABEL:
            counters[node.tingkat] = counters.get(node.tingkat, 0) + 1
            out[id(node)] = f"{LABEL[node.tingkat]} {counters[node.tingkat]}: {node.uraian}"
    return out


def _top_nodes(report: Report) -> list[Node]:
    return [n for n in report.nodes() if n.tingkat in LABEL]


def penyajian_data(report: Report) -> Bagian:
    """3.1.3: per Tujuan/Sasaran, the paragraph of each indicator with its comparisons."""
    s = report.settings
    bagian = Bagian(DATA)
    labels = _labels(report)
    for node in _top_nodes(report):
        bagian.subjudul(labels[id(node)])
        if not node.indicators:
            bagian.paragraf(f"{node.tingkat} ini belum memiliki indikator di lembar Kinerja.")
        for ind in node.indicators:
            kind = "tujuan" if node.tingkat == "Tujuan" else ""
            subject = f"{node.tingkat} ini diukur dengan menggunakan indikator {kind} ".replace("  ", " ")
            bagian.paragraf(f"{subject}{ind.indikator} yang {hasil_kalimat(ind, s)}.")
            bagian.paragraf(" ".join(pembanding_kalimat(ind, s)))
            if ind.formulasi:
                bagian.paragraf(f"Formulasi: {ind.formulasi}.".replace("..", "."))
            if ind.sumber_data:
                bagian.paragraf(f"Sumber data: {ind.sumber_data}.".replace("..", "."))
    return bagian


def _capaian_node(node: Node, settings: Settings) -> str:
    """ "capaian kinerja s.d. ... sebesar 71,24% (kriteria sedang)" or why it is not known."""
    periode = sd(settings)
    if node.capaian is not None:
        shown = capaian_teks(node.capaian_exact, node.capaian, settings)
        text = f"capaian kinerja {periode} sebesar {shown} (kriteria {(node.kriteria or '').lower()})"
        text += "".join(satuan_beda(i) for i in node.indicators if i.capaian_exact is not None)
        left_out = [i for i in node.indicators if i.capaian_exact is None]
        if not left_out:  # one figure for several indicators: which it averages (as Tabel 3.3's Catatan)
            return f"{text}, {mean}" if (mean := rata_rata(node, settings)) else text
        # The mean of the measured indicators (README): said, since the sentence names them all.
        why = daftar([f"{i.indikator} {_tanpa_capaian(i)}" for i in left_out])
        measured = len(node.indicators) - len(left_out)
        return f"{text}, rata-rata {measured} dari {len(node.indicators)} indikator ({why})"
    galat = [i for i in node.indicators if i.galat]
    if galat:
        cells = ", ".join(cell for i in galat for cell in i.galat)
        return f"capaian kinerja {periode} tidak dihitung karena terdapat galat pada sel {cells}"
    why = daftar(sorted({i.status for i in node.indicators if i.status}))
    return f"capaian kinerja {periode} belum diketahui{f' ({why})' if why else ''}"


def _tanpa_capaian(ind: IndicatorResult) -> str:
    """Why an indicator has no capaian, in a few words."""
    if ind.galat:
        return f"galat di sel {', '.join(ind.galat)}"
    if ind.realisasi_text:  # a grade below its target
        return f"tanpa capaian persen: {ind.status}"
    return f"belum diketahui: {ind.status}" if ind.status else "belum diketahui"


def faktor(report: Report) -> Bagian:
    """3.2.1: per Tujuan/Sasaran its capaian and comparison, then the Analisis points."""
    s = report.settings
    bagian = Bagian(FAKTOR)
    bagian.paragraf(
        "Untuk mencapai kinerja yang optimal, terdapat berbagai faktor pendukung, faktor penghambat, dan "
        "upaya yang dapat dilakukan untuk meningkatkan kinerja dan mencapai kinerja sesuai target yang "
        "telah ditetapkan. Berikut adalah analisis lebih lanjut mengenai hal ini:"
    )
    labels = _labels(report)
    for node in _top_nodes(report):
        bagian.subjudul(labels[id(node)])
        names = daftar([i.indikator for i in node.indicators]) or "-"
        # last year's comparison only (3.1.3 gives every comparison), whatever its words
        comparisons = [
            tahun_lalu_kalimat(ind, s) for ind in node.indicators if ind.pembanding.tahun_lalu is not None
        ]
        text = f"{nama_node(node.tingkat, node.uraian)} dengan indikator {names}, {_capaian_node(node, s)}."
        bagian.paragraf(" ".join([text, *comparisons]))
        subject = f"tercapainya {node.tingkat.lower()} ini"
        if not _faktor(bagian, _entries(report, node.kode), subject, findings=report.findings):
            bagian.paragraf(
                f"Faktor pendukung, faktor penghambat dan upaya/solusi {node.tingkat.lower()} ini "
                f"{ANALISIS_KOSONG} (kode {node.kode})."
            )
    return bagian


# --- 3.2.2 efficiency ------------------------------------------------------------------------------


def efisiensi_kalimat(row: EfisiensiRow, settings: Settings, findings: Sequence[Finding] = ()) -> str:
    """Seed 3.2.2: capaian x% against penyerapan y%, efisien or not; or why it is not known (a budget
    galat in its own words, from ``findings``: the report's)."""
    subject = nama_node(row.tingkat, row.uraian)
    if row.galat_anggaran:
        return (
            f"{subject}: tingkat efisiensinya tidak dihitung karena "
            f"{galat_anggaran_teks(findings, row.galat_anggaran)}."
        )
    if row.pagu == 0:  # programs are mapped to it, with a pagu of nought (a peringatan at each)
        return (
            f"{subject}: pagu anggaran program yang dipetakan kepadanya {rupiah(0)}, sehingga penyerapan "
            "anggaran dan tingkat efisiensinya tidak dapat dihitung (lihat peringatan di sheet Pemeriksaan)."
        )
    if row.pagu is None or row.penyerapan is None:
        return (
            f"{subject}: belum ada anggaran program yang dipetakan kepadanya di lembar Anggaran, sehingga "
            "tingkat efisiensinya belum dapat dihitung."
        )

    dari_pagu = f"(realisasi {rupiah(row.realisasi_anggaran or 0)} dari pagu {rupiah(row.pagu)})"

    def serapan_teks(penyerapan: float | Fraction, decimals: int) -> str:
        return f"penyerapan anggaran sebesar {persen(penyerapan, decimals)} {dari_pagu}"

    serapan = serapan_teks(row.penyerapan, penyerapan_decimals(row.penyerapan, settings.desimal))
    if row.capaian is None or row.efisiensi is None:
        status = row.status or c.BELUM_DIKETAHUI
        cells = status[len(c.GALAT_LABEL) :].strip().removeprefix("(").removesuffix(")")
        if status.startswith(c.GALAT_LABEL) and cells:  # "Galat (Kinerja!I4)": say which cell, once
            why = f"terdapat galat pada sel {cells} sehingga capaian kinerjanya tidak dihitung"
        elif status.startswith(c.GALAT_LABEL):
            why = "capaian kinerjanya tidak dihitung (galat)"
        else:
            why = f"capaian kinerjanya belum diketahui ({status})"
        return f"{subject}: {serapan}; tingkat efisiensinya belum dapat dihitung karena {why}."
    exact = row.efisiensi_exact if row.efisiensi_exact is not None else to_fraction(row.efisiensi)
    # the capaian and penyerapan with the decimals Tabel 3.3 shows them with: their difference's sign
    exact_capaian = row.capaian_exact if row.capaian_exact is not None else to_fraction(row.capaian)
    points, decimals = efisiensi_shown(exact_capaian, exact, settings.skala, settings.desimal)  # as shown
    shown_capaian, shown_serapan = efisiensi_row_decimals(
        exact_capaian, exact, settings.skala, settings.desimal
    )
    capaian = persen(exact_capaian, shown_capaian)
    serapan = serapan_teks(exact_capaian - exact, shown_serapan)
    verdict = (
        "efisien: capaian kinerja "
        # 0 poin is Efisien too (Tabel 3.3); 0,004 shown 0,00 beside figures shown equal: sama dengan
        + ("melampaui" if points > 0 else "sama dengan")
        + " penyerapan anggaran"
        if exact >= 0
        else "tidak efisien: penyerapan anggaran melampaui capaian kinerja, belanja belum sepenuhnya "
        "memberikan kontribusi yang proporsional terhadap capaian kinerja"
    )
    catatan = f" Catatan: {row.catatan}." if row.catatan else ""
    return (
        f"{subject}: capaian kinerja sebesar {capaian}, sedangkan {serapan}, sehingga tingkat "
        f"efisiensinya {format_number(points, decimals)} poin; penggunaan sumber daya tergolong "
        f"{verdict}.{catatan}".replace("..", ".")
    )


def efisiensi(report: Report) -> Bagian:
    bagian = Bagian(EFISIENSI)
    bagian.paragraf(
        "Akuntabilitas anggaran dihitung dari setiap tujuan dan sasaran yang didukung dengan berbagai "
        "program dan kegiatan (Tabel 3.3): tingkat efisiensi adalah capaian kinerja dikurangi "
        "persentase penyerapan anggaran, dalam poin persentase."
    )
    for row in report.efisiensi:
        bagian.paragraf(efisiensi_kalimat(row, report.settings, report.findings))
    # a verdict ("tergolong efisien") on a quarter nobody has typed yet: as Tabel 3.3 notes it
    for note in kosong_notes(report, kinerja=True, anggaran=True) if report.efisiensi else []:
        bagian.paragraf(note)
    return bagian


# --- 3.2.3 programs and activities -----------------------------------------------------------------


def _indikator_hasil(ind: IndicatorResult, settings: Settings) -> str:
    """ "target T dan realisasi R sehingga capaiannya C tergolong K" (seed 3.2.3), or why unknown."""
    a = angka_indikator(ind, settings)
    if ind.galat:
        # an unreadable target has no figure to name (its text is the galat label, as in 3.1.3)
        readable = ind.target is not None or ind.skala_predikat
        target = (
            f"target {a.target}{target_perubahan(ind)}" if readable else "target yang tidak dapat dipakai"
        )
        return f"{target}; capaiannya tidak dihitung karena terdapat galat pada sel {', '.join(ind.galat)}"
    target = f"target {a.target}{target_perubahan(ind)}"
    if not a.capaian:
        if ind.realisasi_text:  # a grade below its target: no capaian is invented
            return f"{target} dan realisasi {a.realisasi}, di bawah target; capaian (%) tidak dihitung"
        if ind.realisasi is None:
            why = ind.status or "belum ada realisasi"
            return f"{target}, realisasinya belum diketahui ({why}) sehingga capaiannya belum diketahui"
        return f"{target} dan realisasi {a.realisasi}, sehingga capaiannya belum diketahui"
    return (
        f"{target} dan realisasi {a.realisasi}{data_sampai(ind, settings)} sehingga capaiannya "
        f"{a.capaian}{satuan_beda(ind)} tergolong "
        f"{a.kriteria.lower()}"
    )


def _anggaran_kalimat(node: Node, report: Report) -> str:
    settings, findings = report.settings, report.findings
    if node.galat_anggaran:
        return f"Anggaran program ini tidak dihitung karena {galat_anggaran_teks(findings, node.galat_anggaran)}."
    if node.pagu is None:
        return "Anggaran program ini tidak tercatat di lembar Anggaran."
    # (spent above the pagu by sen, "melebihi pagu sebesar Rp 0,40": both amounts with their sen, as
    # every amount: styles.amount_decimals)
    text = (
        f"Anggaran program ini sebesar {rupiah(node.pagu)}{pagu_perubahan(node.pagu_perubahan, node.pagu_pk)}"
    )
    if node.realisasi_anggaran is not None:
        text += f" dengan realisasi {sd(settings)} sebesar {rupiah(node.realisasi_anggaran)}"
    if node.penyerapan is not None:
        text += f" atau penyerapan {serapan_persen(node.penyerapan, settings.desimal)}"
        rows = {b.row for b in report.budgets if b.kode == node.kode}
        text += melebihi_pagu_teks(node.realisasi_anggaran, node.pagu, rows, findings)
    return text + "."


def _node_kalimat(node: Node, settings: Settings) -> str:
    """A program's or activity's indicators with their figures, in one sentence."""
    name = nama_node(node.tingkat, node.uraian)
    if not node.indicators:
        return f"{name} (tanpa indikator)"
    if len(node.indicators) == 1:
        ind = node.indicators[0]
        return f"{name} dengan indikator {ind.indikator}, {_indikator_hasil(ind, settings)}"
    parts = [f"{ind.indikator}: {_indikator_hasil(ind, settings)}" for ind in node.indicators]
    return f"{name} dengan {len(parts)} indikator, yaitu " + "; ".join(parts)


def _program(bagian: Bagian, report: Report, program: Node, number: int) -> None:
    s = report.settings
    text = f"{_node_kalimat(program, s)}. {_anggaran_kalimat(program, report)}"
    bagian.blok.append(Blok(BUTIR, text, nomor_butir(number, "1)"), 0))
    _faktor(bagian, _entries(report, program.kode), "program ini", tingkat=1, findings=report.findings)
    kegiatan = program.children
    if kegiatan:
        count = len(kegiatan)
        lead = f"Program ini diwujudkan dalam pelaksanaan {count} kegiatan sebagai berikut:"
        bagian.blok.append(Blok(BUTIR, lead, "", 1))
        for child in kegiatan:
            bagian.blok.append(Blok(BUTIR, f"{_node_kalimat(child, s)}.", "-", 1))
            _faktor(bagian, _entries(report, child.kode), "kegiatan ini", tingkat=2, findings=report.findings)
            for sub in child.children:
                bagian.blok.append(Blok(BUTIR, f"{_node_kalimat(sub, s)}.", "-", 2))


def _rekap(programs: list[Node]) -> str:
    """How the program indicators under a Sasaran fared (seed 3.2.3's closing sentence, from data)."""
    inds = [i for p in programs for i in p.indicators]
    if not inds:
        return ""
    tercapai = sum(1 for i in inds if i.capaian_exact is not None and i.capaian_exact >= 100)
    belum = sum(
        1
        for i in inds  # (a grade below its target has no capaian and is below target: summary counts it so)
        if (i.capaian_exact is not None and i.capaian_exact < 100)
        or (i.realisasi_text and i.capaian_exact is None)
    )
    # Counted as the summary counts them (lkj_xl.core.summary): a galat is not "belum diketahui"
    galat = [i for i in inds if i.capaian_exact is None and i.galat]
    unknown = len(inds) - tercapai - belum - len(galat)
    # Only the groups that hold indicators ("0 indikator" is no Indonesian a reader expects); none met
    # is said in words, as the summary says it ("Tidak ada ..."): the reader looks for it first.
    parts = [
        f"{belum} indikator di bawah target" if belum else "",
        f"{unknown} indikator belum diketahui capaiannya" if unknown else "",
    ]
    if galat:
        cells = ", ".join(cell for i in galat for cell in i.galat)
        parts.append(f"{len(galat)} indikator tidak dihitung karena isiannya galat (sel {cells})")
    lead = f"Dari {len(inds)} indikator program yang menunjang sasaran ini"
    if not tercapai:
        return f"{lead}, tidak ada yang mencapai target (capaian ≥ 100%): {daftar(parts)}."
    return f"{lead}, {daftar([f'{tercapai} indikator mencapai target (capaian ≥ 100%)', *parts])}."


def program_kegiatan(report: Report) -> Bagian:
    """3.2.3: per Tujuan its indicator, per Sasaran the programs that support it with their kegiatan."""
    s = report.settings
    bagian = Bagian(PROGRAM)
    opd = s.perangkat_daerah.strip() or "perangkat daerah"
    bagian.paragraf(
        f"Dalam pencapaian kinerja tujuan dan sasaran {opd} ditunjang oleh program dan kegiatan yang "
        "mendukung keberhasilan ataupun kegagalan pencapaian kinerja tersebut. Adapun program tersebut "
        "dapat dijabarkan sebagai berikut:"
    )
    labels = _labels(report)
    for node in _top_nodes(report):
        bagian.subjudul(labels[id(node)])
        for ind in node.indicators:
            bagian.paragraf(f"Indikator {ind.indikator} dengan {_indikator_hasil(ind, s)}.")
        programs = [child for child in node.children if child.tingkat not in LABEL]
        if node.tingkat == "Tujuan" and not programs:
            # its pagu in Tabel 3.3 may still hold a program without indicators counted toward it
            if lain := anggaran_tanpa_indikator(node, report, juga=bool(node.children)):
                bagian.paragraf(lain)
            continue
        names = daftar([i.indikator for i in node.indicators]) or "-"
        if not programs:  # its budget may still come from programs without indicators (below)
            bagian.paragraf(
                f"{node.tingkat} ini diukur dengan indikator {names}; belum ada program yang dipetakan "
                "kepadanya di lembar Kinerja."
            )
        else:
            bagian.paragraf(
                f"{node.tingkat} ini diukur dengan indikator {names} ditunjang oleh {len(programs)} "
                "program yaitu:"
            )
            for number, program in enumerate(programs, start=1):
                _program(bagian, report, program, number)
            bagian.paragraf(_rekap(programs))
        if lain := anggaran_tanpa_indikator(node, report, juga=bool(programs)):
            bagian.paragraf(lain)
    return bagian


# --- Bab IV ----------------------------------------------------------------------------------------


def penutup(
    report: Report, *, pembuka: bool = True, daftar_sasaran: bool = False, tindak_lanjut: bool = True
) -> Bagian:
    """Bab IV: the goals and targets, what the measurement shows, the budget, the follow-up.

    The Word report passes ``pembuka=False`` / ``tindak_lanjut=False`` where staff wrote that part in
    the Narasi sheet (Bagian "Penutup" / "Tindak Lanjut"): their text stands for it, said once;
    ``daftar_sasaran``: their text leads into the Sasaran ("menetapkan empat sasaran ... antara lain
    :", seed l.973), which follow as points."""
    s = report.settings
    bagian = Bagian(PENUTUP)
    opd = s.perangkat_daerah.strip() or "perangkat daerah"
    tujuan = [n for n in report.nodes() if n.tingkat == "Tujuan"]
    sasaran = [n for n in report.nodes() if n.tingkat == "Sasaran"]
    if pembuka:
        bagian.paragraf(_pembuka_penutup(opd, s, tujuan, sasaran))
    elif daftar_sasaran and sasaran:
        bagian.butir([n.uraian for n in sasaran])
    groups = [g for g in report.ringkasan if g.tingkat in LABEL and g.kalimat]
    if groups:
        bagian.paragraf("Berdasarkan hasil pengukuran kinerja dapat diketahui:")
    for group in groups:
        bagian.subjudul(LABEL[group.tingkat])
        bagian.butir(group.kalimat)
    if report.total_pagu is None or report.total_realisasi_anggaran is None:
        # An unreadable budget cell: no total is printed that would leave it out.
        what = (
            f"Anggaran {opd} sebesar {rupiah(report.total_pagu)}; realisasinya"
            if report.total_pagu is not None
            else f"Anggaran {opd} dan realisasinya"
        )
        bagian.paragraf(
            f"{what} {sd(s)} tidak dijumlahkan karena "
            f"{galat_anggaran_teks(report.findings, report.galat_anggaran)}."
        )
    elif report.total_pagu:
        serapan = (
            f" atau {serapan_persen(report.total_penyerapan, s.desimal)}"
            if report.total_penyerapan is not None
            else ""
        )
        # as the mail and the Word report say it
        catatan = pagu_catatan(report.budgets, s, report.anggaran_kosong)
        bagian.paragraf(
            f"Anggaran {opd} sebesar {rupiah(report.total_pagu)} terealisasi {sd(s)} sebesar "
            f"{rupiah(report.total_realisasi_anggaran)}{serapan}" + (f" ({catatan})." if catatan else ".")
        )
    if not tindak_lanjut:
        return bagian
    bagian.paragraf(
        f"Berdasarkan hasil kinerja yang telah dicapai {sd(s)}, tindak lanjut dan upaya yang dapat "
        "dilaksanakan sehingga dapat mempertahankan dan/atau meningkatkan kinerja, sebagai berikut:"
    )
    wrote = False
    labels = _labels(report)
    for node in report.nodes():
        points = [p for e in _entries(report, node.kode) for p in e.tindak_lanjut]
        if points:
            bagian.subjudul(labels.get(id(node), nama_node(node.tingkat, node.uraian)))
            bagian.butir(points)
            wrote = True
    if not wrote:
        bagian.paragraf(f"Tindak lanjut {ANALISIS_KOSONG} (kolom Tindak Lanjut).")
    return bagian


def _pembuka_penutup(opd: str, s: Settings, tujuan: list[Node], sasaran: list[Node]) -> str:
    """Bab IV's opening: the goals and the Sasaran set for them (seed l.973)."""
    text = f"Berdasarkan analisis capaian kinerja {opd} {sd(s)}, "
    if tujuan:
        text += f"tujuan rencana strategis {opd} adalah {daftar([n.uraian for n in tujuan])}. "
    if sasaran:
        text += (
            f"Untuk mewujudkan tujuan tersebut ditetapkan {len(sasaran)} sasaran strategis, yaitu "
            f"{daftar([n.uraian for n in sasaran])}."
        )
    if not tujuan and not sasaran:  # only programs typed so far: nothing to conclude from yet
        text += TANPA_TUJUAN_SASARAN
    return text.strip()


def analisis_capaian(report: Report) -> list[Bagian]:
    """The whole narrative, in the order of the report: 3.1.3, 3.2.1, 3.2.2, 3.2.3, Bab IV."""
    return [
        penyajian_data(report),
        faktor(report),
        efisiensi(report),
        program_kegiatan(report),
        penutup(report),
    ]
