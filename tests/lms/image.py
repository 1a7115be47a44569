"""The production image's build steps, reproduced without a Docker daemon (tests/lms/
test_image_smoke.py): the build context a clean clone gives after .dockerignore, the runtime
stage's ENV and its RUN steps from the Dockerfile, the services' commands and environment from
docker-compose.yml, and the documented settings from .env.example."""

from __future__ import annotations

import posixpath
import re
import shlex
import shutil
from dataclasses import dataclass, field
from pathlib import Path


# --- .dockerignore ------------------------------------------------------------------------------
def _pattern_regex(pattern: str) -> re.Pattern[str]:
    """Docker's pattern language (moby/patternmatcher): ``*`` and ``?`` stay inside one path
    segment, ``**`` spans any number of segments, ``[...]`` is a class, ``\\`` escapes."""
    out, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
            continue
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            end = pattern.find("]", i + 1)
            if end == -1:
                out.append(re.escape(c))
            else:
                body = pattern[i + 1 : end].replace("\\", "\\\\")
                out.append(f"[^{body[1:]}]" if body.startswith(("^", "!")) else f"[{body}]")
                i = end
        elif c == "\\" and i + 1 < len(pattern):
            i += 1
            out.append(re.escape(pattern[i]))
        else:
            out.append(re.escape(c))
        i += 1
    return re.compile("".join(out))


@dataclass(frozen=True)
class DockerIgnore:
    rules: tuple[tuple[bool, re.Pattern[str]], ...]

    @classmethod
    def parse(cls, text: str) -> DockerIgnore:
        rules = []
        for raw in text.splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            negate = line.startswith("!")
            pattern = posixpath.normpath(line[1:].strip() if negate else line).lstrip("/")
            rules.append((negate, _pattern_regex(pattern)))
        return cls(tuple(rules))

    def excludes(self, relative: str) -> bool:
        """Whether ``relative`` (a path inside the context, with /) stays out of the image: the
        last rule that matches the path or one of its parent folders decides."""
        parts = relative.split("/")
        candidates = ["/".join(parts[: n + 1]) for n in range(len(parts))]
        excluded = False
        for negate, regex in self.rules:
            if any(regex.fullmatch(candidate) for candidate in candidates):
                excluded = not negate
        return excluded


def copy_build_context(source: Path, target: Path) -> list[str]:
    """``COPY . /app``: copy every file of ``source`` that .dockerignore keeps; return them."""
    ignore = DockerIgnore.parse((source / ".dockerignore").read_text())
    kept = []
    for path in sorted(source.rglob("*")):
        if path.is_dir() and not path.is_symlink():
            continue
        relative = path.relative_to(source).as_posix()
        if ignore.excludes(relative):
            continue
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, destination, follow_symlinks=False)
        kept.append(relative)
    return kept


# --- Dockerfile ---------------------------------------------------------------------------------
@dataclass
class Stage:
    name: str
    env: dict[str, str] = field(default_factory=dict)
    runs: list[str] = field(default_factory=list)
    instructions: list[tuple[str, str]] = field(default_factory=list)


def dockerfile_stages(text: str) -> dict[str, Stage]:
    """Each stage's ENV (``k=v`` form) and RUN commands (shell form), continuation lines joined."""
    logical, current = [], ""
    for raw in text.splitlines():
        line = raw.rstrip()
        if not current and (not line.strip() or line.lstrip().startswith("#")):
            continue
        if line.endswith("\\"):
            current += line[:-1] + " "
            continue
        logical.append(current + line)
        current = ""
    stages: dict[str, Stage] = {}
    stage: Stage | None = None
    for line in logical:
        keyword, _, rest = line.strip().partition(" ")
        keyword = keyword.upper()
        if keyword == "FROM":
            words = rest.split()
            name = words[2] if len(words) >= 3 and words[1].upper() == "AS" else str(len(stages))
            stage = stages[name] = Stage(name=name)
            continue
        if stage is None:
            continue
        stage.instructions.append((keyword, rest))
        if keyword == "ENV":
            for word in shlex.split(rest):
                key, _, value = word.partition("=")
                stage.env[key] = value
        elif keyword == "RUN":
            stage.runs.append(rest)
    return stages


# --- .env.example and docker-compose.yml --------------------------------------------------------
def dotenv_values(text: str) -> dict[str, str]:
    """Compose's env_file format: KEY=VALUE lines, # comments, optional surrounding quotes."""
    values = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition("=")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        values[key.strip()] = value
    return values


_INTERPOLATION = re.compile(r"\$\{(\w+)(?::?[-?]([^}]*))?\}")


def interpolate(value: str, variables: dict[str, str]) -> str:
    """Compose's ${VAR}, ${VAR:-default} and ${VAR:?error} against ``variables``."""

    def replace(match: re.Match[str]) -> str:
        name, default = match.group(1), match.group(2)
        if variables.get(name):
            return variables[name]
        if "?" in match.group(0):
            raise KeyError(f"{name} must be set ({default})")
        return default or ""

    return _INTERPOLATION.sub(replace, value)
