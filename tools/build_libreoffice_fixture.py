"""Write tests/fixtures/self-assessment-libreoffice.xlsx: a filled template as LibreOffice saves it.

The template comes from the library (``self_assessment_template``), a trainer's
answers are filled in with openpyxl (FILLED below: judgements, two notes, a
source and a date typed as a date cell), and LibreOffice Calc then opens and saves the workbook
(``soffice --headless --convert-to xlsx``), so the file is LibreOffice's own
XLSX (``docProps/app.xml`` names LibreOffice). ``tests/test_workflows.py``
(``TestLibreOfficeWorkbook``) reads it and checks it holds exactly FILLED.

Needs LibreOffice (``apt-get install --no-install-recommends libreoffice-calc``);
it is not a dependency of the package or its tests, only of this script.
Run from the repository root: ``python -m tools.build_libreoffice_fixture``.
"""

from __future__ import annotations

import datetime
import shutil
import subprocess
import tempfile
from pathlib import Path

import openpyxl

import trainerframework as tfw

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "self-assessment-libreoffice.xlsx"
FILLED: dict[str, tuple[str, str, str, datetime.date | None]] = {
    # descriptor: (judgement, note, source, date)
    "individuals.teacher-to-trainer.1": ("met", "", "", None),
    "individuals.autonomous.1": ("partly", "Only with groups I know", "", None),
    "knowledge.teacher-to-trainer.2": ("met", "", "self", datetime.date(2026, 3, 2)),
    "training.teacher-to-trainer.1": ("met", "", "", None),
    "training.autonomous.1": ("not_met", "", "", None),
    "observation.teacher-to-trainer.1": ("met", "", "", None),
    "observation.autonomous.3": ("partly", "", "", None),
    "development.lead.2": ("not_met", "", "", None),
    "development.professional-development.teacher-to-trainer.4": ("met", "", "", None),
    "development.professional-values.autonomous.2": ("partly", "Üben – „so“ oder 'so'", "", None),
}
"""What the trainer filled in; the tests import it from here."""


def main() -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit("needs LibreOffice's soffice on PATH")
    fw = tfw.load_framework()
    with tempfile.TemporaryDirectory() as tmp:
        filled = Path(tmp) / OUT.name
        book = openpyxl.load_workbook(_template(fw, tmp))
        sheet = book.active
        columns = {cell.value: cell.column for cell in sheet[1]}
        for row in range(2, sheet.max_row + 1):
            entry = FILLED.get(sheet.cell(row=row, column=columns["descriptor"]).value)
            if entry is None:
                continue
            judgement, note, source, date = entry
            sheet.cell(row=row, column=columns["judgement"], value=judgement)
            if note:
                sheet.cell(row=row, column=columns["note"], value=note)
            if source:
                sheet.cell(row=row, column=columns["source"], value=source)
            if date is not None:
                sheet.cell(row=row, column=columns["date"], value=date).number_format = "yyyy-mm-dd"
        book.save(filled)
        out = Path(tmp) / "out"
        command = [soffice, "--headless", "--calc", "--convert-to", "xlsx:Calc MS Excel 2007 XML"]
        subprocess.run([*command, "--outdir", str(out), str(filled)], check=True, timeout=300)
        shutil.copyfile(out / OUT.name, OUT)
    print(f"wrote {OUT}")


def _template(fw: tfw.Framework, tmp: str) -> Path:
    path = Path(tmp) / "template.xlsx"
    tfw.self_assessment_template(fw, path)
    return path


if __name__ == "__main__":
    main()
