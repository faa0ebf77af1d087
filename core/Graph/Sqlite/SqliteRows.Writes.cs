using System.Buffers;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Core.Graph.Sqlite;

/// <summary>The writes of a batch: each table's rows in one statement over a JSON array of rows.</summary>
internal sealed partial class SqliteRows
{
    private readonly Dictionary<string, long> _versionIds = new(StringComparer.Ordinal);
    private readonly Dictionary<long, long> _references = [];

    /// <summary>A contribution to write: what a document states of an item, its version's text and its packed evidence.</summary>
    public readonly record struct NewContribution(int Kind, long Item, long Document, string? Version, byte[]? Evidence);

    public Task DeleteNodesAsync(IReadOnlyCollection<long> nids, CancellationToken cancellationToken) => nids.Count == 0 ? Task.CompletedTask :
        ExecuteAsync("DELETE FROM nodes WHERE nid IN (SELECT value FROM json_each($ids))", cancellationToken, ("$ids", Numbers(nids)));

    public Task DeleteRelationsAsync(IReadOnlyCollection<long> rids, CancellationToken cancellationToken) => rids.Count == 0 ? Task.CompletedTask :
        ExecuteAsync("DELETE FROM relations WHERE rid IN (SELECT value FROM json_each($ids))", cancellationToken, ("$ids", Numbers(rids)));

    /// <summary>Removes documents' rows and passages (their contributions go by <see cref="ForgetAsync"/>).</summary>
    public async Task DeleteDocumentsAsync(IReadOnlyCollection<long> documents, CancellationToken cancellationToken)
    {
        foreach (var document in documents)
        {
            await ExecuteAsync("DELETE FROM documents WHERE doc = $doc", cancellationToken, ("$doc", document));
            await DeletePassagesAsync(document, cancellationToken);
        }
    }

    /// <summary>
    /// Forgets what documents contributed before: every earlier version loses a reference, and the
    /// contributions not in <paramref name="kept"/> (the items they state again, which are
    /// replaced) are removed.
    /// </summary>
    public Task ForgetAsync(IEnumerable<(long Document, Item Item)> before, IReadOnlySet<(int Kind, long Item, long Document)> kept, CancellationToken cancellationToken)
    {
        var removed = new List<(int, long, long)>();
        foreach (var (document, item) in before)
        {
            if (item.Version is { } vid)
            {
                _references[vid] = _references.GetValueOrDefault(vid) - 1;
            }

            if (!kept.Contains((item.Kind, item.Id, document)))
            {
                removed.Add((item.Kind, item.Id, document));
            }
        }

        return removed.Count == 0 ? Task.CompletedTask : ExecuteAsync(
            """
            DELETE FROM contributions WHERE (kind, item, doc) IN
              (SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2 FROM json_each($rows) j)
            """,
            cancellationToken,
            ("$rows", Rows(removed, (w, r) => { w.WriteNumberValue(r.Item1); w.WriteNumberValue(r.Item2); w.WriteNumberValue(r.Item3); })));
    }

    /// <summary>Inserts new nodes; returns their nids by id.</summary>
    /// <remarks>One statement over a JSON array, not a statement per row: the names table's trigger makes SQLite keep a statement journal for each run of the statement.</remarks>
    public async Task<Dictionary<string, long>> InsertNodesAsync(IReadOnlyList<NodeRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return new Dictionary<string, long>(StringComparer.Ordinal);
        }

        var inserted = await QueryAsync(
            """
            INSERT INTO nodes (id, label, name, aliases, properties, history)
            SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4, j.value ->> 5 FROM json_each($rows) j
            RETURNING nid, id
            """,
            r => (Nid: r.GetInt64(0), Id: r.GetString(1)),
            cancellationToken,
            ("$rows", Rows(rows, WriteNode)));
        return inserted.ToDictionary(r => r.Id, r => r.Nid, StringComparer.Ordinal);
    }

    /// <summary>Writes nodes that stand with new values (by nid).</summary>
    public Task UpdateNodesAsync(IReadOnlyList<NodeRow> rows, CancellationToken cancellationToken) => rows.Count == 0 ? Task.CompletedTask : ExecuteAsync(
        """
        UPDATE nodes SET label = j.value ->> 1, name = j.value ->> 2, aliases = j.value ->> 3, properties = j.value ->> 4, history = j.value ->> 5
          FROM json_each($rows) j WHERE nodes.nid = j.value ->> 6
        """,
        cancellationToken,
        ("$rows", Rows(rows, (w, row) => { WriteNode(w, row); w.WriteNumberValue(row.Nid); })));

    /// <summary>Inserts new relations (start nid, type, end nid, key, properties), in order; returns their rids, in the same order.</summary>
    public Task<long[]> InsertRelationsAsync(IReadOnlyList<(long From, string Type, long To, string Key, string? Properties)> rows, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var rids = new long[rows.Count];
        if (rows.Count > 0)
        {
            var insert = RowStatement("INSERT INTO relations (from_nid, type, to_nid, key, properties) VALUES (?1, ?2, ?3, ?4, ?5)");
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                rids[i] = insert.Number(1, row.From).Text(2, row.Type).Number(3, row.To).Text(4, row.Key).Text(5, row.Properties).Run();
            }
        }

        return Task.FromResult(rids);
    }

    /// <summary>Writes the properties of relations that stand (by rid).</summary>
    public Task UpdateRelationsAsync(IReadOnlyList<(long Rid, string? Properties)> rows, CancellationToken cancellationToken) => rows.Count == 0 ? Task.CompletedTask : ExecuteAsync(
        "UPDATE relations SET properties = j.value ->> 1 FROM json_each($rows) j WHERE relations.rid = j.value ->> 0",
        cancellationToken,
        ("$rows", Rows(rows, (w, row) => { w.WriteNumberValue(row.Rid); WriteText(w, row.Properties); })));

    /// <summary>Records (or replaces) contributions, their versions kept once; returns each as an item of its document's row, in order.</summary>
    public async Task<List<Item>> AddContributionsAsync(IReadOnlyList<NewContribution> contributions, CancellationToken cancellationToken)
    {
        await ResolveVersionsAsync(contributions.Select(c => c.Version).OfType<string>(), cancellationToken);
        var items = new List<Item>(contributions.Count);
        foreach (var contribution in contributions)
        {
            long? vid = contribution.Version is { } version ? _versionIds[version] : null;
            if (vid is { } used)
            {
                _references[used] = _references.GetValueOrDefault(used) + 1;
            }

            items.Add(new Item(contribution.Kind, contribution.Item, vid));
        }

        if (contributions.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var insert = RowStatement("INSERT OR REPLACE INTO contributions (kind, item, doc, version, evidence) VALUES (?1, ?2, ?3, ?4, ?5)");
            for (var i = 0; i < contributions.Count; i++)
            {
                var contribution = contributions[i];
                insert.Number(1, contribution.Kind).Number(2, contribution.Item).Number(3, contribution.Document).Number(4, items[i].Version).Blob(5, contribution.Evidence).Run();
            }
        }

        return items;
    }

    public async Task<long> NextSeqAsync(CancellationToken cancellationToken) =>
        (long)(await ScalarAsync("SELECT coalesce(max(seq), 0) + 1 FROM documents", cancellationToken))!;

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
        var changes = _references.Where(r => r.Value != 0).ToList();
        if (changes.Count > 0)
        {
            var rows = Rows(changes, (w, change) => { w.WriteNumberValue(change.Key); w.WriteNumberValue(change.Value); });
            await ExecuteAsync("UPDATE versions SET refs = refs + (j.value ->> 1) FROM json_each($rows) j WHERE versions.vid = j.value ->> 0", cancellationToken, ("$rows", rows));
            await ExecuteAsync(
                "DELETE FROM versions WHERE vid IN (SELECT j.value ->> 0 FROM json_each($rows) j WHERE j.value ->> 1 < 0) AND refs <= 0", cancellationToken, ("$rows", rows));
        }

        _references.Clear();
    }

    private Task DeletePassagesAsync(long document, CancellationToken cancellationToken) => ExecuteAsync(
        "DELETE FROM passages WHERE key >= $first AND key < $next", cancellationToken, ("$first", PassageBlocks.Key(document, 0)), ("$next", PassageBlocks.Key(document + 1, 0)));

    // The vids of versions, found by their hash or inserted; each text looked up once per batch.
    private async Task ResolveVersionsAsync(IEnumerable<string> versions, CancellationToken cancellationToken)
    {
        var wanted = versions.Where(v => !_versionIds.ContainsKey(v)).Distinct(StringComparer.Ordinal).ToDictionary(v => v, SqliteVersions.Hash, StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return;
        }

        var found = await QueryAsync(
            "SELECT v.vid, v.data FROM json_each($hashes) j JOIN versions v ON v.hash = j.value",
            r => (Vid: r.GetInt64(0), Data: r.GetString(1)),
            cancellationToken,
            ("$hashes", Numbers(wanted.Values.Distinct())));
        foreach (var (vid, data) in found.Where(f => wanted.ContainsKey(f.Data)))
        {
            _versionIds[data] = vid;
        }

        var insert = RowStatement("INSERT INTO versions (hash, refs, data) VALUES (?1, 0, ?2)");
        foreach (var (data, hash) in wanted)
        {
            if (!_versionIds.ContainsKey(data))
            {
                _versionIds[data] = insert.Number(1, hash).Text(2, data).Run();
            }
        }
    }

    private static void WriteNode(Utf8JsonWriter writer, NodeRow row)
    {
        writer.WriteStringValue(row.Id);
        writer.WriteStringValue(row.Label);
        writer.WriteStringValue(row.Name);
        WriteText(writer, row.Aliases);
        WriteText(writer, row.Properties);
        WriteText(writer, row.HistoryJson);
    }

    private static void WriteText(Utf8JsonWriter writer, string? text)
    {
        if (text is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(text);
        }
    }

    // Rows as a JSON array of arrays, each row's values written by write.
    private static string Rows<T>(IEnumerable<T> rows, Action<Utf8JsonWriter, T> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, PropertyJson.WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var row in rows)
            {
                writer.WriteStartArray();
                write(writer, row);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static byte[] WriteItems(IReadOnlyList<Item> items)
    {
        var writer = CompactWriter.Reused();
        foreach (var item in items)
        {
            writer.Unsigned(((ulong)item.Id << 1) | (uint)item.Kind);
            writer.Unsigned(item.Version is { } v ? (ulong)v + 1 : 0);
        }

        return writer.ToArray();
    }
}
