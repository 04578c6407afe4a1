"""policy.py: strict parsing, clear errors naming the key, and where a policy is found."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcediff.errors import ConfigError
from sourcediff.model import Kind
from sourcediff.policy import DEFAULT_POLICY, find_policy, load_policy, parse_policy, resolve_policy

DATA = Path(__file__).parent / "data" / "check"


def test_the_default_checks_everything_and_fails_only_on_divergence() -> None:
    assert DEFAULT_POLICY.kinds == frozenset(Kind)
    assert DEFAULT_POLICY.fail_on == {"diverge"}
    assert DEFAULT_POLICY.unsupported_level == "warning"
    assert DEFAULT_POLICY.tolerance == 0.0


def test_a_full_policy_file() -> None:
    policy = load_policy(DATA / "policy_good.toml")
    assert policy.kinds == {Kind.MONEY, Kind.TIME, Kind.DATE, Kind.QUOTE}
    assert policy.unsupported_level == "error"
    assert policy.tolerance == pytest.approx(0.02)
    assert policy.ignore == ("$14 billion",)
    assert policy.aliases == {"Dept. of Energy": "Department of Energy"}


def test_pyproject_section_and_plain_table_read_the_same() -> None:
    body = 'kinds = ["money"]\ntolerance = 0.01\n'
    plain = parse_policy(body, origin="sourcediff.toml")
    nested = parse_policy("[tool.sourcediff]\n" + body, origin="pyproject.toml")
    assert (plain.kinds, plain.tolerance) == (nested.kinds, nested.tolerance)


def test_fail_on_unique_makes_unsupported_an_error() -> None:
    assert parse_policy('fail_on = ["diverge", "unique"]').unsupported_level == "error"


@pytest.mark.parametrize(("text", "needle"), [
    ('fail-on = ["diverge"]', "'fail-on': unknown key"),
    ('kinds = ["money", "weather"]', "'kinds': unknown value 'weather'"),
    ('kinds = "money"', "'kinds': must be a list of strings"),
    ('fail_on = ["agree"]', "'fail_on': unknown value 'agree'"),
    ('unsupported = "fatal"', "'unsupported': must be one of"),
    ('tolerance = "2%"', "'tolerance': must be a number"),
    ("tolerance = true", "'tolerance': must be a number"),
    ("tolerance = 2", "'tolerance': must be at least 0 and below"),
    ("tolerance = -0.1", "'tolerance'"),
    ('ignore = [1, 2]', "'ignore': must be a list of strings"),
    ('aliases = "x"', "'aliases': must be a table"),
    ('[aliases]\n"DOE" = 3', "'aliases.DOE': must be a non-empty string"),
    ('unsupported = "ignore"\nfail_on = ["unique"]', "contradicts"),
])
def test_malformed_policies_name_the_key(text: str, needle: str) -> None:
    with pytest.raises(ConfigError, match="policy key") as info:
        parse_policy(text, origin="newsroom.toml")
    assert needle in str(info.value) and str(info.value).startswith("newsroom.toml: ")


def test_toml_syntax_errors_give_the_line() -> None:
    with pytest.raises(ConfigError, match=r"invalid TOML: .*line 3") as info:
        load_policy(DATA / "policy_bad_syntax.toml")
    assert "policy_bad_syntax.toml" in str(info.value)


def test_a_pyproject_without_the_section_given_explicitly_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    with pytest.raises(ConfigError, match=r"no \[tool.sourcediff\] table"):
        load_policy(tmp_path / "pyproject.toml")
    with pytest.raises(ConfigError, match="not found"):
        load_policy(tmp_path / "missing.toml")


def test_find_policy_prefers_the_drafts_folder_then_cwd(tmp_path: Path) -> None:
    drafts, cwd = tmp_path / "drafts", tmp_path / "repo"
    drafts.mkdir()
    cwd.mkdir()
    draft = drafts / "story.md"
    draft.write_text("text")
    assert find_policy(draft, cwd) is None
    (cwd / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_policy(draft, cwd) is None  # an ordinary pyproject is not a policy
    (cwd / "pyproject.toml").write_text('[tool.sourcediff]\ntolerance = 0.01\n')
    assert find_policy(draft, cwd) == cwd.resolve() / "pyproject.toml"
    (drafts / "sourcediff.toml").write_text("tolerance = 0.03\n")
    assert find_policy(draft, cwd) == drafts.resolve() / "sourcediff.toml"
    assert resolve_policy(None, draft, cwd).tolerance == pytest.approx(0.03)
    assert resolve_policy(DATA / "policy_good.toml", draft, cwd).tolerance == pytest.approx(0.02)
