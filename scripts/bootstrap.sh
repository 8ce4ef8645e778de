#!/usr/bin/env bash
# Installs every Debian package stemma's build, tests and demo need. Idempotent and
# non-interactive: runs apt-get update only when something is missing.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config ninja-build
  libgtest-dev libgmock-dev libbenchmark-dev
  zlib1g-dev libzstd-dev libsqlite3-dev sqlite3
  libicu-dev libuchardet-dev libutf8proc-dev
  libsimdjson-dev nlohmann-json3-dev libcsv-dev libcli11-dev libfmt-dev
  libre2-dev libxml2-dev libgraphviz-dev libcld2-dev
  libxxhash-dev libarchive-dev
  clang libclang-rt-14-dev python3 zstd curl iproute2 time bc
)

# Stages list extra packages in scripts/packages/*.txt (one per line, # comments).
here=$(cd "$(dirname "$0")" && pwd)
for list in "$here"/packages/*.txt; do
  [ -f "$list" ] || continue
  while read -r p _; do
    case "$p" in ''|'#'*) continue ;; esac
    PACKAGES+=("$p")
  done <"$list"
done

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing ${missing[*]}" >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Further idempotent steps (npm packages for browser tests, ...) live in scripts/bootstrap.d/.
for step in "$here"/bootstrap.d/*.sh; do
  [ -f "$step" ] || continue
  bash "$step"
done
