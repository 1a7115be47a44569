"""Settings for every environment, read from the environment (django-environ).

Defaults give the embedded mode: SQLite, Celery tasks run eagerly in-process, console email,
media on local disk. Production overrides live in ``production.py``; tests in ``test.py``.
"""

from datetime import timedelta
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

from core.converters import MAX_ID

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
# A local .env file is read for development convenience; the production image sets
# DJANGO_READ_DOT_ENV_FILE=false, so its settings come from the container's environment only.
if env.bool("DJANGO_READ_DOT_ENV_FILE", default=True):
    environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

# --- Core -------------------------------------------------------------------------------------
# The development default key is for the embedded mode only; production.py requires its own.
SECRET_KEY = env(
    "DJANGO_SECRET_KEY", default="dev-insecure-key-change-me-0123456789abcdefghijklmnop"
)
DEBUG = env.bool("DJANGO_DEBUG", default=True)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAIL_SITE_NAME = "Ethos"
PLATFORM_NAME = env("PLATFORM_NAME", default="Ethos")

INSTALLED_APPS = [
    # Project apps first so their templates override library ones.
    "accounts",
    "notifications",
    "institutions",
    "content",
    "courses",
    "quizzes",
    "certificates",
    "compliance",
    # LTI 1.3 tool (lti/: Ethos glue on django-lti's lti_tool)
    "lti",
    "lti_tool",
    "scim",
    "lms",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # API
    "rest_framework",
    "knox",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    # Login lockout and Content-Security-Policy (README: Security)
    "axes",
    "csp",
]

# BENCH=true adds the benchmarks' app (bench/: ``manage.py generate_load``); production code never
# imports bench/, and the image leaves it out.
BENCH = env.bool("BENCH", default=False)
if BENCH:
    INSTALLED_APPS.append("bench")

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy per area (lms/csp.py, README: Security)
    "lms.csp.AreaCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # NUL/control characters and JSON depth, before any view reads the input (README: Security)
    "lms.inputpolicy.InputPolicyMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "lms.errors.BrandedErrorPagesMiddleware",
    # Login lockout: answers a locked sign-in with the view's own (wrong-password) answer.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "lms.urls"
WSGI_APPLICATION = "lms.wsgi.application"
ASGI_APPLICATION = "lms.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "lms.context_processors.platform",
            ],
            # {% url %} with its answers kept per process (same syntax and output).
            "builtins": ["core.templating"],
        },
    },
]

# --- Database ---------------------------------------------------------------------------------
# SQLite unless DATABASE_URL is set (bakerydemo's rule).
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {})
    # WAL + a busy timeout so the embedded server and the in-process tasks do not trip over
    # SQLite's single writer lock.
    DATABASES["default"]["OPTIONS"].update(
        {"timeout": 20, "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Auth -------------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
# ModelBackend, with the signed-in user's row kept in the cache and django-axes' lockout check
# before any password is (accounts/backends.py; README: Security, login lockout).
AUTHENTICATION_BACKENDS = ["accounts.backends.CachedModelBackend"]
USER_CACHE_SECONDS = env.int("USER_CACHE_SECONDS", default=300)
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "/my-learning/"  # a learner signs in to carry on learning
LOGOUT_REDIRECT_URL = "/"

# --- I18n -------------------------------------------------------------------------------------
LANGUAGE_CODE = "en-us"
TIME_ZONE = env("TIME_ZONE", default="UTC")
USE_I18N = True
# One date format site-wide (5 December 2026): lms/formats/en/formats.py overrides the locale's.
FORMAT_MODULE_PATH = ["lms.formats"]
USE_TZ = True

# --- Static and media -------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(BASE_DIR / "media")))
# MEDIA_STORAGE: "local" (default) or "s3" (any S3-compatible store, via django-storages).
MEDIA_STORAGE = env("MEDIA_STORAGE", default="local")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if MEDIA_STORAGE == "s3":
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env("AWS_S3_ENDPOINT_URL", default=None),
            "region_name": env("AWS_S3_REGION_NAME", default=None),
            "access_key": env("AWS_ACCESS_KEY_ID", default=None),
            "secret_key": env("AWS_SECRET_ACCESS_KEY", default=None),
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
elif MEDIA_STORAGE != "local":
    raise ImproperlyConfigured(f"MEDIA_STORAGE must be 'local' or 's3', not {MEDIA_STORAGE!r}")
# Serve static files straight from the app folders in the embedded mode (no collectstatic).
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

# --- Email ------------------------------------------------------------------------------------
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Ethos <no-reply@ethos.example>")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

# --- Cache ------------------------------------------------------------------------------------
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://ethos")}
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    # Django's backend, with one Redis client per connection pool (core/cache.py).
    CACHES["default"]["BACKEND"] = "core.cache.RedisCache"

# --- Celery -----------------------------------------------------------------------------------
# No broker configured = embedded mode: tasks run eagerly in the calling process.
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="")
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND", default=None)
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_DEFAULT_QUEUE = env("CELERY_TASK_DEFAULT_QUEUE", default="celery")
# A message a killed worker had taken (acks_late) goes back to the queue after this many seconds
# (Redis transport); keep it above the longest task.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=3600)
}
# Periodic jobs: one schedule (lms/schedule.py) for Celery beat and for the in-process scheduler
# that runs it inside `make run` when there is no broker (README "Scheduled jobs").
from lms.schedule import beat_schedule  # noqa: E402

CELERY_BEAT_SCHEDULE = beat_schedule()
SCHEDULER_IN_PROCESS = env.bool("SCHEDULER_IN_PROCESS", default=CELERY_TASK_ALWAYS_EAGER)

# --- Compliance (compliance/) ----------------------------------------------------------------
# Daily at 06:00 (lms/schedule.py): assign newcomers, record the day's snapshot, send reminders
# and escalations. Every step is idempotent (unique keys), so a second beat process or a retry
# sends nothing twice.
# --- end Compliance ---------------------------------------------------------------------------

# --- Single sign-on (sso/, README: Single sign-on) ------------------------------------------
# django-allauth's OpenID Connect and SAML 2.0 providers; each institution's identity provider is
# a row of sso.IdentityProvider, handed to allauth by sso.adapter (no SocialApp rows, no allauth
# account pages: the sign-in page stays accounts/'s, with "Sign in with your organisation").
INSTALLED_APPS += [
    "sso",
    "allauth",
    "allauth.account",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    "allauth.socialaccount.providers.saml",
]
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
    "allauth.account.middleware.AccountMiddleware",
)
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*"]
ACCOUNT_EMAIL_VERIFICATION = "none"
SOCIALACCOUNT_ADAPTER = "sso.adapter.EthosSocialAccountAdapter"
SOCIALACCOUNT_AUTO_SIGNUP = True
# A provider's email never signs in to (or links) an existing account by itself: sso.adapter
# decides (an active member of that institution only).
SOCIALACCOUNT_EMAIL_AUTHENTICATION = False
SOCIALACCOUNT_EMAIL_AUTHENTICATION_AUTO_CONNECT = False
SOCIALACCOUNT_EMAIL_VERIFICATION = "none"
SOCIALACCOUNT_STORE_TOKENS = False
SOCIALACCOUNT_LOGIN_ON_GET = False
# Password sign-in refused for members of institutions that require single sign-on
# (accounts/backends.py and accounts/forms.py call it by this dotted path; accounts sits below sso).
PASSWORD_LOGIN_POLICY = "sso.selectors.password_login_refusal"
# --- end Single sign-on -----------------------------------------------------------------------

# --- Wagtail ----------------------------------------------------------------------------------
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "pdf", "txt"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Pages behind a "login required" view restriction send visitors to our login page, not
# Wagtail's bare /_util/login/.
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL

# --- Performance (README: Performance) -------------------------------------------------------
# Sessions read through the cache (written through to the database) when the cache is shared by
# every process (Redis): with a per-process cache a logout in one worker would leave the session
# alive in the others' caches, so then sessions stay database-only. core.sessions is Django's
# cached_db whose cache read can come in the page cache's lookup batch (one round trip a kept page).
CACHE_IS_SHARED = not CACHES["default"]["BACKEND"].endswith(("LocMemCache", "DummyCache"))
if CACHE_IS_SHARED:
    SESSION_ENGINE = "core.sessions"
# Public verification page: a certificate is kept in the cache this long; every save drops it,
# so a revocation shows at once on a shared cache and within this many seconds otherwise.
CERTIFICATES_VERIFY_CACHE_SECONDS = env.int("CERTIFICATES_VERIFY_CACHE_SECONDS", default=30)
# Rendered lesson blocks and catalog cards, keyed by the page's state (Wagtail's page cache key,
# which changes on every publish); this only bounds how long a changed link target may show.
CONTENT_FRAGMENT_CACHE_SECONDS = env.int("CONTENT_FRAGMENT_CACHE_SECONDS", default=3600)
# Wagtail's Site lookup of page requests, kept in process memory for 60 s (content.middleware).
MIDDLEWARE.append("content.middleware.SiteLookupMiddleware")
# Whole learner pages kept per visitor and served without the view (core/pagecache.py): on by
# default only with a shared cache, where every worker sees every invalidation. Last in
# MIDDLEWARE, so sessions, CSRF, messages and security headers run for every kept page.
PAGE_CACHE = env.bool("PAGE_CACHE", default=CACHE_IS_SHARED)
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)
# Kept pages are stored as they were sent (a hit inflated a zlib copy for ~50 µs of its ~0.5 ms);
# true keeps them zlib-compressed instead, about 2.5× less Redis memory (README: Performance).
PAGE_CACHE_COMPRESS = env.bool("PAGE_CACHE_COMPRESS", default=False)
MIDDLEWARE.append("core.pagecache.PageCacheMiddleware")
# Routed pages, course outlines and the header's per-person links kept for every worker, keyed
# by the generations the page cache bumps (content/shared.py): on only with a shared cache, where
# every worker sees every bump. After the page cache, so a kept page costs no routing.
SHARED_CONTENT_CACHE = env.bool("SHARED_CONTENT_CACHE", default=CACHE_IS_SHARED)
MIDDLEWARE.append("content.middleware.SharedRouteMiddleware")
# --- end Performance --------------------------------------------------------------------------

# --- Curriculum and credit -------------------------------------------------------------------
# Printed in credit designation statements ({provider}); each CreditType may override it.
CREDIT_PROVIDER_NAME = env("CREDIT_PROVIDER_NAME", default="Ethos Continuing Education")
# Largest raw-post file (CSV / JSON Lines) an author may import for anonymization.
POST_IMPORT_MAX_BYTES = env.int("POST_IMPORT_MAX_BYTES", default=5 * 1024 * 1024)
# `manage.py load_curriculum` calls these in order, inside one transaction, by dotted path (so
# content never imports the apps above it). Each is called as
# loader(*, root: Path, courses: dict[str, CoursePage], log: Callable[[str], None]).
CURRICULUM_LOADERS = ["content.loader.load_courses", "quizzes.loader.load_quizzes"]

# --- Certificates -----------------------------------------------------------------------------
# Open Badges 3.0 issuer key (RSA ≥ 2048 bits, signs RS256; or Ed25519, EdDSA), private key in PEM:
# OB_SIGNING_KEY holds the PEM text (literal "\n" escapes are accepted), OB_SIGNING_KEY_FILE a
# path to it. Production requires one of them
# (`manage.py check --deploy` fails with certificates.E001). With DEBUG on and neither set, the
# key `manage.py ensure_dev_keys` writes to OB_DEV_SIGNING_KEY_FILE is used (`make run` does this).
OB_SIGNING_KEY = env("OB_SIGNING_KEY", default="")
OB_SIGNING_KEY_FILE = env("OB_SIGNING_KEY_FILE", default="")
OB_DEV_SIGNING_KEY_FILE = BASE_DIR / "var" / "dev-signing-key.pem"
# Key rotation: PEM files (comma-separated) of keys that signed earlier credentials. Only their
# public half is read; they stay published (JWKS, kid URLs) so those credentials still verify.
OB_RETIRED_KEY_FILES = env.list("OB_RETIRED_KEY_FILES", default=[])
# Verification (API and /verify/ pages) shares the DRF throttle scope "verify" (VERIFY_RATE_LIMIT).

# --- HTTP security (README: Security) ----------------------------------------------------------
# How many reverse proxies stand in front of the app; the client address is the N-th entry from
# the right of X-Forwarded-For, or REMOTE_ADDR with 0 (core/clientip.py). Every throttle and the
# login lockout use it.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
if TRUSTED_PROXY_COUNT < 0:
    raise ImproperlyConfigured("TRUSTED_PROXY_COUNT must be 0 or more.")

# Login lockout (django-axes) for every authenticate(): the sign-in page, the API token endpoint,
# the Wagtail and Django admin logins.
# LOGIN_FAILURE_LIMIT failed sign-ins for one account (from any address), or from one client
# address (for any accounts), lock that account / address for LOGIN_LOCKOUT_MINUTES after the
# last failure. A locked sign-in gets exactly the answer of a wrong password.

AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=10)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("LOGIN_LOCKOUT_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
# A sign-in clears only its account's failures (accounts.lockout), never the address's.
AXES_RESET_ON_SUCCESS = False
# Failures only: no table of every successful sign-in (address, browser) kept forever.
AXES_DISABLE_ACCESS_LOG = True
AXES_CLIENT_IP_CALLABLE = "core.clientip.client_ip"
AXES_USERNAME_CALLABLE = "accounts.lockout.credentials_username"
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
AXES_SENSITIVE_PARAMETERS = ["password", "password1", "password2"]
# Password reset requests: per account and per client address in each clock hour; over either
# limit the page answers as usual and no email is sent.
PASSWORD_RESET_RATE_LIMIT = env.int("PASSWORD_RESET_RATE_LIMIT", default=5)

# Input policy (lms/inputpolicy.py): NUL and other control characters are refused in paths,
# query strings, form fields and JSON bodies, and JSON bodies nest at most this deep.
JSON_MAX_DEPTH = env.int("JSON_MAX_DEPTH", default=32)

# Content-Security-Policy (django-csp, lms/csp.py). The site runs no inline script or style;
# EMBED_FRAME_ORIGINS (env CSP_FRAME_SRC) lists the origins lesson video embeds load from,
# MEDIA_ORIGINS (env CSP_MEDIA_SRC) any origin media files are served from (an S3 bucket's).
from csp.constants import NONE, SELF, UNSAFE_INLINE  # noqa: E402

EMBED_FRAME_ORIGINS = env.list(
    "CSP_FRAME_SRC",
    default=[
        "https://www.youtube-nocookie.com",
        "https://player.vimeo.com",
    ],
)
MEDIA_ORIGINS = env.list("CSP_MEDIA_SRC", default=[])
_CSP_SITE = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF],
    "img-src": [SELF, "data:", *MEDIA_ORIGINS],
    "media-src": [SELF, *MEDIA_ORIGINS],
    "font-src": [SELF],
    "connect-src": [SELF],
    "frame-src": [SELF, *EMBED_FRAME_ORIGINS],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [NONE],
}
CONTENT_SECURITY_POLICY = {"DIRECTIVES": _CSP_SITE}
_CSP_ADMIN = {
    **_CSP_SITE,
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:", *MEDIA_ORIGINS],
    # Wagtail's page preview is an iframe of our own pages.
    "frame-ancestors": [SELF],
}
# No Gravatar images in the Wagtail admin: they would send a hash of each editor's email to a
# third party (and need that origin in the admin's policy). Wagtail shows its default avatar.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
CONTENT_SECURITY_POLICY_AREAS = {
    "/cms/": _CSP_ADMIN,
    "/django-admin/": _CSP_ADMIN,
    "/api/docs/": {**_CSP_SITE, "style-src": [SELF, UNSAFE_INLINE], "img-src": [SELF, "data:"]},
}

# --- API --------------------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "lms.api.authentication.ExpiringTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "core.api_errors.exception_handler",
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_THROTTLE_RATES": {"verify": env("VERIFY_RATE_LIMIT", default="60/minute")},
    # Our throttles key on core.clientip.client_ip; this keeps any DRF throttle that does not
    # from believing the whole client-written X-Forwarded-For header.
    "NUM_PROXIES": TRUSTED_PROXY_COUNT,
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}
# API tokens (django-rest-knox): stored as SHA-512 digests, sent as `Authorization: Token <token>`,
# expire after API_TOKEN_TTL_DAYS, listed and revocable on the profile page; each sign-in through
# POST /api/v1/auth/token/ issues a new one, and only the newest API_TOKEN_MAX_PER_USER stay valid.
API_TOKEN_TTL_DAYS = env.int("API_TOKEN_TTL_DAYS", default=30)
API_TOKEN_MAX_PER_USER = env.int("API_TOKEN_MAX_PER_USER", default=10)
REST_KNOX = {
    "TOKEN_TTL": timedelta(days=API_TOKEN_TTL_DAYS),
    "AUTH_HEADER_PREFIX": "Token",
    "AUTO_REFRESH": False,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Ethos API",
    "DESCRIPTION": "Public REST API of the Ethos training platform (v1).",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "PREPROCESSING_HOOKS": ["lms.api.schema.only_public_api"],
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "lms.api.schema.add_error_responses",
    ],
    "COMPONENT_SPLIT_REQUEST": True,
    # <id:pk> in URLs (core/converters.py): an integer of at most 18 digits.
    "PATH_CONVERTER_OVERRIDES": {"id": {"type": "integer", "minimum": 0, "maximum": MAX_ID}},
    # Swagger UI served from our own static files: no CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# --- Security defaults (production.py hardens further) ----------------------------------------
# (TRUSTED_PROXY_COUNT, the login lockout and the input policy are set further up, under
# "HTTP security".)
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
CSRF_FAILURE_VIEW = "lms.errors.csrf_failure"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Raw post text and roster rows are scrubbed from every log record (core/redaction.py, installed
# by LmsConfig.ready) and from the error reports mailed to admins or shown by the DEBUG 500 page.
DEFAULT_EXCEPTION_REPORTER = "core.redaction.RedactingExceptionReporter"
DEFAULT_EXCEPTION_REPORTER_FILTER = "core.redaction.SensitiveReporterFilter"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # Presidio logs every recognizer it loads at INFO; only its warnings are worth reading.
        "presidio-analyzer": {"level": "WARNING"},
        "presidio-anonymizer": {"level": "WARNING"},
        # Wagtail's background tasks (search and reference index updates) log every task they
        # enqueue and run at INFO: ~1,800 lines for one curriculum load.
        "django_tasks": {"level": "WARNING"},
    },
}
