"""Mend 35g: the Narasi leftover-period check after the review (revF) of mend35b.

mend35b read an earlier report after "atas" / "terhadap" as history only when its clause said it was
followed up, so ordinary history ("Revisi atas Laporan Kinerja Triwulan I telah disampaikan", "Capaian
atas Laporan Kinerja Triwulan I sebesar 45%", "Rekomendasi ... atas ... Triwulan I hingga saat ini
telah ditindaklanjuti") got a peringatan and "[isi: ...]" under staff's paragraph in Word. The lead's
decisions: history by default; a leftover is only this report's own title left from the other report
(its words, then "ini") or the Kata Pengantar's closing ("Kritik dan saran atas Laporan Kinerja
Triwulan I ... sangat kami harapkan"), and that one is pointed out whatever else its cell names; Word
and the peringatan give one verdict per cell.

Every text below is for a report of 2025; (triwulan, semester): (2, None) Triwulan II, (4, None)
Triwulan IV, (4, 2) Semester II, (1, None) Triwulan I. The periods expected are read off each text:
the earlier period it names after "atas" / "terhadap".
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import Cell
from lkj_xl.core.narasi import parse_narasi, triwulan_lain
from tests.helpers_staff import report_with_pengaturan
from tests.test_staff_round5 import BASE

QUIET = [
    # (text, triwulan, semester): an earlier report (period ending before the report's) named as history
    # revF s1: what was done with it
    ("Masukan dari Bappeda atas Laporan Kinerja Triwulan I telah kami akomodasi dalam laporan ini.", 2, None),
    ("Hasil reviu Inspektorat atas Laporan Kinerja Triwulan I yang dimuat pada Bab ini telah ditindaklanjuti.", 2, None),
    ("Revisi atas Laporan Kinerja Triwulan I telah disampaikan kepada Bagian Organisasi.", 2, None),
    ("Perbaikan atas Laporan Kinerja Triwulan I telah kami lakukan.", 2, None),
    ("Hasil monitoring atas Laporan Kinerja Triwulan I menunjukkan capaian sudah sesuai target.", 2, None),
    ("Verifikasi atas Laporan Kinerja Triwulan I oleh Bagian Organisasi telah selesai.", 2, None),
    ("Tanggapan Bagian Organisasi atas Laporan Kinerja Triwulan I telah kami perhatikan.", 2, None),
    ("Umpan balik atas Laporan Kinerja Triwulan I menjadi bahan perbaikan.", 2, None),
    ("Berdasarkan hasil monev terhadap Laporan Kinerja Triwulan III, capaian sudah sesuai.", 4, None),
    ("Koreksi atas Laporan Kinerja Triwulan I sudah dimasukkan.", 2, None),
    ("Klarifikasi atas Laporan Kinerja Triwulan I telah disampaikan pada bulan Mei.", 2, None),
    ("Pembahasan atas Laporan Kinerja Semester I telah dilakukan bersama Bappeda.", 4, 2),
    ("Hasil pemantauan terhadap Laporan Kinerja Semester I menunjukkan beberapa indikator belum tercapai.", 4, 2),
    ("Asistensi atas Laporan Kinerja Triwulan III telah dilakukan oleh Bagian Organisasi.", 4, None),
    ("Saran perbaikan Inspektorat atas Laporan Kinerja Triwulan I, yang diterima bulan Mei, sudah kami penuhi.", 2, None),
    ("Hasil evaluasi Inspektorat, yang disampaikan pada bulan Mei 2025, atas Laporan Kinerja Triwulan I telah ditindaklanjuti.", 2, None),
    ("Rekomendasi atas Laporan Kinerja Triwulan I telah kami tindak lanjuti pada triwulan ini.", 2, None),
    ("Catatan Inspektorat atas Laporan Kinerja Triwulan I, antara lain kelengkapan data dukung, sudah dipenuhi.", 2, None),
    ("Sesuai arahan atas Laporan Kinerja Triwulan I, data dukung telah dilengkapi.", 2, None),
    ("Berkaitan dengan hasil evaluasi atas Laporan Kinerja Triwulan I, pada laporan ini telah dilengkapi data dukung.", 2, None),
    ("Menindaklanjuti hasil evaluasi atas Laporan Kinerja Triwulan I Tahun 2025, kami melengkapi data dukung.", 2, None),
    ("Pemutakhiran data atas Laporan Kinerja Triwulan I telah dilakukan.", 2, None),
    ("Penyempurnaan atas Laporan Kinerja Triwulan I dilakukan sesuai arahan Inspektorat.", 2, None),
    ("Perubahan atas Laporan Kinerja Triwulan I berupa koreksi realisasi anggaran.", 2, None),
    ("Rekomendasi atas Laporan Kinerja Triwulan I telah ditindaklanjuti sehingga laporan ini lebih lengkap.", 2, None),
    ("Inspektorat memberikan nilai B atas Laporan Kinerja Semester I Tahun 2025.", 4, 2),
    # revF s1 / s3: its figures, and the period itself after "atas"
    ("Target atas Triwulan I telah tercapai.", 2, None),
    ("Capaian atas Laporan Kinerja Triwulan I sebesar 45%.", 2, None),
    ("Apabila dibandingkan dengan realisasi atas Laporan Kinerja Triwulan I sebesar 20%, terjadi kenaikan.", 2, None),
    ("Data yang disajikan atas Laporan Kinerja Triwulan I telah diperbarui dengan data BPS.", 2, None),
    ("Terhadap Laporan Kinerja Triwulan I, terdapat perbaikan data realisasi.", 2, None),
    ("Angka atas Laporan Kinerja Triwulan I merupakan angka sementara.", 2, None),
    ("Koreksi data terhadap Laporan Kinerja Triwulan I berasal dari BPS.", 2, None),
    ("Selisih atas Laporan Kinerja Triwulan I disebabkan keterlambatan data.", 2, None),
    ("Nilai atas Laporan Kinerja Triwulan I tidak berubah.", 2, None),
    ("Perhitungan ulang atas Laporan Kinerja Triwulan I menghasilkan capaian 48%.", 2, None),
    ("Capaian kumulatif s.d. Triwulan II merupakan akumulasi atas Laporan Kinerja Triwulan I dan capaian April–Juni.", 2, None),
    ("Hasil evaluasi terhadap Laporan Kinerja Triwulan I menunjukkan peningkatan kualitas.", 2, None),
    ("Hasil evaluasi terhadap Laporan Kinerja Triwulan I menunjukkan capaian yang baik, dan laporan ini melanjutkannya.", 2, None),
    ("Pertanggungjawaban atas Laporan Kinerja Semester I telah disampaikan ke Bupati.", 4, 2),
    ("Data atas Laporan Kinerja Semester I Tahun 2025 bersumber dari BPS.", 4, 2),
    ("Terhadap Laporan Kinerja Triwulan III Tahun 2025 tidak terdapat catatan dari Inspektorat.", 4, None),
    ("Atas Laporan Kinerja Triwulan I, Inspektorat tidak memberikan catatan.", 2, None),
    # revF s10: an "ini" of the clause, not of the title
    ("Rekomendasi Inspektorat atas Laporan Kinerja Triwulan I hingga saat ini telah ditindaklanjuti seluruhnya.", 2, None),
    ("Rekomendasi atas Laporan Kinerja Triwulan I pada triwulan ini telah ditindaklanjuti.", 2, None),
    ("Catatan atas Laporan Kinerja Semester I sampai dengan saat ini sudah ditindaklanjuti 80%.", 4, 2),
    ("Rekomendasi atas Laporan Kinerja Triwulan III pada bulan ini telah dilaksanakan.", 4, None),
    ("Temuan atas Laporan Kinerja Triwulan I, sebagaimana diuraikan pada bab ini, telah diperbaiki.", 2, None),
    ("Atas Laporan Kinerja Triwulan I, Inspektorat memberikan rekomendasi yang telah ditindaklanjuti.", 2, None),
    # revB: thanks and duty for the earlier report; another year's earlier report; the report's own
    ("Puji syukur atas Laporan Kinerja Triwulan I Tahun 2025 yang telah selesai disusun.", 2, None),
    ("Kami sampaikan terima kasih atas Laporan Kinerja Triwulan I Tahun 2025.", 2, None),
    ("Sebagai pertanggungjawaban atas Laporan Kinerja Semester I, disampaikan ...", 4, 2),
    ("Rekomendasi atas Laporan Kinerja Triwulan IV Tahun 2024 telah ditindaklanjuti.", 1, None),
    ("Rekomendasi atas Laporan Kinerja Triwulan III Tahun 2024 telah ditindaklanjuti.", 2, None),
    ("Rekomendasi atas Laporan Kinerja Triwulan II telah ditindaklanjuti.", 2, None),
    # the feedback words with what was done: history, not the closing
    ("Saran dan masukan atas Laporan Kinerja Triwulan I telah kami tindaklanjuti untuk penyempurnaan laporan ini.", 2, None),
    ("Kekurangan atas Laporan Kinerja Triwulan I telah diperbaiki dalam laporan ini.", 2, None),
    # mend35k (the lead's decision 3): the title before "ini" said followed up is history; these two
    # were pinned leftovers
    ("Rekomendasi perbaikan atas Laporan Kinerja Triwulan I ini telah ditindaklanjuti.", 2, None),
    ("Rekomendasi atas Laporan Kinerja Triwulan I 2025 ini telah ditindaklanjuti.", 2, None),
]  # fmt: skip


@pytest.mark.parametrize(("teks", "triwulan", "semester"), QUIET)
def test_an_earlier_report_after_atas_is_history(teks, triwulan, semester):
    assert triwulan_lain(teks, triwulan, False, semester, 2025) == []


LEFTOVER = [
    # (text, triwulan, semester, named)
    # the title itself before "ini": its words, "Tahun 2025" / "2025", the agency's name, then "ini"
    ("Kritik dan saran atas Laporan Kinerja Triwulan I Tahun 2025 Ini sangat kami harapkan.", 2, None, ["Triwulan I"]),
    ("Kritik dan saran atas Laporan Kinerja (LKj) Triwulan I Dinas Koperasi dan UKM Kabupaten Lumajang Tahun 2025 ini sangat kami harapkan.", 2, None, ["Triwulan I"]),
    ("Laporan Kinerja atas Triwulan I ini disusun sebagai pertanggungjawaban.", 2, None, ["Triwulan I"]),
    ("Kritik dan saran atas Laporan Kinerja Triwulan I ini kami harapkan.", 2, None, ["Triwulan I"]),
    ("Kritik dan saran atas Laporan Kinerja Triwulan I Tahun 2025 ini kami harapkan.", 2, None, ["Triwulan I"]),
    ("Kritik dan saran atas Laporan Kinerja Triwulan I Dinas Koperasi ini kami harapkan.", 2, None, ["Triwulan I"]),
    ("Kritik dan saran atas Laporan Kinerja Triwulan I ini, kami harapkan.", 2, None, ["Triwulan I"]),
    ("Penyampaian atas Laporan Kinerja Triwulan I ini merupakan kewajiban.", 2, None, ["Triwulan I"]),
    ("Penilaian terhadap Laporan Kinerja Semester I ini dilakukan oleh Inspektorat.", 4, 2, ["Semester I"]),
    ("Kritik dan saran atas Laporan Kinerja Semester I Tahun 2025 ini sangat kami harapkan.", 4, 2, ["Semester I"]),
    ("Kritik dan saran atas Laporan Kinerja Semester I 2025 ini sangat kami harapkan.", 4, 2, ["Semester I"]),
    ("Kritik dan saran atas Laporan Kinerja Triwulan III Tahun Anggaran 2025 ini sangat kami harapkan.", 4, None, ["Triwulan III"]),
    ("Kritik dan saran atas Laporan Kinerja Triwulan III, Tahun 2025 ini sangat kami harapkan.", 4, None, ["Triwulan III"]),
    # last year's title: named with its year (the report is Triwulan II Tahun 2025; "Triwulan II" alone
    # would read as the report's own)
    ("Kritik dan saran atas Laporan Kinerja Triwulan II Tahun 2024 ini sangat kami harapkan.", 2, None, ["Triwulan II Tahun 2024"]),
    ("Kritik dan saran atas Laporan Kinerja Triwulan III Tahun 2024 ini sangat kami harapkan.", 2, None, ["Triwulan III Tahun 2024"]),
    # the Kata Pengantar's closing by its own words
    ("Saran dan masukan atas Laporan Kinerja Triwulan I Tahun 2025 akan kami tindaklanjuti pada laporan berikutnya.", 2, None, ["Triwulan I"]),
    ("Kritik dan saran yang membangun atas Laporan Kinerja Triwulan I sangat kami harapkan agar dapat diperbaiki.", 2, None, ["Triwulan I"]),
    ("Kritik dan saran atas Laporan Kinerja Semester I sangat kami harapkan untuk ditindaklanjuti.", 4, 2, ["Semester I"]),
    ("Masukan atas Laporan Kinerja Triwulan III Tahun Anggaran 2025 akan kami tindak lanjuti.", 4, None, ["Triwulan III"]),
    ("Kami menyadari masih banyak kekurangan atas Laporan Kinerja Triwulan I.", 2, None, ["Triwulan I"]),
    ("Kritik dan saran atas Laporan Kinerja Triwulan I Tahun 2025 sangat kami harapkan; semoga laporan ini bermanfaat.", 2, None, ["Triwulan I"]),
    ("Penilaian atas Laporan Kinerja Triwulan I sepenuhnya kami serahkan kepada pembaca.", 2, None, ["Triwulan I"]),
    ("Kritik dan saran atas Laporan Kinerja Triwulan I yang kami susun ini sangat kami harapkan.", 2, None, ["Triwulan I"]),
    ("Demikian, kami harapkan masukan atas Laporan Kinerja Triwulan I.", 2, None, ["Triwulan I"]),
    ("Kritik dan saran yang membangun terhadap Laporan Kinerja Triwulan I sangat kami butuhkan.", 2, None, ["Triwulan I"]),
    # a later period than the report's is no history (reader14)
    ("Rekomendasi atas Laporan Kinerja Triwulan III telah ditindaklanjuti.", 2, None, ["Triwulan III"]),
]  # fmt: skip


@pytest.mark.parametrize(("teks", "triwulan", "semester", "named"), LEFTOVER)
def test_this_reports_title_left_from_an_earlier_one_is_pointed_out(teks, triwulan, semester, named):
    assert triwulan_lain(teks, triwulan, False, semester, 2025) == named


# The Kata Pengantar's closing left in the cell whose opening staff updated (the seed's B3 names the
# report "Laporan Kinerja (LKj) Triwulan II ... dapat diselesaikan dengan baik"): pointed out by its own
# words though the cell names the report's period too.
OPENING = (
    "Puji Syukur kami panjatkan kehadirat Allah SWT, sehingga Laporan Kinerja (LKj) Triwulan II Dinas "
    "Koperasi, UKM, Perindustrian, dan Perdagangan Kabupaten Lumajang Tahun Anggaran 2025 dapat "
    "diselesaikan dengan baik."
)
CLOSING = "Kritik dan saran atas Laporan Kinerja Triwulan I Tahun 2025 ini sangat kami harapkan."


def test_a_closing_left_from_triwulan_i_is_pointed_out_beside_the_updated_opening():
    assert triwulan_lain(OPENING, 2, False, None, 2025) == []
    assert triwulan_lain(f"{OPENING} {CLOSING}", 2, False, None, 2025) == ["Triwulan I"]
    assert triwulan_lain(f"{OPENING}\n{CLOSING}", 2, False, None, 2025) == ["Triwulan I"]


ORDINARY = [
    # An earlier quarter named otherwise than after "atas/terhadap (Laporan Kinerja)": the older rule, a
    # cell naming only another quarter than the report's (Triwulan II) was written for it, unchanged.
    # ("... capaian pada triwulan ini meningkat 12%." was pinned here: "triwulan ini" names the reported
    # quarter since mend35k, the lead's decision; tests/test_mend35k.py holds it quiet.)
    # ("Dibandingkan dengan capaian Triwulan I, capaian meningkat 12%." was pinned here: since narasi1
    # a comparison with the quarter just before the report is no period of the text; it stays a
    # leftover in Triwulan III, tests/test_narasi1.py; tests/test_mend35k.py holds it quiet.)
    # (Since narasi51 an earlier quarter told only as an event's or a cause's time is history: "Realisasi
    # anggaran atas kegiatan Triwulan I telah dipertanggungjawabkan.", "Sisa anggaran atas pelaksanaan
    # Triwulan I dialihkan ...", "Keterlambatan atas pencairan dana Triwulan I ..." moved to
    # tests/test_narasi51.py, quiet.)
    "Sebagaimana dilaporkan pada Laporan Kinerja Triwulan I, realisasi anggaran masih rendah.",
    "Atas dasar capaian Triwulan I, target triwulan berikutnya disesuaikan.",
    "Kenaikan ini terjadi atas realisasi Triwulan I yang tertunda.",
    "Pembayaran atas kegiatan Triwulan I baru terealisasi pada bulan April.",
    "Sebagaimana tercantum dalam Laporan Kinerja Triwulan I Tahun 2025, jumlah koperasi sehat sebanyak 120 unit.",
    "Berbeda dengan Laporan Kinerja Triwulan I, laporan ini memuat data BPS terbaru.",
    "Atas capaian Triwulan I yang rendah, dilakukan percepatan pelaksanaan kegiatan.",
    "Terhadap capaian Triwulan I yang belum optimal, telah dilakukan langkah percepatan.",
    "Kegiatan yang tertunda pada Triwulan I dilaksanakan pada bulan Mei.",
    "Pada Triwulan I realisasi anggaran mencapai 18%.",
    "Telah disusun Laporan Kinerja terhadap capaian Triwulan I.",
    "Ucapan terima kasih disampaikan kepada semua pihak atas tersusunnya Laporan Kinerja Triwulan I.",
]  # fmt: skip
OWN = "Berdasarkan hasil kinerja yang telah dicapai sampai dengan Triwulan II tahun 2025, upaya berikut dilaksanakan."


@pytest.mark.parametrize("teks", ORDINARY)
def test_an_ordinary_mention_is_read_with_its_whole_cell(teks):
    assert triwulan_lain(teks, 2, False, None, 2025) == ["Triwulan I"]
    # the cell naming the report's own period too compares periods, on one line or on two
    assert triwulan_lain(f"{OWN} {teks}", 2, False, None, 2025) == []
    assert triwulan_lain(f"{OWN}\n{teks}", 2, False, None, 2025) == []


# --- one verdict for the peringatan and the Word placeholder: the cell's ------------------------------


def _narasi(cells: list[tuple[str, str]]):
    report = report_with_pengaturan([*BASE, ["Triwulan", 2]])
    rows = [[Cell("Bagian"), Cell("Teks")], *[[Cell(b), Cell(t)] for b, t in cells]]
    return report, parse_narasi(rows, settings=report.settings)


def _word(report, narasi, bagian: str) -> list[str]:
    """The paragraphs ``Document.text`` writes for the Bagian's text (placeholders included)."""
    docx = pytest.importorskip("docx")
    from lkj_xl.laporan import word
    from lkj_xl.laporan.document import _Draft

    d = _Draft(docx.Document(), report, narasi, {})
    word.ensure_styles(d.doc)
    d.text(narasi.get(bagian), bagian)
    return [p.text for p in d.doc.paragraphs]


def test_the_word_placeholder_follows_the_cells_peringatan():
    """tl4.xlsx (revF): Tindak Lanjut's cell saying "sampai dengan Triwulan II" with a last line
    "Dibandingkan dengan capaian Triwulan I, capaian meningkat 12%." had no peringatan and an
    "[isi: ...]" in Word (which read each line alone). And the reverse: the Kata Pengantar's updated
    opening with Triwulan I's closing on the next line of the same cell (B3), then a cell (B4) of its
    own: the peringatan names B3, the placeholder follows B3's last line, none after B4."""
    compared = "Dibandingkan dengan capaian Triwulan I, capaian meningkat 12%."
    report, narasi = _narasi(
        [
            ("Tindak Lanjut", f"{OWN}\n- Melaksanakan pendampingan RAT\n{compared}"),
            ("Kata Pengantar", f"{OPENING}\n{CLOSING}"),
            ("Kata Pengantar", "Semoga laporan ini bermanfaat."),
        ]
    )
    assert [(f.sel, f.pesan) for f in narasi.findings] == [
        (
            "B3",
            'Teks Bagian "Kata Pengantar" menyebut Triwulan I, tetapi laporan ini Triwulan II Tahun 2025 '
            "(Pengaturan, Triwulan): perbarui teksnya untuk triwulan ini",
        )
    ]
    tindak = _word(report, narasi, "Tindak Lanjut")
    assert tindak[-1] == compared and not any(p.startswith("[isi:") for p in tindak), tindak
    pengantar = _word(report, narasi, "Kata Pengantar")
    assert pengantar[:2] == [OPENING, CLOSING] and pengantar[3] == "Semoga laporan ini bermanfaat.", pengantar
    assert pengantar[2].startswith("[isi: teks ini menyebut Triwulan I, laporan ini Triwulan II Tahun 2025;")
    assert len(pengantar) == 4
