"""Issue 19: the shipped NER model (integrity, load once, the gate) and its place in the engine."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest

from quizzes.anonymize import Anonymizer, model_store
from quizzes.anonymize.lexicon import get_lexicon
from quizzes.anonymize.model_store import (
    MANIFEST,
    MODEL_DIR,
    ModelIntegrityError,
    get_ner_model,
    load_verified,
    verify,
)
from quizzes.anonymize.ner import ModelRecognizer, keep_span


@pytest.fixture
def model_copy(tmp_path: Path) -> tuple[Path, Path]:
    model = tmp_path / "ner"
    shutil.copytree(MODEL_DIR, model)
    manifest = tmp_path / "MANIFEST.json"
    shutil.copy(MANIFEST, manifest)
    return model, manifest


def test_shipped_model_matches_its_manifest() -> None:
    data = json.loads(MANIFEST.read_text(encoding="utf-8"))
    assert verify() == data["sha256"]
    assert len(data["sha256"]) == 64
    assert data["size_bytes"] < 8_000_000  # "a few MB"


def test_tampered_weights_are_refused(model_copy: tuple[Path, Path]) -> None:
    model, manifest = model_copy
    weights = model / "ner" / "model"
    blob = bytearray(weights.read_bytes())
    blob[len(blob) // 2] ^= 0xFF
    weights.write_bytes(bytes(blob))
    with pytest.raises(ModelIntegrityError, match=r"^NER model file ner/model has SHA-256 "):
        load_verified(model, manifest)


def test_missing_extra_file_and_missing_manifest_are_refused(
    model_copy: tuple[Path, Path],
) -> None:
    model, manifest = model_copy
    (model / "extra.bin").write_bytes(b"x")
    with pytest.raises(ModelIntegrityError, match=r"^NER model file not in the manifest: extra"):
        verify(model, manifest)
    (model / "extra.bin").unlink()
    (model / "meta.json").unlink()
    with pytest.raises(ModelIntegrityError, match=r"^NER model file missing: meta.json$"):
        verify(model, manifest)
    with pytest.raises(ModelIntegrityError, match=r"^NER model manifest missing: "):
        verify(model, model.parent / "nope.json")


def test_edited_manifest_digest_is_refused(model_copy: tuple[Path, Path]) -> None:
    model, manifest = model_copy
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["sha256"] = "0" * 64
    manifest.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ModelIntegrityError, match=r"does not match the manifest's 0{64}$"):
        verify(model, manifest)


def test_model_loads_once_per_process_across_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = model_store.load_verified

    def counting() -> object:
        calls.append(1)
        return real()

    monkeypatch.setattr(model_store, "_MODEL", None)
    monkeypatch.setattr(model_store, "load_verified", counting)
    got: list[object] = []
    barrier = threading.Barrier(6)

    def worker() -> None:
        barrier.wait()
        got.append(get_ner_model())

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1
    assert len(got) == 6 and all(m is got[0] for m in got)
    assert get_ner_model() is got[0]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Anyone else on nights at Ogbomoso General this week?", "FACILITY"),
        ("Transferred from Mkhondo Regional to the ICU at 3am", "FACILITY"),
        ("We moved from Khayamandi to Bellville South last year", "LOCATION"),
        ("Please pray for Busisiwe Mthethwa, she is in ICU", "PERSON"),
    ],
)
def test_model_finds_names_no_list_has(text: str, label: str) -> None:
    found = {(r.entity_type, text[r.start : r.end]) for r in ModelRecognizer().find(text)}
    assert any(t == label for t, _ in found), found


@pytest.mark.parametrize(
    ("text", "start_word", "label", "kept"),
    [
        ("Given IV antibiotics overnight", "IV antibiotics", "PERSON", False),  # clinical only
        ("Moved to Ontario last year", "Ontario", "LOCATION", False),  # Safe Harbor keeps it
        ("Sad news today", "Sad news", "PERSON", False),  # everyday words at a sentence start
        ("so sad news", "sad news", "PERSON", False),  # everyday words, lower case
        ("Thanks to Summer on nights", "Summer", "PERSON", False),  # everyday word: context rules
        ("Tag a friend who needs this", "Tag", "PERSON", False),  # sentence start, not a name
        ("the COPD virtual ward", "COPD virtual ward", "PERSON", False),  # clinical term inside
        ("Ask Busisiwe", "Busisiwe", "PERSON", True),
    ],
)
def test_gate(text: str, start_word: str, label: str, kept: bool) -> None:
    start = text.index(start_word)
    assert keep_span(text, start, start + len(start_word), label, get_lexicon()) is kept


def test_engine_with_and_without_the_model() -> None:
    post = "Nights at Ogbomoso for two years now, loved it"
    assert (
        Anonymizer(model=False).anonymize(post).text
        == "Nights at [CITY_1] for two years now, loved it"
    )
    assert Anonymizer().anonymize(post).text == "Nights at [FACILITY_1] for two years now, loved it"


def test_model_facility_made_of_listed_names_is_a_person() -> None:
    text = "Anyone know if Thandeka Mthethwa still works on nights?"
    found = [(r.entity_type, text[r.start : r.end]) for r in ModelRecognizer().find(text)]
    assert found == [("PERSON", "Thandeka Mthethwa")]


def test_dropout_shortcut_only_skips_the_shipped_inference_model(
    model_copy: tuple[Path, Path],
) -> None:
    """Speed: the parser's per-call dropout walk is skipped for the shipped model alone; any
    other model (e.g. one being trained) still gets its dropout set."""
    from spacy.pipeline import transition_parser

    shipped = ModelRecognizer().ner.model
    other = load_verified(*model_copy).get_pipe("ner").model
    transition_parser.set_dropout_rate(other, 0.3)
    assert {n.attrs["dropout_rate"] for n in other.walk() if "dropout_rate" in n.attrs} == {0.3}
    transition_parser.set_dropout_rate(shipped, 0.0)
    assert {n.attrs["dropout_rate"] for n in shipped.walk() if "dropout_rate" in n.attrs} == {0.0}


def test_direct_recognizer_loop_returns_what_presidio_analyze_returns() -> None:
    engine = Anonymizer()
    texts = [
        json.loads(line)["text"]
        for line in (Path(__file__).parent / "intl_e.jsonl").read_text().splitlines()[:60]
    ]

    def key(results: list) -> list:
        return sorted((r.entity_type, r.start, r.end, r.score) for r in results)

    for text in texts:
        expected = engine.analyzer.analyze(text=text, language="en", score_threshold=0.0)
        assert key(engine._analyze(text)) == key(expected), text
