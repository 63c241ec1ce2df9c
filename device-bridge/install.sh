#!/bin/sh
# Installs, upgrades or removes the Babyfoot device bridge as a systemd service.
#
#   sudo ./install.sh --config bridge.json [--certs DIR]   first install
#   sudo ./install.sh                                      upgrade: keeps bridge.json, certs and the outbox
#   sudo ./install.sh --uninstall                          removes the service, keeps config and outbox
#   sudo ./install.sh --uninstall --purge                  also removes them and the babyfoot user
#
# Options: --no-start (install and enable, do not start), --force (purge even with unsent goals).
# BABYFOOT_ROOT=<dir> installs every file under <dir> (the test harness uses it); the user and
# systemctl commands run as usual.
set -eu

SERVICE=babyfoot-bridge.service
USER_NAME=babyfoot
ROOT=${BABYFOOT_ROOT:-}
APP_DIR=$ROOT/opt/babyfoot-bridge
UNIT_DIR=$ROOT/etc/systemd/system
CONF_DIR=$ROOT/etc/babyfoot
STATE_DIR=$ROOT/var/lib/babyfoot
MIN_NODE=18

say() { printf '%s\n' "install.sh: $*"; }
fail() {
	printf '%s\n' "install.sh: $*" >&2
	exit "${EXIT_CODE:-1}"
}

here=$(cd "$(dirname "$0")" && pwd)
action=install
config=
certs=
start=yes
purge=no
force=no
while [ $# -gt 0 ]; do
	case $1 in
	--config)
		[ $# -ge 2 ] || fail "--config needs a file"
		config=$2
		shift 2
		;;
	--certs)
		[ $# -ge 2 ] || fail "--certs needs a folder"
		certs=$2
		shift 2
		;;
	--no-start) start=no && shift ;;
	--uninstall) action=uninstall && shift ;;
	--purge) purge=yes && shift ;;
	--force) force=yes && shift ;;
	-h | --help)
		sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
		exit 0
		;;
	*) fail "unknown option $1 (see --help)" ;;
	esac
done

if [ -z "$ROOT" ] && [ "$(id -u)" -ne 0 ]; then
	fail "run it as root: sudo $0"
fi

uninstall() {
	systemctl disable --now "$SERVICE" >/dev/null 2>&1 || true
	rm -f "$UNIT_DIR/$SERVICE"
	rm -rf "$APP_DIR"
	systemctl daemon-reload
	if [ "$purge" = no ]; then
		say "removed the service; kept $CONF_DIR (config, certificates) and $STATE_DIR (outbox)"
		return
	fi
	unsent=$(find "$STATE_DIR" -name '*.goal.json' 2>/dev/null | wc -l | tr -d ' ')
	if [ "$unsent" -gt 0 ] && [ "$force" = no ]; then
		EXIT_CODE=3 fail "$STATE_DIR holds $unsent unsent goal(s): start the bridge once online to send them, or add --force"
	fi
	rm -rf "$CONF_DIR" "$STATE_DIR"
	if getent passwd "$USER_NAME" >/dev/null 2>&1; then userdel "$USER_NAME"; fi
	say "removed the service, $CONF_DIR, $STATE_DIR and the $USER_NAME user"
}

# The bundle sits beside this script in a release archive, in dist/ in the repository.
find_bundle() {
	for candidate in "$here/babyfoot-bridge.cjs" "$here/dist/babyfoot-bridge.cjs"; do
		if [ -f "$candidate" ]; then
			printf '%s\n' "$candidate"
			return
		fi
	done
	fail "no babyfoot-bridge.cjs beside install.sh (in the repository: npm run build:bridge first)"
}

find_node() {
	node=${NODE:-$(command -v node || true)}
	[ -n "$node" ] || fail "Node.js $MIN_NODE or later is needed: sudo apt install nodejs"
	version=$("$node" --version)
	major=${version#v}
	major=${major%%.*}
	case $major in
	'' | *[!0-9]*) fail "cannot read the version of $node: $version" ;;
	esac
	[ "$major" -ge "$MIN_NODE" ] || fail "$node is $version; the bridge needs Node.js $MIN_NODE or later"
}

# root:babyfoot, mode $1: what the service may read and nobody else.
for_service() {
	chmod "$1" "$2"
	chown "root:$USER_NAME" "$2"
}

install_config() {
	mkdir -p "$CONF_DIR"
	for_service 0750 "$CONF_DIR"
	if [ -n "$config" ]; then
		[ -r "$config" ] || fail "cannot read $config"
		cp "$config" "$CONF_DIR/bridge.json.new"
		for_service 0640 "$CONF_DIR/bridge.json.new"
		mv "$CONF_DIR/bridge.json.new" "$CONF_DIR/bridge.json"
	fi
	# Beside bridge.json, as npm run table:add writes them (its paths are relative to the file).
	if [ -n "$certs" ]; then
		[ -d "$certs" ] || fail "$certs is not a folder"
		for file in "$certs"/*; do
			[ -f "$file" ] || continue
			name=$(basename "$file")
			[ "$name" != bridge.json ] || continue
			cp "$file" "$CONF_DIR/$name"
			for_service 0640 "$CONF_DIR/$name"
		done
	fi
	# /etc is read-only to the service (ProtectSystem=strict): the outbox lives in its StateDirectory.
	if ! grep -q '"outboxDir" *: *"/var/lib/babyfoot/' "$CONF_DIR/bridge.json"; then
		say "warning: set \"outboxDir\": \"/var/lib/babyfoot/outbox\" in $CONF_DIR/bridge.json; the service cannot write elsewhere"
	fi
}

install_unit() {
	mkdir -p "$UNIT_DIR"
	without_gpio=
	if ! getent group gpio >/dev/null 2>&1; then
		without_gpio='/^SupplementaryGroups=gpio$/d'
		say "no gpio group here: the service runs without it"
	fi
	sed -e "s#^ExecStart=/usr/bin/node #ExecStart=$node #" -e "${without_gpio:-}" \
		"$here/$SERVICE" >"$UNIT_DIR/$SERVICE.new"
	chmod 0644 "$UNIT_DIR/$SERVICE.new"
	mv "$UNIT_DIR/$SERVICE.new" "$UNIT_DIR/$SERVICE"
}

install() {
	bundle=$(find_bundle)
	find_node
	if [ -z "$config" ] && [ ! -f "$CONF_DIR/bridge.json" ]; then
		fail "no $CONF_DIR/bridge.json yet: run again with --config <bridge.json> (see bridge.example.json)"
	fi
	[ -f "$here/$SERVICE" ] || fail "no $SERVICE beside install.sh"

	if ! getent passwd "$USER_NAME" >/dev/null 2>&1; then
		useradd --system --user-group --home-dir /var/lib/babyfoot --no-create-home \
			--shell /usr/sbin/nologin "$USER_NAME"
		say "created the $USER_NAME user"
	fi

	# A new file renamed over the old one: a running bridge keeps its copy until the restart.
	mkdir -p "$APP_DIR"
	cp "$bundle" "$APP_DIR/babyfoot-bridge.cjs.new"
	chmod 0755 "$APP_DIR/babyfoot-bridge.cjs.new"
	mv "$APP_DIR/babyfoot-bridge.cjs.new" "$APP_DIR/babyfoot-bridge.cjs"
	install_config
	install_unit

	if ! "$node" "$APP_DIR/babyfoot-bridge.cjs" --check --config "$CONF_DIR/bridge.json"; then
		EXIT_CODE=2 fail "$CONF_DIR/bridge.json cannot be used (above); fix it and run install.sh again"
	fi
	systemctl daemon-reload
	systemctl enable "$SERVICE"
	if [ "$start" = yes ]; then
		systemctl restart "$SERVICE"
		say "babyfoot-bridge $("$node" "$APP_DIR/babyfoot-bridge.cjs" --version) running: journalctl -u babyfoot-bridge -f"
	else
		say "installed and enabled; start it with: systemctl start babyfoot-bridge"
	fi
}

"$action"
