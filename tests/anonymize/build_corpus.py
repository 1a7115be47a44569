"""Build corpus.jsonl, heldout.jsonl, heldout2.jsonl and the international sets from the
marked-up posts.

Offsets are computed, never typed.

Run: python tests/anonymize/build_corpus.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus_posts import POSTS  # noqa: E402
from heldout2_posts import HELDOUT2  # noqa: E402
from heldout_posts import HELDOUT  # noqa: E402
from intl_a_posts import INTL_A  # noqa: E402
from intl_b_posts import INTL_B  # noqa: E402
from intl_c_posts import INTL_C  # noqa: E402
from intl_d_posts import INTL_D  # noqa: E402
from intl_e_posts import INTL_E  # noqa: E402
from intl_f_posts import INTL_F  # noqa: E402
from intl_g_posts import INTL_G  # noqa: E402
from intl_j_posts import INTL_J  # noqa: E402
from intl_k_posts import INTL_K  # noqa: E402
from intl_m_posts import INTL_M  # noqa: E402
from intl_o_posts import INTL_O  # noqa: E402

MARK = re.compile(r"\{\{([A-Z_]+):(.+?)\}\}|\[\[(.+?)\]\]")
# Titles and kinship words stay outside PERSON spans (they are not identifiers themselves).
TITLE = re.compile(
    r"^(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?|Nurse|Pastor|Uncle|Aunt|Auntie|Abuela|Grandma|GRANDMA)\s+"
)
TYPES = {
    "PERSON", "HANDLE", "EMAIL", "PHONE", "URL", "IP", "ADDRESS", "LOCATION", "FACILITY",
    "DATE", "AGE", "MRN", "ACCOUNT", "HEALTH_PLAN", "LICENSE", "NPI", "SSN", "DEVICE", "VEHICLE",
    "ID", "ROOM",
}  # fmt: skip


def parse(marked: str) -> tuple[str, list[dict[str, object]], list[str]]:
    out: list[str] = []
    spans: list[dict[str, object]] = []
    terms: list[str] = []
    pos = 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        if m.group(1):
            etype, value = m.group(1), m.group(2)
            assert etype in TYPES, etype
            if etype == "PERSON":
                t = TITLE.match(value)
                if t:
                    out.append(t.group())
                    length += len(t.group())
                    value = value[t.end() :]
            spans.append({"start": length, "end": length + len(value), "type": etype})
        else:
            value = m.group(3)
            terms.append(value)
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    for s in spans:
        assert text[s["start"] : s["end"]].strip() == text[s["start"] : s["end"]]  # type: ignore[misc]
    return text, spans, terms


def write(path: Path, prefix: str, posts: list[tuple[str, str]]) -> int:
    lines = []
    for i, (platform, marked) in enumerate(posts, 1):
        text, spans, terms = parse(marked)
        row = {
            "id": f"{prefix}-{i:03d}",
            "platform": platform,
            "text": text,
            "spans": spans,
            "clinical_terms": terms,
        }
        lines.append(json.dumps(row, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


if __name__ == "__main__":
    n = write(HERE / "corpus.jsonl", "c", POSTS)
    h = write(HERE / "heldout.jsonl", "h", HELDOUT)
    h2 = write(HERE / "heldout2.jsonl", "h2", HELDOUT2)
    a = write(HERE / "intl_a.jsonl", "ia", INTL_A)
    b = write(HERE / "intl_b.jsonl", "ib", INTL_B)
    print(f"corpus: {n} posts, held-out: {h} posts, held-out 2: {h2} posts")
    c = write(HERE / "intl_c.jsonl", "ic", INTL_C)
    print(f"international A (development): {a} posts, international B (untouched): {b} posts")
    print(f"international C (development): {c} posts")
    d = write(HERE / "intl_d.jsonl", "id", INTL_D)
    e = write(HERE / "intl_e.jsonl", "ie", INTL_E)
    print(f"international D (scored once untouched, development since): {d} posts")
    print(f"international E (development): {e} posts")
    f = write(HERE / "intl_f.jsonl", "if", INTL_F)
    g = write(HERE / "intl_g.jsonl", "ig", INTL_G)
    print(f"international F (scored once untouched, development since): {f} posts")
    print(f"international G (development, written 2026-12-06 02:22 UTC): {g} posts")
    j = write(HERE / "intl_j.jsonl", "ij", INTL_J)
    print(f"international J (development, written 2026-12-06 05:34 UTC): {j} posts")
    k = write(HERE / "intl_k.jsonl", "ik", INTL_K)
    print(f"international K (development, written 2026-12-06 09:02 UTC): {k} posts")
    m = write(HERE / "intl_m.jsonl", "im", INTL_M)
    print(f"international M (development, written 2026-12-06 12:34 UTC): {m} posts")
    o = write(HERE / "intl_o.jsonl", "io", INTL_O)
    print(f"international O (development, written 2026-12-06 15:54 UTC): {o} posts")
