#!/usr/bin/env bash
# Installs what microdrama needs from the system, when missing: Chromium (to render; on Debian also its headless
# shell, which launches and loads pages several times faster), espeak-ng (offline voices) and ffmpeg (decoding user
# music, measuring loudness in tests). Debian/Ubuntu via apt-get; elsewhere it says what to install.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || command -v google-chrome >/dev/null 2>&1 || missing+=(chromium)
# Optional: the renderer falls back to full Chromium without it. Only offered where apt has it.
if command -v apt-cache >/dev/null 2>&1 && [ ! -x /usr/lib/chromium/chromium-headless-shell ] && apt-cache show chromium-headless-shell >/dev/null 2>&1; then
  missing+=(chromium-headless-shell)
fi
command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
command -v ffmpeg >/dev/null 2>&1 || missing+=(ffmpeg)
if [ ${#missing[@]} -eq 0 ]; then
  echo "system dependencies: all present (chromium, espeak-ng, ffmpeg)"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Please install: ${missing[*]} (e.g. brew install espeak-ng ffmpeg; Chrome or Chromium for rendering)" >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
