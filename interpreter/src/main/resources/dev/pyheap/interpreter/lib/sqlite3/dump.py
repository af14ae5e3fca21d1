"""Connection.iterdump(): the database as the SQL text the sqlite3 shell's .dump writes: the
tables with their rows as INSERTs, then the indexes, triggers and views, in one transaction."""


def _quoted(name):
    return name.replace('"', '""')


def _iterdump(connection):
    """Yields the dump's statements one by one (see the module's docstring)."""
    cursor = connection.cursor()
    writable_schema = False
    yield 'BEGIN TRANSACTION;'
    tables = cursor.execute(
        'SELECT "name", "type", "sql" FROM "sqlite_master" '
        'WHERE "sql" NOT NULL AND "type" == \'table\' ORDER BY "name"').fetchall()
    sequence = []
    for table, _, sql in tables:
        if table == 'sqlite_sequence':
            sequence = ['DELETE FROM "sqlite_sequence"']
            sequence.extend(f'INSERT INTO "sqlite_sequence" VALUES(\'{name}\',{seq})'
                            for name, seq in cursor.execute('SELECT * FROM "sqlite_sequence";').fetchall())
            continue
        if table == 'sqlite_stat1':
            yield 'ANALYZE "sqlite_master";'
        elif table.startswith('sqlite_'):
            continue
        elif sql.startswith('CREATE VIRTUAL TABLE'):
            if not writable_schema:
                writable_schema = True
                yield 'PRAGMA writable_schema=ON;'
            escaped_name, escaped_sql = table.replace("'", "''"), sql.replace("'", "''")
            yield ('INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)'
                   f"VALUES('table','{escaped_name}','{escaped_name}',0,'{escaped_sql}');")
        else:
            yield sql + ';'
        ident = _quoted(table)
        columns = [str(info[1]) for info in cursor.execute(f'PRAGMA table_info("{ident}")').fetchall()]
        values = ','.join(f"'||quote(\"{_quoted(column)}\")||'" for column in columns)
        for row in cursor.execute(f'SELECT \'INSERT INTO "{ident}" VALUES({values})\' FROM "{ident}";'):
            yield row[0] + ';'
    others = cursor.execute(
        'SELECT "name", "type", "sql" FROM "sqlite_master" '
        'WHERE "sql" NOT NULL AND "type" IN (\'index\', \'trigger\', \'view\')').fetchall()
    for _, _, sql in others:
        yield sql + ';'
    if writable_schema:
        yield 'PRAGMA writable_schema=OFF;'
    for statement in sequence:
        yield statement + ';'
    yield 'COMMIT;'
