"""Settings for the load benchmark: production settings (DEBUG off, manifest static files,
persistent connections), the bench app (``generate_load``), plus the bare yardstick view
(bench/urls.py) when ``BENCH_BARE_VIEW=true``.

bench/load_bench.py runs gunicorn with these and sets DJANGO_SECRET_KEY (generated per run),
ALLOWED_HOSTS=127.0.0.1, SECURE_SSL_REDIRECT=false and DATABASE_URL itself.
"""

from lms.settings.base import env
from lms.settings.production import *  # noqa: F403
from lms.settings.production import INSTALLED_APPS

if "bench" not in INSTALLED_APPS:
    INSTALLED_APPS = [*INSTALLED_APPS, "bench"]
if env.bool("BENCH_BARE_VIEW", default=False):
    ROOT_URLCONF = "bench.urls"
