#!/usr/bin/env bash
# Makes sure Debian's DejaVu fonts are installed: the report-file tests
# embed DejaVu Sans in the PDFs they build (no font is kept in the repo).
set -euo pipefail
if [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
	exit 0
fi
sudo=""
if [ "$(id -u)" != 0 ]; then
	sudo="sudo"
fi
echo "fonts: installing Debian's fonts-dejavu-core package"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq fonts-dejavu-core >/dev/null
