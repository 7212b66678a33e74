# The one index of commands. `make help` lists them; CI calls the same targets.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=
PROD := DJANGO_SETTINGS_MODULE=cms.settings.production

.DEFAULT_GOAL := help
.PHONY: help setup run test lint schema messages compile-messages demo export bench ci clean deploy-check deploy serve

help: ## List the commands
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-13s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed; run with PYTHON=python3.12 (or another 3.11+) make ...")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@echo "Installing dependencies into $(VENV) (first run takes a minute) ..."
	@$(PY) -m pip install --quiet --upgrade pip
	@$(PY) -m pip install --quiet --progress-bar off ".[test]"
	@touch $@

GRAPHIQL_FILES := graphql_api/static/graphiql/graphiql.min.js

$(GRAPHIQL_FILES): graphql_api/graphiql_assets.py graphql_api/management/commands/fetch_graphiql.py $(VENV)/.installed
	@echo "Fetching GraphiQL's files (served by the service itself, no CDN) ..."
	@DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py fetch_graphiql
	@touch $@

setup: $(VENV)/.installed $(GRAPHIQL_FILES) ## Create the virtual environment and install everything

run: setup ## Set up, migrate, load demo content (SQLite) and serve on 127.0.0.1:8000
	$(PY) manage.py migrate --no-input
	$(PY) manage.py load_demo
	$(PY) manage.py runserver $(HOST):$(PORT)

# Our own catalogues of the admin in Dutch: home/, themes/, graphql_api/ and cms/ locale/nl/. Management
# commands are left out (their output is for developers), and so are the partner API's messages
# (always English), the webhook pause notices (mailed to partners and stored with the subscription:
# home/changes/pausing.py) and the PO files for translation agencies
# (themes/localization/po.py). The promotion export's words (context "promotion export") live in
# themes/export/locale/ instead.
MAKEMESSAGES := DJANGO_SETTINGS_MODULE=cms.settings.test ../$(PY) ../manage.py makemessages -l nl \
	--add-location=file --no-obsolete --ignore=management
GRAPHQL_API_PUBLIC := blocks delivery static templates/graphql changes.py cost.py document.py \
	images.py limits.py page_queries.py pages.py preview.py requests.py richtext.py \
	schema.py search.py sitemap.py streamfield.py views.py
THEMES_NL := themes/locale/nl/LC_MESSAGES/django.po

messages: setup ## Collect new admin strings into the Dutch catalogues; translate, then make compile-messages
	cd home && $(MAKEMESSAGES) --ignore=changes/pausing.py
	cd themes && $(MAKEMESSAGES) --ignore=export/locale --ignore=localization/po.py
	msggrep --invert-match --msgctxt --fixed-strings --regexp="promotion export" -o $(THEMES_NL) $(THEMES_NL)
	cd graphql_api && $(MAKEMESSAGES) $(addprefix --ignore=,$(GRAPHQL_API_PUBLIC))
	cd cms && $(MAKEMESSAGES) --ignore=outages.py --ignore=settings

compile-messages: ## Compile our apps' .po catalogues to the .mo files Django reads (msgfmt)
	@for po in home/locale/*/LC_MESSAGES/django.po themes/locale/*/LC_MESSAGES/django.po \
		graphql_api/locale/*/LC_MESSAGES/django.po cms/locale/*/LC_MESSAGES/django.po; do msgfmt --check-format --check-domain -o "$${po%.po}.mo" "$$po" || exit 1; done

demo: setup ## Migrate and load the demo content without starting the server
	$(PY) manage.py migrate --no-input
	$(PY) manage.py load_demo

test: setup ## Run the test suite (SQLite, or PostgreSQL when DATABASE_URL is set)
	$(PY) -m pytest $(PYTEST_ARGS)

lint: setup ## Ruff, migration completeness and the production deploy check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=cms.settings.production SECRET_KEY=$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(64))') \
		ALLOWED_HOSTS=content.example.org $(PY) manage.py check --deploy --fail-level WARNING

deploy-check: setup ## Production checks + collectstatic; fails while migrations are pending (production env)
	$(PROD) $(PY) manage.py check --deploy --fail-level WARNING
	$(PROD) $(PY) manage.py collectstatic --no-input -v 0
	$(PROD) $(PY) manage.py migrate --plan
	@$(PROD) $(PY) manage.py migrate --check || { echo "Migrations are pending: run make deploy (or manage.py migrate) first."; exit 1; }

deploy: setup ## The deploy step: migrate, then deploy-check (production env; see docs/operations.md)
	$(PROD) $(PY) manage.py migrate --no-input
	$(MAKE) deploy-check

serve: setup ## Production server: gunicorn with cms/gunicorn.py (run make deploy-check first)
	$(PROD) $(VENV)/bin/gunicorn -c cms/gunicorn.py

worker: setup ## Background worker: webhooks, export jobs, engagement mail (next to `make run` or `make serve`)
	$(PY) manage.py worker

schema: setup ## Write schema.graphql from the code
	DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py export_schema graphql_api.schema:schema --path schema.graphql

export: setup ## Export the promoted examples as a static site: make export ARGS="--all-locales --out out/"
	$(PY) manage.py export_promotion $(ARGS)

bench: setup ## Run the benchmarks in bench/ and print the figures
	$(PY) bench/run.py

ci: ## What CI runs (PostgreSQL, Redis and SQLite)
	bash .ci/run

clean: ## Remove the virtual environment, the SQLite database and media
	rm -rf $(VENV) db.sqlite3 media static
