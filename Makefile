# Ethos — the two commands: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
HOST   ?= 127.0.0.1
PORT   ?= 8000
# Links in emails, QR codes, credentials and the Wagtail Site follow the address `make run`
# serves on, unless SITE_URL is set explicitly (environment or `make run SITE_URL=...`).
SITE_URL ?= http://$(HOST):$(PORT)
export SITE_URL

.PHONY: setup lock run test lint format migrate load worker clean ner-model

# The development set: requirements-dev.txt (= requirements.txt, what the image installs, plus the
# test, lint, load and browser tools), every package pinned and checked against its hash. The lock
# files list every dependency, so pip installs them as they are (--no-deps, as the image does):
# older pips cannot resolve an extra such as pydantic[email] under --require-hashes.
setup: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --require-hashes --no-deps -r requirements-dev.txt
	touch $@

# Regenerate requirements.txt and requirements-dev.txt (pins + hashes) from requirements.in and
# requirements-dev.in. Existing pins are kept; to move one: make lock LOCK_ARGS="-P django".
LOCK_ARGS ?=
PIP_COMPILE = $(VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
	--no-emit-index-url --no-emit-find-links $(LOCK_ARGS)
lock: setup
	$(PIP_COMPILE) --output-file requirements.txt requirements.in
	$(PIP_COMPILE) --output-file requirements-dev.txt requirements-dev.in

migrate: setup
	$(PY) manage.py migrate --noinput

# Loads the shipped curriculum and the demo institution (both idempotent).
load: migrate
	$(PY) manage.py ensure_dev_keys
	$(PY) manage.py load_curriculum
	$(PY) manage.py seed_demo

run: load
	$(PY) manage.py runserver $(HOST):$(PORT)

test: setup
	$(VENV)/bin/pytest $(PYTEST_ARGS)

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

format: setup
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Retrain the anonymizer's NER model (synthetic posts, fixed seed) and rewrite its manifest.
ner-model: setup
	$(PY) -m quizzes.anonymize.training.train

worker: setup
	$(VENV)/bin/celery -A lms worker --loglevel=info

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
