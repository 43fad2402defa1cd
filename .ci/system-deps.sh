#!/usr/bin/env bash
# System packages the tests use. Nothing on the machine is assumed.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
need=()
command -v python3 >/dev/null || need+=(python3)
command -v make >/dev/null || need+=(make)
command -v g++ >/dev/null || need+=(g++)
# Encoded-file tests (text-dumps.test.ts) read what the real tools write.
command -v uuencode >/dev/null || need+=(sharutils)
command -v xxd >/dev/null || need+=(xxd)
command -v hexdump >/dev/null || need+=(bsdextrautils)
# Archive tests (sevenzip.test.ts) build their inputs with the real compressors.
command -v 7z >/dev/null || need+=(p7zip-full)
command -v xz >/dev/null || need+=(xz-utils)
command -v bzip2 >/dev/null || need+=(bzip2)
command -v zstd >/dev/null || need+=(zstd)
# RAR tests check the archives they write with libarchive, a reader that is not 7-Zip.
command -v bsdtar >/dev/null || need+=(libarchive-tools)
# Office packages with members added by Info-ZIP (package-leftovers.test.ts, sfx.test.ts).
command -v zip >/dev/null || need+=(zip)
# The SMTP filter's end-to-end tests and bench (issue 6): a real Postfix on
# loopback, swaks as the client, smtp-source/smtp-sink (shipped with postfix).
# test/postfix/setup.sh writes its own config dir; the system instance is
# never started. Best effort: where apt is unavailable those tests skip.
smtp=()
[ -x /usr/sbin/postfix ] || smtp+=(postfix)
command -v swaks >/dev/null || smtp+=(swaks)
if [ ${#need[@]} -gt 0 ] || [ ${#smtp[@]} -gt 0 ]; then
  apt-get update -qq
fi
if [ ${#need[@]} -gt 0 ]; then
  apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
if [ ${#smtp[@]} -gt 0 ]; then
  # Non-interactive: "Local only" so the package configures without questions.
  echo "postfix postfix/main_mailer_type select Local only" | debconf-set-selections
  echo "postfix postfix/mailname string listguard.test" | debconf-set-selections
  apt-get install -y -qq --no-install-recommends "${smtp[@]}" \
    || echo "system-deps: could not install ${smtp[*]}; the Postfix tests will skip" >&2
fi
