#!/usr/bin/env bash
# A throw-away Postfix instance for the SMTP filter's end-to-end tests and
# bench: its own config dir, queue and Maildirs under $1, loopback only, no
# chroot, no syslog (maillog_file), `postfix start` as root without systemd.
# Never touches /etc/postfix or a running system instance.
#
#   setup.sh DIR start   IN_PORT FILTER_PORT REINJECT_PORT [FINAL]
#   setup.sh DIR stop
#
# Mail flow:  client → 127.0.0.1:IN_PORT (smtpd, content_filter=listguard)
#   → listguard at 127.0.0.1:FILTER_PORT → 127.0.0.1:REINJECT_PORT (smtpd,
#   empty content_filter) → delivery. FINAL is `maildir` (default: corp.test
#   and external.test each into one Maildir under DIR/mail) or `sink:PORT`
#   (everything relayed to an smtp-sink on that port, for the bench).
# Exit 3: postfix is not installed or we are not root (callers skip).
set -euo pipefail
DIR="$1"
CMD="$2"
CONF="$DIR/etc"

if [ "$CMD" = stop ]; then
  [ -f "$CONF/main.cf" ] && /usr/sbin/postfix -c "$CONF" stop >/dev/null 2>&1 || true
  exit 0
fi

IN_PORT="$3"
FILTER_PORT="$4"
REINJECT_PORT="$5"
FINAL="${6:-maildir}"
[ -x /usr/sbin/postfix ] || { echo "postfix is not installed (run .ci/system-deps.sh)" >&2; exit 3; }
[ "$(id -u)" = 0 ] || { echo "postfix start needs root" >&2; exit 3; }
getent passwd postfix >/dev/null && getent group postdrop >/dev/null || { echo "postfix user/postdrop group missing" >&2; exit 3; }

mkdir -p "$CONF" "$DIR/queue" "$DIR/data" "$DIR/mail"
chmod 755 "$DIR" "$CONF" "$DIR/mail"
chown postfix "$DIR/data"
# virtual(8) writes the Maildirs as this uid/gid.
chown 65534:65534 "$DIR/mail"

if [ "$FINAL" = maildir ]; then
  final_cf="virtual_mailbox_domains = corp.test, external.test
virtual_mailbox_base = $DIR/mail
virtual_mailbox_maps = inline:{ @corp.test=corp/, @external.test=external/ }
virtual_uid_maps = static:65534
virtual_gid_maps = static:65534
virtual_minimum_uid = 1"
else
  sink_port="${FINAL#sink:}"
  final_cf="relay_domains = corp.test, external.test
transport_maps = inline:{ corp.test=smtp:[127.0.0.1]:$sink_port, external.test=smtp:[127.0.0.1]:$sink_port }"
fi

cat >"$CONF/main.cf" <<EOF
compatibility_level = 3.6
queue_directory = $DIR/queue
data_directory = $DIR/data
mail_owner = postfix
setgid_group = postdrop
inet_interfaces = loopback-only
inet_protocols = ipv4
myhostname = mx.corp.test
mydomain = corp.test
myorigin = corp.test
mydestination = localhost
mynetworks = 127.0.0.0/8
alias_maps =
alias_database =
local_recipient_maps =
smtputf8_enable = yes
biff = no
maillog_file_prefixes = $DIR
maillog_file = $DIR/maillog
message_size_limit = 10240000
# Every message goes through listguard first (after-queue filter, the Amavis model).
content_filter = listguard:[127.0.0.1]:$FILTER_PORT
# Tests: retry deferred mail quickly.
queue_run_delay = 2s
minimal_backoff_time = 2s
maximal_backoff_time = 4s
smtp_connect_timeout = 5s
$final_cf
EOF

cat >"$CONF/master.cf" <<EOF
127.0.0.1:$IN_PORT      inet  n - n - - smtpd
# Reinjection from listguard: no content filter (no loop), no second round of checks.
127.0.0.1:$REINJECT_PORT inet n - n - - smtpd
  -o content_filter=
  -o receive_override_options=no_unknown_recipient_checks,no_header_body_checks,no_milters,no_address_mappings
  -o smtpd_helo_restrictions=
  -o smtpd_client_restrictions=
  -o smtpd_sender_restrictions=
  -o smtpd_relay_restrictions=permit_mynetworks,reject
  -o smtpd_recipient_restrictions=permit_mynetworks,reject
  -o mynetworks=127.0.0.0/8
# The filter transport: plain SMTP to listguard, no MIME conversion, long lines as they are.
listguard unix - - n - 10 smtp
  -o disable_mime_output_conversion=yes
  -o smtp_line_length_limit=0
  -o smtp_data_done_timeout=1200s
pickup     unix  n - n 60 1 pickup
cleanup    unix  n - n - 0 cleanup
qmgr       unix  n - n 300 1 qmgr
rewrite    unix  - - n - - trivial-rewrite
bounce     unix  - - n - 0 bounce
defer      unix  - - n - 0 bounce
trace      unix  - - n - 0 bounce
verify     unix  - - n - 1 verify
flush      unix  n - n 1000? 0 flush
proxymap   unix  - - n - - proxymap
proxywrite unix  - - n - 1 proxymap
smtp       unix  - - n - - smtp
relay      unix  - - n - - smtp
showq      unix  n - n - - showq
error      unix  - - n - - error
retry      unix  - - n - - error
discard    unix  - - n - - discard
local      unix  - n n - - local
virtual    unix  - n n - - virtual
anvil      unix  - - n - 1 anvil
scache     unix  - - n - 1 scache
postlog    unix-dgram n - n - 1 postlogd
EOF

/usr/sbin/postfix -c "$CONF" stop >/dev/null 2>&1 || true
/usr/sbin/postfix -c "$CONF" check
/usr/sbin/postfix -c "$CONF" start
# master needs a moment to bind its listeners.
for _ in $(seq 1 50); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$IN_PORT") 2>/dev/null; then exit 0; fi
  sleep 0.1
done
echo "postfix did not start listening on 127.0.0.1:$IN_PORT; see $DIR/maillog" >&2
exit 1
