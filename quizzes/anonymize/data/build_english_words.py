"""Build ``english_words.txt.gz``: the lower-case entries (3-15 letters) of the "web2" word list
(Webster's Second International Dictionary, 1934, public domain) as shipped by the PyPI package
``english-words`` 2.0.2 (MIT). Developer tool, not needed at run time:

    pip download english-words==2.0.2 --no-deps -d /tmp/ew && unzip -q /tmp/ew/*.whl -d /tmp/ew
    python quizzes/anonymize/data/build_english_words.py /tmp/ew/english_words/data/web2.pickle
"""

from __future__ import annotations

import gzip
import pickle
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    with open(sys.argv[1], "rb") as fh:
        words = pickle.load(fh)  # noqa: S301 - a developer's own download, never at run time
    keep = sorted(w for w in words if re.fullmatch(r"[a-z]{3,15}", w))
    with gzip.GzipFile(HERE / "english_words.txt.gz", "wb", mtime=0) as out:
        out.write(("\n".join(keep) + "\n").encode("ascii"))
    print(f"{len(keep)} words")
