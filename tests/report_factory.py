"""Build Report objects by hand for the table and render tests (no engine involved).

Every number is given by the test that uses it; the factory computes nothing but the tree depth
and the flat indicator list.
"""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core.model import (
    GALAT,
    PERINGATAN,
    BudgetResult,
    EfisiensiRow,
    Finding,
    IndicatorResult,
    Node,
    Report,
    Settings,
    SummaryGroup,
)

OPD = "Dinas Koperasi, UKM, Perindustrian, dan Perdagangan"
PEMDA = "Kabupaten Lumajang"


def settings(**overrides) -> Settings:
    values = dict(pemerintah_daerah=PEMDA, perangkat_daerah=OPD, tahun=2025, triwulan=2)
    values.update(overrides)
    return Settings(**values)


def indicator(
    indikator: str,
    *,
    kode: str = "",
    tingkat: str = "",
    target: float | None = None,
    target_text: str = "",
    tw: tuple = (None, None, None, None),
    tw_text: tuple | None = None,
    realisasi: float | None = None,
    status: str | None = None,
    capaian: float | None = None,
    kriteria: str | None = None,
    satuan: str = "%",
    uraian: str = "",
) -> IndicatorResult:
    return IndicatorResult(
        row=0,
        kode=kode,
        tingkat=tingkat,
        kode_induk="",
        uraian=uraian,
        indikator=indikator,
        satuan=satuan,
        polaritas="Positif",
        jenis_realisasi="Kumulatif",
        target=target,
        target_text=target_text,
        realisasi_tw=list(tw),
        realisasi_tw_text=list(tw_text) if tw_text is not None else ["" for _ in tw],
        realisasi=realisasi,
        status=status,
        capaian=capaian,
        capaian_mentah=capaian,
        kriteria=kriteria,
    )


def node(kode: str, tingkat: str, uraian: str, indicators=(), children=()) -> Node:
    n = Node(kode=kode, tingkat=tingkat, uraian=uraian, kode_induk="")
    for ind in indicators:
        ind.kode, ind.tingkat, ind.uraian = kode, tingkat, uraian
        n.indicators.append(ind)
    for child in children:
        child.kode_induk = kode
        n.children.append(child)
    return n


def report(
    roots=(),
    *,
    settings_: Settings | None = None,
    budgets=(),
    efisiensi=(),
    ringkasan=(),
    findings=(),
    total_pagu: float = 0.0,
    total_realisasi_anggaran: float = 0.0,
    total_penyerapan: float | None = None,
) -> Report:
    def set_depth(n: Node, depth: int) -> None:
        n.depth = depth
        for child in n.children:
            set_depth(child, depth + 1)

    for root in roots:
        set_depth(root, 0)
    rep = Report(
        settings=settings_ or settings(),
        indicators=[],
        roots=list(roots),
        budgets=list(budgets),
        efisiensi=list(efisiensi),
        ringkasan=list(ringkasan),
        findings=list(findings),
        total_pagu=total_pagu,
        total_realisasi_anggaran=total_realisasi_anggaran,
        total_penyerapan=total_penyerapan,
        total_penyerapan_exact=Fraction(total_penyerapan) if total_penyerapan is not None else None,
    )
    rep.indicators = [ind for n in rep.nodes() for ind in n.indicators]
    return rep


def budget(kode: str, program: str, pagu: float | None, realisasi: float | None, penyerapan: float | None):
    return BudgetResult(
        row=0,
        kode=kode,
        program=program,
        kode_sasaran="",
        pagu=pagu,
        realisasi_tw=[realisasi, None, None, None],
        realisasi=realisasi,
        penyerapan=penyerapan,
    )


def efisiensi_row(
    tingkat: str,
    uraian: str,
    indikator: str,
    *,
    capaian: float | None,
    status: str | None = None,
    pagu: float | None = None,
    realisasi_anggaran: float | None = None,
    penyerapan: float | None = None,
    efisiensi: float | None = None,
    depth: int = 0,
) -> EfisiensiRow:
    return EfisiensiRow(
        kode="",
        tingkat=tingkat,
        uraian=uraian,
        indikator=indikator,
        capaian=capaian,
        status=status,
        pagu=pagu,
        realisasi_anggaran=realisasi_anggaran,
        penyerapan=penyerapan,
        efisiensi=efisiensi,
        depth=depth,
    )


def summary(
    tingkat: str, *, tercapai=(), belum_tercapai=(), belum_diketahui=(), per_kriteria=None, kalimat=()
):
    return SummaryGroup(
        tingkat=tingkat,
        jumlah=len(tercapai) + len(belum_tercapai) + len(belum_diketahui),
        tercapai=list(tercapai),
        belum_tercapai=list(belum_tercapai),
        belum_diketahui=list(belum_diketahui),
        per_kriteria=dict(per_kriteria or {}),
        kalimat=list(kalimat),
    )


# --- the seed's agency, abridged (figures from seeds/000_237f033edcd5cb60.txt) ------------------------

NILAI_PDRB_INDUSTRI = "Nilai PDRB sektor Industri"
KOPERASI_TAAT = "Persentase koperasi yang taat akan peraturan perundang - undangan"
PDRB_PERDAGANGAN = "Nilai PDRB sektor Perdagangan"
INJECTION = '=HYPERLINK("http://contoh.invalid/x","klik")'


def seed_like_report(**settings_overrides) -> Report:
    """Two Tujuan, three Sasaran, programs and a kegiatan; numbers typed from the seed's tables."""
    pdrb = indicator(
        NILAI_PDRB_INDUSTRI,
        target=5984.04e9,
        target_text="5.984,04 milyar",
        tw_text=("-", "-", "-", "-"),
        status="Menunggu data BPS",
        satuan="Rupiah",
    )
    industri = indicator(
        "Prosentase Pertumbuhan Nilai Produksi Industri",
        target=3.63,
        status="direkap diakhir periode",
    )
    nilai_produksi = indicator(
        "Nilai produksi industri",
        target=1491388500000,
        tw=(483624842126, None, None, None),
        realisasi=483624842126,
        capaian=32.427,  # 483.624.842.126 / 1.491.388.500.000 x 100 = 32,427 (seed prints 32%)
        kriteria="Sangat Rendah",
        satuan="Rupiah",
    )
    izin = indicator(
        "Prosentase jumlah izin yang diterbitkan",
        target=100,
        tw=(100, None, None, None),
        realisasi=100,
        capaian=100.0,
        kriteria="Sangat Tinggi",
    )
    kegiatan_ikm = indicator(
        "Jumlah industri dalam rencana pembangunan kabupaten yang difasilitasi",
        target=400,
        tw=(60, 35, None, None),
        realisasi=95,
        capaian=23.75,  # 95 / 400 x 100 (seed prints 24%)
        kriteria="Sangat Rendah",
        satuan="IKM",
    )
    investasi = indicator(
        "Nilai Investasi",
        target=1282684.40,
        tw=(193900, None, None, None),
        realisasi=193900,
        capaian=15.1167,  # 193.900 / 1.282.684,40 x 100 = 15,1167 (seed prints 15,12)
        kriteria="Sangat Rendah",
        satuan="juta",
    )
    koperasi = indicator(
        KOPERASI_TAAT,
        target=40.71,
        tw=(25, 4, None, None),
        realisasi=29,
        capaian=71.23557,  # 29 / 40,71 x 100 = 71,2356 (seed prints 71)
        kriteria="Sedang",
    )
    perdagangan = indicator(
        PDRB_PERDAGANGAN,
        target=4045.54,
        tw=(None, None, None, 3969.54),  # a TW IV value in a TW II report (seed Tabel 3.1)
        tw_text=("-", "-", "-", "3.969,54"),
        status="Menunggu data BPS",
        satuan="milyar",
    )
    pengawasan = indicator(
        "Persentase pengawasan dan pemeriksaan koperasi",
        target=54.27,
        tw=(0.8, None, None, None),
        realisasi=0.8,
        capaian=1.4741,  # 0,8 / 54,27 x 100
        kriteria="Sangat Rendah",
    )
    kesehatan = indicator(
        "Persentase koperasi sehat dan cukup sehat",
        target=56.67,
        tw=(96.05, None, None, None),
        realisasi=96.05,
        capaian=169.4901,  # 96,05 / 56,67 x 100
        kriteria="Sangat Tinggi",
    )
    injected = indicator(INJECTION, target=10, tw=(5, None, None, None), realisasi=5, capaian=50.0)
    injected.satuan = "+62 812"
    injected.kriteria = "Sangat Rendah"

    roots = [
        node(
            "T1",
            "Tujuan",
            "Terciptanya Ekonomi Wilayah yang Bertumpu pada Sektor Pertanian dan Industri",
            [pdrb],
            [
                node(
                    "S1",
                    "Sasaran",
                    "Meningkatnya pertumbuhan sektor industri",
                    [industri],
                    [
                        node(
                            "P1",
                            "Program",
                            "PROGRAM PERENCANAAN DAN PEMBANGUNAN INDUSTRI",
                            [nilai_produksi],
                            [
                                node(
                                    "K1",
                                    "Kegiatan",
                                    "Penyusunan dan Evaluasi Rencana Pembangunan Industri Kabupaten/Kota",
                                    [kegiatan_ikm],
                                )
                            ],
                        ),
                        node("P2", "Program", "PROGRAM PENGENDALIAN IZIN USAHA INDUSTRI", [izin]),
                    ],
                )
            ],
        ),
        node(
            "T2",
            "Tujuan",
            "Meningkatnya investasi inklusif",
            [investasi],
            [
                node(
                    "S2",
                    "Sasaran",
                    "Meningkatnya kualitas Koperasi",
                    [koperasi],
                    [
                        node(
                            "P3",
                            "Program",
                            "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI",
                            [pengawasan, kesehatan],
                        ),
                        node("P4", "Program", "@SUM(A1) uraian", [injected]),
                    ],
                ),
                node("S4", "Sasaran", "Meningkatnya Nilai PDRB sektor Perdagangan", [perdagangan]),
            ],
        ),
    ]
    budgets = [
        budget(
            "1.01",
            "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
            12076486014,
            5059823310,
            41.8981,
        ),
        budget("2.01", "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI", 41000000, 8000000, 19.5122),
        budget("2.02", "PROGRAM PENILAIAN KESEHATAN KSP/USP KOPERASI", 54888000, None, None),
    ]
    efisiensi = [
        efisiensi_row(
            "Tujuan",
            "Terciptanya Ekonomi Wilayah yang Bertumpu pada Sektor Pertanian dan Industri",
            NILAI_PDRB_INDUSTRI,
            capaian=None,
            status="Menunggu data BPS",
            pagu=1132811550,
            realisasi_anggaran=64159175,
            penyerapan=5.6638,
        ),
        efisiensi_row(
            "Tujuan",
            "Meningkatnya investasi inklusif",
            "Nilai Investasi",
            capaian=15.1167,
            pagu=27805047633,
            realisasi_anggaran=6835975140,
            penyerapan=25.3856,
            efisiensi=-10.2689,  # 15,1167 - 25,3856 (seed prints (10))
        ),
        efisiensi_row(
            "Sasaran",
            "Meningkatnya kualitas Koperasi",
            KOPERASI_TAAT,
            capaian=71.23557,
            pagu=14162109953,
            realisasi_anggaran=5078023310,
            penyerapan=35.8565,
            efisiensi=35.3791,  # 71,2356 - 35,8565 (seed prints 35)
            depth=1,
        ),
    ]
    ringkasan = [
        summary(
            "Sasaran",
            belum_tercapai=[koperasi],
            belum_diketahui=[industri, perdagangan],
            per_kriteria={"Sedang": 1},
            # The product's wording (core.summary): none is "Tidak ada ...", never "sebanyak 0".
            kalimat=[
                "Tidak ada indikator kinerja sasaran dengan capaian ≥ 100%.",
                "Indikator kinerja sasaran dengan capaian di bawah 100% sebanyak 1 indikator, yaitu "
                + KOPERASI_TAAT
                + " (capaian 71,24%).",
            ],
        ),
        summary(
            "Program",
            tercapai=[izin, kesehatan],
            belum_tercapai=[nilai_produksi, pengawasan],
            per_kriteria={"Sangat Tinggi": 2, "Sangat Rendah": 2},
            kalimat=[
                "Indikator kinerja program dengan capaian ≥ 100% sebanyak 2 indikator, yaitu Prosentase "
                "jumlah izin yang diterbitkan dan Persentase koperasi sehat dan cukup sehat."
            ],
        ),
    ]
    findings = [
        Finding(GALAT, "Kinerja", "I9", "Target tidak dapat dibaca: '1.282,684,40 juta'"),
        Finding(PERINGATAN, "Kinerja", "N12", "Realisasi TW IV diisi pada laporan TW II"),
    ]
    return report(
        roots,
        settings_=settings(
            **{
                "nama_kepala": "MUHAMMAD RIDHA, S.Sos., M.Si.",
                "jabatan_kepala": "Kepala Dinas Koperasi, UKM, Perindustrian, dan Perdagangan",
                "nip_kepala": "19731118 199303 1 002",
                "tempat": "Lumajang",
                "tanggal": "4 Juli 2025",
                **settings_overrides,
            }
        ),
        budgets=budgets,
        efisiensi=efisiensi,
        ringkasan=ringkasan,
        findings=findings,
        total_pagu=12172374014,
        total_realisasi_anggaran=5067823310,
        total_penyerapan=41.6335,
    )


def chain_report(n_kegiatan: int, indicators_per_kegiatan: int = 1, value: float = 12.5) -> Report:
    """Tujuan -> Sasaran -> Program -> n Kegiatan (the same shape at any size)."""

    def ind(name: str) -> IndicatorResult:
        return indicator(name, target=value * 2, tw=(value, None, None, None), realisasi=value, capaian=50.0)

    kegiatan = [
        node(
            f"K{i}",
            "Kegiatan",
            f"Kegiatan {i}",
            [ind(f"K{i} ind {j}") for j in range(indicators_per_kegiatan)],
        )
        for i in range(n_kegiatan)
    ]
    program = node("P", "Program", "Program", [ind("P ind")], kegiatan)
    sasaran = node("S", "Sasaran", "Sasaran", [ind("S ind")], [program])
    tujuan = node("T", "Tujuan", "Tujuan", [ind("T ind")], [sasaran])
    return report([tujuan])


def repeated_report(n_programs: int, kegiatan_per_program: int = 2) -> Report:
    """Tujuan -> Sasaran -> n x (Program -> k Kegiatan): depth alternates between 2 and 3."""

    def ind(name: str) -> IndicatorResult:
        return indicator(name, target=20.0, tw=(10.0, None, None, None), realisasi=10.0, capaian=50.0)

    programs = [
        node(
            f"P{p}",
            "Program",
            f"Program {p}",
            [ind(f"P{p}")],
            [
                node(f"P{p}K{k}", "Kegiatan", f"Kegiatan {p}.{k}", [ind(f"P{p}K{k}")])
                for k in range(kegiatan_per_program)
            ],
        )
        for p in range(n_programs)
    ]
    sasaran = node("S", "Sasaran", "Sasaran", [ind("S")], programs)
    return report([node("T", "Tujuan", "Tujuan", [ind("T")], [sasaran])])
