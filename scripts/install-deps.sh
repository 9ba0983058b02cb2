#!/usr/bin/env bash
# Installs what linksnap needs to build, run and test, from Debian packages.
# Runs apt-get only when something is missing; needs root (or sudo) then.
#   scripts/install-deps.sh          build + run dependencies
#   scripts/install-deps.sh --test   also what the tests and benchmarks use
set -euo pipefail

pkgs=(build-essential cmake pkg-config
      libcurl4-openssl-dev libgumbo-dev libsqlite3-dev libmicrohttpd-dev
      libjansson-dev libsodium-dev libssl-dev libuchardet-dev zlib1g-dev libzstd-dev
      libopencc-dev libopencc-data)
if [ "${1:-}" = "--test" ]; then
  pkgs+=(python3 openssl nodejs npm chromium fonts-noto-cjk wget ca-certificates procps)
fi

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node and npm may come from elsewhere than Debian; accept any working ones.
if [ "${1:-}" = "--test" ] && command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=()
  for p in "${missing[@]}"; do
    case "$p" in nodejs|npm) ;; *) filtered+=("$p") ;; esac
  done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi
[ ${#missing[@]} -eq 0 ] && exit 0

echo "installing: ${missing[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
