"""The public surface: one name table (``__init__.pyi``) gives ``__all__``, lazy attributes and types."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import trainerframework as tfw
from trainerframework._base._names import OWN, export_order, public_names, read_table

STUB = Path(tfw.__file__).with_name("__init__.pyi")

# ``__all__`` as it was before the name table (issue 21), when it was a hand-kept list.
BEFORE = [
    "NOT_ATTAINED",
    "NO_STAGE",
    "RECORDS_DDL",
    "RECORD_COLUMNS",
    "SCHEMA_VERSION",
    "TEXT_RULES",
    "Activity",
    "ActivityLink",
    "ActivityMap",
    "Aggregation",
    "Agreement",
    "AgreementRow",
    "Assertion",
    "Calibration",
    "CalibrationExample",
    "CareerStage",
    "Catalogue",
    "Category",
    "Change",
    "Clause",
    "Cohort",
    "Combine",
    "Comparison",
    "Component",
    "Concept",
    "Descriptor",
    "DescriptorState",
    "DevelopmentPlan",
    "EvaluationLevel",
    "EvaluationStep",
    "Evidence",
    "EvidenceItem",
    "EvidenceStep",
    "Example",
    "ExperienceBand",
    "Explanation",
    "FileFormatError",
    "Framework",
    "Gap",
    "GoalReview",
    "InputFileError",
    "InvalidEvidenceError",
    "InvalidFrameworkError",
    "InvalidInputError",
    "InvalidRulesError",
    "Judgement",
    "LabelledStatement",
    "Level",
    "Lexicon",
    "LexiconScorer",
    "Match",
    "MatchExplanation",
    "Matcher",
    "Milestone",
    "MissingDependencyError",
    "Moves",
    "Opportunity",
    "OrganisationReview",
    "OutputExistsError",
    "OutputFileError",
    "OwnershipModel",
    "PlanGoal",
    "PlanReview",
    "Priority",
    "Problem",
    "Profile",
    "ProgrammeItem",
    "Progress",
    "Progression",
    "Provenance",
    "Provider",
    "QualitySection",
    "QualityStatement",
    "Rating",
    "ReadingStatus",
    "Reliability",
    "ReliabilityBin",
    "ReviewChange",
    "Rules",
    "ScopeResult",
    "Scorer",
    "ScorerWeights",
    "SectionSummary",
    "SentenceReading",
    "SerializationError",
    "Skipped",
    "Source",
    "Stage",
    "StageCue",
    "StageScore",
    "StatementRating",
    "Status",
    "Strand",
    "SuggestedActivity",
    "TrainerFrameworkError",
    "Transition",
    "UnknownIdError",
    "WordModel",
    "__version__",
    "agreement",
    "calibration_examples",
    "configure_converter",
    "dumps",
    "fit_calibration",
    "fit_ownership_model",
    "fit_word_model",
    "from_case",
    "json_schema",
    "load_catalogue",
    "load_framework",
    "loads",
    "match",
    "match_many",
    "order_stages",
    "plan",
    "plot_cohort",
    "plot_profile",
    "plot_progress",
    "profile",
    "profile_frame",
    "profile_text",
    "programme",
    "read_clauses",
    "read_evidence",
    "reliability",
    "self_assessment_template",
    "to_case",
    "weighted_kappa",
]


class TestNameTable:
    """The stub is the one list: ``__all__``, ``dir()`` and the lazy loader all come from it."""

    def test_all_and_dir_are_unchanged(self) -> None:
        assert tfw.__all__ == BEFORE
        assert dir(tfw) == sorted(BEFORE)
        assert sorted(public_names()) == sorted(BEFORE)

    def test_all_is_in_ruffs_order(self) -> None:
        assert sorted(BEFORE, key=export_order) == BEFORE

    def test_every_name_resolves_to_its_module(self) -> None:
        for name, module in public_names().items():
            if module == OWN:
                assert name in vars(tfw), name  # defined by __init__.py itself
                continue
            assert getattr(tfw, name) is getattr(importlib.import_module(module, "trainerframework"), name)

    def test_unknown_name(self) -> None:
        with pytest.raises(AttributeError, match="module 'trainerframework' has no attribute 'nope'") as info:
            tfw.nope  # noqa: B018
        assert info.value.name == "nope"
        assert info.value.obj is tfw

    def test_the_exceptions_module_is_an_attribute_but_not_exported(self) -> None:
        from trainerframework import exceptions

        assert tfw.exceptions is exceptions
        assert "exceptions" not in tfw.__all__

    def test_the_stub_parses_as_the_runtime_reads_it(self) -> None:
        names, submodules = read_table(STUB.read_text(encoding="utf-8"))
        assert names == public_names()
        assert submodules == {"exceptions"}
        assert names["Profile"] == "._profiling._profile"
        assert names["__version__"] == OWN


class TestReadTable:
    """A stub line the table does not allow is refused with its file and line, never skipped."""

    def test_reads_names_submodules_and_variables(self) -> None:
        text = "from . import sub as sub\nfrom ._a import B as B, c as c\n__version__: str\n"
        assert read_table(text) == ({"B": "._a", "c": "._a", "__version__": OWN}, frozenset({"sub"}))

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ("from ._a import B\n", r"__init__.pyi, line 1: write `B as B`"),
            ("x = 1\nfrom ._a import B as C\n", r"line 1: the name table holds only"),
            ("from ._a import B as C\n", r"line 1: write `B as B`"),
            ("from ._a import B as B\nfrom ._b import B as B\n", r"line 2: B is listed twice"),
            ("from . import s as s\nfrom . import s as s\n", r"line 2: s is listed twice"),
            ("import os\n", r"line 1: the name table holds only"),
            ("from trainerframework._a import B as B\n", r"line 1: the name table holds only"),
            ("if True:\n    from ._a import B as B\n", r"line 1: the name table holds only"),
            ("x: int = 3\n", r"line 1: the name table holds only"),
        ],
    )
    def test_refused(self, text: str, message: str) -> None:
        with pytest.raises(ValueError, match=message):
            read_table(text)


@pytest.mark.slow
@pytest.mark.subprocess
class TestLazy:
    """``import trainerframework`` imports the name table's reader only; a name imports its own module."""

    def test_import_loads_nothing_else(self) -> None:
        code = textwrap.dedent(
            """
            import sys
            import trainerframework as tfw
            loaded = sorted(m for m in sys.modules if m.startswith("trainerframework"))
            print(loaded)
            tfw.Stage
            print("trainerframework._profiling._profile" in sys.modules, "cattrs" in sys.modules)
            """
        )
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        first, second = out.splitlines()
        assert first == str(["trainerframework", "trainerframework._base", "trainerframework._base._names"])
        assert second == "False False"

    def test_from_a_zip_archive(self, tmp_path: Path) -> None:
        """The name table (and the bundled framework) are read from a zipped package too."""
        import zipfile

        package = Path(tfw.__file__).parent
        archive = tmp_path / "tf.zip"
        with zipfile.ZipFile(archive, "w") as zf:
            for path in package.rglob("*"):
                if path.is_file() and "__pycache__" not in path.parts:
                    zf.write(path, path.relative_to(package.parent).as_posix())
        code = "import trainerframework as t; print(t.__file__, len(t.__all__), t.load_framework().id)"
        env = {**os.environ, "PYTHONPATH": str(archive)}
        proc = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
        )
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.startswith(str(archive))
        assert proc.stdout.endswith(f" {len(BEFORE)} cambridge-english-trainer-framework\n")


@pytest.mark.slow
@pytest.mark.subprocess
class TestTypeCheckers:
    """mypy --strict reads the stub: every public name with its own type, an unknown name refused."""

    def test_mypy_sees_every_name(self, tmp_path: Path) -> None:
        pytest.importorskip("mypy")  # in the lint extra, which CI installs
        lines = [
            "import trainerframework as tfw",
            *(f"reveal_type(tfw.{name})" for name in BEFORE),
            "tfw.nope",
        ]
        snippet = tmp_path / "snippet.py"
        snippet.write_text("\n".join(lines) + "\n", encoding="utf-8")
        command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(snippet)]
        # a new interpreter: mypy raises the recursion limit of the process it runs in
        out = subprocess.run(command, capture_output=True, text=True, check=False, cwd=tmp_path).stdout
        revealed = {int(line.split(":")[1]): line for line in out.splitlines() if "Revealed type" in line}
        assert len(revealed) == len(BEFORE), out
        table = public_names()
        for lineno, name in enumerate(BEFORE, start=2):
            revealed_type = revealed[lineno].partition("Revealed type is ")[2]
            assert revealed_type != '"Any"', name
            if name[0].isupper() and not name.isupper():  # a class: its constructor, returning the class
                assert f"trainerframework{table[name]}.{name}" in revealed_type, (name, revealed_type)
            elif name[0].islower():  # a function
                assert revealed_type.startswith(('"def ', '"Overload(')), (name, revealed_type)
        errors = [line for line in out.splitlines() if ": error:" in line]
        assert len(errors) == 1, out
        assert 'Module has no attribute "nope"' in errors[0]
