"""Matching and loading are safe from any number of threads (issue 12)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor

import pytest

import trainerframework as tfw
from tools.labelled import load

FW = tfw.load_framework()
# inflected and rare words, so that threads stem words no cache has seen
STATEMENTS = [text for *_, text in load()] + [
    f"The {w}s were {w}ing and {w}ed the {w}er {w}ness"
    for w in ("fund", "process", "observ", "design", "tutor")
]


class TestThreads:
    """Sixteen threads get exactly the serial results."""

    @pytest.mark.slow
    def test_match_from_many_threads(self) -> None:
        serial = tfw.Matcher(FW)
        expected = [serial.match(t, 5, explain=True) for t in STATEMENTS]
        shared = tfw.Matcher(FW)  # a cold matcher: every stem is computed under contention
        with ThreadPoolExecutor(max_workers=16) as pool:
            got = list(pool.map(lambda t: shared.match(t, 5, explain=True), STATEMENTS * 3))
        assert got == expected * 3
        # and what the threads cached is right: serial calls afterwards agree too
        assert [shared.match(t, 5) for t in STATEMENTS] == expected

    def test_profile_text_from_many_threads(self) -> None:
        narratives = [" ".join(STATEMENTS[i : i + 12]) for i in range(0, 240, 12)]
        expected = [tfw.profile_text(FW, n) for n in narratives]
        with ThreadPoolExecutor(max_workers=16) as pool:
            assert list(pool.map(lambda n: tfw.profile_text(FW, n), narratives)) == expected

    @pytest.mark.slow
    @pytest.mark.subprocess
    def test_subprocess_first_calls_from_many_threads_share_one_object(self) -> None:
        code = textwrap.dedent(
            """
            import threading
            import trainerframework as tfw
            barrier = threading.Barrier(16)
            found = {"fw": set(), "lexicon": set(), "calibration": set()}
            def first():
                barrier.wait()
                found["fw"].add(id(tfw.load_framework()))
                found["lexicon"].add(id(tfw.Lexicon.bundled()))
                found["calibration"].add(id(tfw.Calibration.bundled()))
            threads = [threading.Thread(target=first) for _ in range(16)]
            for t in threads: t.start()
            for t in threads: t.join()
            print(*(len(v) for v in found.values()))
            """
        )
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        assert proc.stdout.split() == ["1", "1", "1"]
