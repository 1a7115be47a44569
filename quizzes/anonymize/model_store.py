"""The shipped NER pipeline: integrity manifest, verified loading, one instance per process.

``quizzes/anonymize/model/ner/`` is a spaCy pipeline trained by
``quizzes.anonymize.training.train``; ``quizzes/anonymize/model/MANIFEST.json`` records the
SHA-256 of every file in it and one digest over all of them. :func:`get_ner_model` checks the
files against the manifest before spaCy reads a byte of them and refuses (``ModelIntegrityError``
naming the file) a pipeline that was changed, truncated or swapped; it loads at most once per
process, whatever the number of threads asking.
"""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path
from typing import Any

MODEL_ROOT = Path(__file__).resolve().parent / "model"
MODEL_DIR = MODEL_ROOT / "ner"
MANIFEST = MODEL_ROOT / "MANIFEST.json"


class ModelIntegrityError(RuntimeError):
    """The NER pipeline on disk does not match its manifest (or either is missing)."""


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def _files(model_dir: Path) -> dict[str, str]:
    return {
        p.relative_to(model_dir).as_posix(): _file_sha256(p)
        for p in sorted(model_dir.rglob("*"))
        if p.is_file()
    }


def _digest(files: dict[str, str]) -> str:
    """One SHA-256 over the sorted ``path  sha256`` lines (the ``sha256sum`` format)."""
    lines = "".join(f"{sha}  {name}\n" for name, sha in sorted(files.items()))
    return hashlib.sha256(lines.encode()).hexdigest()


def write_manifest(
    model_dir: Path = MODEL_DIR, info: dict[str, Any] | None = None, manifest: Path = MANIFEST
) -> dict[str, Any]:
    files = _files(model_dir)
    data = {
        "sha256": _digest(files),
        "size_bytes": sum((model_dir / n).stat().st_size for n in files),
        "files": files,
        "training": info or {},
    }
    manifest.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return data


def verify(model_dir: Path = MODEL_DIR, manifest: Path = MANIFEST) -> str:
    """Return the pipeline's digest if every file matches the manifest, else raise."""
    if not manifest.is_file():
        raise ModelIntegrityError(f"NER model manifest missing: {manifest}")
    try:
        expected = json.loads(manifest.read_text(encoding="utf-8"))
        want_files: dict[str, str] = expected["files"]
        want_digest: str = expected["sha256"]
    except (ValueError, KeyError, TypeError) as exc:
        raise ModelIntegrityError(f"NER model manifest unreadable: {manifest}: {exc}") from exc
    if not model_dir.is_dir():
        raise ModelIntegrityError(f"NER model directory missing: {model_dir}")
    have = _files(model_dir)
    for name in sorted(set(want_files) | set(have)):
        if name not in have:
            raise ModelIntegrityError(f"NER model file missing: {name}")
        if name not in want_files:
            raise ModelIntegrityError(f"NER model file not in the manifest: {name}")
        if have[name] != want_files[name]:
            raise ModelIntegrityError(
                f"NER model file {name} has SHA-256 {have[name]}, manifest says "
                f"{want_files[name]}: refusing to load it"
            )
    digest = _digest(have)
    if digest != want_digest:
        raise ModelIntegrityError(
            f"NER model digest {digest} does not match the manifest's {want_digest}"
        )
    return digest


def load_verified(model_dir: Path = MODEL_DIR, manifest: Path = MANIFEST) -> Any:
    """Verify, then load the spaCy pipeline (CPU, no network)."""
    verify(model_dir, manifest)
    import spacy

    return spacy.load(model_dir)


_MODEL: Any = None
_LOCK = threading.Lock()


def get_ner_model() -> Any:
    """The process-wide verified pipeline, loaded on first use (thread-safe)."""
    global _MODEL
    if _MODEL is None:
        with _LOCK:
            if _MODEL is None:
                _MODEL = load_verified()
    return _MODEL
