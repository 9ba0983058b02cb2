# A thin front over CMake. The two commands a new user needs:
#   make run    install Debian packages, build, serve on http://127.0.0.1:8080
#   make test   install test packages, build, run every test (unit, e2e,
#               browser, and the unit+e2e suites again under ASan+UBSan)
BUILD ?= build
LISTEN ?= 127.0.0.1:8080
DATA ?= ./linksnap-data
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all build deps run test check asan clean bench

all: build

deps:
	scripts/install-deps.sh

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	cmake --build $(BUILD) -j$(JOBS)

run: build
	./$(BUILD)/linksnap --data $(DATA) serve --listen $(LISTEN)

test check:
	scripts/install-deps.sh --test
	tests/run-all.sh

asan:
	scripts/install-deps.sh
	cmake -S . -B $(BUILD)-asan -DCMAKE_BUILD_TYPE=Debug -DLS_SANITIZE=ON >/dev/null
	cmake --build $(BUILD)-asan -j$(JOBS)

bench: build
	bench/run.sh

clean:
	rm -rf $(BUILD) $(BUILD)-asan
