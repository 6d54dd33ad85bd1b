"""Settings: each declared once with a default and help, documented, overridable by environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from cinesift.errors import SettingError
from cinesift.settings import Options, documented_settings

README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.mark.parametrize("name, default, help_text", documented_settings())
def test_settings_each_is_documented(name: str, default: object, help_text: str) -> None:
    assert help_text.strip()
    assert f"`{name}`" in README.read_text(), f"README's settings table lacks {name}"
    assert f"CINESIFT_{name.upper()}" in README.read_text() or name == "db_path"


def test_settings_from_environment() -> None:
    options = Options.from_env(
        {"CINESIFT_SEED": "3", "CINESIFT_INCLUDE_COMMENTS": "false", "CINESIFT_FILM": "Cats (2019)"}
    )
    assert (options.seed, options.include_comments, options.film) == (3, False, "Cats (2019)")
    assert Options.from_env({}) == Options()


def test_settings_bad_environment_value() -> None:
    with pytest.raises(SettingError, match="CINESIFT_BATCH_SIZE"):
        Options.from_env({"CINESIFT_BATCH_SIZE": "lots"})
