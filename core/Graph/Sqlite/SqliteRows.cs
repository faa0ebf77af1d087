using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Graph.Sqlite;

/// <summary>
/// The rows a batch of document writes reads and writes (graph-schema/schema.sql), each statement
/// prepared once and run again with new values; disposing releases them. Lists of values go in as
/// one JSON array parameter (<c>json_each</c>), never into the SQL text.
/// </summary>
internal sealed class SqliteRows(SqliteConnection connection, GraphSchema schema) : IAsyncDisposable
{
    public const int NodeKind = 0;
    public const int RelationKind = 1;

    private readonly Dictionary<string, SqliteCommand> _statements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _versionIds = new(StringComparer.Ordinal);
    private readonly Dictionary<long, long> _references = [];

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
        ("$ids", Numbers(nids)));

    public async Task<Dictionary<long, List<Item>>> DocumentItemsAsync(IEnumerable<long> documents, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(
            "SELECT d.doc, d.items FROM json_each($ids) j JOIN documents d ON d.doc = j.value",
            r => (Doc: r.GetInt64(0), Items: ReadItems((byte[])r.GetValue(1))),
            cancellationToken,
            ("$ids", Numbers(documents)));
        return rows.ToDictionary(r => r.Doc, r => r.Items);
    }

    public Task<List<RelationRow>> RelationsByRidAsync(IEnumerable<long> rids, CancellationToken cancellationToken) => QueryAsync(
        """
        SELECT r.rid, r.type, f.id, t.id, r.key, r.properties FROM json_each($ids) j
          JOIN relations r ON r.rid = j.value JOIN nodes f ON f.nid = r.from_nid JOIN nodes t ON t.nid = r.to_nid
        """,
        r => ReadRelation(r, r.GetString(2), r.GetString(3)),
        cancellationToken,
        ("$ids", Numbers(rids)));

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
        ("$items", Numbers(items)),
        ("$excluded", Numbers(excluded)));

    public Task DeleteRelationAsync(long rid, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM relations WHERE rid = $rid", cancellationToken, ("$rid", rid));

    public Task DeleteNodeAsync(long nid, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM nodes WHERE nid = $nid", cancellationToken, ("$nid", nid));

    /// <summary>Removes a document's row and passages (its contributions go by <see cref="RemoveContributionsAsync"/>).</summary>
    public async Task DeleteDocumentAsync(long document, CancellationToken cancellationToken)
    {
        await ExecuteAsync("DELETE FROM documents WHERE doc = $doc", cancellationToken, ("$doc", document));
        await DeletePassagesAsync(document, cancellationToken);
    }

    private Task DeletePassagesAsync(long document, CancellationToken cancellationToken) => ExecuteAsync(
        "DELETE FROM passages WHERE key >= $first AND key < $next", cancellationToken, ("$first", PassageBlocks.Key(document, 0)), ("$next", PassageBlocks.Key(document + 1, 0)));

    /// <summary>Writes a merged node: inserted when new, updated when the merge changed it, else left alone.</summary>
    public async Task<NodeRow> UpsertNodeAsync(NodeRow? standing, MergedNode merged, CancellationToken cancellationToken)
    {
        var node = merged.Node;
        var aliases = SqliteVersions.Aliases(node.Aliases);
        var properties = SqliteVersions.Properties(node.Properties);
        var history = merged.AliasHistory.SequenceEqual(node.Aliases, StringComparer.Ordinal) ? null : PropertyJson.ToJson(merged.AliasHistory);
        var values = new (string, object?)[] { ("$id", node.Id), ("$label", node.Label), ("$name", node.Name), ("$aliases", aliases), ("$properties", properties), ("$history", history) };
        if (standing is null)
        {
            var nid = (long)(await ScalarAsync(
                "INSERT INTO nodes (id, label, name, aliases, properties, history) VALUES ($id, $label, $name, $aliases, $properties, $history) RETURNING nid", cancellationToken, values))!;
            return new NodeRow(nid, node.Id, node.Label, node.Name, aliases, properties, history);
        }

        var row = new NodeRow(standing.Nid, node.Id, node.Label, node.Name, aliases, properties, history);
        if (row != standing)
        {
            await ExecuteAsync(
                "UPDATE nodes SET label = $label, name = $name, aliases = $aliases, properties = $properties, history = $history WHERE nid = $nid",
                cancellationToken,
                [.. values.Skip(1), ("$nid", standing.Nid)]);
        }

        return row;
    }

    /// <summary>Writes a merged relation: inserted when new, its properties updated when the merge changed them.</summary>
    public async Task<RelationRow> UpsertRelationAsync(RelationRow? standing, Relation relation, long from, long to, CancellationToken cancellationToken)
    {
        var properties = SqliteVersions.Properties(relation.Properties);
        if (standing is null)
        {
            var rid = (long)(await ScalarAsync(
                "INSERT INTO relations (from_nid, type, to_nid, key, properties) VALUES ($from, $type, $to, $key, $properties) RETURNING rid",
                cancellationToken,
                ("$from", from), ("$type", relation.Type), ("$to", to), ("$key", relation.Key), ("$properties", properties)))!;
            return new RelationRow(rid, relation with { Evidence = [] }, properties);
        }

        if (standing.Properties != properties)
        {
            await ExecuteAsync("UPDATE relations SET properties = $properties WHERE rid = $rid", cancellationToken, ("$properties", properties), ("$rid", standing.Rid));
        }

        return new RelationRow(standing.Rid, relation with { Evidence = [] }, properties);
    }

    public async Task<long> NextSeqAsync(CancellationToken cancellationToken) =>
        (long)(await ScalarAsync("SELECT coalesce(max(seq), 0) + 1 FROM documents", cancellationToken))!;

    /// <summary>Records (or replaces) what a document states of an item.</summary>
    public async Task<Item> AddContributionAsync(int kind, long item, long document, string? version, byte[]? evidence, CancellationToken cancellationToken)
    {
        long? vid = version is null ? null : await VersionIdAsync(version, cancellationToken);
        await ExecuteAsync(
            "INSERT OR REPLACE INTO contributions (kind, item, doc, version, evidence) VALUES ($kind, $item, $doc, $version, $evidence)",
            cancellationToken,
            ("$kind", kind), ("$item", item), ("$doc", document), ("$version", vid), ("$evidence", evidence));
        if (vid is { } used)
        {
            _references[used] = _references.GetValueOrDefault(used) + 1;
        }

        return new Item(kind, item, vid);
    }

    /// <summary>Forgets a document's earlier contributions: those to items not in <paramref name="keep"/> are removed (the others were replaced).</summary>
    public async Task RemoveContributionsAsync(IReadOnlyList<Item> before, long document, IReadOnlyCollection<Item> keep, CancellationToken cancellationToken)
    {
        var kept = keep.Select(i => (i.Kind, i.Id)).ToHashSet();
        foreach (var item in before)
        {
            if (item.Version is { } vid)
            {
                _references[vid] = _references.GetValueOrDefault(vid) - 1;
            }

            if (!kept.Contains((item.Kind, item.Id)))
            {
                await ExecuteAsync("DELETE FROM contributions WHERE kind = $kind AND item = $item AND doc = $doc", cancellationToken, ("$kind", item.Kind), ("$item", item.Id), ("$doc", document));
            }
        }
    }

    /// <summary>Writes a document's row (its seq and items) and its passages.</summary>
    public async Task WriteDocumentAsync(long document, long seq, IReadOnlyList<Item> items, string documentId, IReadOnlyList<Passage> passages, CancellationToken cancellationToken)
    {
        await ExecuteAsync("INSERT OR REPLACE INTO documents (doc, seq, items) VALUES ($doc, $seq, $items)", cancellationToken, ("$doc", document), ("$seq", seq), ("$items", WriteItems(items)));
        await DeletePassagesAsync(document, cancellationToken);
        foreach (var (block, data) in PassageBlocks.Write(documentId, passages))
        {
            await ExecuteAsync("INSERT INTO passages (key, data) VALUES ($key, $data)", cancellationToken, ("$key", PassageBlocks.Key(document, block)), ("$data", data));
        }
    }

    /// <summary>Brings the versions' counts up to date; a version no contribution uses any more goes.</summary>
    public async Task SettleVersionsAsync(CancellationToken cancellationToken)
    {
        foreach (var (vid, change) in _references.Where(r => r.Value != 0))
        {
            await ExecuteAsync("UPDATE versions SET refs = refs + $change WHERE vid = $vid", cancellationToken, ("$change", change), ("$vid", vid));
            if (change < 0)
            {
                await ExecuteAsync("DELETE FROM versions WHERE vid = $vid AND refs <= 0", cancellationToken, ("$vid", vid));
            }
        }

        _references.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _statements.Values)
        {
            await command.DisposeAsync();
        }

        _statements.Clear();
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

    private static byte[] WriteItems(IReadOnlyList<Item> items)
    {
        var writer = new CompactWriter();
        foreach (var item in items)
        {
            writer.Unsigned(((ulong)item.Id << 1) | (uint)item.Kind);
            writer.Unsigned(item.Version is { } v ? (ulong)v + 1 : 0);
        }

        return writer.ToArray();
    }

    // The vid of a version: one row per distinct text, found by its hash.
    private async Task<long> VersionIdAsync(string data, CancellationToken cancellationToken)
    {
        if (_versionIds.TryGetValue(data, out var known))
        {
            return known;
        }

        var hash = SqliteVersions.Hash(data);
        var found = await QueryAsync("SELECT vid, data FROM versions WHERE hash = $hash", r => (r.GetInt64(0), r.GetString(1)), cancellationToken, ("$hash", hash));
        var vid = found.FirstOrDefault(f => f.Item2 == data).Item1;
        if (vid == 0)
        {
            vid = (long)(await ScalarAsync("INSERT INTO versions (hash, refs, data) VALUES ($hash, 0, $data) RETURNING vid", cancellationToken, ("$hash", hash), ("$data", data)))!;
        }

        _versionIds[data] = vid;
        return vid;
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
