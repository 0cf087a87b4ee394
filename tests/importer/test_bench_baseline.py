"""The speed bench's baseline comparison loads the other revision's importer beside this one's,
and leaves this process's modules as they were."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.conftest import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "benchmarks"))
from bench_importer import _importer_of


def test_a_baseline_checkout_is_imported_from_its_own_files_and_ours_stay_loaded(tmp_path):
    import notices.importer as ours

    # a checkout of another revision: here a copy of the package whose rules say otherwise
    tree = tmp_path / "baseline"
    (tree / "notices" / "importer").mkdir(parents=True)
    (tree / "notices" / "__init__.py").write_text("")
    (tree / "notices" / "importer" / "__init__.py").write_text(
        "def extract_notices(text):\n    return 'baseline'\n"
    )
    theirs = _importer_of(tree)
    assert theirs("某某") == "baseline"
    assert Path(theirs.__code__.co_filename).is_relative_to(tree)
    assert sys.modules["notices.importer"] is ours
    assert ours.extract_notices("某某").proposals == ()
