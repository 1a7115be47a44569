"""Browser journeys: real headless Chromium (Debian's package) driven by Playwright, with an
axe-core accessibility check and a Content-Security-Policy check (no violation reported in the
console) on every page a journey visits.

Nothing is downloaded: Playwright launches /usr/bin/chromium through ``executable_path`` and axe
is the copy bundled in the axe-playwright-python wheel.
"""

import os
import re
import shutil
from pathlib import Path

import pytest

from tests.dbstate import restore_migration_data

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make between
# browser steps are ordinary synchronous calls, so tell Django not to refuse them.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "e2e"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = {"serious", "critical"}


def _axe_source() -> str:
    import axe_playwright_python

    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        reason = f"needs Debian's chromium at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true but {reason}", pytrace=False)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield b
        b.close()


class Journey:
    """A page plus the checks every journey step wants: axe on each page, screenshots."""

    def __init__(self, page, base_url: str, name: str):
        self.page = page
        self.base_url = base_url.rstrip("/")
        self.name = name
        self.visited: list[str] = []
        self._axe = _axe_source()
        # Content-Security-Policy violations, as the browser reports them in the console
        # ("Refused to execute inline script because it violates ... Content Security Policy").
        self.csp_violations: list[str] = []
        page.on("console", self._on_console)

    def _on_console(self, message) -> None:
        if "Content Security Policy" in message.text:
            self.csp_violations.append(f"{self.page.url}: {message.text}")

    def check_csp(self, label: str) -> None:
        """No CSP violation reported in the console since the journey started."""
        report = "\n".join(self.csp_violations)
        assert not self.csp_violations, f"{label}: Content-Security-Policy violations:\n{report}"

    def goto(self, path: str):
        self.page.goto(self.base_url + path)
        return self.page

    def check_a11y(self, label: str) -> None:
        """Run axe-core (WCAG 2.1 A/AA) on the current page; fail on serious/critical issues."""
        self.page.evaluate(self._axe)
        result = self.page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
        )
        blocking = [v for v in result["violations"] if v.get("impact") in BLOCKING]
        self.visited.append(self.page.url)
        report = "\n".join(
            f"- {v['id']} [{v['impact']}]: {v['help']} -> "
            + ", ".join(n["target"][0] if n["target"] else "?" for n in v["nodes"][:5])
            for v in blocking
        )
        assert not blocking, f"{label} ({self.page.url}) has accessibility violations:\n{report}"

    def screenshot(self, label: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        slug = re.sub(r"[^a-z0-9]+", "-", f"{self.name}-{label}".lower()).strip("-")
        path = ARTIFACTS / f"{slug}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def step(self, label: str) -> None:
        """Every page a journey visits: axe check, then a screenshot artefact."""
        self.page.wait_for_load_state("networkidle")
        # axe measures colours as rendered: let finite transitions/animations (a fading-in
        # message) finish first, or a slow machine catches them half-way and reports contrast.
        self.page.evaluate(_SETTLE_ANIMATIONS)
        self.check_csp(label)
        self.check_a11y(label)
        self.screenshot(label)


_SETTLE_ANIMATIONS = """() => Promise.race([
  Promise.all(document.getAnimations()
    .filter((a) => a.effect && a.effect.getComputedTiming().iterations !== Infinity)
    .map((a) => a.finished.catch(() => null))),
  new Promise((resolve) => setTimeout(resolve, 5000)),
])"""


@pytest.fixture(scope="module", autouse=True)
def _leave_migration_data(django_db_blocker):
    """The journeys' flushes must not leave the next test modules without what migrations made."""
    yield
    with django_db_blocker.unblock():
        restore_migration_data()


# Every journey runs at a desktop size and at a phone size (an iPhone 13's CSS viewport, touch):
# the same steps, axe checks and screenshots (named ...-desktop-... / ...-phone-...).
VIEWPORTS = {
    "desktop": {"viewport": {"width": 1280, "height": 900}},
    "phone": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True},
}


@pytest.fixture(params=list(VIEWPORTS))
def journey(browser, live_server, request):
    restore_migration_data()
    context = browser.new_context(
        **VIEWPORTS[request.param], accept_downloads=True, reduced_motion="reduce"
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    j = Journey(page, live_server.url, request.node.name)
    yield j
    # Pages a journey passed through without a step() (redirects, downloads) count too.
    if getattr(request.node, "rep_call", None) is not None and request.node.rep_call.passed:
        j.check_csp("end of journey")
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        # What the browser showed when the journey broke: screenshot and HTML, for the CI log.
        try:
            j.screenshot("failure")
            (ARTIFACTS / f"{j.name}-failure.html").write_text(page.content())
        except Exception:  # noqa: S110 - a dead page must not hide the real failure
            pass
    context.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


# --- The real curriculum, one course at a time ------------------------------------------------

CURRICULUM = Path(__file__).resolve().parents[2] / "content" / "curriculum"


def curriculum_subset(dest: Path, *course_dirs: str) -> Path:
    """A curriculum folder holding only ``course_dirs`` (copied verbatim from the shipped
    curriculum), the credit types and the cases their quizzes use. Loading the whole curriculum
    anonymizes every case and takes ~25 s on the 2-core CI box; one real course takes a few."""
    import yaml

    dest.mkdir(parents=True, exist_ok=True)
    (dest / "cases").mkdir(exist_ok=True)
    shutil.copy(CURRICULUM / "credit_types.yaml", dest / "credit_types.yaml")
    case_files = {
        yaml.safe_load(p.read_text())["slug"]: p for p in (CURRICULUM / "cases").glob("*.yaml")
    }
    for name in course_dirs:
        shutil.copytree(CURRICULUM / name, dest / name, dirs_exist_ok=True)
        quiz = dest / name / "quiz.yaml"
        if quiz.exists():
            data = yaml.safe_load(quiz.read_text())
            slugs = [item["case"] for item in data.get("questions") or []]
            slugs += [slug for pool in data.get("pools") or [] for slug in pool["cases"]]
            for slug in dict.fromkeys(slugs):
                src = case_files[slug]
                shutil.copy(src, dest / "cases" / src.name)
    return dest


@pytest.fixture(scope="session")
def course_sources(tmp_path_factory):
    """course folder name -> a curriculum folder holding just that course (built once)."""
    built: dict[str, Path] = {}

    def _get(name: str) -> Path:
        if name not in built:
            built[name] = curriculum_subset(tmp_path_factory.mktemp(name), name)
        return built[name]

    return _get


@pytest.fixture
def load_course(course_sources, live_server):
    """load_course("07-digital-literacy-essentials") -> its live CoursePage, loaded with the real
    ``load_curriculum`` command. Journeys are transactional (the live server thread must see the
    data), so each test loads what it needs."""
    from django.core.management import call_command

    from content.models import CoursePage

    restore_migration_data()

    def _load(name: str) -> CoursePage:
        call_command("load_curriculum", root=course_sources(name), verbosity=0)
        slug = (CURRICULUM / name / "course.yaml").read_text().split("slug:", 1)[1].split()[0]
        return CoursePage.objects.live().get(slug=slug)

    return _load


def tab_to(page, selector: str, *, limit: int = 400, key: str = "Tab") -> None:
    """Press Tab until the focused element matches ``selector`` (keyboard-only navigation).
    Reading which element has focus is observation, not interaction."""
    for _ in range(limit):
        if page.evaluate(
            "s => !!document.activeElement && document.activeElement.matches(s)", selector
        ):
            return
        page.keyboard.press(key)
    raise AssertionError(f"{selector!r} never received focus after {limit} presses of {key}")
