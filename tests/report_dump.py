"""Everything a workbook's report holds, dumped so that two versions of lkj-xl can be compared.

Run by hand (not part of the test suite), once per checkout, then compare:
    PYTHONPATH=/path/to/old python tests/report_dump.py old.jsonl WORKBOOKS...
    PYTHONPATH=$PWD python tests/report_dump.py new.jsonl WORKBOOKS...
    python tests/report_dump.py --compare old.jsonl new.jsonl

Per workbook: the grids read (a hash), the full ``export`` JSON, a hash of every field of the Report
(Fractions exact, floats by repr), every CSV table (plain and --excel-id, a hash), the rekap's rows
(``lkj_xl.agencies.summarise``), for the workbook's own quarter and for Triwulan I; or the error
raised. A speed change must leave all of it identical (issue 13).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
from fractions import Fraction
from pathlib import Path
from typing import Any


def deep(value: Any) -> Any:
    """A JSON-ready form of ``value`` that keeps every field and the exact type of every number."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: deep(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"__": type(value).__name__, **fields}
    if isinstance(value, (list, tuple)):
        return [deep(x) for x in value]
    if isinstance(value, dict):
        return {"__dict": [[deep(k), deep(v)] for k, v in value.items()]}
    if isinstance(value, (set, frozenset)):  # sorted: their repr's order follows PYTHONHASHSEED
        return {"__set": sorted((deep(x) for x in value), key=repr)}
    if isinstance(value, Fraction):
        return f"F{value.numerator}/{value.denominator}"
    if isinstance(value, float):
        return f"f{value!r}"
    if isinstance(value, (str, int, bool)) or value is None:
        return value
    return f"{type(value).__name__}:{value!r}"


def digest(value: Any) -> str:
    return hashlib.sha1(json.dumps(deep(value), ensure_ascii=False).encode()).hexdigest()


def dump(path: Path) -> dict[str, Any]:
    from lkj_xl.agencies import summarise
    from lkj_xl.build import report_from_bytes
    from lkj_xl.core.export import CSV_TABLES, to_csv, to_dict
    from lkj_xl.xlsx.read import read_grids

    data = path.read_bytes()
    record: dict[str, Any] = {"file": path.name}
    try:
        grids, names = read_grids(data)
        record["grids"], record["names"] = digest(grids), names
    except Exception as exc:  # noqa: BLE001 - the error is what is compared
        record["grids_error"] = f"{type(exc).__name__}: {exc}"
    for triwulan in (None, 1):
        try:
            report = report_from_bytes(data, triwulan)
        except Exception as exc:  # noqa: BLE001
            record[f"error{triwulan}"] = f"{type(exc).__name__}: {exc}"
            continue
        record[f"json{triwulan}"] = json.dumps(to_dict(report), ensure_ascii=False, indent=2)
        record[f"report{triwulan}"] = digest(report)
        tables = "".join(to_csv(report, t) + to_csv(report, t, excel_id=True) for t in CSV_TABLES)
        record[f"csv{triwulan}"] = hashlib.sha1(tables.encode()).hexdigest()
    record["rekap"] = deep(summarise(str(path)))
    return record


def compare(old: Path, new: Path) -> int:
    before = [json.loads(line) for line in old.read_text(encoding="utf-8").splitlines()]
    after = [json.loads(line) for line in new.read_text(encoding="utf-8").splitlines()]
    differ = 0
    for a, b in zip(before, after):
        if a != b:
            differ += 1
            print("differs:", a["file"], sorted(k for k in {*a, *b} if a.get(k) != b.get(k)))
    if len(before) != len(after):
        differ += 1
        print(f"not the same workbooks: {len(before)} and {len(after)}")
    computed = sum("jsonNone" in r for r in before)
    print(f"{len(before)} workbooks ({computed} computed, the others refused), {differ} differ")
    return 1 if differ else 0


def main() -> int:
    if sys.argv[1:2] == ["--compare"]:
        return compare(Path(sys.argv[2]), Path(sys.argv[3]))
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for name in sys.argv[2:]:
            out.write(json.dumps(dump(Path(name)), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
