"""Tabel 3.3's row of a Tujuan or Sasaran (EfisiensiRow) from its node: the capaian, penyerapan and
efisiensi, and the notes saying what its capaian leaves out. Pure: kept apart from engine so each stays
short."""

from __future__ import annotations

from lkj_xl.core.findings import galat_status
from lkj_xl.core.galat_sebab import galat_anggaran_teks
from lkj_xl.core.kalimat import skala_beda_teks
from lkj_xl.core.model import EfisiensiRow, Finding, Node, Settings
from lkj_xl.core.rata_capaian import rata_rata_catatan


def efisiensi_row(node: Node, findings: list[Finding], settings: Settings) -> EfisiensiRow:
    """Tabel 3.3's row of a Tujuan/Sasaran, with a note when unreadable cells or indicators not
    known yet left something out of its capaian."""
    unknown = [i.status for i in node.indicators if i.capaian is None and i.status and not i.galat]
    galat_cells = [ref for i in node.galat for ref in i.galat]
    if node.capaian is not None:
        status = None
    elif galat_cells:
        status = galat_status(galat_cells)
    else:
        status = unknown[0] if unknown else None
    notes = []
    # Indicators not known yet are left out of the mean too (README): said, as for a galat, since the
    # row names every indicator beside a capaian that stands for some of them.
    pending = [
        f"{i.indikator} tanpa capaian persen ({i.status})"  # a grade below its target
        if i.realisasi_text
        else f"{i.indikator} belum diketahui ({i.status})"
        for i in node.indicators
        if i.capaian is None and not i.galat
    ]
    if (node.galat or pending) and node.capaian is not None:
        measured = sum(1 for i in node.indicators if i.capaian_exact is not None)
        unreadable = f"{len(node.galat)} indikator tidak dihitung karena terdapat galat pada sel {', '.join(galat_cells)}"
        left_out = [unreadable] if node.galat else []
        left_out += pending
        notes.append(
            f"Capaian {node.tingkat.lower()} ini rata-rata {measured} dari {len(node.indicators)} "
            f"indikator; {'; '.join(left_out)}."
        )
    if mean := rata_rata_catatan(node, settings):  # one capaian beside several indicators' names
        notes.append(mean)
    # A realisasi typed in another scale than its target: its capaian is in this row's (3.1.3's note),
    # said once for the row's indicators, as in a sentence (kalimat.skala_beda_teks)
    beda = [i for i in node.indicators if i.satuan_beda and i.capaian_exact is not None]
    if note := skala_beda_teks(beda, [i.indikator for i in beda]):
        notes.append(f"{note[0].upper()}{note[1:]}.")
    if node.galat_anggaran:
        notes.append(
            f"Penyerapan dan efisiensi tidak dihitung karena {galat_anggaran_teks(findings, node.galat_anggaran)}."
        )
    return EfisiensiRow(
        kode=node.kode,
        tingkat=node.tingkat,
        uraian=node.uraian,
        indikator="; ".join(i.indikator for i in node.indicators),
        capaian=node.capaian,
        status=status,
        pagu=node.pagu,
        realisasi_anggaran=node.realisasi_anggaran,
        penyerapan=node.penyerapan,
        efisiensi=node.efisiensi,
        depth=node.depth,
        capaian_exact=node.capaian_exact,
        efisiensi_exact=node.efisiensi_exact,
        catatan=" ".join(notes),
        galat_anggaran=list(node.galat_anggaran),
        galat_pagu=list(node.galat_pagu),
        galat_capaian=galat_cells if node.capaian is None else [],
        pagu_perubahan=node.pagu_perubahan,
        pagu_pk=node.pagu_pk,
    )
