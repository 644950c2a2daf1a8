"""newuser50: the peringatan at a Kinerja quarter copied from the one before named its rows by Kode
only, one Kode per indicator: a Satpol PP dan Damkar's TW III copied from TW II read "(S1, S2, S2, S2,
1.05.02, ...)" and "mis. S2: 35 + 42 + 42 = 119", while S2 has three indicators and staff could not
tell which one was summed. A Kode of several indicators is named once with their count, and the example
names its indicator."""

from __future__ import annotations

from tests.test_engine import kinerja_row, messages, run


def _row(kode, tingkat, induk, indikator, target, tws, satuan, jenis, polaritas=None):
    return kinerja_row(kode, tingkat, induk, f"Uraian {kode}", indikator, target, (*tws, None), satuan=satuan, jenis=jenis, polaritas=polaritas)  # fmt: skip


def test_a_copied_quarter_names_a_kode_of_several_indicators_once_and_its_example_indicator():
    rows = [
        _row(
            "T1",
            "Tujuan",
            "",
            "Indeks Risiko Bencana (IRB)",
            "118,56",
            (None, "121,30", "121,30"),
            "indeks",
            "Nilai Akhir",
            "Negatif",
        ),  # fmt: skip
        # Rata-rata 78, 82, 82: (78 + 82 + 82) / 3 = 80,67 where TW I-II give 80: TW II counted twice
        _row(
            "S1",
            "Sasaran",
            "T1",
            "Persentase penegakan Perda",
            "85%",
            ("78%", "82%", "82%"),
            "%",
            "Rata-rata",
        ),  # fmt: skip
        _row(
            "S2",
            "Sasaran",
            "T1",
            "Waktu tanggap penanganan kebakaran",
            "15",
            ("13,5", "14", "14"),
            "menit",
            "Rata-rata",
            "Negatif",
        ),  # fmt: skip
        # Kumulatif 35 + 42 + 42 = 119 fires, TW II's 42 counted twice
        _row(
            "S2",
            "",
            "",
            "Jumlah kejadian kebakaran",
            "120",
            ("35", "42", "42"),
            "kejadian",
            "Kumulatif",
            "Negatif",
        ),  # fmt: skip
        _row(
            "S2",
            "",
            "",
            "Persentase kejadian kebakaran tertangani",
            "80",
            ("75,5", "81,3", "81,3"),
            "%",
            "Rata-rata",
        ),  # fmt: skip
        # 12 + 14 + 14 = 40 penegakan
        _row(
            "1.05.02",
            "Program",
            "S1",
            "Jumlah penegakan Perda dan Perkada",
            "48",
            ("12", "14", "14"),
            "kali",
            "Kumulatif",
        ),  # fmt: skip
        _row(
            "1.05.04",
            "Program",
            "S2",
            "Cakupan pelayanan bencana kebakaran",
            "65",
            ("58,4", "60,2", "60,2"),
            "%",
            "Nilai Akhir",
        ),  # fmt: skip
    ]
    report = run(rows, triwulan=3)
    said = [f.pesan for f in report.findings if f.sel == "M1" and "tersalin" in f.pesan]
    assert len(said) == 1, messages(report)
    assert "Pada 5 indikator Kumulatif atau Rata-rata (S1, S2 (3 indikator), 1.05.02)" in said[0], said[0]
    assert '(mis. "Jumlah kejadian kebakaran" (S2): 35 + 42 + 42 = 119)' in said[0], said[0]
