# Ethos production image (cookiecutter-django's shape): a build stage installs the runtime
# requirements (requirements.txt only, every package checked against its hash) into a virtualenv;
# the runtime stage copies that virtualenv and the code, collects static files under the
# production settings (the manifest the pages need) and runs as an unprivileged user.
# tests/lms/test_image_smoke.py reproduces the runtime stage's steps and renders the pages.
ARG PYTHON_IMAGE=python:3.11-slim-bookworm

FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
RUN python -m venv /opt/venv
COPY requirements.txt /tmp/requirements.txt
RUN /opt/venv/bin/pip install --require-hashes --no-deps -r /tmp/requirements.txt

FROM ${PYTHON_IMAGE} AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PATH=/opt/venv/bin:$PATH DJANGO_SETTINGS_MODULE=lms.settings.production DJANGO_READ_DOT_ENV_FILE=false
RUN groupadd --system --gid 1000 ethos && useradd --system --uid 1000 --gid ethos --home-dir /app --shell /usr/sbin/nologin ethos
COPY --from=build /opt/venv /opt/venv
WORKDIR /app
# .dockerignore keeps .git, .venv, .env, var/ (dev keys), tests/ and bench/ out of the image.
COPY . /app
# Static files under the production settings: hashed names + staticfiles.json (the manifest the
# templates resolve through), compressed for whitenoise. The key and host are placeholders that
# exist only for this build step; the running container gets the real ones from its environment.
RUN DJANGO_SECRET_KEY=collectstatic-build-step-only ALLOWED_HOSTS=localhost python manage.py collectstatic --noinput -v0
# The code and the collected static files stay root-owned (read-only for the app); only media is
# writable, and a named volume mounted there inherits this ownership.
RUN mkdir -p /app/media && chown ethos:ethos /app/media
USER ethos
EXPOSE 8000
CMD ["gunicorn", "lms.wsgi:application", "--bind", "0.0.0.0:8000", "--access-logfile", "-"]
