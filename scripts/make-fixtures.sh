#!/bin/sh
# Regenerate test/fixtures/office/ (real LibreOffice output + manifest.json).
# Needs LibreOffice, Info-ZIP and poppler's pdfattach:
#   apt-get update && apt-get install -y --no-install-recommends \
#     libreoffice-calc libreoffice-writer libreoffice-impress zip poppler-utils
# Takes about a minute; the data is synthetic and seeded, so the content is
# stable (office files still carry fresh timestamps).
set -eu
cd "$(dirname "$0")/.."
for tool in soffice zip pdfattach node; do
  command -v "$tool" >/dev/null 2>&1 || { echo "make-fixtures: '$tool' not found (see the header of $0)" >&2; exit 2; }
done
exec node scripts/make-fixtures.mjs "$@"
