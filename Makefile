# The two commands of the README: `make run` and `make test`.
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=Release

.PHONY: run test setup build bench loadtest asan sanitize-test fuzz format clean

run: build
	./$(BUILD_DIR)/gradfit serve

# Every test in the release build, then again under the sanitizers (clang: ASan, UBSan,
# float-cast-overflow) with a short run of every fuzz target.
test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)
	$(MAKE) --no-print-directory sanitize-test

setup:
	./scripts/setup.sh

build: setup
	cmake -S . -B $(BUILD_DIR) $(CMAKE_FLAGS) >/dev/null
	cmake --build $(BUILD_DIR) -j $(JOBS)

# Every test under AddressSanitizer and UndefinedBehaviorSanitizer (CMakePresets.json).
sanitize-test: setup
	cmake --preset sanitize >/dev/null
	cmake --build --preset sanitize -j $(JOBS)
	ctest --preset sanitize -j $(JOBS)

asan: sanitize-test

# Longer fuzzing: five minutes per target (make fuzz FUZZ_SECONDS=3600 for an hour).
FUZZ_SECONDS ?= 300
fuzz: setup
	cmake --preset sanitize -DGRADFIT_FUZZ_SECONDS=$(FUZZ_SECONDS) >/dev/null
	cmake --build --preset sanitize -j $(JOBS)
	FUZZ_SEED=0 ctest --preset sanitize -L fuzz --timeout $$(( $(FUZZ_SECONDS) + 120 ))
	cmake --preset sanitize -DGRADFIT_FUZZ_SECONDS=12 >/dev/null

bench: build
	./scripts/bench.sh $(BUILD_DIR)

# wrk against `gradfit serve` on loopback (throwaway database): reads and writes at 1, 16
# and 256 connections, LOAD_SECONDS (default 5) per run; fails on any non-2xx or socket error.
loadtest: build
	./scripts/loadtest/run.sh $(BUILD_DIR)

format:
	clang-format -i $$(git ls-files '*.cpp' '*.hpp')

clean:
	rm -rf $(BUILD_DIR)
