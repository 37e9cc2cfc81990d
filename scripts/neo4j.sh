#!/usr/bin/env bash
# Runs a real Neo4j Community server on 127.0.0.1:7687 without Docker: Maven
# resolves the server's jars (scripts/neo4j/pom.xml), and the JVM starts the
# same entry point as the official tarball. Everything lives in .neo4j/ at
# the top of the repository (git-ignored).
#
#   scripts/neo4j.sh start    resolve, configure, start; return once Neo4j
#                             answers RETURN 1 (does nothing if running)
#   scripts/neo4j.sh stop     stop the server this script started
#   scripts/neo4j.sh status   say whether it runs
#
# Environment: NEO4J_HOME (default .neo4j), NEO4J_BOLT_PORT (default 7687),
# NEO4J_HEAP (default 1g), NEO4J_PAGECACHE (default 256m), NEO4J_LIB (the
# jars; default $NEO4J_HOME/lib: a second server can share the first's),
# NEO4J_JAVA_OPTS (more options for the JVM).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
home="${NEO4J_HOME:-$root/.neo4j}"
port="${NEO4J_BOLT_PORT:-7687}"
heap="${NEO4J_HEAP:-1g}"
pagecache="${NEO4J_PAGECACHE:-256m}"
lib="${NEO4J_LIB:-$home/lib}"
pidfile="$home/run/rightsgraph-neo4j.pid"
log="$home/logs/console.log"

running() {
	[ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

resolve() {
	local pom="$root/scripts/neo4j/pom.xml" stamp="$lib/.resolved"
	if [ -f "$stamp" ] && [ "$stamp" -nt "$pom" ]; then
		return
	fi
	echo "neo4j: resolving the server's jars with Maven (first time: about 125 MB)"
	rm -rf "$lib"
	mkdir -p "$lib"
	mvn -B -q -f "$pom" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$lib"
	touch "$stamp"
}

configure() {
	mkdir -p "$home/conf" "$home/data" "$home/logs" "$home/run" "$home/plugins"
	# Strict validation: one unknown or duplicate key aborts the start.
	# The 5-minute transaction timeout bounds edits, small reports (one
	# transaction each) and the batches of a staged load; a large report's
	# own transaction, which stays open while it stages, sets its own
	# longer limit (neo4jstore/stage.go).
	cat >"$home/conf/neo4j.conf" <<CONF
server.directories.data=$home/data
server.directories.logs=$home/logs
server.directories.run=$home/run
server.directories.plugins=$home/plugins
server.default_listen_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:$port
server.http.enabled=false
server.https.enabled=false
dbms.security.auth_enabled=false
server.memory.pagecache.size=$pagecache
db.tx_log.preallocate=false
db.tx_log.rotation.size=16M
db.transaction.timeout=300s
dbms.usage_report.enabled=false
CONF
}

start() {
	if running; then
		echo "neo4j: already running (pid $(cat "$pidfile")) on 127.0.0.1:$port"
		return
	fi
	resolve
	configure
	echo "neo4j: starting on 127.0.0.1:$port (log: $log)"
	# shellcheck disable=SC2086 # NEO4J_JAVA_OPTS is a list of options
	nohup java -Xms"$heap" -Xmx"$heap" -XX:+UseG1GC -Dfile.encoding=UTF-8 ${NEO4J_JAVA_OPTS:-} \
		-Dio.netty.tryReflectionSetAccessible=true \
		--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
		--add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
		-cp "$home/plugins/*:$home/conf/*:$lib/*" \
		org.neo4j.server.CommunityEntryPoint --home-dir="$home" --config-dir="$home/conf" --console-mode \
		>"$log" 2>&1 </dev/null &
	echo $! >"$pidfile"
	# Ready when Bolt answers RETURN 1: the log's "Started." can come
	# before the default database is online.
	if ! (cd "$root" && go run ./scripts/neo4jwait -uri "bolt://127.0.0.1:$port" -timeout 120s); then
		echo "neo4j: did not become ready; last lines of $log:" >&2
		tail -n 30 "$log" >&2 || true
		stop
		exit 1
	fi
	echo "neo4j: ready on bolt://127.0.0.1:$port"
}

stop() {
	if ! running; then
		echo "neo4j: not running"
		rm -f "$pidfile"
		return
	fi
	local pid
	pid="$(cat "$pidfile")"
	kill -TERM "$pid"
	for _ in $(seq 1 60); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.5
	done
	if kill -0 "$pid" 2>/dev/null; then
		echo "neo4j: still running after 30s; killing it" >&2
		kill -KILL "$pid"
	fi
	rm -f "$pidfile"
	echo "neo4j: stopped"
}

status() {
	if running; then
		echo "neo4j: running (pid $(cat "$pidfile")) on 127.0.0.1:$port"
	else
		echo "neo4j: not running"
		return 3
	fi
}

case "${1:-}" in
start) start ;;
stop) stop ;;
status) status ;;
*)
	echo "usage: $0 start|stop|status" >&2
	exit 2
	;;
esac
