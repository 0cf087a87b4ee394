"""Page-reading tests typeset their pages with Noto CJK (Debian's fonts-noto-cjk) and fpdf2.

Skipped, with the reason printed, when the fonts are missing; under CI=true that is a failure.
"""

from __future__ import annotations

import pytest

from tests.conftest import IN_CI
from tests.pages.typeset import fonts_missing


@pytest.fixture(scope="session")
def typesetting() -> None:
    reason = fonts_missing()
    if reason:
        if IN_CI:
            pytest.fail(f"page tests: {reason} (a skip is a failure under CI=true)")
        pytest.skip(f"page tests: {reason}")
