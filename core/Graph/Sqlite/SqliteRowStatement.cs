using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Core.Graph.Sqlite;

/// <summary>
/// One statement prepared on the connection's own handle and run once per row: its values bound
/// as they are (numbers as numbers, texts as their UTF-8 bytes, blobs as bytes), in the caller's
/// transaction. For the batch's large inserts, where handing SQLite a JSON array of rows cost
/// more than the rows themselves (the array written, copied into a string and back to UTF-8,
/// parsed again by <c>json_each</c> and once more for each column; blobs as hexadecimal).
/// </summary>
/// <remarks>
/// Values are bound by position, from 1, as the SQL's <c>?</c> are numbered. Not thread-safe;
/// dispose it before the connection closes.
/// </remarks>
internal sealed class SqliteRowStatement : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;
    private byte[] _text = new byte[256];

    public SqliteRowStatement(SqliteConnection connection, string sql)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var result = raw.sqlite3_prepare_v2(_database, sql, out _statement);
        SqliteException.ThrowExceptionForRC(result, _database);
    }

    /// <summary>Binds a number.</summary>
    public SqliteRowStatement Number(int position, long value) => Check(raw.sqlite3_bind_int64(_statement, position, value));

    /// <summary>Binds a number, or NULL.</summary>
    public SqliteRowStatement Number(int position, long? value) => value is { } number ? Number(position, number) : Null(position);

    /// <summary>Binds a text (as .NET encodes it in UTF-8), or NULL.</summary>
    public SqliteRowStatement Text(int position, string? value)
    {
        if (value is null)
        {
            return Null(position);
        }

        if (value.Length == 0)
        {
            // An empty span would be bound by a null pointer, which SQLite takes for NULL.
            return Check(raw.sqlite3_bind_text(_statement, position, string.Empty));
        }

        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (_text.Length < length)
        {
            _text = new byte[Math.Max(length, _text.Length * 2)];
        }

        var written = Encoding.UTF8.GetBytes(value, _text);
        return Check(raw.sqlite3_bind_text(_statement, position, _text.AsSpan(0, written)));
    }

    /// <summary>Binds bytes, or NULL.</summary>
    public SqliteRowStatement Blob(int position, byte[]? value) => value is null ? Null(position) : Check(raw.sqlite3_bind_blob(_statement, position, value));

    public SqliteRowStatement Null(int position) => Check(raw.sqlite3_bind_null(_statement, position));

    /// <summary>Runs the statement with the values bound (it returns no rows); returns the rowid the last INSERT gave.</summary>
    /// <remarks>
    /// No <c>RETURNING</c>: SQLite runs it as a trigger, and a statement with a trigger keeps a
    /// statement journal (its pages copied) at every run, which per row cost more than the JSON saved.
    /// </remarks>
    public long Run()
    {
        try
        {
            var result = raw.sqlite3_step(_statement);
            if (result != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(result == raw.SQLITE_ROW ? raw.SQLITE_MISUSE : result, _database);
            }
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }

        return raw.sqlite3_last_insert_rowid(_database);
    }

    public void Dispose() => _statement.Dispose();

    private SqliteRowStatement Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, _database);
        }

        return this;
    }
}
