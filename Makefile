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

.PHONY: setup run test lint format migrate load worker clean

setup: $(VENV)/.installed

$(VENV)/.installed: requirements.txt
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -r requirements.txt
	touch $@

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

format: setup
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

worker: setup
	$(VENV)/bin/celery -A lms worker --loglevel=info

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
