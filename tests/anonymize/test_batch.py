"""``anonymize_many`` (the model reads a batch in one pass) gives exactly what ``anonymize``
gives post by post."""

from quizzes.anonymize import Anonymizer
from quizzes.anonymize.evaluate import load_corpus
from tests.anonymize.test_anonymizer import HERE


def test_batch_results_equal_one_by_one():
    texts = [row["text"] for row in load_corpus(HERE / "intl_a.jsonl")]
    texts += ["", texts[0]]  # an empty post, and a repeat
    engine = Anonymizer()
    one_by_one = [engine.anonymize(t) for t in texts]
    batch = engine.anonymize_many(texts)
    assert [r.text for r in batch] == [r.text for r in one_by_one]
    assert [[(f.start, f.end, f.placeholder) for f in r.findings] for r in batch] == [
        [(f.start, f.end, f.placeholder) for f in r.findings] for r in one_by_one
    ]
