// The store's own floor for case c: the rows `geo-ai ingest` stores for the 1 M-row file, stored
// the way geo-ai stores them, with nothing read, parsed, resolved or hashed first.
//
//   store_floor SCHEMA.sql DB ROWS
//
// SCHEMA.sql holds the `sources` and `observation_values` tables as a geo-ai store declares them
// (run.sh takes them from a store `geo-ai ingest` made). DB is created as geo-ai creates a store
// (16 KiB pages, foreign keys on, the rollback journal for its first write and WAL once that has
// committed) and ROWS rows go in in one transaction, in primary-key
// order, through geo-ai's statement (INSERT OR ROLLBACK, 64 rows of 7 parameters, a 64 MB page
// cache): period-major, 13 metrics, 250 areas, a value with two decimals, a line and a column, as
// in Benchmarks/gen_long_csv.py's file. What is left of geo-ai's time above this is its reading.

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { areas = 250, metrics = 13, batch = 64 };

static void fail(sqlite3 *db, const char *what) {
    fprintf(stderr, "store_floor: %s: %s\n", what, db ? sqlite3_errmsg(db) : "out of memory");
    exit(1);
}

static void run(sqlite3 *db, const char *sql) {
    char *message = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &message) != SQLITE_OK) {
        fprintf(stderr, "store_floor: %s: %s\n", sql, message ? message : "failed");
        exit(1);
    }
}

static char *read_file(const char *path) {
    FILE *file = fopen(path, "rb");
    if (!file) {
        perror(path);
        exit(1);
    }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    rewind(file);
    char *text = malloc((size_t)size + 1);
    if (!text || fread(text, 1, (size_t)size, file) != (size_t)size) fail(NULL, path);
    text[size] = '\0';
    fclose(file);
    return text;
}

/// Binds row `row` (counted from 0 in key order) to the 7 parameters from `first`.
static void bind_row(sqlite3 *db, sqlite3_stmt *statement, int first, long row) {
    const long period = row / (areas * metrics), metric = row / areas % metrics, area = row % areas;
    int code = sqlite3_bind_int64(statement, first, 1);
    code |= sqlite3_bind_int64(statement, first + 1, period + 1);
    code |= sqlite3_bind_int64(statement, first + 2, metric + 1);
    code |= sqlite3_bind_int64(statement, first + 3, area + 1);
    code |= sqlite3_bind_double(statement, first + 4, (double)(row % 9973) / 100.0);
    code |= sqlite3_bind_int64(statement, first + 5, row + 2);
    code |= sqlite3_bind_int64(statement, first + 6, 22);
    if (code != SQLITE_OK) fail(db, "bind");
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: store_floor SCHEMA.sql DB ROWS\n");
        return 64;
    }
    const long rows = atol(argv[3]);
    char *schema = read_file(argv[1]);
    sqlite3 *db = NULL;
    // As geo-ai opens a store: one thread per connection, so no mutex around each call.
    if (sqlite3_open_v2(argv[2], &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL)
        != SQLITE_OK)
        fail(db, argv[2]);
    run(db, "PRAGMA page_size = 16384; PRAGMA foreign_keys = ON");
    run(db, schema);
    run(db, "PRAGMA cache_size = -65536");
    run(db, "BEGIN");
    run(db,
        "INSERT INTO sources (id, path, sha256, observations_hash, format, encoding, rows_read, rows_kept, "
        "ingested_at) VALUES (1, 'long-1m.csv', '', '', 'long', 'UTF-8', 0, 0, '')");

    char sql[8192];
    int length = snprintf(sql, sizeof sql,
        "INSERT OR ROLLBACK INTO observation_values (source_id, period_id, metric_id, area_id, value, status, "
        "source_line, source_column) VALUES ");
    for (int row = 0; row < batch; row++) {
        length += snprintf(sql + length, sizeof sql - (size_t)length, "%s(?, ?, ?, ?, ?, 'reported', ?, ?)",
            row == 0 ? "" : ", ");
    }
    sqlite3_stmt *many = NULL, *one = NULL;
    if (sqlite3_prepare_v2(db, sql, -1, &many, NULL) != SQLITE_OK) fail(db, "prepare");
    if (sqlite3_prepare_v2(db,
            "INSERT OR ROLLBACK INTO observation_values (source_id, period_id, metric_id, area_id, value, status, "
            "source_line, source_column) VALUES (?, ?, ?, ?, ?, 'reported', ?, ?)",
            -1, &one, NULL) != SQLITE_OK)
        fail(db, "prepare");

    long row = 0;
    for (; row + batch <= rows; row += batch) {
        for (int position = 0; position < batch; position++) bind_row(db, many, 7 * position + 1, row + position);
        if (sqlite3_step(many) != SQLITE_DONE) fail(db, "insert");
        sqlite3_reset(many);
    }
    for (; row < rows; row++) {
        bind_row(db, one, 1, row);
        if (sqlite3_step(one) != SQLITE_DONE) fail(db, "insert");
        sqlite3_reset(one);
    }
    sqlite3_finalize(many);
    sqlite3_finalize(one);
    run(db, "COMMIT");
    run(db, "PRAGMA journal_mode = WAL");
    if (sqlite3_close(db) != SQLITE_OK) fail(db, "close");
    free(schema);
    return 0;
}
