#!/usr/bin/env bash
# Renders an HTML page (e.g. `entente parse --format html FILE > page.html`) to a PNG in headless
# Chromium, to look at the HTML view by eye.  Usage: scripts/screenshot.sh PAGE.html OUT.png
# Installs Debian's `chromium` package with apt-get when no Chromium is on the PATH.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 PAGE.html OUT.png" >&2
  exit 2
fi
page=$1
out=$2
if [ ! -f "$page" ]; then
  echo "$0: $page: no such file" >&2
  exit 1
fi

browser=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then
    browser=$(command -v "$candidate")
    break
  fi
done
if [ -z "$browser" ]; then
  echo "$0: installing Debian's chromium package" >&2
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  browser=$(command -v chromium)
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
abs_page=$(cd "$(dirname "$page")" && pwd)/$(basename "$page")
abs_out=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")

"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --screenshot="$abs_out" --window-size=1400,1000 \
  "file://$abs_page" >/dev/null 2>&1 || true

if [ ! -s "$abs_out" ]; then
  echo "$0: chromium wrote no screenshot to $abs_out" >&2
  exit 1
fi
echo "$abs_out"
