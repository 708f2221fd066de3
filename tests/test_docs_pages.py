"""The built documentation, opened in a real headless browser (Debian's chromium).

.ci/run builds the docs, installs chromium and sets TRAINERFRAMEWORK_DOCS_HTML to
the HTML folder (for the tests of the checkout and of the wheel built from the
sdist). Without the variable the test is skipped; with it, a missing browser or
build fails it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

import trainerframework as tfw

HTML = os.environ.get("TRAINERFRAMEWORK_DOCS_HTML")
BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def html() -> Path:
    if not HTML:
        pytest.skip("set TRAINERFRAMEWORK_DOCS_HTML and install chromium to check the built docs")
    # Asked for explicitly (as .ci/run does): a missing browser or build is a failure,
    # never a silent skip.
    if not BROWSER:
        pytest.fail("TRAINERFRAMEWORK_DOCS_HTML is set but chromium is not installed")
    if not (Path(HTML) / "index.html").is_file():
        pytest.fail(f"TRAINERFRAMEWORK_DOCS_HTML={HTML} holds no built documentation")
    return Path(HTML)


def dom(page: Path) -> str:
    assert BROWSER is not None
    proc = subprocess.run(
        [
            BROWSER,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={page.parent / '.chromium-profile'}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


class TestBuiltReference:
    """A category page shows its descriptors, each with a linkable id."""

    def test_category_page_in_browser(self, html: Path) -> None:
        fw = tfw.load_framework()
        page = dom(html / "reference" / "observation.html")
        for d in fw.filter(category="observation"):
            assert d.text in page
            assert f'id="{d.id.replace(".", "-")}"' in page
        assert "Supporting, observing, feeding back on and assessing teaching" in page

    def test_component_page_in_browser(self, html: Path) -> None:
        page = dom(html / "reference" / "development.professional-values.html")
        for d in tfw.load_framework().filter(component="development.professional-values"):
            assert d.text in page
        assert "Professional development and values" in page

    def test_index_and_glossary(self, html: Path) -> None:
        index = dom(html / "reference" / "descriptors.html")
        assert "development.professional-values.lead.4" in index
        assert "Strand" in dom(html / "reference" / "glossary.html")

    def test_search_index_holds_the_reference(self, html: Path) -> None:
        index = (html / "searchindex.js").read_text(encoding="utf-8")
        assert '"reference/observation"' in index
        assert "Supporting, observing, feeding back on and assessing teaching" in index
