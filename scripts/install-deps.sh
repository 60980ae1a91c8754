#!/usr/bin/env bash
# Installs the Debian 12 packages kyuyo needs, only those that are missing.
# Run as root on Debian 12 (bookworm). A second run does nothing when all are present.
set -euo pipefail
PKGS=(
  g++ make cmake pkg-config ccache
  libboost-dev libboost-program-options-dev
  libsoci-dev libsqlite3-dev libpq-dev sqlite3
  libxerces-c-dev libhpdf-dev libsodium-dev
  libgtest-dev libgmock-dev
  fonts-ipaexfont-gothic fonts-ipaexfont-mincho
  poppler-utils postgresql
)
missing=()
for p in "${PKGS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "install-deps: installing ${missing[*]}" >&2
if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages and not root; run as root: apt-get install ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
