"""perf16: the rekap's name words and an indicator's kunci part take a shortcut for a name of letters
and digits only; these names must read as the full rule reads them (punctuation a space, "&" as "dan",
"Kab."/"Pemkab"/"Pemkot"/"Prov" respelt), shortcut or not. Expected texts written by hand from
core.rekap_nama's rule."""

import pytest

from lkj_xl.core.rekap_kunci import indicator_part
from lkj_xl.core.rekap_nama import name_words


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Indeks  Kepuasan   Masyarakat", "indeks kepuasan masyarakat"),  # letters only: the shortcut
        ("Jumlah Pemkab Mitra 2", "jumlah kabupaten mitra 2"),  # letters only, but a word respelt
        ("Rasio PROV 2", "rasio provinsi 2"),
        ("Nilai SAKIP pemkot", "nilai sakip kota"),
        ("Jumlah Desa Kab Lumajang", "jumlah desa kabupaten lumajang"),
        ("Jumlah Desa Kabupaten Lumajang", "jumlah desa kabupaten lumajang"),  # "kab" inside a word
        ("Persentase Desa Kab. Lumajang", "persentase desa kabupaten lumajang"),
        ("Jumlah_kab", "jumlah kabupaten"),  # "_" is punctuation, not a letter
        ("Koperasi & UKM", "koperasi dan ukm"),
        ("peraturan perundang\u2013undangan.", "peraturan perundang undangan"),
        ("Indeks Pembangunan Manusia (IPM)", "indeks pembangunan manusia ipm"),
        ("", ""),
    ],
)
def test_name_words_shortcut_reads_as_the_rule(typed, read):
    assert " ".join(name_words(typed)) == read
    assert indicator_part(typed) == read
