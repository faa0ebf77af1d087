using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Graph.Sqlite;

/// <summary>
/// The rows a batch of document writes reads and writes (graph-schema/schema.sql), each statement
/// prepared once and run again with new values; disposing releases them. Lists of values go in as
/// one JSON array parameter (<c>json_each</c>), never into the SQL text: a batch reads and writes
/// each table in a few statements, whatever the number of its rows.
/// </summary>
internal sealed partial class SqliteRows(SqliteConnection connection, GraphSchema schema) : IAsyncDisposable
{
    public const int NodeKind = 0;
    public const int RelationKind = 1;

    private readonly Dictionary<string, SqliteCommand> _statements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SqliteRowStatement> _rowStatements = new(StringComparer.Ordinal);

    /// <summary>A document's contribution to an item: kind, nid or rid, and vid (null for a relation without properties).</summary>
    public readonly record struct Item(int Kind, long Id, long? Version);

    /// <summary>A row of nodes as it is stored.</summary>
    public sealed record NodeRow(long Nid, string Id, string Label, string Name, string? Aliases, string? Properties, string? HistoryJson)
    {
        public Node ToNode(GraphSchema schema) => new(Id, Label, Name)
        {
            Aliases = SqliteVersions.ReadStrings(Aliases),
            Properties = SqliteVersions.ReadProperties(Properties, schema.Labels.GetValueOrDefault(Label)?.Properties),
        };

        public IReadOnlyList<string> History() => SqliteVersions.ReadStrings(HistoryJson ?? Aliases);
    }

    /// <summary>A row of relations, with the relation it holds (ids of its ends, no evidence).</summary>
    public sealed record RelationRow(long Rid, Relation Relation, string? Properties);

    public Task<List<NodeRow>> NodesByIdAsync(IEnumerable<string> ids, CancellationToken cancellationToken) => QueryAsync(
        "SELECT n.nid, n.id, n.label, n.name, n.aliases, n.properties, n.history FROM json_each($ids) j JOIN nodes n ON n.id = j.value",
        ReadNode,
        cancellationToken,
        ("$ids", SqliteCommands.JsonList(ids.Distinct(StringComparer.Ordinal))));

    public Task<List<NodeRow>> NodesByNidAsync(IEnumerable<long> nids, CancellationToken cancellationToken) => QueryAsync(
        "SELECT n.nid, n.id, n.label, n.name, n.aliases, n.properties, n.history FROM json_each($ids) j JOIN nodes n ON n.nid = j.value",
        ReadNode,
        cancellationToken,
        ("$ids", Numbers(nids.Distinct())));

    public async Task<Dictionary<long, List<Item>>> DocumentItemsAsync(IEnumerable<long> documents, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(
            "SELECT d.doc, d.items FROM json_each($ids) j JOIN documents d ON d.doc = j.value",
            r => (Doc: r.GetInt64(0), Items: ReadItems((byte[])r.GetValue(1))),
            cancellationToken,
            ("$ids", Numbers(documents.Distinct())));
        return rows.ToDictionary(r => r.Doc, r => r.Items);
    }

    public Task<List<RelationRow>> RelationsByRidAsync(IEnumerable<long> rids, CancellationToken cancellationToken) => QueryAsync(
        """
        SELECT r.rid, r.type, f.id, t.id, r.key, r.properties FROM json_each($ids) j
          JOIN relations r ON r.rid = j.value JOIN nodes f ON f.nid = r.from_nid JOIN nodes t ON t.nid = r.to_nid
        """,
        r => ReadRelation(r, r.GetString(2), r.GetString(3)),
        cancellationToken,
        ("$ids", Numbers(rids.Distinct())));

    /// <summary>The relations that stand with these (start nid, type, end nid, key); <paramref name="nodeIds"/> names the ends.</summary>
    public Task<List<RelationRow>> RelationsByKeyAsync(IEnumerable<(long From, string Type, long To, string Key)> keys, IReadOnlyDictionary<long, string> nodeIds, CancellationToken cancellationToken) => QueryAsync(
        """
        SELECT r.rid, r.type, r.from_nid, r.to_nid, r.key, r.properties FROM json_each($keys) j
          JOIN relations r ON r.from_nid = j.value ->> 0 AND r.type = j.value ->> 1 AND r.to_nid = j.value ->> 2 AND r.key = j.value ->> 3
        """,
        r => ReadRelation(r, nodeIds[r.GetInt64(2)], nodeIds[r.GetInt64(3)]),
        cancellationToken,
        ("$keys", JsonSerializer.Serialize(keys.Select(k => new object[] { k.From, k.Type, k.To, k.Key }))));

    public async Task<Dictionary<long, string>> VersionsAsync(IEnumerable<long> vids, CancellationToken cancellationToken) =>
        (await QueryAsync("SELECT v.vid, v.data FROM json_each($ids) j JOIN versions v ON v.vid = j.value", r => (r.GetInt64(0), r.GetString(1)), cancellationToken, ("$ids", Numbers(vids.Distinct()))))
        .ToDictionary(r => r.Item1, r => r.Item2);

    /// <summary>The versions of these items stated by documents other than <paramref name="excluded"/>, by item, oldest first.</summary>
    public Task<List<(long Item, long? Version)>> OtherVersionsAsync(int kind, IEnumerable<long> items, IEnumerable<long> excluded, CancellationToken cancellationToken) => QueryAsync(
        """
        SELECT c.item, c.version FROM json_each($items) j
          JOIN contributions c ON c.kind = $kind AND c.item = j.value JOIN documents d ON d.doc = c.doc
         WHERE c.doc NOT IN (SELECT value FROM json_each($excluded))
         ORDER BY c.item, d.seq
        """,
        r => (r.GetInt64(0), r.IsDBNull(1) ? (long?)null : r.GetInt64(1)),
        cancellationToken,
        ("$kind", kind),
        ("$items", Numbers(items.Distinct())),
        ("$excluded", Numbers(excluded)));

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _statements.Values)
        {
            await command.DisposeAsync();
        }

        _statements.Clear();
        foreach (var statement in _rowStatements.Values)
        {
            statement.Dispose();
        }

        _rowStatements.Clear();
    }

    /// <summary>The items of a document's row.</summary>
    public static List<Item> ReadItems(byte[] data)
    {
        var reader = new CompactReader(data);
        var items = new List<Item>();
        while (!reader.AtEnd)
        {
            var key = reader.Unsigned();
            var version = reader.Unsigned();
            items.Add(new Item((int)(key & 1), (long)(key >> 1), version == 0 ? null : (long)version - 1));
        }

        return items;
    }

    private static NodeRow ReadNode(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6));

    private RelationRow ReadRelation(SqliteDataReader r, string from, string to)
    {
        var type = r.GetString(1);
        var properties = r.IsDBNull(5) ? null : r.GetString(5);
        var relation = new Relation(type, from, to)
        {
            Key = r.GetString(4),
            Properties = SqliteVersions.ReadProperties(properties, schema.Relations.GetValueOrDefault(type)?.Properties),
        };
        return new RelationRow(r.GetInt64(0), relation, properties);
    }

    private static string Numbers(IEnumerable<long> values) => JsonSerializer.Serialize(values);

    private SqliteCommand Statement(string sql, (string Name, object? Value)[] values)
    {
        if (!_statements.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _statements[sql] = command;
        }

        foreach (var (name, value) in values)
        {
            if (command.Parameters.Contains(name))
            {
                command.Parameters[name].Value = value ?? DBNull.Value;
            }
            else
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }
        }

        return command;
    }

    // A statement run once per row (the batch's large inserts), prepared at its first use.
    private SqliteRowStatement RowStatement(string sql)
    {
        if (!_rowStatements.TryGetValue(sql, out var statement))
        {
            statement = new SqliteRowStatement(connection, sql);
            _rowStatements[sql] = statement;
        }

        return statement;
    }

    private Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] values) =>
        Statement(sql, values).ExecuteNonQueryAsync(cancellationToken);

    private Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] values) =>
        Statement(sql, values).ExecuteScalarAsync(cancellationToken);

    private async Task<List<T>> QueryAsync<T>(string sql, Func<SqliteDataReader, T> read, CancellationToken cancellationToken, params (string Name, object? Value)[] values)
    {
        await using var reader = await Statement(sql, values).ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
