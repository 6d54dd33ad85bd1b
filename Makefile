# CineSift: `make demo` and `make test` work on a fresh machine with Python 3.11 and make.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
OUT    := out

.PHONY: install demo test lint train bench bench-extract bench-scores bench-sentiment \
        bench-aspects bench-claims bench-consensus clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: install
	@mkdir -p $(OUT)
	@rm -f $(OUT)/demo.db $(OUT)/demo.db-wal $(OUT)/demo.db-shm
	$(BIN)/cinesift ingest src/cinesift/demo/pages --db $(OUT)/demo.db
	@echo
	$(BIN)/cinesift films --db $(OUT)/demo.db
	@echo
	$(BIN)/cinesift report "Miracle in Cell No. 7" --db $(OUT)/demo.db --format md
	@$(BIN)/cinesift report "Miracle in Cell No. 7" --db $(OUT)/demo.db --format html --out $(OUT)/miracle-in-cell-no-7.html
	@$(BIN)/cinesift report "Cats" --db $(OUT)/demo.db --format html --out $(OUT)/cats.html
	@echo
	@echo "Results: database $(OUT)/demo.db; reports $(OUT)/miracle-in-cell-no-7.html and $(OUT)/cats.html"

test: install
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

train: install
	$(BIN)/python scripts/train_sentiment.py

bench-extract: install
	$(BIN)/python bench/bench_extract.py

bench-scores: install
	$(BIN)/python bench/bench_scores.py

bench-sentiment: install
	$(BIN)/python bench/bench_sentiment.py

bench-aspects: install
	$(BIN)/python bench/bench_aspects.py

bench-claims: install
	$(BIN)/python bench/bench_claims.py

bench-consensus: install
	$(BIN)/python bench/bench_consensus.py

bench: bench-extract bench-scores bench-sentiment bench-aspects bench-claims bench-consensus

clean:
	rm -rf $(VENV) $(OUT) build *.egg-info .pytest_cache .ruff_cache
