#!/bin/bash
# screenshots.sh [index.html ...]
#
# Screenshots every report page at 1280 and 390 pixels wide (whole page) and checks that nothing makes the page
# scroll sideways: at each width, headless Chromium loads a copy of the page with a probe script appended and reports
# document.documentElement.scrollWidth against innerWidth, and which elements stick out. Exits 1 if any page overflows.
#
# With no arguments: the sample projects' reports that `mvn verify` wrote (plugin/target/it/*/target/ml-report), and
# any under $GALLERY (HtmlPreview's output: spam, letter, diamonds and the fixtures; see below). PNGs go to
# $SHOTS (default target/screenshots). Needs Debian's chromium (installed on first use, as root).
#
#   java -cp ... org.mlgate.analysis.report.HtmlPreview /tmp/gallery && GALLERY=/tmp/gallery report-templates/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
shots=${SHOTS:-target/screenshots}
[ -n "${GALLERY:-}" ] && GALLERY=$(realpath "$GALLERY")
mkdir -p "$shots"
if ! command -v chromium >/dev/null; then apt-get update -qq >/dev/null && apt-get install -y -qq chromium >/dev/null; fi

pages=("$@")
if [ ${#pages[@]} -eq 0 ]; then
  while IFS= read -r page; do pages+=("$page"); done < <(
    { ls plugin/target/it/*/target/ml-report/index.html 2>/dev/null
      [ -n "${GALLERY:-}" ] && ls "$GALLERY"/*/index.html 2>/dev/null; } | sort)
fi
if [ ${#pages[@]} -eq 0 ]; then
  echo "No report pages found: run mvn verify first (or pass index.html files)." >&2
  exit 2
fi

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
chrome() { # a fresh profile each time: a second instance on a profile still in use hands its work to the first
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$(mktemp -d -p "$work")" "$@" \
    2>/dev/null
}
# The report forbids scripts (Content-Security-Policy); the probe copy drops that meta tag and adds one script that
# writes its findings into an attribute of <html>, which --dump-dom prints.
probe='<script>addEventListener("load", () => { const w = innerWidth, d = document.documentElement;
const out = []; document.querySelectorAll("body *").forEach(e => { const r = e.getBoundingClientRect();
if (r.right > w + 1 && !e.closest(".scroll") && out.length < 5) out.push(e.tagName.toLowerCase() + "." + e.className); });
d.setAttribute("data-probe", "overflow=" + (d.scrollWidth - w) + " width=" + w + " height=" + d.scrollHeight
 + " culprits=" + out.join(",")); });</script>'

# Chromium's window is at least 500 pixels wide; a narrower page is loaded in an iframe of that width, whose own
# viewport (and so the report's phone layout) is then exactly that wide.
host() { # host.html for page $1 at width $2 and height $3
  printf '<!DOCTYPE html><html><body style="margin:0"><iframe id="f" src="%s" style="border:0;display:block;width:%spx;height:%spx"></iframe><script>document.getElementById("f").addEventListener("load", () => { setTimeout(() => { const p = document.getElementById("f").contentDocument.documentElement.getAttribute("data-probe"); document.documentElement.setAttribute("data-probe", p || "none"); }, 200); });</script></body></html>' "$1" "$2" "$3"
}
crop() { # crop PNG $1 to width $2 (Debian's python3-pil), when it is installed
  /usr/bin/python3 - "$1" "$2" <<'PY' 2>/dev/null || true
import sys
from PIL import Image
image = Image.open(sys.argv[1])
image.crop((0, 0, int(sys.argv[2]), image.height)).save(sys.argv[1])
PY
}

failed=0
for page in "${pages[@]}"; do
  page=$(realpath "$page")
  name=$(basename "$(dirname "$(dirname "$(dirname "$page")")")")
  [ "$name" = "." ] || [ "$name" = "/" ] && name=report
  case "$page" in "${GALLERY:-/nonexistent}"/*) name=gallery-$(basename "$(dirname "$page")");; esac
  copy="$work/$name.html"
  sed -e '/http-equiv="Content-Security-Policy"/d' "$page" > "$copy"
  printf '%s\n' "$probe" >> "$copy"
  for width in 1280 390; do
    if [ "$width" -ge 500 ]; then
      result=$(chrome --dump-dom --virtual-time-budget=3000 --window-size="$width,900" "file://$copy" \
        | grep -o 'data-probe="[^"]*"' | head -1 | sed 's/data-probe="//; s/"$//')
    else
      host "$copy" "$width" 900 > "$work/host.html"
      result=$(chrome --allow-file-access-from-files --dump-dom --virtual-time-budget=3000 --window-size=500,900 \
        "file://$work/host.html" | grep -o 'data-probe="[^"]*"' | head -1 | sed 's/data-probe="//; s/"$//')
    fi
    overflow=$(sed -n 's/^overflow=\([-0-9]*\).*/\1/p' <<<"$result")
    measured=$(sed -n 's/.* width=\([0-9]*\).*/\1/p' <<<"$result")
    height=$(sed -n 's/.*height=\([0-9]*\).*/\1/p' <<<"$result")
    height=${height:-2000}
    height=$(( height > 16000 ? 16000 : height ))
    shot="$shots/$name-$width.png"
    rm -f "$shot"
    if [ "$width" -ge 500 ]; then
      chrome --screenshot="$shot" --window-size="$width,$height" "file://$page" >/dev/null
    else
      host "$page" "$width" "$height" > "$work/host-shot.html"
      chrome --allow-file-access-from-files --screenshot="$shot" --window-size="500,$height" \
        "file://$work/host-shot.html" >/dev/null
      crop "$shot" "$width"
    fi
    if [ ! -s "$shot" ]; then
      echo "NO SHOT  $name at $width px: Chromium wrote no $shot"
      failed=1
    elif [ -n "$overflow" ] && [ "$overflow" -le 0 ] && [ "$measured" = "$width" ]; then
      echo "ok       $name at $width px ($height px tall): $shot"
    else
      echo "OVERFLOW $name at $width px: ${result:-no probe result}"
      failed=1
    fi
  done
done
exit $failed
