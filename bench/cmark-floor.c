/*
 * cmark-floor: the "C floor" for glossary's Markdown stage.
 *
 * Usage: cmark-floor DIR
 *
 * Walks DIR recursively (skipping names that start with '_' or '.'), sorts the *.md
 * paths, and for each file: reads it, skips the YAML front matter (a first line "---"
 * up to the next line "---"), parses the body with cmark_parse_document
 * (CMARK_OPT_DEFAULT), renders it with cmark_render_html and frees everything.
 * Single-threaded; nothing is written to disk.
 *
 * Prints: files=N bytes_in=B bytes_html=H seconds=S
 * where B counts whole files (front matter included), H the rendered HTML, and S the
 * wall time of reading + parsing + rendering (CLOCK_MONOTONIC), not of the directory walk.
 *
 * Build: cc -O2 bench/cmark-floor.c $(pkg-config --cflags --libs libcmark)
 */
#define _POSIX_C_SOURCE 200809L
#include <cmark.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

static char **paths;
static size_t npaths, cappaths;

static void die(const char *what, const char *path) {
    fprintf(stderr, "cmark-floor: %s %s: %s\n", what, path, strerror(errno));
    exit(1);
}

static void add_path(const char *path) {
    if (npaths == cappaths) {
        cappaths = cappaths ? cappaths * 2 : 1024;
        paths = realloc(paths, cappaths * sizeof *paths);
        if (!paths) die("out of memory", "");
    }
    paths[npaths] = strdup(path);
    if (!paths[npaths]) die("out of memory", "");
    npaths++;
}

static int ends_with_md(const char *name) {
    size_t n = strlen(name);
    return n > 3 && strcmp(name + n - 3, ".md") == 0;
}

static void walk(const char *dir) {
    DIR *d = opendir(dir);
    if (!d) die("cannot open", dir);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        const char *name = e->d_name;
        if (name[0] == '.' || name[0] == '_') continue;
        size_t len = strlen(dir) + 1 + strlen(name) + 1;
        char *path = malloc(len);
        if (!path) die("out of memory", dir);
        snprintf(path, len, "%s/%s", dir, name);
        struct stat st;
        if (stat(path, &st) != 0) die("cannot stat", path);
        if (S_ISDIR(st.st_mode)) {
            walk(path);
        } else if (S_ISREG(st.st_mode) && ends_with_md(name)) {
            add_path(path);
        }
        free(path);
    }
    closedir(d);
}

static int compare_paths(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Length of the line starting at p (without its "\n" or "\r\n"), and where the next one starts. */
static size_t line_at(const char *p, const char *end, const char **next) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *stop = nl ? nl : end;
    *next = nl ? nl + 1 : end;
    size_t n = (size_t)(stop - p);
    if (n > 0 && p[n - 1] == '\r') n--;
    return n;
}

static int is_fence(const char *p, size_t n) { return n == 3 && memcmp(p, "---", 3) == 0; }

/* Offset of the body: just after the closing "---" line, or 0 if there is no front matter. */
static size_t body_offset(const char *buf, size_t size) {
    const char *end = buf + size, *p = buf, *next;
    if (size >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) p += 3; /* UTF-8 BOM */
    if (!is_fence(p, line_at(p, end, &next))) return 0;
    for (p = next; p < end; p = next) {
        size_t n = line_at(p, end, &next);
        if (is_fence(p, n)) return (size_t)(next - buf);
    }
    return 0; /* unclosed: treat the whole file as the body */
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: cmark-floor DIR\n");
        return 2;
    }
    walk(argv[1]);
    qsort(paths, npaths, sizeof *paths, compare_paths);

    unsigned long long bytes_in = 0, bytes_html = 0;
    double start = now();
    for (size_t i = 0; i < npaths; i++) {
        FILE *f = fopen(paths[i], "rb");
        if (!f) die("cannot open", paths[i]);
        if (fseek(f, 0, SEEK_END) != 0) die("cannot seek", paths[i]);
        long size = ftell(f);
        if (size < 0) die("cannot size", paths[i]);
        rewind(f);
        char *buf = malloc((size_t)size + 1);
        if (!buf) die("out of memory", paths[i]);
        if (fread(buf, 1, (size_t)size, f) != (size_t)size) die("cannot read", paths[i]);
        fclose(f);
        buf[size] = '\0';
        bytes_in += (unsigned long long)size;

        size_t off = body_offset(buf, (size_t)size);
        cmark_node *doc = cmark_parse_document(buf + off, (size_t)size - off, CMARK_OPT_DEFAULT);
        char *html = cmark_render_html(doc, CMARK_OPT_DEFAULT);
        bytes_html += strlen(html);
        free(html);
        cmark_node_free(doc);
        free(buf);
    }
    double seconds = now() - start;

    printf("files=%zu bytes_in=%llu bytes_html=%llu seconds=%.6f\n", npaths, bytes_in, bytes_html, seconds);
    for (size_t i = 0; i < npaths; i++) free(paths[i]);
    free(paths);
    return 0;
}
