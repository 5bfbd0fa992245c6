# Thin wrapper over the CMake presets (see CMakePresets.json).
# make run   installs dependencies, builds Release, opens the app on the default workspace
# make test  installs dependencies, builds Debug with ASan+UBSan, runs every test offscreen (the
#            package checks among them), then builds the libFuzzer targets and runs each for
#            FUZZ_SECONDS on its corpus
# make package       the .deb of a Release build (build/release/tenure_*.deb)
# make translations  extracts new tr() strings into translations/*.ts (translations/update.sh)

SHELL := /bin/bash
JOBS ?= $(shell nproc)
# Seconds each fuzz target runs in make test (and make fuzz).
FUZZ_SECONDS ?= 60

DEB_PACKAGES := build-essential cmake ninja-build pkg-config ccache git \
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libgl-dev \
  libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n \
  qt6-svg-dev libsqlite3-dev libssl-dev sqlite3 poppler-utils libuchardet-dev libfast-float-dev \
  fonts-dejavu-core clang-format time libquazip1-qt6-dev \
  postgresql libpq-dev libqt6sql6-psql \
  clang libclang-rt-14-dev desktop-file-utils appstream shared-mime-info dpkg-dev file

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build run test bench fuzz fuzz-build package translations format format-check clean screenshots

all: build

deps:
	@missing=$$(for p in $(DEB_PACKAGES); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "install ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	    echo "Installing: $$missing"; \
	    $(SUDO) apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	else echo "All build dependencies are installed."; fi

build: deps
	cmake --preset release
	cmake --build --preset release -j $(JOBS)

run: build
	./build/release/app/tenure

test: deps
	cmake --preset asan
	cmake --build --preset asan -j $(JOBS)
	TENURE_REQUIRE_PG=1 QT_QPA_PLATFORM=offscreen ctest --preset asan -j $(JOBS)
	$(MAKE) --no-print-directory fuzz-build
	./fuzz/run.sh build/fuzz $(FUZZ_SECONDS)

bench: build
	./build/release/bench/tenure_bench

fuzz: deps fuzz-build
	./fuzz/run.sh build/fuzz $(FUZZ_SECONDS)

fuzz-build:
	cmake --preset fuzz
	cmake --build --preset fuzz -j $(JOBS)

package: build
	cd build/release && cpack -G DEB
	@ls -1 build/release/*.deb

translations:
	./translations/update.sh

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

format-check:
	@git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run -Werror

screenshots: build
	./packaging/screenshots.sh build/release/app/tenure docs/images

clean:
	rm -rf build
