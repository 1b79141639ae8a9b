#!/usr/bin/env bash
# Installs the system packages JourneyKit needs on a Debian machine, when they are missing.
# Used by scripts/run-sample.sh, scripts/test.sh and .ci/run.
set -euo pipefail

needed=()
dpkg -s libxml2-dev >/dev/null 2>&1 || needed+=(libxml2-dev)
command -v pkg-config >/dev/null 2>&1 || needed+=(pkg-config)

if [ ${#needed[@]} -gt 0 ]; then
  echo "==> installing ${needed[*]}"
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${needed[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
  if [ -x /opt/swift/usr/bin/swift ]; then
    echo "==> swift is not on PATH; use: export PATH=/opt/swift/usr/bin:\$PATH" >&2
  fi
  echo "error: swift not found; install Swift 6 (https://swift.org/install)" >&2
  exit 1
fi
