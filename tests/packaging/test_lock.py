"""The lock files (requirements/*.txt, made by `make lock`) agree with pyproject.toml.

`make` installs only what requirements/dev.txt pins, so a dependency added to pyproject.toml
without `make lock` would be missing from every fresh install and from CI; this fails first.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)")


def pins(lock: str) -> dict[str, Version]:
    text = (ROOT / "requirements" / lock).read_text(encoding="utf-8")
    # Each requirement is one logical line: "name==version \" followed by its hashes.
    found: dict[str, Version] = {}
    for entry in text.replace("\\\n", " ").splitlines():
        match = PIN.match(entry)
        if match is None:
            continue
        assert "--hash=sha256:" in entry, f"{lock}: {match[1]} has no hash"
        found[canonicalize_name(match[1])] = Version(match[2])
    assert found, f"{lock} pins nothing"
    return found


def requirements(*groups: str) -> list[Requirement]:
    project = PYPROJECT["project"]
    listed = list(project["dependencies"])
    for group in groups:
        listed += project["optional-dependencies"][group]
    return [Requirement(text) for text in listed]


@pytest.mark.parametrize(
    ("lock", "groups"),
    [("dev.txt", ("dev", "server")), ("bundle.txt", ())],
)
def test_every_dependency_is_locked_within_its_range(lock: str, groups: tuple[str, ...]) -> None:
    locked = pins(lock)
    for requirement in requirements(*groups):
        name = canonicalize_name(requirement.name)
        assert name in locked, f"{requirement} is not in requirements/{lock}: run `make lock`"
        assert requirement.specifier.contains(locked[name], prereleases=True), (
            f"requirements/{lock} pins {name}=={locked[name]}, outside {requirement}: "
            "run `make lock`"
        )
        for extra in requirement.extras:  # psycopg[binary] -> psycopg-binary
            assert canonicalize_name(f"{name}-{extra}") in locked


def test_the_build_backend_is_locked_too() -> None:
    # `make` installs the project with --no-build-isolation, from the locked setuptools.
    for text in PYPROJECT["build-system"]["requires"]:
        requirement = Requirement(text)
        for lock in ("dev.txt", "bundle.txt"):
            version = pins(lock)[canonicalize_name(requirement.name)]
            assert requirement.specifier.contains(version)


def test_the_bundle_has_the_versions_ci_tested_and_no_server() -> None:
    dev, bundle = pins("dev.txt"), pins("bundle.txt")
    shared = set(dev) & set(bundle)
    assert {name: bundle[name] for name in shared} == {name: dev[name] for name in shared}
    server_only = {canonicalize_name(r.name) for r in requirements("server")} - {
        canonicalize_name(r.name) for r in requirements()
    }
    assert not server_only & set(bundle), "the desktop bundle must not carry the server"
    assert "pyinstaller" in bundle


def test_development_tools_are_pinned_exactly() -> None:
    """A new ruff or mypy release must not turn CI red on unchanged code."""
    for requirement in requirements("dev")[len(requirements()) :]:
        assert str(requirement.specifier).startswith("=="), f"{requirement} is not pinned"
