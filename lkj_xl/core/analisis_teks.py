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

3.2.2 is written in lkj_xl.core.analisis_efisiensi, 3.2.3 in lkj_xl.core.analisis_program; the pieces
every section shares (Bagian, Blok, the Analisis sheet's points) are in lkj_xl.core.analisis_bagian.
"""

from __future__ import annotations

from lkj_xl.core import contract as c
from lkj_xl.core.analisis_bagian import (
    DATA,
    FAKTOR,
    LABEL,
    PENUTUP,
    Bagian,
    analisis_entries,
    faktor_butir,
    node_labels,
    top_nodes,
)

# (re-exported: the titles by which a caller finds these sections in analisis_capaian's list)
from lkj_xl.core.analisis_bagian import EFISIENSI as EFISIENSI
from lkj_xl.core.analisis_bagian import PROGRAM as PROGRAM
from lkj_xl.core.analisis_efisiensi import efisiensi
from lkj_xl.core.analisis_program import program_kegiatan
from lkj_xl.core.angka_teks import angka_catatan
from lkj_xl.core.galat_sebab import galat_anggaran_teks
from lkj_xl.core.kalimat import (
    capaian_teks,
    daftar,
    data_sampai,
    hasil_kalimat,
    nama_node,
    pagu_catatan,
    rupiah,
    sd,
    skala_beda_teks,
)
from lkj_xl.core.kalimat_pembanding import pembanding_kalimat, tahun_lalu_kalimat
from lkj_xl.core.model import IndicatorResult, Node, Report, Settings
from lkj_xl.core.penyerapan import serapan_persen
from lkj_xl.core.rata_capaian import rata_rata

ANALISIS_KOSONG = "belum diisi di lembar Analisis"
TANPA_TUJUAN_SASARAN = (
    "lembar Kinerja belum memuat tujuan dan sasaran strategis beserta indikatornya, sehingga capaian "
    "kinerja tujuan dan sasaran strategis belum dapat disimpulkan."
)


# --- 3.1.3 and 3.2.1: each Tujuan and Sasaran ------------------------------------------------------


def penyajian_data(report: Report) -> Bagian:
    """3.1.3: per Tujuan/Sasaran, the paragraph of each indicator with its comparisons."""
    s = report.settings
    bagian = Bagian(DATA)
    labels = node_labels(report)
    for node in top_nodes(report):
        bagian.subjudul(labels[id(node)])
        if not node.indicators:
            bagian.paragraf(f"{node.tingkat} ini belum memiliki indikator di lembar Kinerja.")
        for ind in node.indicators:
            kind = "tujuan" if node.tingkat == "Tujuan" else ""
            subject = f"{node.tingkat} ini diukur dengan menggunakan indikator {kind} ".replace("  ", " ")
            hasil = hasil_kalimat(ind, s)
            bagian.paragraf(f"{subject}{ind.indikator} yang {hasil}.")
            # a realisasi of the earlier quarters only said there in full: the comparison names them only
            sampai = data_sampai(ind, s)
            bagian.paragraf(" ".join(pembanding_kalimat(ind, s, bool(sampai) and sampai in hasil)))
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
        # once for the node's indicators in another scale, never a note per indicator in one sentence
        scored = [i for i in node.indicators if i.capaian_exact is not None]
        several = [i.indikator for i in scored if i.satuan_beda] if len(node.indicators) > 1 else []
        if note := skala_beda_teks(scored, several):
            text += f" ({note})"
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


def _untuk(ind: IndicatorResult, kalimat: str, several: bool) -> str:
    """``kalimat`` about ``ind`` led by its name when its node has ``several`` indicators."""
    return f"Untuk indikator {ind.indikator}, {kalimat[:1].lower()}{kalimat[1:]}" if several else kalimat


def faktor(report: Report) -> Bagian:
    """3.2.1: per Tujuan/Sasaran its capaian and comparison, then the Analisis points."""
    s = report.settings
    bagian = Bagian(FAKTOR)
    bagian.paragraf(
        "Untuk mencapai kinerja yang optimal, terdapat berbagai faktor pendukung, faktor penghambat, dan "
        "upaya yang dapat dilakukan untuk meningkatkan kinerja dan mencapai kinerja sesuai target yang "
        "telah ditetapkan. Berikut adalah analisis lebih lanjut mengenai hal ini:"
    )
    labels = node_labels(report)
    for node in top_nodes(report):
        bagian.subjudul(labels[id(node)])
        names = daftar([i.indikator for i in node.indicators]) or "-"
        # last year's comparison only (3.1.3 gives every comparison), whatever its words; of several
        # indicators each names its own (two percentages side by side say nothing of which rose)
        comparisons = [
            _untuk(ind, tahun_lalu_kalimat(ind, s), len(node.indicators) > 1)
            for ind in node.indicators
            if ind.pembanding.tahun_lalu is not None
        ]
        text = f"{nama_node(node.tingkat, node.uraian)} dengan indikator {names}, {_capaian_node(node, s)}."
        bagian.paragraf(" ".join([text, *comparisons]))
        subject = f"tercapainya {node.tingkat.lower()} ini"
        if not faktor_butir(bagian, analisis_entries(report, node.kode), subject, findings=report.findings):
            bagian.paragraf(
                f"Faktor pendukung, faktor penghambat dan upaya/solusi {node.tingkat.lower()} ini "
                f"{ANALISIS_KOSONG} (kode {node.kode})."
            )
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
    labels = node_labels(report)
    for node in report.nodes():
        entries = analisis_entries(report, node.kode)
        points = [p for e in entries for p in e.tindak_lanjut]
        if points:
            bagian.subjudul(labels.get(id(node), nama_node(node.tingkat, node.uraian)))
            bagian.butir(points)
            # (revnarasi50) a cell left from another period or contradicting the table is marked here
            # too, as under its points in 3.2.x: a Sub Kegiatan's follow-up is printed only here
            for note in (n for e in entries for n in angka_catatan(report.findings, e, c.H_TINDAK_LANJUT)):
                bagian.paragraf(note)
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
