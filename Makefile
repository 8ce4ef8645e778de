# The two commands of the README: `make run` and `make test`. Both bootstrap first.
BUILD ?= build
JOBS ?= 2
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo

.PHONY: all bootstrap build run test bench clean

all: build

bootstrap:
	@bash scripts/bootstrap.sh

$(BUILD)/build.ninja: CMakeLists.txt
	cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS)

build: bootstrap $(BUILD)/build.ninja
	cmake --build $(BUILD) -j$(JOBS)

run: build
	./$(BUILD)/src/cli/stemma run -o out

test: build
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS) --timeout 900

bench: build
	@for b in bench/*/run.sh; do [ -f "$$b" ] && bash "$$b" $(BUILD); done; true

clean:
	rm -rf $(BUILD) out
