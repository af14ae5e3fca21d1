# Sourced by ./pyheap and bench/run: `find_jdk NAME` sets $java to a JDK of at least version
# $required_java_major. It takes JAVA_HOME's java, then the java on PATH, when either is recent
# enough; otherwise the newest one in the usual install folders. When there is none it prints one
# line, "NAME: needs a JDK 25 or later ...; found: ...", and returns 1.

required_java_major=25

# The feature version of a java executable ("17", "25"), or nothing when it does not run. A JDK's
# `release` file (beside bin/) says it without starting a JVM, which costs a tenth of a second or more
# on every command; a java without one is asked.
java_major() {
    local exe=$1 release line version=""
    [[ -L $exe ]] && exe=$(readlink -f "$exe")
    release=${exe%/bin/*}/release
    if [[ -x $exe && $exe == */bin/* && -f $release ]]; then
        while IFS= read -r line; do
            if [[ $line =~ ^JAVA_VERSION=\"(1\.)?([0-9]+) ]]; then
                version=${BASH_REMATCH[2]}
                break
            fi
        done <"$release"
        if [[ -n $version ]]; then
            printf '%s\n' "$version"
            return
        fi
    fi
    "$1" -XshowSettings:properties -version 2>&1 |
        awk -F' = ' '/java.specification.version/ { sub(/^1\./, "", $2); print $2; exit }'
}
find_jdk() {
    local name=$1 c major found=() best="" best_major=0
    local preferred=()
    [[ -n ${JAVA_HOME:-} ]] && preferred+=("$JAVA_HOME/bin/java")
    c=$(command -v java 2>/dev/null) && preferred+=("$c")
    for c in "${preferred[@]}"; do
        [[ -x $c ]] || continue
        major=$(java_major "$c")
        [[ -n $major ]] || continue
        found+=("$c ($major)")
        if (( major >= required_java_major )); then
            java=$c
            return 0
        fi
    done
    for c in /usr/lib/jvm/*/bin/java /usr/java/*/bin/java /opt/java/*/bin/java \
             /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java; do
        [[ -x $c ]] || continue
        major=$(java_major "$c")
        [[ -n $major ]] || continue
        found+=("$c ($major)")
        if (( major >= required_java_major && major > best_major )); then
            best=$c
            best_major=$major
        fi
    done
    if [[ -n $best ]]; then
        java=$best
        return 0
    fi
    local seen="none"
    (( ${#found[@]} > 0 )) && seen=$(printf '%s, ' "${found[@]}") && seen=${seen%, }
    printf '%s: needs a JDK %s or later (set JAVA_HOME to one); found: %s\n' \
        "$name" "$required_java_major" "$seen" >&2
    return 1
}
