"""Validate once per build: the build reuses what `book check` validated, only while nothing changed."""

from __future__ import annotations

import shutil

import pytest

from book import DATA_DIR, catalogue_cache
from book.errors import DataValidationError
from book.quotes import SEEDS


@pytest.fixture
def data(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


@pytest.fixture
def validations(monkeypatch):
    """Count real validations."""
    calls = []
    real = catalogue_cache.load_complete_catalogue

    def counting(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(catalogue_cache, "load_complete_catalogue", counting)
    return calls


def test_the_second_load_comes_from_the_cache(data, tmp_path, validations):
    cache = tmp_path / "cache.pickle"
    first = catalogue_cache.load_once(data, SEEDS, cache)
    second = catalogue_cache.load_once(data, SEEDS, cache)
    assert len(validations) == 1 and cache.is_file()
    assert second == first and list(second.practices) == list(first.practices)


def test_a_changed_data_file_is_validated_again(data, tmp_path, validations):
    cache = tmp_path / "cache.pickle"
    catalogue_cache.load_once(data, SEEDS, cache)
    path = data / "practices.yml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            '"Skriv korte og konkrete samarbeidsavtaler"', '"Skriv <b>korte</b> samarbeidsavtaler"'
        ),
        encoding="utf-8",
    )
    with pytest.raises(DataValidationError):
        catalogue_cache.load_once(data, SEEDS, cache)
    assert len(validations) == 2


def test_ci_setting_and_checker_code_are_part_of_the_fingerprint(data, monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    local = catalogue_cache.fingerprint(data, SEEDS)
    monkeypatch.setenv("CI", "true")
    assert catalogue_cache.fingerprint(data, SEEDS) != local
    assert "plain_text" in catalogue_cache._CODE and "models" in catalogue_cache._CODE


@pytest.mark.parametrize("content", [b"", b"not a pickle", b"\x80\x05N."])
def test_an_unreadable_cache_means_validating_again(data, tmp_path, validations, content):
    cache = tmp_path / "cache.pickle"
    cache.write_bytes(content)
    catalogue_cache.load_once(data, SEEDS, cache)
    assert len(validations) == 1


def test_invalid_data_is_never_cached(data, tmp_path):
    cache = tmp_path / "cache.pickle"
    (data / "figures.csv").write_text("id\n", encoding="utf-8")
    with pytest.raises(DataValidationError):
        catalogue_cache.load_once(data, SEEDS, cache)
    assert not cache.exists()


def test_a_folder_or_a_pipe_in_place_of_a_data_file(data, tmp_path):
    import os
    import subprocess
    import sys

    from .conftest import ROOT

    (data / "practices.yml").unlink()
    (data / "practices.yml").mkdir()
    (data / "figures.csv").unlink()
    os.mkfifo(data / "figures.csv")  # reading it would wait for ever
    result = subprocess.run(
        [sys.executable, "-m", "book", "check", "--data", str(data)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "data/practices.yml: is a folder, not a file" in result.stderr
    assert "data/figures.csv: is not a regular file" in result.stderr
