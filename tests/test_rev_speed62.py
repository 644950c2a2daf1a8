"""Review of speed62 (stop 52): Pemeriksaan's notes of a file, joined by agencies._noted since the
parent's pass moved under the paused collector, keep the order they were always joined in."""

from __future__ import annotations

from lkj_xl import agencies
from lkj_xl.core import rekap as core
from lkj_xl.core.rekap_ganda import Ganda


def test_pemeriksaan_joins_a_files_notes_in_their_old_order():
    # One file with every kind of note: ganda's (the file it outranked), then the same content, the
    # agency unranked, the Pemda read with its kind, the revision sent as PDF (the order of a632ad2f).
    checked = [
        {"berkas": "a.xlsx", "status": "dihitung", "keterangan": ""},
        {"berkas": "b.xlsx", "status": "dihitung", "keterangan": ""},
        {"berkas": "c.xlsx", "status": "dihitung", "keterangan": "dibaca"},
        {"berkas": "d.xlsx", "status": "dihitung", "keterangan": ""},
    ]
    ganda = Ganda(counted=[], not_counted={"b.xlsx": "diganti a.xlsx"}, notes={"a.xlsx": "ganda"})
    same, unranked = (
        {"a.xlsx": "isi sama", "b.xlsx": "isi sama"},
        {"a.xlsx": "tanpa peringkat", "d.xlsx": "u"},
    )
    kindless, revised = {"a.xlsx": "Sumenep"}, {"a.xlsx": "revisi PDF", "d.xlsx": "r"}
    agencies._noted(checked, ganda, [same, unranked, kindless, revised])
    assert [(row["status"], row["keterangan"]) for row in checked] == [
        ("dihitung", "ganda; isi sama; tanpa peringkat; Sumenep; revisi PDF"),
        (core.GANDA, "diganti a.xlsx"),  # not counted: only why, none of its other notes
        ("dihitung", "dibaca"),  # no note: its keterangan as it was
        ("dihitung", "u; r"),
    ]


def test_a_file_both_same_content_and_unranked_says_the_same_content_first(tmp_path):
    # Two agencies' files alike but for their names (same_content_notes), with no realisasi typed for
    # their one Tujuan and one Sasaran (unranked_notes): each file's keterangan is the same-content note
    # then the unranked one, as before the parent's pass moved (the call's list order, not _noted's).
    import openpyxl
    from bench_build import Figures, generated_workbook

    import lkj_xl
    from lkj_xl.core import contract as c

    figures = Figures("Indeks tujuan", "Persentase sasaran", lambda t: (30, 35), *(lambda i: 50,) * 4)
    for name, opd in (("a.xlsx", "Dinas A"), ("b.xlsx", "Dinas B")):
        settings = {c.P_PEMDA: "Kabupaten Uji", c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: 2}
        generated_workbook(tmp_path / name, settings, 12, (1, 1, 4), figures)
        book = openpyxl.load_workbook(tmp_path / name)
        sheet = book["Kinerja"]
        rows = list(sheet.iter_rows())
        at = next(i for i, row in enumerate(rows) if any(cell.value == "Tingkat" for cell in row))
        head = [cell.value for cell in rows[at]]
        for row in rows[at + 1 :]:
            if row[head.index("Tingkat")].value in ("Tujuan", "Sasaran"):  # realisasi left blank
                for column, cell in zip(head, row, strict=True):
                    if str(column).startswith("Realisasi TW"):
                        cell.value = None
        book.save(tmp_path / name)
    result = lkj_xl.rekap([tmp_path], jobs=1)
    notes = dict(zip(result.pemeriksaan["perangkat_daerah"], result.pemeriksaan["keterangan"], strict=True))
    unranked = (
        "tanpa peringkat: tidak ada indikator Tujuan atau Sasaran yang capaiannya dapat dihitung (Tujuan T0 "
        'belum diketahui "Belum ada realisasi"; Sasaran S0 belum diketahui "Belum ada realisasi")'
    )
    for own, other in (("Dinas A", "b.xlsx"), ("Dinas B", "a.xlsx")):
        name = "Dinas B" if own == "Dinas A" else "Dinas A"
        assert notes[own] == (
            f"isinya sama persis dengan {name} ({tmp_path / other}): dihitung lebih dari sekali bila "
            f"perangkat daerahnya sama (lihat peringatan Isi sama); {unranked}"
        )


def test_a_name_as_long_as_a_pasted_paragraph_is_not_kept_by_the_name_caches():
    # A long-running serve keeps shown_name's and pemda_words' caches: a Pemda or agency cell holding a
    # paragraph (up to Excel's 32767 characters) is worked out each time, not kept (4096 of them held
    # some 1,1 GB); a name as staff type it is still kept, and both give the same answer as before.
    from lkj_xl.core import rekap_ganda, rekap_revisi

    rekap_revisi._shown_text.cache_clear()
    rekap_ganda._text_pemda_words.cache_clear()
    long = "Pemerintah Kabupaten Lumajang " * 1000 + "(Revisi)"  # 30.008 characters
    assert rekap_revisi.shown_name(long) == " ".join(["Pemerintah", "Kabupaten", "Lumajang"] * 1000)
    assert rekap_ganda.pemda_words(long) == [
        "kabupaten",
        "lumajang",
        *["pemerintah", "kabupaten", "lumajang"] * 999,
    ]
    assert rekap_revisi._shown_text.cache_info().currsize == 0
    assert rekap_ganda._text_pemda_words.cache_info().currsize == 0
    assert rekap_revisi.shown_name("Dinas Sosial (Revisi)") == "Dinas Sosial"
    assert rekap_ganda.pemda_words("Pemkab Lumajang") == ["kabupaten", "lumajang"]
    assert rekap_revisi._shown_text.cache_info().currsize == 1
    assert rekap_ganda._text_pemda_words.cache_info().currsize == 1
