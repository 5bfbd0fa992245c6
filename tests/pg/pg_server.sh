#!/bin/bash
# A throwaway PostgreSQL cluster for the team workspace tests (issue 12).
#   pg_server.sh start DIR   initdb in DIR, start it on a Unix socket in DIR and a loopback port,
#                            write the server's URL to DIR/url
#   pg_server.sh stop DIR    stop it and remove DIR (also when the tests failed: a CTest cleanup
#                            fixture calls it)
# Without a PostgreSQL server installed, start writes DIR/absent and the tests skip with a message;
# with TENURE_REQUIRE_PG=1 (make test, CI) it fails instead, so CI never passes without the server.
set -u
action=${1:-}
dir=${2:-}
[ -n "$action" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }

bindir=""
for candidate in $(command -v initdb 2>/dev/null) /usr/lib/postgresql/*/bin/initdb; do
    if [ -x "$candidate" ]; then bindir=$(dirname "$(readlink -f "$candidate")"); break; fi
done

# initdb and the server refuse to run as root: as root they run as the postgres user (Debian's
# package creates it), in a folder it owns.
as_server() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
    if [ -n "$bindir" ] && [ -f "$dir/data/postmaster.pid" ]; then
        as_server "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1
    fi
    rm -rf "$dir"
}

case "$action" in
start)
    stop
    mkdir -p "$dir"
    if [ -z "$bindir" ]; then
        echo "PostgreSQL server not installed (no initdb): the team workspace tests are skipped" >&2
        touch "$dir/absent"
        [ "${TENURE_REQUIRE_PG:-0}" = 1 ] && { echo "TENURE_REQUIRE_PG=1: failing" >&2; exit 1; }
        exit 0
    fi
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    if ! as_server "$bindir/initdb" -D "$dir/data" -U tenure --auth=trust --no-sync -E UTF8 \
        --locale=C >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        exit 1
    fi
    # A free port: try a few from a random start.
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$((20000 + RANDOM % 20000))
        if as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
            -o "-k $dir -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60" \
            start >/dev/null 2>&1; then
            echo "postgresql://tenure@127.0.0.1:$port/postgres" >"$dir/url"
            echo "postgresql://tenure@/postgres?host=$dir&port=$port" >"$dir/socket-url"
            chmod a+r "$dir/url" "$dir/socket-url"
            echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port and $dir"
            exit 0
        fi
    done
    cat "$dir/server.log" >&2
    exit 1
    ;;
stop)
    stop
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
