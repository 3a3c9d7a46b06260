# Reads "BUILD NAME NS" lines, sorted by name, build and time, and prints
# each build and name's fastest and median time (bench/*-ab.sh).
{ k = $1 " " $2; v[k] = v[k] " " $3; n[k]++ }
END {
  for (k in v) {
    split(substr(v[k], 2), a, " ")
    printf "%-34s fastest %12d  median %12d ns/op\n", k, a[1], a[int((n[k] + 1) / 2)]
  }
}
