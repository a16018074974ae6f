# ndis-tidy: a thin front end over CMake.
#
#   make demo    install what is missing, build, run ndis-tidy over examples/
#   make check   install what is missing, build, run the whole test suite
#   make check-sanitize   the whole test suite on an ASan + UBSan build
#   make fuzz    the fuzz targets, FUZZ_SECONDS each (docs/robustness.md)
#
# LLVM_VERSION picks the LLVM major to build against (19 by default; 22 is
# supported too): make check LLVM_VERSION=22

LLVM_VERSION ?= 19
BUILD_DIR    ?= build/llvm-$(LLVM_VERSION)
JOBS         ?= $(shell nproc 2>/dev/null || echo 2)

PACKAGES = clang-tidy-$(LLVM_VERSION) libclang-$(LLVM_VERSION)-dev \
           llvm-$(LLVM_VERSION)-dev llvm-$(LLVM_VERSION)-tools \
           cmake make g++ python3

# The sanitizer and fuzzing build (docs/robustness.md): clang-N compiles
# it, because libFuzzer is clang's; libclang-rt-N-dev holds the ASan, UBSan
# and libFuzzer runtimes.
SANITIZE_BUILD_DIR ?= build/sanitize-$(LLVM_VERSION)
SANITIZE_PACKAGES = clang-$(LLVM_VERSION) libclang-rt-$(LLVM_VERSION)-dev
FUZZ_SECONDS ?= 60

NDIS_TIDY = $(BUILD_DIR)/bin/ndis-tidy
EXAMPLE_SOURCES = $(wildcard examples/*/*.c)

.PHONY: all deps build check demo clean build-sanitize check-sanitize fuzz

all: build

# Installs the Debian packages that are missing (as root, or through sudo).
deps:
	@missing=""; \
	for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then sudo=""; \
	  elif command -v sudo >/dev/null; then sudo=sudo; \
	  else echo "error: need root to install:$$missing" >&2; exit 1; fi; \
	  $$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q && \
	  $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	fi

build: deps
	cmake -S . -B $(BUILD_DIR) -DNDIS_TIDY_LLVM_VERSION=$(LLVM_VERSION) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD_DIR) -j $(JOBS)

check: build
	test/run-tests $(BUILD_DIR)/test

# (deps, as their prerequisite, installs the sanitizer packages too.)
build-sanitize: PACKAGES += $(SANITIZE_PACKAGES)
build-sanitize: deps
	cmake -S . -B $(SANITIZE_BUILD_DIR) -DNDIS_TIDY_LLVM_VERSION=$(LLVM_VERSION) \
	  -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=clang++-$(LLVM_VERSION) \
	  -DNDIS_TIDY_FUZZ=ON
	cmake --build $(SANITIZE_BUILD_DIR) -j $(JOBS)

check-sanitize: build-sanitize
	test/run-tests $(SANITIZE_BUILD_DIR)/test

fuzz: build-sanitize
	test/fuzz/run-fuzzers $(SANITIZE_BUILD_DIR) $(FUZZ_SECONDS)

demo: build
	@echo "== ndis-tidy over examples/ (LLVM $(LLVM_VERSION)) =="
	$(NDIS_TIDY) -checks='-*,ndis-*' $(EXAMPLE_SOURCES) -- -x c -isystem share/ndis-tidy/wdk

clean:
	rm -rf build

# Install and package (README.md, "Install"):
#   make install [PREFIX=/usr/local] [DESTDIR=/staging]
#   make package   -> build/llvm-N/ndis-tidy-llvmN_<version>_amd64.deb
PREFIX  ?= /usr/local
DESTDIR ?=

.PHONY: install package

install: build
	DESTDIR=$(DESTDIR) cmake --install $(BUILD_DIR) --prefix $(PREFIX)

package: build
	cd $(BUILD_DIR) && cpack -G DEB
