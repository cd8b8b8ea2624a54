#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (playwright-core never downloads a
# browser). Install it when it is missing and we are allowed to.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "浏览器测试需要 Debian 的 Chromium：请以 root 运行 apt-get install -y chromium，或设置 CHROMIUM_PATH。" >&2
    exit 1
  fi
fi
echo "Installing Debian's chromium for the browser tests…"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || true
$SUDO apt-get install -y -qq chromium >/dev/null
