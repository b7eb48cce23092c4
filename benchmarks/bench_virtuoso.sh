#!/usr/bin/env bash
# Load a build's graph.nt into a throwaway Virtuoso with its bulk loader, and time it. Run by hand:
#   benchmarks/bench_virtuoso.sh EXPORTS_DIR [LOADERS]
# Starts Debian's virtuoso-t (package virtuoso-opensource-7-bin) on loopback, on free ports, with its
# database in a temporary folder; registers the file with ld_dir() (LOADERS > 1: the file split by
# lines into that many parts first, one loader each), runs rdf_loader_run() in LOADERS isql sessions at
# once, checkpoints, counts the named graph's triples against graph.nt's lines, then stops the server
# and removes the folder. Prints the seconds of each step. A figure to read; nothing here asserts.
# KG_VIRTUOSO_BUFFERS sets NumberOfBuffers (8 KB pages; default 170000, ~1.3 GB: Virtuoso's advice for
# 2 GB of free memory), MaxDirtyBuffers being three quarters of it.
set -euo pipefail
EXPORTS=$(cd "${1:?usage: benchmarks/bench_virtuoso.sh EXPORTS_DIR [LOADERS]}" && pwd)
LOADERS=${2:-1}
NT="$EXPORTS/graph.nt"
GRAPH=https://w3id.org/kg-regional-policy/graph
BUFFERS=${KG_VIRTUOSO_BUFFERS:-170000}
[ -f "$NT" ] || { echo "no graph.nt in $EXPORTS (kg build writes it)" >&2; exit 1; }
for tool in virtuoso-t isql-vt python3; do
  command -v "$tool" >/dev/null || { echo "$tool not found (Debian: apt-get install virtuoso-opensource-7-bin)" >&2; exit 1; }
done

DIR=$(mktemp -d "${TMPDIR:-/tmp}/kg-virtuoso-XXXXXX")
read -r SQL_PORT HTTP_PORT < <(python3 -c '
import socket
s = [socket.socket() for _ in range(2)]
for x in s: x.bind(("127.0.0.1", 0))
print(*(x.getsockname()[1] for x in s))')
PARTS="$DIR/parts"
mkdir -p "$PARTS"
cat > "$DIR/virtuoso.ini" <<INI
[Database]
DatabaseFile = $DIR/virtuoso.db
ErrorLogFile = $DIR/virtuoso.log
LockFile = $DIR/virtuoso.lck
TransactionFile = $DIR/virtuoso.trx
xa_persistent_file = $DIR/virtuoso.pxa
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = $DIR/virtuoso-temp.db
TransactionFile = $DIR/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:$SQL_PORT
DisableUnixSocket = 1
MaxClientConnections = 10
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = $EXPORTS, $PARTS
NumberOfBuffers = $BUFFERS
MaxDirtyBuffers = $((BUFFERS * 3 / 4))

[HTTPServer]
ServerPort = 127.0.0.1:$HTTP_PORT
ServerRoot = $DIR
ServerThreads = 4
Charset = UTF-8
INI

SERVER=""
stop() {
  if [ -n "$SERVER" ] && kill -0 "$SERVER" 2>/dev/null; then
    kill -TERM "$SERVER"
    for _ in $(seq 60); do kill -0 "$SERVER" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
  fi
  rm -rf "$DIR"
}
trap stop EXIT

sql() { isql-vt "127.0.0.1:$SQL_PORT" dba dba VERBOSE=OFF BANNER=OFF PROMPT=OFF ECHO=OFF "EXEC=$1"; }
now() { date +%s.%N; }
since() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$(now)"; }

echo "graph.nt: $(du -h "$NT" | cut -f1), $(grep -c . "$NT") triples; Virtuoso $(virtuoso-t -? 2>&1 | grep -o 'Version [0-9.]*' | head -1), NumberOfBuffers $BUFFERS, $LOADERS loader(s)"
t=$(now)
(cd "$DIR" && exec virtuoso-t +foreground +configfile "$DIR/virtuoso.ini" >"$DIR/stdout.log" 2>&1) &
SERVER=$!
until sql "status();" >/dev/null 2>&1; do
  kill -0 "$SERVER" 2>/dev/null || { echo "virtuoso-t died:"; tail -20 "$DIR/virtuoso.log" "$DIR/stdout.log"; exit 1; }
  sleep 0.2
done
echo "server up: $(since "$t") s"

if [ "$LOADERS" -gt 1 ]; then
  t=$(now)
  split -n "l/$LOADERS" -d --additional-suffix=.nt "$NT" "$PARTS/part-"
  echo "split into $LOADERS parts: $(since "$t") s"
  sql "ld_dir('$PARTS', '*.nt', '$GRAPH');" >/dev/null
else
  sql "ld_dir('$EXPORTS', 'graph.nt', '$GRAPH');" >/dev/null
fi
t=$(now)
pids=()
for _ in $(seq "$LOADERS"); do sql "rdf_loader_run();" >/dev/null & pids+=($!); done
for pid in "${pids[@]}"; do wait "$pid"; done
loaded=$(since "$t")
sql "checkpoint;" >/dev/null
echo "bulk load (ld_dir + rdf_loader_run): $loaded s; with the checkpoint: $(since "$t") s"
failed=$(sql "SELECT COUNT(*) FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;" | tr -d '[:space:]')
[ "$failed" = 0 ] || { echo "files that failed to load:"; sql "SELECT ll_file, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;"; }
t=$(now)
count=$(sql "SPARQL SELECT COUNT(*) FROM <$GRAPH> WHERE { ?s ?p ?o };" | tr -d '[:space:]')
echo "triples in <$GRAPH>: $count (graph.nt: $(grep -c . "$NT")); counted in $(since "$t") s"
echo "database: $(du -sh "$DIR/virtuoso.db" | cut -f1)"
