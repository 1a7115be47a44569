"""The anonymize_posts / evaluate_anonymizer management commands (no database needed).

Commands are passed to ``call_command`` as instances so the tests also run where the Django app
registry is not set up (e.g. ``pytest -p no:django``); the behaviour is the same as by name.
"""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from quizzes.management.commands import anonymize_posts, evaluate_anonymizer

HERE = Path(__file__).resolve().parent


def _run(src: Path, dst: Path) -> str:
    out = StringIO()
    call_command(anonymize_posts.Command(), str(src), output=str(dst), stdout=out)
    return out.getvalue()


def test_good_file_gives_exact_lines(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": "a1", "text": "Dr. Patel saw my patient Maria in room 412."}\n'
        '{"id": 7, "text": "Sepsis bundle done. #NurseLife"}\n'
        "\n"
        '{"id": "a3", "text": "Email jo@example.org"}\n',
        encoding="utf-8",
    )
    dst = tmp_path / "out.jsonl"
    assert "anonymized 3 posts" in _run(src, dst)
    lines = [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]
    assert lines == [
        {
            "id": "a1",
            "text": "Dr. [DOCTOR_1] saw my patient [PATIENT_1] in [ROOM_1].",
            "findings": [
                {
                    "type": "PERSON",
                    "start": 4,
                    "end": 9,
                    "recognizer": "PersonRecognizer",
                    "score": 0.85,
                },
                {
                    "type": "PERSON",
                    "start": 25,
                    "end": 30,
                    "recognizer": "PersonRecognizer",
                    "score": 0.8,
                },
                {
                    "type": "ROOM",
                    "start": 34,
                    "end": 42,
                    "recognizer": "RoomRecognizer",
                    "score": 0.8,
                },
            ],
        },
        {"id": 7, "text": "Sepsis bundle done. #NurseLife", "findings": []},
        {
            "id": "a3",
            "text": "Email [EMAIL_1]",
            "findings": [
                {
                    "type": "EMAIL",
                    "start": 6,
                    "end": 20,
                    "recognizer": "OfflineEmailRecognizer",
                    "score": 1.0,
                }
            ],
        },
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


@pytest.mark.parametrize(
    ("third_line", "message"),
    [
        ("{not json", "line 3: invalid JSON"),
        ('["a", "b"]', "line 3: expected a JSON object"),
        ('{"id": "x3"}', "line 3: missing field 'text'"),
        ('{"text": "hello"}', "line 3: missing field 'id'"),
        ('{"id": "", "text": "hello"}', "line 3: field 'id' is empty"),
        ('{"id": "x3", "text": ""}', "line 3: field 'text' is empty"),
        ('{"id": "x3", "text": 42}', "line 3: field 'text' must be a string"),
    ],
)
def test_bad_line_stops_run_and_writes_nothing(
    tmp_path: Path, third_line: str, message: str
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": "1", "text": "Call 555-201-3344"}\n{"id": "2", "text": "Hi Maria"}\n'
        + third_line
        + '\n{"id": "4", "text": "ok"}\n',
        encoding="utf-8",
    )
    dst = tmp_path / "out.jsonl"
    with pytest.raises(CommandError) as exc:
        _run(src, dst)
    assert message in str(exc.value)
    assert not dst.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]  # temp file removed


def test_bad_line_keeps_an_existing_output_untouched(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "1", "text": "ok"}\n{"id": "2"}\n', encoding="utf-8")
    dst = tmp_path / "out.jsonl"
    dst.write_text("previous run\n", encoding="utf-8")
    with pytest.raises(CommandError, match="line 2: missing field 'text'"):
        _run(src, dst)
    assert dst.read_text(encoding="utf-8") == "previous run\n"


def test_missing_input_file(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="input file not found"):
        _run(tmp_path / "nope.jsonl", tmp_path / "out.jsonl")


def test_evaluate_command_prints_table() -> None:
    out = StringIO()
    call_command(evaluate_anonymizer.Command(), corpus=str(HERE / "heldout.jsonl"), stdout=out)
    text = out.getvalue()
    assert text.splitlines()[0].split() == ["type", "gold", "recall", "found", "precision"]
    assert "PERSON" in text
    assert "clinical terms kept" in text
    assert "posts with zero leaks: 36/36 = 1.000" in text
    assert " posts/s" in text


def test_evaluate_command_prints_the_side_by_side_summary() -> None:
    out = StringIO()
    call_command(evaluate_anonymizer.Command(), corpus=str(HERE / "heldout.jsonl"), stdout=out)
    lines = out.getvalue().splitlines()
    i = lines.index("same posts, side by side:")
    assert lines[i + 1].split() == ["engine", "recall", "zero-leak", "keep", "posts/s"]
    assert lines[i + 2].startswith("Ethos (rules + NER model)    1.000     1.000  1.000")
    assert lines[i + 3].startswith("Ethos, rules only")
    assert lines[i + 4].startswith("plain Presidio")
    assert len(lines) == i + 5


def test_evaluate_command_no_compare() -> None:
    out = StringIO()
    call_command(
        evaluate_anonymizer.Command(),
        corpus=str(HERE / "heldout.jsonl"),
        no_compare=True,
        stdout=out,
    )
    assert "side by side" not in out.getvalue()


def test_train_command_rejects_bad_sizes() -> None:
    from quizzes.management.commands import train_anonymizer_ner

    with pytest.raises(CommandError, match=r"^--posts must be at least 100$"):
        call_command(train_anonymizer_ner.Command(), posts=5)
    with pytest.raises(CommandError, match=r"^--epochs must be at least 1$"):
        call_command(train_anonymizer_ner.Command(), epochs=0)


def test_batched_intake_writes_what_one_by_one_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Posts are anonymized in batches (``BATCH``); lines, order and findings are exactly those
    of ``anonymize`` post by post, across batch edges and a last, short batch."""
    from quizzes.anonymize import get_anonymizer
    from quizzes.anonymize.evaluate import load_corpus

    monkeypatch.setattr(anonymize_posts, "BATCH", 7)
    texts = [row["text"] for row in load_corpus(HERE / "intl_c.jsonl")][:40]
    src = tmp_path / "in.jsonl"
    src.write_text(
        "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts)),
        encoding="utf-8",
    )
    dst = tmp_path / "out.jsonl"
    assert _run(src, dst) == f"anonymized 40 posts -> {dst}\n"
    engine = get_anonymizer()
    want = []
    for i, t in enumerate(texts):
        r = engine.anonymize(t)
        findings = [
            {"type": f.type, "start": f.start, "end": f.end, "recognizer": f.recognizer,
             "score": round(f.score, 2)}
            for f in r.findings
        ]  # fmt: skip
        want.append({"id": i, "text": r.text, "findings": findings})
    got = [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]
    assert got == want
    assert sum(len(row["findings"]) for row in got) > 40
