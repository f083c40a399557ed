/// The store's schema, as the ordered list of migrations that build it.
///
/// Tables and columns are named for people who open the file with `sqlite3`:
///
/// ```
/// sqlite3 .geo-ai/store.sqlite \
///   "select iso3, value from latest_observations where metric = 'ai_user_share' order by value desc limit 5"
/// ```
///
/// Never edit a shipped migration: append a new one.
enum Schema {
    /// Every migration, oldest first.
    static let migrations: [Migration] = [
        Migration(version: 1, name: "create sources, snapshots, observations, economies", sql: version1),
        Migration(version: 2, name: "observations keyed by integer period, metric and area ids", sql: version2),
        Migration(version: 3, name: "observation sources checked at commit", sql: version3),
    ]

    /// The migrator for ``migrations``.
    static let migrator = Migrator(migrations: migrations)

    private static let version1 = """
        -- One row per distinct input file as read: path, content (sha256) and the observations read
        -- from it (observations_hash, see SourceIdentity). The same file read the same way by two
        -- pipelines is one row; the same bytes read differently (other aliases) are another row.
        CREATE TABLE sources (
            id                INTEGER PRIMARY KEY,
            path              TEXT NOT NULL,
            sha256            TEXT NOT NULL,
            observations_hash TEXT NOT NULL,
            format            TEXT NOT NULL,
            encoding          TEXT NOT NULL,
            rows_read         INTEGER NOT NULL,
            rows_kept         INTEGER NOT NULL,
            ingested_at       TEXT NOT NULL,
            UNIQUE (path, sha256, observations_hash)
        );

        -- One revision of one pipeline's observations for one period.
        -- source_set_hash: SHA-256 of the sorted, distinct lines "path<TAB>sha256<TAB>observations_hash"
        -- of the period's sources, joined by newlines.
        CREATE TABLE snapshots (
            id              INTEGER PRIMARY KEY,
            pipeline        TEXT NOT NULL,
            period          TEXT NOT NULL,
            revision        INTEGER NOT NULL CHECK (revision >= 1),
            source_set_hash TEXT NOT NULL,
            created_at      TEXT NOT NULL,
            UNIQUE (pipeline, period, revision)
        );

        -- Which source files make up each snapshot. A snapshot's observations are those of its
        -- sources whose period is the snapshot's period.
        CREATE TABLE snapshot_sources (
            snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
            source_id   INTEGER NOT NULL REFERENCES sources (id),
            PRIMARY KEY (snapshot_id, source_id)
        ) WITHOUT ROWID;
        CREATE INDEX snapshot_sources_by_source ON snapshot_sources (source_id);

        -- One value: economy x period x metric, stored once per source file. Missing values are NULL, never 0.
        -- The UNIQUE constraint's index also serves the lookups by source_id and period.
        CREATE TABLE observations (
            id            INTEGER PRIMARY KEY,
            source_id     INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
            iso3          TEXT NOT NULL,
            period        TEXT NOT NULL,
            metric        TEXT NOT NULL,
            value         REAL,
            low           REAL,
            high          REAL,
            status        TEXT NOT NULL CHECK (status IN ('reported', 'insufficient_data')),
            label         TEXT,
            source_line   INTEGER,
            source_column INTEGER,
            source_ref    TEXT,
            note          TEXT,
            UNIQUE (source_id, period, iso3, metric)
        );
        CREATE INDEX observations_by_metric_period_iso3 ON observations (metric, period, iso3);

        -- The reference table, replaced as a whole, for joining names and regions in sqlite3.
        CREATE TABLE economies (
            iso3                   TEXT PRIMARY KEY,
            iso2                   TEXT,
            m49                    TEXT,
            name                   TEXT NOT NULL,
            region                 TEXT,
            subregion              TEXT,
            intermediate_region    TEXT,
            income_group           TEXT,
            population             REAL,
            working_age_population REAL
        );

        -- Observations of the latest revision of every pipeline x period, through its sources.
        CREATE VIEW latest_observations AS
        SELECT
            snapshots.pipeline,
            observations.period,
            snapshots.revision,
            observations.iso3,
            observations.metric,
            observations.value,
            observations.low,
            observations.high,
            observations.status,
            observations.label,
            sources.path AS source_path,
            observations.source_line,
            observations.source_column,
            observations.source_ref,
            observations.note
        FROM snapshots
        JOIN snapshot_sources ON snapshot_sources.snapshot_id = snapshots.id
        JOIN observations
            ON observations.source_id = snapshot_sources.source_id AND observations.period = snapshots.period
        JOIN sources ON sources.id = observations.source_id
        WHERE snapshots.revision = (
            SELECT MAX(latest.revision) FROM snapshots AS latest
            WHERE latest.pipeline = snapshots.pipeline AND latest.period = snapshots.period
        );
        """

    /// Observations move to `observation_values`, keyed by small integers: a period's, a
    /// metric's and an area code's text is stored once, in `periods`, `metrics` and `area_codes`.
    /// A million observations then take a quarter of the pages and insert in key order, so the
    /// primary key is the only index. `observations` and `latest_observations` become views
    /// with the columns of version 1, so queries written for it keep working.
    ///
    /// The ids are not foreign keys: those tables only grow (nothing deletes from them), and a
    /// check per id would cost four index probes per stored row. `source_id` stays one.
    private static let version2 = """
        CREATE TABLE periods (
            id     INTEGER PRIMARY KEY,
            period TEXT NOT NULL UNIQUE
        );
        CREATE TABLE metrics (
            id     INTEGER PRIMARY KEY,
            metric TEXT NOT NULL UNIQUE
        );
        -- Area codes of every layer: ISO3 for economies, FIPS for US states and counties.
        CREATE TABLE area_codes (
            id   INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE
        );

        -- One value: area x period x metric, stored once per source file. Missing values are NULL, never 0.
        \(observationValuesTable(sourceCheck: ""))

        INSERT INTO periods (period) SELECT DISTINCT period FROM observations ORDER BY period;
        INSERT INTO metrics (metric) SELECT DISTINCT metric FROM observations ORDER BY metric;
        INSERT INTO area_codes (code) SELECT DISTINCT iso3 FROM observations ORDER BY iso3;
        INSERT INTO observation_values
        SELECT observations.source_id, periods.id, metrics.id, area_codes.id,
               value, low, high, status, label, source_line, source_column, source_ref, note
        FROM observations
        JOIN periods ON periods.period = observations.period
        JOIN metrics ON metrics.metric = observations.metric
        JOIN area_codes ON area_codes.code = observations.iso3
        ORDER BY observations.source_id, periods.id, metrics.id, area_codes.id;

        DROP VIEW latest_observations;
        DROP TABLE observations;

        \(observationViews)
        """

    /// A stored row's source is checked when the transaction commits instead of row by row
    /// (`DEFERRABLE INITIALLY DEFERRED`); the table is rebuilt with the same rows, since SQLite
    /// cannot alter a constraint in place.
    ///
    /// The check still holds: a commit with a row whose source does not exist fails and stores
    /// nothing. What changes is that an insert no longer needs a statement journal (together
    /// with `INSERT OR ROLLBACK`, see ``ObservationInserter``): SQLite kept the first version of
    /// every page a multi-row insert touched, in case the statement failed half-way, and with
    /// pages larger than 4 KiB wrote them to a temporary file.
    private static let version3 = """
        DROP VIEW latest_observations;
        DROP VIEW observations;
        ALTER TABLE observation_values RENAME TO observation_values_version2;

        \(observationValuesTable(sourceCheck: " DEFERRABLE INITIALLY DEFERRED"))
        INSERT INTO observation_values SELECT * FROM observation_values_version2;
        DROP TABLE observation_values_version2;

        \(observationViews)
        """

    /// `observation_values` as version 2 made it and version 3 makes it again; `sourceCheck`
    /// follows the source's foreign key (empty: checked row by row).
    private static func observationValuesTable(sourceCheck: String) -> String {
        """
        CREATE TABLE observation_values (
            source_id     INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE\(sourceCheck),
            period_id     INTEGER NOT NULL,
            metric_id     INTEGER NOT NULL,
            area_id       INTEGER NOT NULL,
            value         REAL,
            low           REAL,
            high          REAL,
            status        TEXT NOT NULL CHECK (status IN ('reported', 'insufficient_data')),
            label         TEXT,
            source_line   INTEGER,
            source_column INTEGER,
            source_ref    TEXT,
            note          TEXT,
            PRIMARY KEY (source_id, period_id, metric_id, area_id)
        ) WITHOUT ROWID;
        """
    }

    /// The views over `observation_values` with version 1's columns (made by version 2, made
    /// again by version 3, which rebuilds the table they read).
    private static let observationViews = """
        -- The observations with their codes and names spelled out, as version 1 stored them.
        CREATE VIEW observations AS
        SELECT
            observation_values.source_id,
            area_codes.code AS iso3,
            periods.period,
            metrics.metric,
            observation_values.value,
            observation_values.low,
            observation_values.high,
            observation_values.status,
            observation_values.label,
            observation_values.source_line,
            observation_values.source_column,
            observation_values.source_ref,
            observation_values.note
        FROM observation_values
        JOIN periods ON periods.id = observation_values.period_id
        JOIN metrics ON metrics.id = observation_values.metric_id
        JOIN area_codes ON area_codes.id = observation_values.area_id;

        -- Observations of the latest revision of every pipeline x period, through its sources.
        CREATE VIEW latest_observations AS
        SELECT
            snapshots.pipeline,
            periods.period,
            snapshots.revision,
            area_codes.code AS iso3,
            metrics.metric,
            observation_values.value,
            observation_values.low,
            observation_values.high,
            observation_values.status,
            observation_values.label,
            sources.path AS source_path,
            observation_values.source_line,
            observation_values.source_column,
            observation_values.source_ref,
            observation_values.note
        FROM snapshots
        JOIN periods ON periods.period = snapshots.period
        JOIN snapshot_sources ON snapshot_sources.snapshot_id = snapshots.id
        JOIN observation_values
            ON observation_values.source_id = snapshot_sources.source_id
            AND observation_values.period_id = periods.id
        JOIN metrics ON metrics.id = observation_values.metric_id
        JOIN area_codes ON area_codes.id = observation_values.area_id
        JOIN sources ON sources.id = observation_values.source_id
        WHERE snapshots.revision = (
            SELECT MAX(latest.revision) FROM snapshots AS latest
            WHERE latest.pipeline = snapshots.pipeline AND latest.period = snapshots.period
        );
        """
}
