// An LD_PRELOAD shim that makes reading past a directory entry fault at once.
//
// glibc packs the records readdir returns by d_reclen (24 bytes for a short name), but
// `struct dirent` is 280 bytes: code that copies the whole struct (Swift's `entry.pointee`)
// reads past the record, and past the end of glibc's buffer when the record is its last.
// That read usually lands in mapped memory and goes unnoticed; here every record returned
// is copied to end exactly where a PROT_NONE page begins, so the first byte read past
// d_reclen is a SIGSEGV.
//
//     cc -shared -fPIC -o dirent-guard.so dirent-guard.c -ldl
//     LD_PRELOAD=$PWD/dirent-guard.so glossary build ...
//
// Each open stream gets its own two pages (a record stays valid until the next readdir or
// closedir on the same stream, as POSIX promises), unmapped again by closedir. Calls glibc
// makes internally (fts, scandir) do not go through this shim. With DIRENT_GUARD_REPORT set,
// it prints how many records it guarded at exit, so a test can tell it was in the way at all.
#define _GNU_SOURCE
#include <dirent.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

struct guarded {
    DIR *stream;
    unsigned char *pages; // one read-write page, then one PROT_NONE page
    struct guarded *next;
};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static struct guarded *streams;
static unsigned long guarded_count;

__attribute__((destructor)) static void report(void) {
    if (getenv("DIRENT_GUARD_REPORT")) fprintf(stderr, "dirent-guard: %lu records guarded\n", guarded_count);
}

static void fail(const char *what) {
    fprintf(stderr, "dirent-guard: %s\n", what);
    abort();
}

// The read-write page of a stream, made on its first readdir.
static unsigned char *page_for(DIR *stream, size_t page) {
    pthread_mutex_lock(&lock);
    struct guarded *entry = streams;
    while (entry && entry->stream != stream) entry = entry->next;
    if (!entry) {
        entry = calloc(1, sizeof *entry);
        if (!entry) fail("out of memory");
        void *pages = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (pages == MAP_FAILED) fail("mmap failed");
        if (mprotect((unsigned char *)pages + page, page, PROT_NONE) != 0) fail("mprotect failed");
        entry->stream = stream;
        entry->pages = pages;
        entry->next = streams;
        streams = entry;
    }
    unsigned char *result = entry->pages;
    guarded_count += 1;
    pthread_mutex_unlock(&lock);
    return result;
}

// Copies a record so that its last byte is the last byte before the guard page.
static void *guard(DIR *stream, void *record, unsigned short length) {
    if (!record) return NULL;
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    if (length == 0 || length > page) fail("unexpected d_reclen");
    unsigned char *base = page_for(stream, page);
    unsigned char *placed = base + page - length;
    memcpy(placed, record, length);
    return placed;
}

struct dirent *readdir(DIR *stream) {
    static struct dirent *(*real)(DIR *);
    if (!real) real = (struct dirent * (*)(DIR *)) dlsym(RTLD_NEXT, "readdir");
    struct dirent *record = real(stream);
    return record ? guard(stream, record, record->d_reclen) : NULL;
}

struct dirent64 *readdir64(DIR *stream) {
    static struct dirent64 *(*real)(DIR *);
    if (!real) real = (struct dirent64 * (*)(DIR *)) dlsym(RTLD_NEXT, "readdir64");
    struct dirent64 *record = real(stream);
    return record ? guard(stream, record, record->d_reclen) : NULL;
}

int closedir(DIR *stream) {
    static int (*real)(DIR *);
    if (!real) real = (int (*)(DIR *))dlsym(RTLD_NEXT, "closedir");
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    pthread_mutex_lock(&lock);
    for (struct guarded **link = &streams; *link; link = &(*link)->next) {
        if ((*link)->stream == stream) {
            struct guarded *entry = *link;
            *link = entry->next;
            munmap(entry->pages, 2 * page);
            free(entry);
            break;
        }
    }
    pthread_mutex_unlock(&lock);
    return real(stream);
}
