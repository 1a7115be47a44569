"""Check a set file a writer made under tests/anonymize/labelling_guide.md.

    python tests/anonymize/check_set.py FILE VARNAME

Prints the number of posts, the platforms and the spans per type, then every problem (an
unknown platform or type, a duplicate post, stray or nested brackets, a span with outer
spaces), or OK. It imports nothing of the anonymizer: a writer may run it without seeing it.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter

MARK = re.compile(r"\{\{([A-Z_]+):(.+?)\}\}|\[\[(.+?)\]\]")
TYPES = {
    "PERSON", "HANDLE", "EMAIL", "PHONE", "URL", "IP", "ADDRESS", "LOCATION", "FACILITY",
    "DATE", "AGE", "MRN", "ACCOUNT", "HEALTH_PLAN", "LICENSE", "NPI", "SSN", "DEVICE", "VEHICLE",
    "ID", "ROOM",
}  # fmt: skip
PLATFORMS = {"reddit", "x", "tiktok", "facebook", "whatsapp", "linkedin", "instagram"}


def problems(posts: list[tuple[str, str]]) -> tuple[Counter[str], Counter[str], list[str]]:
    types: Counter[str] = Counter()
    platforms: Counter[str] = Counter()
    texts: set[str] = set()
    errors: list[str] = []
    for i, (platform, marked) in enumerate(posts, 1):
        if platform not in PLATFORMS:
            errors.append(f"post {i}: platform {platform!r}")
        platforms[platform] += 1
        plain = MARK.sub(lambda m: m.group(2) or m.group(3), marked)
        if any(b in plain for b in ("{{", "}}", "[[", "]]")):
            errors.append(f"post {i}: stray or nested brackets")
        if plain in texts:
            errors.append(f"post {i}: duplicate")
        texts.add(plain)
        for m in MARK.finditer(marked):
            if m.group(1):
                if m.group(1) not in TYPES:
                    errors.append(f"post {i}: unknown type {m.group(1)}")
                if m.group(2) != m.group(2).strip():
                    errors.append(f"post {i}: span with outer spaces {m.group(2)!r}")
                types[m.group(1)] += 1
            else:
                types["keep"] += 1
    return platforms, types, errors


def main(path: str, name: str) -> int:
    spec = importlib.util.spec_from_file_location("set_file", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    posts = getattr(module, name)
    platforms, types, errors = problems(posts)
    print(len(posts), "posts")
    print(dict(platforms))
    print(dict(types))
    print("\n".join(errors) or "OK")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
