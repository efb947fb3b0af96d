"""README promises that CI keeps: the test command there is the one `.ci/run` runs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ci_runs_the_test_command_readme_gives() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = re.search(r"^(python -m pytest[^\n`]*)$", readme, re.M)
    assert command, "README.md gives no pytest command"
    assert command.group(1) in ci.splitlines()


def test_readme_install_command_installs_the_test_extra_and_shows_the_seed() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install -e '.[test]' && briefing print" in readme
