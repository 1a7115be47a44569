"""Train the anonymizer's NER layer (PERSON, FACILITY, LOCATION) from synthetic and human posts.

    python -m quizzes.anonymize.training.train [--posts 10000] [--human-copies 3] [--epochs 6]
        [--seed 19] [--exclude intl_g ...] [--out DIR]

The training data: ``--posts`` synthetic posts (``generate.py``) plus every human-written
labelled post of ``tests/anonymize/*.jsonl`` (``human.py``) and ``--human-copies`` copies of
each with its names, facilities and places replaced. ``--exclude SET`` leaves a set (and its
copies) out, to measure the model on it by cross-validation; ``--out`` writes such a model
elsewhere than the shipped one.

A blank English spaCy pipeline with one small ``ner`` component (hash embeddings over NORM,
PREFIX, SUFFIX and SHAPE, a 2-layer CNN, no pretrained vectors, nothing downloaded). Writes the
pipeline to ``quizzes/anonymize/model/ner/`` and its SHA-256 manifest to
``quizzes/anonymize/model/MANIFEST.json``; the loader refuses a pipeline whose files do not match.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import time
from pathlib import Path

import spacy
from spacy.training import Example
from spacy.util import compounding, fix_random_seed, minibatch

from ..model_store import MODEL_DIR, write_manifest
from .generate import Generator
from .human import MODEL_LABELS, human_posts

LABELS = ("PERSON", "FACILITY", "LOCATION")
NER_CONFIG = {
    "model": {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner",
        "extra_state_tokens": False,
        "hidden_width": 64,
        "maxout_pieces": 2,
        "use_upper": True,
        "tok2vec": {
            "@architectures": "spacy.HashEmbedCNN.v2",
            "pretrained_vectors": None,
            "width": 64,
            "depth": 2,
            "embed_size": 3000,
            "window_size": 1,
            "maxout_pieces": 3,
            "subword_features": True,
        },
    }
}


def build_examples(nlp: spacy.Language, posts: list[dict[str, object]]) -> list[Example]:
    out = []
    for p in posts:
        doc = nlp.make_doc(str(p["text"]))
        ents = []
        for start, end, label in p["spans"]:  # type: ignore[attr-defined]
            span = doc.char_span(start, end, label=label, alignment_mode="contract")
            if span is None or span.text != str(p["text"])[start:end]:
                ents = None
                break
            ents.append((span.start_char, span.end_char, label))
        if ents is None:
            continue  # a label that does not fall on token boundaries: skip the post
        out.append(Example.from_dict(doc, {"entities": ents}))
    return out


def build_human_examples(nlp: spacy.Language, posts: list[dict[str, object]]) -> list[Example]:
    """Human posts: PERSON/FACILITY/LOCATION spans are entities; the tokens of every other
    identifier (dates, phones, addresses…) and of a name glued inside a longer token
    ("#prayforhope") are *missing* ("-"): the model is neither taught nor punished there."""
    out = []
    for p in posts:
        doc = nlp.make_doc(str(p["text"]))
        tags = ["O"] * len(doc)
        for s in p["spans"]:  # type: ignore[attr-defined]
            start, end, label = int(s["start"]), int(s["end"]), str(s["type"])
            span = doc.char_span(start, end, alignment_mode="strict")
            if label in MODEL_LABELS and span is not None:
                toks = list(range(span.start, span.end))
                if len(toks) == 1:
                    tags[toks[0]] = f"U-{label}"
                else:
                    tags[toks[0]] = f"B-{label}"
                    for i in toks[1:-1]:
                        tags[i] = f"I-{label}"
                    tags[toks[-1]] = f"L-{label}"
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                for i in range(span.start, span.end):
                    tags[i] = "-"
        out.append(Example.from_dict(doc, {"entities": tags}))
    return out


def train(
    posts: int,
    epochs: int,
    seed: int,
    out_dir: Path = MODEL_DIR,
    human_copies: int = 3,
    exclude: tuple[str, ...] = (),
) -> dict[str, object]:
    fix_random_seed(seed)
    rnd = random.Random(seed)
    gen = Generator(seed)
    data = list(gen.posts(posts))
    human = list(human_posts(gen, seed, human_copies, exclude)) if human_copies >= 0 else []
    dev_n = max(200, posts // 20)
    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner", config=NER_CONFIG)
    for label in LABELS:
        ner.add_label(label)
    train_ex = build_examples(nlp, data[dev_n:]) + build_human_examples(nlp, human)
    dev_ex = build_examples(nlp, data[:dev_n])
    optimizer = nlp.initialize(lambda: train_ex, sgd=None)
    t0 = time.perf_counter()
    history = []
    for epoch in range(epochs):
        rnd.shuffle(train_ex)
        losses: dict[str, float] = {}
        for batch in minibatch(train_ex, size=compounding(8.0, 64.0, 1.2)):
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
        scores = nlp.evaluate(dev_ex)
        history.append(
            {"epoch": epoch + 1, "loss": round(float(losses.get("ner", 0.0)), 1),
             "ents_f": round(float(scores["ents_f"]), 4)}
        )  # fmt: skip
        print(
            f"epoch {epoch + 1}: loss {losses.get('ner', 0.0):.1f} dev F {scores['ents_f']:.4f}",
            flush=True,
        )
    seconds = time.perf_counter() - t0
    nlp.meta.update(
        {"name": "ethos_anonymizer_ner", "version": "1.0.0",
         "description": "Ethos anonymizer NER layer, trained on synthetic posts",
         "license": "MIT (training data: Faker locales, Ethos templates and lists)"}
    )  # fmt: skip
    if out_dir.exists():
        shutil.rmtree(out_dir)
    nlp.to_disk(out_dir)
    info = {
        "seed": seed, "posts": posts, "epochs": epochs, "train_examples": len(train_ex),
        "human_posts": len(human), "human_copies": human_copies, "excluded_sets": list(exclude),
        "dev_examples": len(dev_ex), "train_seconds": round(seconds, 1), "history": history,
        "spacy": spacy.__version__,
    }  # fmt: skip
    return write_manifest(out_dir, info, manifest=out_dir.parent / "MANIFEST.json")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10000)
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--human-copies", type=int, default=3, help="-1: no human posts")
    parser.add_argument("--exclude", nargs="*", default=[], help="human sets to leave out")
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    manifest = train(
        args.posts, args.epochs, args.seed, args.out.resolve(), args.human_copies,
        tuple(args.exclude),
    )  # fmt: skip
    print(json.dumps({k: manifest[k] for k in ("sha256", "size_bytes")}, indent=1))


if __name__ == "__main__":
    main()
