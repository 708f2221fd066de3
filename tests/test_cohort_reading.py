"""Reading a cohort table fast (issue 24): the same rows and members as the plain readings.

Two fast paths, each checked against the plain code it replaced:

- ``rows_from_csv`` builds each row from the csv module's lists instead of
  ``csv.DictReader`` (whose loop is Python);
- ``_trainers_of_rows`` checks each distinct row once and shares its checked
  row among the trainers who gave it, writing a row's place only for a problem.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import trainerframework as tfw
from trainerframework._base._cells import restored
from trainerframework._cohort import _reading
from trainerframework._cohort._reading import _trainers_of_rows
from trainerframework._interchange._inputs import item_of_csv, rows_from_csv, trainer_of
from trainerframework.exceptions import InvalidInputError, Problem

from .strategies import csv_texts

FW = tfw.load_framework()
IDS = [d.id for d in FW.descriptors][:6]


def plain_rows(text: str, name: str, required: tuple[str, ...] = ()) -> Iterator[tuple[int, dict[str, str]]]:
    """The rows as ``csv.DictReader`` gives them (the code before the fast path), header checks aside."""
    reader = csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    reader.fieldnames = [h.strip().lower() for h in reader.fieldnames or []]
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            line = reader.line_num + 1
            raise InvalidInputError(
                [Problem(f"{name}:{line}", f"cannot read this row: {exc}")], name
            ) from None
        if None in row:
            extra = row.pop(None)
            row["__extra__"] = ",".join(extra or [])
        yield reader.line_num, {k: restored(v) if v else "" for k, v in row.items()}


def _outcome(rows: Iterable[Any]) -> list[Any] | str:
    try:
        return list(rows)
    except InvalidInputError as exc:
        return str(exc)


_CELLS = st.sampled_from(
    ["", " ", "T1", "T2", "met", "partly", "'=1+1", "'x", "a,b", 'say "hi"', "x\ny", *IDS]
)
_ROWS = st.lists(st.lists(_CELLS, max_size=5), max_size=8)


def _written(header: list[str], rows: list[list[str]], blank: list[bool]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for cells, gap in zip(rows, blank + [False] * len(rows), strict=False):
        if gap:
            buffer.write("\r\n")  # a blank line
        writer.writerow(cells)
    return buffer.getvalue()


class TestRowsFromCsv:
    @given(_ROWS, st.lists(st.booleans(), max_size=8), st.booleans())
    def test_the_rows_of_dictreader(self, rows: list[list[str]], blank: list[bool], bom: bool) -> None:
        # rows with fewer and more cells than the header, blank lines, quoted line breaks, guarded cells
        text = ("\ufeff" if bom else "") + _written(["Trainer", "descriptor", "judgement"], rows, blank)
        fast = _outcome(rows_from_csv(text, "f.csv", required=("trainer",)))
        assert fast == _outcome(plain_rows(text, "f.csv"))

    @given(csv_texts)
    def test_any_text_the_same(self, text: str) -> None:
        header = "trainer,descriptor,judgement\n"
        fast = _outcome(rows_from_csv(header + text, "f.csv", required=("trainer",)))
        assert fast == _outcome(plain_rows(header + text, "f.csv"))

    def test_a_row_that_cannot_be_read_is_told_at_its_own_line(self) -> None:
        # after blank lines too (DictReader's count missed all but one of them: line 4 here)
        text = f"trainer,descriptor,judgement\nT1,a,met\n\n\nT2,{'x' * 200_000},met\n"
        with pytest.raises(InvalidInputError, match=r"f\.csv:5: cannot read this row"):
            list(rows_from_csv(text, "f.csv", required=("trainer",)))

    def test_a_bad_row_names_its_line(self) -> None:
        text = f"trainer,descriptor,judgement\nT1,a,met\nT1,{'b' * 200_000},met\n"  # over the field limit
        with pytest.raises(InvalidInputError, match=r"f\.csv:3: cannot read this row"):
            list(rows_from_csv(text, "f.csv", required=("trainer",)))


def plain_trainers(
    rows: Iterable[tuple[str, dict[str, str]]], fw: tfw.Framework
) -> tuple[list[tuple[str, list[Any]]], list[Problem]]:
    """Each row checked alone, in order (the code before the fast path)."""
    problems: list[Problem] = []
    by_trainer: dict[str, list[Any]] = {}
    for where, row in rows:
        if "__extra__" in row:
            problems.append(Problem(where, "more cells than the header has columns"))
            continue
        tid, found = trainer_of(row, where)
        if found or not tid:
            problems += found or [Problem(where, "missing trainer id")]
            continue
        item, found = item_of_csv(row, where)
        if item is None:
            problems += found
            continue
        if item.descriptor_id not in fw or fw.kind_of(item.descriptor_id) != "descriptor":
            problems.append(Problem(where, f"unknown descriptor id {item.descriptor_id!r}"))
            continue
        by_trainer.setdefault(tid, []).append(item._as_row())
    return list(by_trainer.items()), problems


_ROW = st.fixed_dictionaries(
    {
        "trainer": st.sampled_from(["T1", "T2", "T3", ""]),
        "trainer_id": st.sampled_from(["", "", "T1", "T9"]),
        "descriptor": st.sampled_from([*IDS, "no.such.id", ""]),
        "judgement": st.sampled_from(["met", "partly", "not_met", "yes", ""]),
        "confidence": st.sampled_from(["", "0.5", "2", "x"]),
        "note": st.sampled_from(["", "seen", " seen "]),
    }
) | st.fixed_dictionaries(
    {"trainer": st.just("T1"), "descriptor": st.just(IDS[0]), "__extra__": st.just("x")}
)


class TestSharedRows:
    @given(st.lists(_ROW, max_size=30), st.integers(0, 3))
    @settings(max_examples=200)
    def test_the_plain_loops_members_and_problems(self, rows: list[dict[str, str]], cap: int) -> None:
        # the same trainers, rows (equal tuples) and problems (each at its own line), whether every
        # distinct row is kept to share or only the first few (the cap)
        lines = list(enumerate(rows, start=2))
        expected = plain_trainers([(f"f.csv:{n}", dict(r)) for n, r in lines], FW)
        saved = _reading.SHARED_ROWS
        _reading.SHARED_ROWS = cap if cap < 3 else saved
        try:
            found = _trainers_of_rows([(n, dict(r)) for n, r in lines], FW, lambda n: f"f.csv:{n}")
        finally:
            _reading.SHARED_ROWS = saved
        assert found == expected

    def test_a_judgement_is_checked_once_and_shared(self) -> None:
        text = "trainer,descriptor,judgement\n" + "".join(f"T{k},{IDS[0]},met\n" for k in range(50))
        members, problems = _trainers_of_rows(rows_from_csv(text, "f.csv", required=("trainer",)), FW, str)
        assert problems == []
        assert len(members) == 50
        assert len({id(rows[0]) for _, rows in members}) == 1  # one row, shared by all 50 trainers

    def test_a_templates_context_does_not_part_shared_rows(self) -> None:
        # the text of a descriptor (a returned template's context column) is not the judgement's
        rows = "".join(f"T{k},{IDS[0]},words {k},met\n" for k in range(5))
        text = "trainer,descriptor,text,judgement\n" + rows
        members, _ = _trainers_of_rows(rows_from_csv(text, "f.csv", required=("trainer",)), FW, str)
        assert len({id(rows[0]) for _, rows in members}) == 1

    def test_a_cohort_read_is_the_plain_cohort(self, tmp_path: Any) -> None:
        lines = ["trainer,descriptor,judgement,note"]
        lines += [f"T{k % 7},{d},{('met', 'partly', 'not_met')[(k + i) % 3]},{'x' if k % 5 == 0 else ''}"
                  for k in range(40) for i, d in enumerate(IDS)]  # fmt: skip
        path = tmp_path / "cohort.csv"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        cohort = tfw.Cohort.read(path, FW, on_error="skip")
        members, _ = plain_trainers(
            [(f"f:{n}", row) for n, row in rows_from_csv(path.read_text(), "f", required=("trainer",))], FW
        )
        plain = {tid: tfw.profile(FW, tfw.Evidence.of([_item(r) for r in rows])) for tid, rows in members}
        assert dict(cohort.profiles()) == plain


def _item(row: tuple[Any, ...]) -> tfw.EvidenceItem:
    return tfw.EvidenceItem(
        descriptor_id=row[0], judgement=row[1], source=row[2], date=row[3], note=row[4], confidence=row[5]
    )
