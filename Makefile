# The two commands of the README: `make run` and `make test`.
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=Release

.PHONY: run test setup build bench asan format clean

run: build
	./$(BUILD_DIR)/gradfit serve

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

setup:
	./scripts/setup.sh

build: setup
	cmake -S . -B $(BUILD_DIR) $(CMAKE_FLAGS) >/dev/null
	cmake --build $(BUILD_DIR) -j $(JOBS)

# Every test under AddressSanitizer and UndefinedBehaviorSanitizer (CMakePresets.json).
asan: setup
	cmake --preset asan >/dev/null
	cmake --build --preset asan -j $(JOBS)
	ctest --preset asan -j $(JOBS)

bench: build
	./scripts/bench.sh $(BUILD_DIR)

format:
	clang-format -i $$(git ls-files '*.cpp' '*.hpp')

clean:
	rm -rf $(BUILD_DIR)
