"""Settings for the load benchmark: production settings (DEBUG off, manifest static files,
persistent connections), plus the bare yardstick view when ``BENCH_BARE_VIEW=true``.

bench/load_bench.py runs gunicorn with these and sets DJANGO_SECRET_KEY (generated per run),
ALLOWED_HOSTS=127.0.0.1, SECURE_SSL_REDIRECT=false and DATABASE_URL itself.
"""

from lms.settings.base import env
from lms.settings.production import *  # noqa: F403

if env.bool("BENCH_BARE_VIEW", default=False):
    ROOT_URLCONF = "lms.bench_views"
